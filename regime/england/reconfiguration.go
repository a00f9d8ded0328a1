package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/enum"
	"github.com/failregime/failregime/regime"
)

// ChangeStage is what the service change rule set ([ServiceChange])
// decides for one
// service: where a proposal to reshape it stands on the decision date,
// under the process of the day (the special administrator's consultation
// and the Secretary of State's decision; or commissioners' consultation,
// local authority scrutiny, referral or call-in, and the tests a
// significant change must meet). The zero ChangeStage is unknown.
type ChangeStage uint8

// Service change codes.
const (
	ChangeStageUnknown ChangeStage = iota
	// NoChangeProposed: no reconfiguration in the facts reshapes the
	// service.
	NoChangeProposed
	// ChangeQuashed: a court quashed the decision as it bears on the
	// service.
	ChangeQuashed
	// ChangeAwaitingDecision: the Secretary of State has the proposal (a
	// special administrator's final report, a local authority's referral
	// or a call-in request) and has not yet decided.
	ChangeAwaitingDecision
	// ChangeApproved: the Secretary of State decided that the change go
	// ahead, as proposed or changed.
	ChangeApproved
	// ChangeRejected: the Secretary of State decided against the change.
	ChangeRejected
	// ChangeTestsNotMet: a test a significant service change must meet is
	// not met on the facts.
	ChangeTestsNotMet
	// ChangeMayProceed: the commissioners consulted, decided to go ahead,
	// and every test in force is met; nothing is before the Secretary of
	// State.
	ChangeMayProceed
	// ChangeInProcess: proposed and not yet decided.
	ChangeInProcess
)

var changeStageWords = enum.New("ChangeStage", "unknown", "no_change_proposed", "change_quashed",
	"change_awaiting_decision", "change_approved", "change_rejected", "change_tests_not_met", "change_may_proceed", "change_in_process")

var changeStageTexts = [...]string{
	ChangeStageUnknown:     "unknown",
	NoChangeProposed:       "no reshaping of the service proposed",
	ChangeQuashed:          "the decision to reshape the service was quashed by a court",
	ChangeAwaitingDecision: "the proposal is before the Secretary of State",
	ChangeApproved:         "the Secretary of State decided the change goes ahead",
	ChangeRejected:         "the Secretary of State decided against the change",
	ChangeTestsNotMet:      "a test of a significant service change is not met",
	ChangeMayProceed:       "consulted, decided and the tests met: the change may proceed",
	ChangeInProcess:        "proposed, not yet decided",
}

// String returns the code, e.g. "change_quashed".
func (c ChangeStage) String() string { return changeStageWords.Name(uint8(c)) }

// MarshalText encodes c as its code.
func (c ChangeStage) MarshalText() ([]byte, error) { return changeStageWords.Marshal(uint8(c)) }

// UnmarshalText decodes a code.
func (c *ChangeStage) UnmarshalText(b []byte) error {
	return enum.Unmarshal(changeStageWords, b, c)
}

// Text says what c means, in words.
func (c ChangeStage) Text() string {
	if int(c) < len(changeStageTexts) {
		return changeStageTexts[c]
	}
	return c.String()
}

// Ruling is what a service change entry decides.
func (c ChangeStage) Ruling() regime.Ruling { return regime.Ruling{Code: c.String(), Text: c.Text()} }

// ChangeStageOf reads a service change decision: its code, and true,
// when the decision is Met and chose one.
func ChangeStageOf(d regime.Decision) (ChangeStage, bool) {
	r, ok := d.Ruling()
	if !ok {
		return ChangeStageUnknown, false
	}
	v, err := changeStageWords.Parse([]byte(r.Code))
	if err != nil || v == 0 {
		return ChangeStageUnknown, false
	}
	return ChangeStage(v), true
}

// changeKeys are the parameters of the service change rules.
type changeKeys struct {
	support     regime.EnumKey // how the GP commissioners' support is counted
	bindsTSA    regime.BoolKey // the tests bind a special administrator's recommendations
	declaredFor bool           // the edition has the tests (from 21 June 2010)
}

// Words of change.commissioner_support.
const (
	supportEvery    = "every"
	supportMajority = "majority"
)

