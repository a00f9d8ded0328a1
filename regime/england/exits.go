package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/timetable"
)

// exitSpec is how a regime is left, as published: what the exit depends
// on, and where that is said.
type exitSpec struct {
	dependsOn string
	cite      economy.Citation
}

var (
	citeTSAEnds = economy.Citation{Document: "National Health Service Act 2006", Issuer: "legislation.gov.uk",
		Section: "Part 2 Chapter 5A: the administration ends when the decision on the final report has been carried out (ss.65L-65N for NHS trusts, 65KA-65KD for foundation trusts)",
		URL:     "https://www.legislation.gov.uk/ukpga/2006/41/part/2/chapter/5A", Verified: true}
	citeSMExit = economy.Citation{Document: "Regulators publish guide to special measures for trusts", Issuer: "Care Quality Commission", Year: 2014,
		Section: "trusts are put into special measures by the NHS TDA, foundation trusts by Monitor, generally on the Chief Inspector of Hospitals' recommendation, and leave on it after re-inspection",
		URL:     "https://www.cqc.org.uk/news/stories/regulators-publish-guide-special-measures-trusts", Verified: true}
	citeUndertakingsEnd = economy.Citation{Document: "Enforcement guidance", Issuer: "Monitor", Year: 2013,
		Section: "undertakings end when the regulator releases the provider from them; a breach ends when it is found resolved",
		Note:    "unverified: the wording is this library's summary; the guidance was not read at its source"}
)

// exits says how each regime the ladders decide is left. A regime missing
// here has no published exit this library knows: its note says so.
var exits = map[economy.Regime]exitSpec{
	economy.QualitySpecialMeasures: {"CQC's re-inspection and the Chief Inspector's recommendation to the regulator", citeSMExit},
	economy.FinancialSpecialMeasures: {"the regulator's judgement that the trust has returned to a robust financial recovery plan",
		citeFSMCriteriaNHSI},
	economy.TrustSpecialAdministration: {"the decision on the administrator's final report, and its implementation", citeTSAEnds},
	economy.RecoverySupportProgramme:   {"NHS England's review against the exit criteria set on entry", citeNOF2021Segments},
	economy.ProviderImprovementProgramme: {"NHS England's review against the exit criteria set on entry",
		citeNOF2025Segment5},
	economy.EnforcementUndertakings: {"the regulator releasing the undertakings", citeUndertakingsEnd},
	economy.SignificantBreach:       {"the regulator finding the breach resolved", citeUndertakingsEnd},
	economy.SuccessRegime: {"NHS England and NHS Improvement ending the programme: no end was announced in the record read",
		srcSuccessRegime},
	economy.ChallengedHealthEconomy: {"the end of the support programme (about ten weeks of work from April 2014): no end is recorded",
		srcChallengedEconomies},
}

// leaving explains, for a subject in a spell of a regime, whether the
// criteria that would put it there still hold on its own facts, since
// when they have not, and what its exit depends on: a recorded spell is
// evidence of where the subject stands, not a life sentence. It wraps the
// entry rule r, whose verdict it never changes; spell and criteria are r's
// parts, evaluated again only when a decision is explained.
type leaving struct {
	regime.Rule
	reg      economy.Regime
	spell    regime.Rule
	criteria regime.Rule
	dates    func(s regime.Subject) []economy.Date
	extra    func(env *regime.Env, s regime.Subject) string
}

// leavable wraps an entry that is Any(spell, criteria...), named or not;
// an entry of any other shape is returned as it is.
func leavable(r regime.Rule, reg economy.Regime, extra func(env *regime.Env, s regime.Subject) string) regime.Rule {
	either := r.Info()
	if either.Kind == "named" && len(either.Children) == 1 {
		either = either.Children[0].Info()
	}
	if either.Kind != "any" || len(either.Children) < 2 {
		return r
	}
	crit := either.Children[1]
	if len(either.Children) > 2 {
		crit = regime.Any(either.Children[1:]...)
	}
	return &leaving{Rule: r, reg: reg, spell: either.Children[0], criteria: crit, dates: providerDates, extra: extra}
}

// areaLeavable wraps an area's spell entry with the criteria entry that
// follows it on the ladder.
func areaLeavable(spell, criteria regime.Rule, reg economy.Regime) regime.Rule {
	return &leaving{Rule: spell, reg: reg, spell: spell, criteria: criteria, dates: economyDates}
}

func providerDates(s regime.Subject) []economy.Date {
	if p := s.Provider(); p != nil {
		return p.FactDates()
	}
	return nil
}

func economyDates(s regime.Subject) []economy.Date {
	if e := s.Economy(); e != nil {
		return e.FactDates()
	}
	return nil
}

