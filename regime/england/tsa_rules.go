package england

import (
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/timetable"
)

// tsaRule: in a special administration spell, or eligible for an order
// under the text of Chapter 5A in force.
func tsaRule(ed *edition, k *providerParams, uses map[string]ratingUse) regime.Rule {
	cal := timetable.EnglandAndWales()
	explain := func(env *regime.Env, sp economy.Spell) string {
		law, ok := timetable.TSAPeriodsFor(sp.Start)
		if !ok {
			return ""
		}
		due, err := cal.NthWorkingDay(sp.Start, law.DraftReport.WorkingDays)
		if err != nil {
			return ""
		}
		return "draft report due by " + due.String() + " (" + strconv.Itoa(law.DraftReport.WorkingDays) +
			" working days beginning with the appointment, unless extended by order under s.65J)"
	}
	cite := citeS65A
	switch ed.tsa {
	case tsa2014:
		cite = citeS65D
	case tsa2022:
		cite = citeS65B2022
	}
	nhspf, hasNHSPF := uses[rating.MethodNHSPF]
	return regime.Named(RuleTrustSpecialAdministration, "trust special administration (NHS Act 2006 Chapter 5A)", cite, regime.Any(
		spellRule(RuleTSASpell, "in special administration", cite, explain, economy.TrustSpecialAdministration),
		regime.Predicate(RuleTSAGrounds, "grounds for a special administration order", cite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			p, v := nhsGate(s, w, "special administration (s.65A)")
			if v != regime.Met {
				return v
			}
			g := &p.Governance
			debts, quality := judgement(g.UnableToPayDebts), judgement(g.SeriousQualityFailure)
			if w != nil {
				w.Fact(regime.Fact{Name: "unable to pay its debts (judgement)", Text: judgementText(g.UnableToPayDebts), Verdict: regime.VerdictOf(debts)})
				w.Fact(regime.Fact{Name: "serious failure to provide services of sufficient quality (judgement)", Text: judgementText(g.SeriousQualityFailure), Verdict: regime.VerdictOf(quality)})
			}
			if p.Kind == economy.KindFoundationTrust {
				return tsaFoundationTrust(ed.tsa, k, env, w, debts, quality)
			}
			if ed.tsa == tsa2022 {
				if w != nil {
					switch {
					case quality:
						w.Because("NHS England must make an order when CQC, satisfied of a serious quality failure, requires it")
					case debts:
						w.Because("NHS England may make an order in the interests of the health service, with the Secretary of State's approval")
					default:
						w.Because("no recorded judgement of a serious quality failure or of inability to pay debts")
					}
				}
				return regime.VerdictOf(debts || quality)
			}
			if debts || quality {
				if w != nil {
					w.Because("the Secretary of State may order special administration in the interests of the health service (s.65B): a judgement is recorded")
				}
				return regime.Met
			}
			ev, ok := k.tsaEvidence.Get(env)
			if !ok {
				w.Missing("parameter provider.tsa_interest_evidence")
				return regime.Unknown
			}
			if ev != evidenceJudgementsChallenged || !hasNHSPF {
				if w != nil {
					w.Because("no recorded judgement that special administration is in the interests of the health service")
				}
				return regime.NotMet
			}
			r := env.Rate(&nhspf.m, rating.Input{Provider: p, Economy: env.Economy(), Date: env.FactsDate()})
			if !r.Rated() {
				w.Missing(nhspf.m.ID)
				for _, m := range r.Missing {
					w.Missing(nhspf.m.ID + ": " + m)
				}
				return regime.Unknown
			}
			challenged := r.Published() == rating.Challenged.Score()
			if w != nil {
				w.Fact(regime.Fact{Name: "NHS Performance Framework category", Text: r.Published().String(), ThresholdText: "challenged", Param: "provider.tsa_interest_evidence", Verdict: regime.VerdictOf(challenged)})
				w.Because("NHS Performance Framework category " + r.Published().String() + "; challenged is read as evidence of the interests of the health service")
			}
			return regime.VerdictOf(challenged)
		}, k.refs(k.tsaEvidence.Ref(), k.tsaFTDerived.Ref())...),
	))
}

func tsaFoundationTrust(law tsaLaw, k *providerParams, env *regime.Env, w *regime.Why, debts, quality bool) regime.Verdict {
	if law == tsa2010 {
		derived, ok := k.tsaFTDerived.Get(env)
		if !ok || !derived {
			w.Missing("whether the foundation trust was an NHS trust (Chapter 5A before 1 November 2012)")
			return regime.Unknown
		}
	}
	who := "Monitor"
	if law == tsa2022 {
		who = "NHS England"
	}
	switch {
	case debts:
		if w != nil {
			w.Because(who + " is satisfied the trust is, or is likely to become, unable to pay its debts (s.65D)")
		}
		return regime.Met
	case quality && law >= tsa2014:
		if w != nil {
			w.Because("a serious failure to provide services of sufficient quality (s.65D as amended by the Care Act 2014); CQC may require the order")
		}
		return regime.Met
	}
	if w != nil {
		r := "no recorded judgement that the trust is unable to pay its debts"
		if law >= tsa2014 {
			r += " or seriously fails on quality"
		}
		w.Because(r)
	}
	return regime.NotMet
}