func declareChangeParams(ed *edition, ps *regime.Params) changeKeys {
	// The four tests began on 21 June 2010, inside the edition of the
	// Chapter 5A regime; the editions from then on declare their
	// parameters, and the rules read the decision date.
	if ed.tsa == tsaNone {
		return changeKeys{}
	}
	return changeKeys{
		declaredFor: true,
		support: ps.Enum(regime.ParamDef{Name: "change.commissioner_support", Title: "how the support of the GP commissioners involved is counted",
			Citation: srcFourTests,
			Interpretation: "the test asks for the support of the GP commissioners involved and gives no count: every reads it as each of the service's clinical commissioners " +
				"(CCGs or ICBs, or its PCTs where no CCG is named) recorded as supporting, one opposing failing it; majority as more than half supporting"},
			supportEvery, supportEvery, supportMajority),
		bindsTSA: ps.Bool(regime.ParamDef{Name: "change.tests_bind_administrator", Title: "the tests apply to a special administrator's recommendations",
			Citation: srcCommissionerSupportFT,
			Interpretation: "the tests were set for commissioners' proposals; that a special administrator's recommendations must meet them too is this library's reading of the " +
				"duty to seek commissioners' support (statute for a foundation trust, statutory guidance for an NHS trust)"},
			true),
	}
}

// serviceChangeSet builds the rule set that decides, for each service,
// where a proposal to reshape it stands, under Policy First: no proposal;
// quashed by a court; before the Secretary of State; approved or rejected
// by him; failing a test; free to proceed; or still in process. Every
// edition has it: from 2008 local commissioners are involved in reshaping
// services after a provider's exit (Department of Health, 2008), and local
// authorities scrutinise every substantial change.
func serviceChangeSet(ed *edition, ps *regime.Params) (*regime.RuleSet, error) {
	k := declareChangeParams(ed, ps)
	entry := func(prio int, r regime.Rule, c ChangeStage) regime.Entry {
		return regime.Entry{Priority: prio, Rule: r, Decides: c.Ruling()}
	}
	return regime.NewRuleSet(regime.RuleSetSpec{
		ID: ServiceChange, Title: "reshaping a service", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectService), Citation: citeLocalCommissioners,
		Entries: []regime.Entry{
			entry(5, changePredicate(RuleNoChangeProposed, "no reshaping of the service proposed", citeLocalCommissioners, noChange), NoChangeProposed),
			entry(10, changePredicate(RuleChangeQuashed, "quashed by a court as to this service", srcLewishamHC, quashed), ChangeQuashed),
			entry(20, changePredicate(RuleChangeBeforeSecretaryOfState, "before the Secretary of State, undecided", srcScrutiny2002, awaiting), ChangeAwaitingDecision),
			entry(30, changePredicate(RuleChangeApproved, "approved by the Secretary of State", srcScrutiny2002, approvedBySoS), ChangeApproved),
			entry(35, changePredicate(RuleChangeRejected, "rejected by the Secretary of State", srcScrutiny2002, rejectedBySoS), ChangeRejected),
			entry(40, k.testsNotMetRule(), ChangeTestsNotMet),
			entry(50, k.mayProceedRule(), ChangeMayProceed),
			entry(60, changePredicate(RuleChangeInProcess, "proposed, not yet decided", citeLocalCommissioners, inProcess), ChangeInProcess),
		},
	})
}

// changeFunc judges a service given the reconfiguration that reshapes it.
type changeFunc func(env *regime.Env, c *changeCtx, w *regime.Why) regime.Verdict

// changeCtx is what a service change predicate reads: the facts and
// decision dates, the economy, the service and its provider, and the
// latest reconfiguration proposed on or before the facts date that
// reshapes it (nil: none).
type changeCtx struct {
	e     *economy.Economy
	p     *economy.Provider
	svc   *economy.Service
	r     *economy.Reconfiguration
	facts economy.Date
	law   economy.Date
}

// changeOf finds the context of subject s: Unknown without a service or
// an economy.
func changeOf(env *regime.Env, s regime.Subject, w *regime.Why) (changeCtx, regime.Verdict) {
	p, svc, e := s.Provider(), s.Service(), env.Economy()
	if p == nil || svc == nil {
		w.Missing("service")
		return changeCtx{}, regime.Unknown
	}
	if e == nil {
		w.Missing("economy")
		return changeCtx{}, regime.Unknown
	}
	c := changeCtx{e: e, p: p, svc: svc, facts: env.FactsDate(), law: env.DecisionDate()}
	for i := range e.Reconfigurations {
		r := &e.Reconfigurations[i]
		if r.Proposed.IsZero() || r.Proposed.After(c.facts) || !r.Names(p.ID, svc.ID) {
			continue
		}
		if c.r == nil || !r.Proposed.Before(c.r.Proposed) {
			c.r = r
		}
	}
	return c, regime.Met
}