// Explain adds the note on leaving to the reason of r's outcome when the
// subject is in the spell.
func (l *leaving) Explain(env *regime.Env, s regime.Subject) regime.Outcome {
	o := l.Rule.Explain(env, s)
	if o.Verdict != regime.Met || l.spell.Eval(env, s) != regime.Met {
		return o
	}
	o.Reason += "; " + l.note(env, s)
	if e := s.Economy(); e != nil {
		o.Facts = append(o.Facts, obligationFacts(e, l.reg, env.FactsDate())...)
	}
	if x, ok := exits[l.reg]; ok {
		cite := x.cite
		o.Facts = append(o.Facts, regime.Fact{Name: "exit depends on", Text: x.dependsOn, Source: &cite, Verdict: regime.NotMet})
	}
	return o
}

// note says where the criteria stand and what the exit depends on.
func (l *leaving) note(env *regime.Env, s regime.Subject) string {
	start, hasStart := l.spellStart(env, s)
	var text string
	switch l.criteria.Eval(env, s) {
	case regime.Met:
		text = "entry criteria still met on its own facts"
	case regime.Unknown:
		text = "whether the entry criteria still hold is unknown for lack of facts"
	default:
		text = l.since(env, s, start, hasStart)
	}
	if x, ok := exits[l.reg]; ok {
		text += "; exit depends on " + x.dependsOn
	} else {
		text += "; no published exit is encoded for " + l.reg.String()
	}
	if l.extra != nil {
		if x := l.extra(env, s); x != "" {
			text += "; " + x
		}
	}
	return text
}

// since finds the day from which the criteria have not held: the first
// of the subject's fact dates, from the spell's start, from which every
// later one finds them not met.
func (l *leaving) since(env *regime.Env, s regime.Subject, start economy.Date, hasStart bool) string {
	facts := env.FactsDate()
	var from economy.Date
	metOnce := false
	for _, d := range l.dates(s) {
		if (hasStart && d.Before(start)) || d.After(facts) {
			continue
		}
		back, bs := env.AsOf(d, s)
		switch l.criteria.Eval(&back, bs) {
		case regime.NotMet:
			if from.IsZero() {
				from = d
			}
		case regime.Met:
			metOnce, from = true, economy.Date{}
		default:
			from = economy.Date{}
		}
	}
	switch {
	case !metOnce && hasStart:
		return "entry criteria not met on its own facts at any time since the spell began on " + start.String() + ": it stands on the recorded spell"
	case from.IsZero():
		return "entry criteria no longer met on its own facts"
	}
	return "entry criteria no longer met since " + from.String()
}

// spellStart returns the start of the spell of l.reg the subject is in.
func (l *leaving) spellStart(env *regime.Env, s regime.Subject) (economy.Date, bool) {
	var spells []economy.Spell
	switch {
	case s.Provider() != nil:
		spells = s.Provider().Governance.Spells
	case s.Economy() != nil:
		spells = s.Economy().Spells
	case s.Commissioner() != nil:
		spells = s.Commissioner().Spells
	}
	sp, ok := economy.SpellOf(spells, l.reg, env.FactsDate())
	return sp.Start, ok
}

// exitExtra adds, for quality special measures, whether the re-inspection
// and the end of the extension came with a report: a deadline passed with
// no trust-level report published is flagged as missed.
func exitExtra(k *providerParams, reg economy.Regime) func(env *regime.Env, s regime.Subject) string {
	if reg != economy.QualitySpecialMeasures {
		return nil
	}
	return func(env *regime.Env, s regime.Subject) string {
		p := s.Provider()
		re, ok1 := k.qsmReinspect.Get(env)
		ex, ok2 := k.qsmExtend.Get(env)
		if p == nil || !ok1 || !ok2 {
			return ""
		}
		sp, ok := economy.SpellOf(p.Governance.Spells, reg, env.FactsDate())
		if !ok {
			return ""
		}
		t, ok := timetable.QualitySpecialMeasuresTimeline(sp.Start, int(re), int(ex))
		if !ok {
			return ""
		}
		return deadlineNote(p, sp.Start, t.Reinspection, env.FactsDate(), "re-inspection")
	}
}

// deadlineNote says whether a trust-level report was published between
// start and due: done (with its day), missed (due has passed without
// one) or still due.
func deadlineNote(p *economy.Provider, start, due, facts economy.Date, what string) string {
	for _, in := range p.Inspections {
		if in.Scope == economy.ScopeProvider && in.Published.After(start) && !in.Published.After(due) && !in.Published.After(facts) {
			return what + " due by " + due.String() + ": report published " + in.Published.String()
		}
	}
	if facts.After(due) {
		return what + " due by " + due.String() + ": no trust-level report published by then (missed)"
	}
	return what + " due by " + due.String() + ": not yet"
}
