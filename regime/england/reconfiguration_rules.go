package england

import (
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// refs are the parameter references of the test rules, in the editions
// that declare them.
func (k changeKeys) refs() []regime.ParamRef {
	if !k.declaredFor {
		return nil
	}
	return []regime.ParamRef{k.support.Ref(), k.bindsTSA.Ref()}
}

// testsApply reports whether the tests bind the proposal on the decision
// date, and why not when they do not.
func (k changeKeys) testsApply(env *regime.Env, c *changeCtx) (bool, string) {
	if c.law.Before(fourTestsFrom) || !k.declaredFor {
		return false, "no tests of a significant service change before 21 June 2010, when the revised Operating Framework 2010/11 set out four"
	}
	if c.r.Route == economy.SpecialAdministration {
		binds, ok := k.bindsTSA.Get(env)
		if ok && !binds {
			return false, "the tests are not applied to a special administrator's recommendations (change.tests_bind_administrator)"
		}
	}
	return true, ""
}

// testsNotMetRule: a test in force is not met on the facts. Its
// explanation lists each test with its verdict, who has been consulted
// and who must still agree, and the local authorities' scrutiny.
func (k changeKeys) testsNotMetRule() regime.Rule {
	return changePredicate(RuleChangeTestsNotMet, "a test of a significant service change is not met", srcFourTests,
		func(env *regime.Env, c *changeCtx, w *regime.Why) regime.Verdict {
			apply, why := k.testsApply(env, c)
			if !apply {
				w.Because(why)
				if w != nil && c.law.Before(fourTestsFrom) {
					w.Fact(regime.Fact{Name: "the four tests", Text: "announced on 21 May 2010; in force from 21 June 2010", Verdict: regime.NotMet, Source: &srcFourTestsAnnounced})
				}
				return regime.NotMet
			}
			var sum testSummary
			sp := &sum
			if w == nil {
				sp = nil
			}
			v := k.tests(env, c, w, sp)
			if w != nil {
				switch v {
				case regime.Met:
					w.Because("every test in force is met")
				case regime.NotMet:
					w.Because("a test in force is not met: " + strings.Join(sum.notMet, "; "))
				default:
					w.Because("no test is known to fail; not in the record: " + strings.Join(sum.unknown, "; "))
				}
				consultationFacts(c, w)
			}
			return v.Not()
		}, k.refs()...)
}

// mayProceedRule: a commissioners' proposal consulted on, decided and
// meeting every test in force, with nothing before the Secretary of State
// (an earlier entry). A special administrator's recommendations take
// effect only by the Secretary of State's decision.
func (k changeKeys) mayProceedRule() regime.Rule {
	return changePredicate(RuleChangeMayProceed, "consulted, decided and the tests met", srcScrutiny2013,
		func(env *regime.Env, c *changeCtx, w *regime.Why) regime.Verdict {
			apply, _ := k.testsApply(env, c)
			if w != nil && !apply {
				consultationFacts(c, w) // the tests' entry did not show them
			}
			r := c.r
			if r.Route == economy.SpecialAdministration {
				w.Because("a special administrator's recommendations take effect only by the Secretary of State's decision on the final report")
				return regime.NotMet
			}
			in := func(x economy.Date) bool { return !x.IsZero() && !x.After(c.facts) }
			cs := r.Consultation
			consulted := regime.Unknown
			switch {
			case in(cs.End):
				consulted = regime.Met
			case !cs.End.IsZero() || (!cs.Start.IsZero() && !in(cs.Start)):
				consulted = regime.NotMet
			default:
				w.Missing("consultation.end")
			}
			decided := regime.NotMet
			switch {
			case !in(r.Decided):
			case r.Outcome.Approves():
				decided = regime.Met
			case r.Outcome == economy.ChangeOutcomeUnknown:
				decided = regime.Unknown
				w.Missing("outcome")
			}
			tests := regime.Met
			if apply {
				tests = k.tests(env, c, nil, nil)
			}
			v := consulted.And(decided).And(tests)
			if w != nil {
				var parts []string
				switch consulted {
				case regime.Met:
					parts = append(parts, "consulted until "+cs.End.String())
				case regime.NotMet:
					parts = append(parts, "the consultation has not ended")
				default:
					parts = append(parts, "the end of the consultation is not in the record")
				}
				switch {
				case !in(r.Decided):
					parts = append(parts, "not yet decided")
				default:
					parts = append(parts, "decided on "+r.Decided.String()+": "+r.Outcome.String())
				}
				if apply {
					parts = append(parts, "tests "+tests.Text())
				}
				if c.law.Before(economy.ReferralsEnd()) {
					parts = append(parts, "the local authorities may still refer it to the Secretary of State")
				} else {
					parts = append(parts, "the Secretary of State may still be asked to call it in")
				}
				w.Because(strings.Join(parts, "; "))
			}
			return v
		}, k.refs()...)
}

// testSummary names the tests not met and those not in the record, each
// with what the record says, for the reason of a decision.
type testSummary struct{ notMet, unknown []string }

func (t *testSummary) add(v regime.Verdict, s string) {
	switch {
	case t == nil:
	case v == regime.NotMet:
		t.notMet = append(t.notMet, s)
	case v == regime.Unknown:
		t.unknown = append(t.unknown, s)
	}
}

// tests judges the proposal against every test in force on the decision
// date, with the facts of the facts date, and records each as a fact and
// in sum (when not nil).
func (k changeKeys) tests(env *regime.Env, c *changeCtx, w *regime.Why, sum *testSummary) regime.Verdict {
	r := c.r
	v := k.commissionerSupport(env, c, w, sum)
	for _, t := range [...]struct {
		name string
		b    *bool
		path string
	}{
		{"strengthened public and patient engagement", r.Engagement, "engagement"},
		{"clarity on the clinical evidence base", r.ClinicalEvidence, "clinical_evidence"},
		{"consistency with current and prospective patient choice", r.PatientChoice, "patient_choice"},
	} {
		tv := boolVerdict(t.b)
		if w != nil {
			w.Fact(regime.Fact{Name: t.name, Text: boolText(t.b), Verdict: tv})
			if t.b == nil {
				w.Missing(t.path)
			}
			sum.add(tv, t.path)
		}
		v = v.And(tv)
	}
	if !c.law.Before(bedTestFrom) {
		bv := bedTest(r.Beds, w)
		if w != nil {
			sum.add(bv, "bed closures")
		}
		v = v.And(bv)
	}
	return v
}

// commissionerSupport is the first test: the support of the GP (clinical)
// commissioners of the service, read from their consultation responses.
func (k changeKeys) commissionerSupport(env *regime.Env, c *changeCtx, w *regime.Why, sum *testSummary) regime.Verdict {
	mode, ok := k.support.Get(env)
	if !ok {
		w.Missing("parameter change.commissioner_support")
		return regime.Unknown
	}
	ids := clinicalCommissioners(c)
	if len(ids) == 0 {
		if w != nil {
			w.Missing("services[].commissioners")
			w.Fact(regime.Fact{Name: "support from GP commissioners", Text: "the service names no commissioner", Verdict: regime.Unknown})
			sum.add(regime.Unknown, "support from GP commissioners (the service names none)")
		}
		return regime.Unknown
	}
	var yes, no, unsaid []string
	for _, id := range ids {
		switch s := positionOf(c, economy.ConsulteeCommissioner, id); {
		case s == nil:
			unsaid = append(unsaid, id)
		case *s:
			yes = append(yes, id)
		default:
			no = append(no, id)
		}
	}
	n := len(ids)
	var v regime.Verdict
	switch mode {
	case supportMajority:
		switch {
		case 2*len(yes) > n:
			v = regime.Met
		case 2*len(no) >= n:
			v = regime.NotMet
		}
	default:
		switch {
		case len(no) > 0:
			v = regime.NotMet
		case len(yes) == n:
			v = regime.Met
		}
	}
	if w != nil {
		text := "supports: " + orNone(yes) + "; opposes: " + orNone(no) + "; not recorded: " + orNone(unsaid)
		w.Fact(regime.Fact{Name: "support from GP commissioners (who must agree)", Text: text, ThresholdText: mode,
			Param: "change.commissioner_support", Verdict: v})
		sum.add(v, "support from GP commissioners ("+text+")")
		for _, id := range unsaid {
			w.Missing("consultation.responses: " + id)
		}
	}
	return v
}

// clinicalCommissioners are the service's commissioners whose support the
// first test asks for: its CCGs or ICBs, or, where it names none, its
// PCTs (GP commissioners supported by PCTs, before April 2013).
func clinicalCommissioners(c *changeCtx) []string {
	var clinical, pcts []string
	for _, id := range c.svc.Commissioners {
		cm, ok := c.e.Commissioner(id)
		if !ok {
			continue
		}
		switch cm.Kind {
		case economy.CCG, economy.ICB:
			clinical = append(clinical, id)
		case economy.PCT:
			pcts = append(pcts, id)
		}
	}
	if len(clinical) > 0 {
		return clinical
	}
	return pcts
}

// positionOf is whether consultee id of kind k supported the proposal in
// its latest response on or before the facts date (nil: not recorded).
func positionOf(c *changeCtx, k economy.ConsulteeKind, id string) *bool {
	var best *economy.ConsultationResponse
	for i := range c.r.Consultation.Responses {
		resp := &c.r.Consultation.Responses[i]
		if resp.Kind != k || resp.Consultee != id || resp.Date.After(c.facts) {
			continue
		}
		if best == nil || !resp.Date.Before(best.Date) {
			best = resp
		}
	}
	if best == nil {
		return nil
	}
	return best.Supports
}

// bedTest is the test of 1 April 2017: a significant bed closure meets
// one of three conditions.
func bedTest(b *economy.BedClosure, w *regime.Why) regime.Verdict {
	fact := func(text string, v regime.Verdict) {
		if w != nil {
			w.Fact(regime.Fact{Name: "bed closures (from 2017-04-01)", Text: text, Verdict: v, Source: citePtr(srcBedTest)})
		}
	}
	if b == nil || b.Significant == nil {
		w.Missing("beds.significant")
		fact("not recorded", regime.Unknown)
		return regime.Unknown
	}
	if !*b.Significant {
		fact("no significant bed closures", regime.Met)
		return regime.Met
	}
	v := boolVerdict(b.AlternativeProvision).Or(boolVerdict(b.NewTreatments)).Or(boolVerdict(b.EfficiencyPlan))
	if w != nil {
		fact("significant closures; alternative provision "+boolText(b.AlternativeProvision)+", new treatments "+boolText(b.NewTreatments)+
			", efficiency plan "+boolText(b.EfficiencyPlan)+": one of the three is needed", v)
		if v == regime.Unknown {
			w.Missing("beds conditions")
		}
	}
	return v
}

func boolVerdict(b *bool) regime.Verdict {
	if b == nil {
		return regime.Unknown
	}
	return regime.VerdictOf(*b)
}

func boolText(b *bool) string {
	if b == nil {
		return "not recorded"
	}
	return yesNo(*b)
}

// consultationFacts records who has been consulted and who must be, and
// the local authorities' scrutiny, naming organisations by ID.
func consultationFacts(c *changeCtx, w *regime.Why) {
	r := c.r
	cs := r.Consultation
	text := "from " + dateOr(cs.Start) + " to " + dateOr(cs.End) + "; public meetings " + countText(cs.PublicMeetings) + "; staff meetings " + countText(cs.StaffMeetings)
	var heard []string
	for i := range cs.Responses {
		resp := &cs.Responses[i]
		if resp.Date.After(c.facts) {
			continue
		}
		pos := "position not recorded"
		if resp.Supports != nil {
			pos = "opposes"
			if *resp.Supports {
				pos = "supports"
			}
		}
		heard = append(heard, resp.Consultee+" ("+pos+")")
	}
	when := cs.Start
	if when.IsZero() {
		when = r.Proposed
	}
	src := scrutinyCite(when)
	asked := "the service's commissioners and the public (NHS Act 2006 s.242), and the local authorities' health scrutiny"
	if r.Route == economy.SpecialAdministration {
		law, list, cite := tsaLawOf(when)
		src = cite
		var ws []string
		for _, x := range list {
			ws = append(ws, x.what)
		}
		asked = "written responses (ss.65F-65H, law of " + law + "): " + strings.Join(ws, "; ") + "; a meeting for the staff and one open to anyone"
	}
	w.Fact(regime.Fact{Name: "consultation", Text: text + "; asked: " + asked, Verdict: regime.Met, Source: &src})
	if r.Route == economy.SpecialAdministration && !when.Before(tsaLaw2014From) {
		w.Fact(regime.Fact{Name: "the Care Quality Commission's statement", Text: "needed before the draft report is given (s.65F, Care Act 2014 s.85)", Verdict: regime.Met, Source: &srcTSACQC2014})
	}
	w.Fact(regime.Fact{Name: "responses in the record", Text: orNone(heard), Verdict: regime.Met})
	var las []string
	for i := range c.e.LocalAuthorities {
		las = append(las, c.e.LocalAuthorities[i].ID)
	}
	scrut := "local authorities: " + orNone(las)
	switch {
	case !c.law.Before(economy.ReferralsEnd()):
		scrut += "; consulted on a substantial variation (SI 2013/218 reg 23), no new referral to the Secretary of State from " +
			economy.ReferralsEnd().String() + "; the Secretary of State may call the proposal in (NHS Act 2006 Sch 10A)"
	case r.Route == economy.SpecialAdministration:
		scrut += "; may scrutinise the proposal; a special administrator reports to the Secretary of State, who decides"
	default:
		scrut += "; may refer the proposal to the Secretary of State if not in the interests of the health service in their area; he may ask the Independent Reconfiguration Panel"
	}
	sc := scrutinyCite(c.law)
	if len(las) == 0 {
		w.Missing("local_authorities")
	}
	w.Fact(regime.Fact{Name: "health scrutiny", Text: scrut, Verdict: regime.VerdictOf(len(las) > 0), Source: &sc})
}

func dateOr(d economy.Date) string {
	if d.IsZero() {
		return "(not recorded)"
	}
	return d.String()
}

func countText(n *int) string {
	if n == nil {
		return "not recorded"
	}
	return strconv.Itoa(*n)
}