// changePredicate is a predicate over the service's reconfiguration: f
// is called only when there is one; without one every entry but
// no_change_proposed is NotMet.
func changePredicate(id, title string, cite economy.Citation, f changeFunc, refs ...regime.ParamRef) regime.Rule {
	return regime.Predicate(id, title, cite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		c, v := changeOf(env, s, w)
		if v != regime.Met {
			return v
		}
		if c.r == nil && id != RuleNoChangeProposed {
			w.Because("no reshaping of the service proposed")
			return regime.NotMet
		}
		return f(env, &c, w)
	}, refs...)
}

func noChange(_ *regime.Env, c *changeCtx, w *regime.Why) regime.Verdict {
	if c.r == nil {
		w.Because("no reconfiguration in the facts reshapes the service")
		return regime.Met
	}
	if w != nil {
		w.Because("reshaped by " + c.r.ID + ", proposed " + c.r.Proposed.String() + " (" + c.r.Route.String() + ")")
	}
	return regime.NotMet
}

// quashed: the latest court ruling on or before the facts date that bears
// on the service quashed the decision.
func quashed(_ *regime.Env, c *changeCtx, w *regime.Why) regime.Verdict {
	var latest *economy.CourtRuling
	for i := range c.r.Rulings {
		cr := &c.r.Rulings[i]
		if cr.Date.IsZero() || cr.Date.After(c.facts) || !cr.Covers(c.p.ID, c.svc.ID) {
			continue
		}
		if latest == nil || !cr.Date.Before(latest.Date) {
			latest = cr
		}
	}
	if latest == nil {
		w.Because("no court ruling on it")
		return regime.NotMet
	}
	if w != nil {
		what := "upheld"
		if latest.Quashes {
			what = "quashed"
		}
		w.Because("the decision stands " + what + " as to this service after " + latest.Court + " on " + latest.Date.String() + ", " + nameOr(latest.Citation, "citation not given"))
	}
	return regime.VerdictOf(latest.Quashes)
}

// sosDecision is the Secretary of State's latest decision on the
// proposal on or before the facts date: on a call-in, on a referral, or
// on a special administrator's final report. A call-in declined is not a
// decision on the proposal.
func sosDecision(c *changeCtx) (on string, d economy.Date, o economy.ChangeOutcome, cite economy.Citation, ok bool) {
	in := func(x economy.Date) bool { return !x.IsZero() && !x.After(c.facts) }
	r := c.r
	switch {
	case r.CallIn != nil && in(r.CallIn.Decided) && r.CallIn.Outcome != economy.ChangeNotCalledIn && r.CallIn.Outcome != economy.ChangeOutcomeUnknown:
		return "the call-in", r.CallIn.Decided, r.CallIn.Outcome, srcCallIn, true
	case r.Referral != nil && in(r.Referral.Decided) && r.Referral.Outcome != economy.ChangeOutcomeUnknown:
		return "the local authorities' referral", r.Referral.Decided, r.Referral.Outcome, scrutinyCite(r.Referral.Received), true
	case r.Route == economy.SpecialAdministration && in(r.Decided) && r.Outcome != economy.ChangeOutcomeUnknown:
		return "the final report", r.Decided, r.Outcome, srcChapter5A, true
	}
	return "", economy.Date{}, 0, economy.Citation{}, false
}

// awaiting: the Secretary of State has a call-in request, a referral or
// a final report, and has not decided on it by the facts date.
func awaiting(_ *regime.Env, c *changeCtx, w *regime.Why) regime.Verdict {
	in := func(x economy.Date) bool { return !x.IsZero() && !x.After(c.facts) }
	r := c.r
	switch {
	case r.CallIn != nil && in(r.CallIn.Requested) && !in(r.CallIn.Decided):
		if w != nil {
			w.Because("asked to call the proposal in on " + r.CallIn.Requested.String() + panelText(r.CallIn.PanelAdvice, c.facts) +
				": the Secretary of State has not yet decided (NHS Act 2006 Sch 10A)")
			w.Fact(regime.Fact{Name: "call-in request", Text: "by " + nameOr(r.CallIn.Requester, "a requester not named") + " on " + r.CallIn.Requested.String(),
				Verdict: regime.Met, Source: &srcCallInGuidance})
			panelFact(w, r.CallIn.PanelAdvice, c.facts)
		}
		return regime.Met
	case r.Referral != nil && in(r.Referral.Received) && !in(r.Referral.Decided):
		if w != nil {
			w.Because("referred by " + orNone(r.Referral.By) + ", received " + r.Referral.Received.String() + panelText(r.Referral.PanelAdvice, c.facts) +
				": the Secretary of State has not yet decided")
			text := "made under the regulations of " + r.Referral.Received.String()
			if !c.law.Before(economy.ReferralsEnd()) {
				text = "saved: made before " + economy.ReferralsEnd().String() + ", when new referrals ended"
			}
			w.Fact(regime.Fact{Name: "referral", Text: text, Verdict: regime.Met, Source: citePtr(scrutinyCite(r.Referral.Received))})
			panelFact(w, r.Referral.PanelAdvice, c.facts)
		}
		return regime.Met
	case r.Route == economy.SpecialAdministration && in(r.Submitted) && !in(r.Decided):
		if w != nil {
			w.Because("the final report reached the Secretary of State on " + r.Submitted.String() + "; the decision is awaited")
		}
		return regime.Met
	}
	w.Because("nothing before the Secretary of State awaits his decision")
	return regime.NotMet
}

// panelFact records the Independent Reconfiguration Panel's advice, when
// given by the facts date.
func panelFact(w *regime.Why, advice, facts economy.Date) {
	if advice.IsZero() || advice.After(facts) {
		return
	}
	w.Fact(regime.Fact{Name: "Independent Reconfiguration Panel", Text: "advised on " + advice.String(), Verdict: regime.Met, Source: &srcIRP})
}

func panelText(advice, facts economy.Date) string {
	if advice.IsZero() || advice.After(facts) {
		return ""
	}
	return "; the Independent Reconfiguration Panel advised on " + advice.String()
}

func approvedBySoS(_ *regime.Env, c *changeCtx, w *regime.Why) regime.Verdict {
	return sosVerdict(c, w, true)
}

func rejectedBySoS(_ *regime.Env, c *changeCtx, w *regime.Why) regime.Verdict {
	return sosVerdict(c, w, false)
}

func sosVerdict(c *changeCtx, w *regime.Why, approves bool) regime.Verdict {
	on, d, o, cite, ok := sosDecision(c)
	if !ok {
		w.Because("no decision of the Secretary of State on it")
		return regime.NotMet
	}
	v := regime.VerdictOf(o.Approves() == approves)
	if w != nil {
		r := "the Secretary of State decided on " + on + " on " + d.String() + ": " + o.String()
		w.Fact(regime.Fact{Name: "decided on " + on, Text: d.String() + ": " + o.String(), Verdict: v, Source: &cite})
		if v == regime.Met && approves {
			if p := c.powers(w); p != "" {
				r += "; " + p
			}
		}
		w.Because(r)
	}
	return v
}

// powers records, for a special administrator's recommendation on a
// service of another trust, whether Chapter 5A then reached it, and says
// so in words ("" for the administrator's own trust).
func (c *changeCtx) powers(w *regime.Why) string {
	if c.r.Route != economy.SpecialAdministration || c.p.ID == c.r.Trust {
		return ""
	}
	if c.law.Before(tsaLaw2014From) {
		text := "a service of another trust (" + c.p.ID + "), which Chapter 5A reached only from 15 July 2014 (Care Act 2014 s.120)"
		w.Fact(regime.Fact{Name: "within the administrator's powers", Text: "no: " + text, Verdict: regime.NotMet, Source: citePtr(srcLewishamHC)})
		return text
	}
	text := "a service of an affected trust (" + c.p.ID + "), within the administrator's powers (Care Act 2014 s.120)"
	w.Fact(regime.Fact{Name: "within the administrator's powers", Text: "yes: " + text, Verdict: regime.Met, Source: citePtr(srcCommissionerSupportFT)})
	return text
}

func citePtr(c economy.Citation) *economy.Citation { return &c }

func inProcess(_ *regime.Env, c *changeCtx, w *regime.Why) regime.Verdict {
	if w != nil {
		r := c.r
		stage := "proposed on " + r.Proposed.String()
		if cs := r.Consultation; !cs.Start.IsZero() && !cs.Start.After(c.facts) {
			if !cs.End.IsZero() && !cs.End.After(c.facts) {
				stage += "; consulted from " + cs.Start.String() + " to " + cs.End.String()
			} else {
				stage += "; consultation open since " + cs.Start.String()
			}
		}
		if !r.Decided.IsZero() && !r.Decided.After(c.facts) {
			stage += "; decided " + r.Decided.String() + ": " + r.Outcome.String()
		} else {
			stage += "; not yet decided"
		}
		if p := c.powers(w); p != "" {
			stage += "; " + p
		}
		w.Because(stage)
	}
	return regime.Met
}
