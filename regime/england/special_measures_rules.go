package england

import (
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/timetable"
	"github.com/shopspring/decimal"
)

// cqcRatingsFrom is the first day CQC's new ratings were given to trusts
// (the rating method cqc_overall is in force from then); before it, entry
// to special measures followed the Keogh review's recommendation alone.
var cqcRatingsFrom = economy.MustDate("2014-01-01")

// Pending outcomes of an inspection under way.
const (
	pendingSM   = "special_measures"
	pendingNoSM = "no_special_measures"
)

// qualitySMRule: in a quality special measures spell, or recommended for
// special measures, or (from 2014) rated inadequate on at least
// provider.qsm_inadequate_min key questions at trust level including
// well-led.
func qualitySMRule(k *providerParams) regime.Rule {
	explain := func(env *regime.Env, sp economy.Spell) string {
		re, ok1 := k.qsmReinspect.Get(env)
		ex, ok2 := k.qsmExtend.Get(env)
		if !ok1 || !ok2 {
			return ""
		}
		t, ok := timetable.QualitySpecialMeasuresTimeline(sp.Start, int(re), int(ex))
		if !ok {
			return ""
		}
		return "re-inspection due by " + t.Reinspection.String() + "; if not improved enough, by " + t.ExtensionEnds.String() +
			", after which the Chief Inspector writes to the Secretary of State"
	}
	return regime.Named(RuleQualitySpecialMeasures, "special measures for quality", citeCQCSpecialMeasures, regime.Any(
		spellRule(RuleQualitySMSpell, "in quality special measures", timetable.QualitySpecialMeasuresSource(), explain, economy.QualitySpecialMeasures),
		regime.Predicate(RuleQualitySMCriteria, "recommended for special measures, or inadequate including well-led", citeCQCSpecialMeasures,
			func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
				return qualitySMCriteria(k, env, s, w)
			},
			k.refs(k.qsmInadequate.Ref(), k.qsmReinspect.Ref(), k.qsmExtend.Ref())...),
	))
}

func qualitySMCriteria(k *providerParams, env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	p, v := nhsGate(s, w, "special measures for NHS trusts")
	if v != regime.Met {
		return v
	}
	facts := env.FactsDate()
	var latest *economy.Inspection
	pending := false
	for i := range p.Inspections {
		x := &p.Inspections[i]
		if x.Scope != economy.ScopeProvider {
			continue
		}
		if x.Pending {
			pending = pending || x.Started.IsZero() || !x.Started.After(facts)
			continue
		}
		if x.Published.IsZero() || x.Published.After(facts) {
			continue
		}
		if latest == nil || !x.Published.Before(latest.Published) {
			latest = x
		}
	}
	if pending {
		val, ok := regime.PendingValue(env, w, "inspection:"+p.ID, pendingSM, pendingNoSM)
		if !ok {
			if w != nil {
				w.Because("a trust-level inspection is under way: its report decides")
			}
			return regime.Unknown
		}
		if w != nil {
			w.Because("assuming the inspection under way ends in " + val)
		}
		return regime.VerdictOf(val == pendingSM)
	}
	if latest == nil {
		if p.InspectionsComplete {
			// No rated report existed: nothing on which CQC's test, or
			// the Chief Inspector, could place the trust in special measures.
			if w != nil {
				w.Because("no trust-level CQC report published by " + facts.String() + " (the record of inspections is complete)")
			}
			return regime.NotMet
		}
		w.Missing("inspections[scope=provider]")
		return regime.Unknown
	}
	rec := latest.RecommendsSpecialMeasures
	if rec != nil {
		if w != nil {
			w.Fact(regime.Fact{Name: "recommends special measures", Text: strconv.FormatBool(*rec) + " (published " + latest.Published.String() + ")", Verdict: regime.VerdictOf(*rec)})
		}
		if *rec {
			if w != nil {
				w.Because("the report of " + latest.Published.String() + " recommends special measures")
			}
			return regime.Met
		}
	}
	if env.DecisionDate().Before(cqcRatingsFrom) {
		// The Keogh review era: the recommendation is the criterion.
		if rec == nil {
			w.Missing("inspections.recommends_special_measures")
			return regime.Unknown
		}
		if w != nil {
			w.Because("the review of " + latest.Published.String() + " did not recommend special measures")
		}
		return regime.NotMet
	}
	if rec != nil {
		decides, ok := k.qsmRecommendationDecides.Get(env)
		if !ok {
			w.Missing("parameter provider.qsm_recommendation_decides")
			return regime.Unknown
		}
		if decides {
			if w != nil {
				cite := citeCQCSpecialMeasures
				w.Fact(regime.Fact{Name: "recommendation decides", Text: "the report recorded no recommendation of special measures", Param: "provider.qsm_recommendation_decides",
					Source: &cite, Verdict: regime.NotMet})
				w.Because("the inspection of " + latest.Published.String() + " did not recommend special measures, which decides over the ratings (provider.qsm_recommendation_decides)")
			}
			return regime.NotMet
		}
	}
	return inadequateWellLed(k, env, latest, w)
}

// inadequateWellLed applies CQC's usual test by Kleene's reading: it is
// NotMet as soon as well-led is rated better than inadequate or too few
// key questions can still be inadequate.
func inadequateWellLed(k *providerParams, env *regime.Env, in *economy.Inspection, w *regime.Why) regime.Verdict {
	need, ok := k.qsmInadequate.Get(env)
	if !ok {
		w.Missing("parameter provider.qsm_inadequate_min")
		return regime.Unknown
	}
	n, unknown := int64(0), int64(0)
	var missing []string
	for _, q := range economy.KeyQuestions() {
		switch r := in.Ratings.Get(q); {
		case r == economy.Inadequate:
			n++
		case !r.Known():
			unknown++
			missing = append(missing, "inspections.ratings."+q.String())
		}
	}
	wl := in.Ratings.WellLed
	var verdict regime.Verdict
	switch {
	case wl.Known() && wl != economy.Inadequate, n+unknown < need:
		verdict = regime.NotMet
	case wl == economy.Inadequate && n >= need:
		verdict = regime.Met
	default:
		verdict = regime.Unknown
	}
	if verdict == regime.Unknown && in.Overall.Known() && in.Overall != economy.Inadequate {
		if bounds, ok := k.qsmOverallBounds.Get(env); ok && bounds {
			if w != nil {
				cite := citeCQCAggregation
				w.Fact(regime.Fact{Name: "overall rating", Text: in.Overall.String(), ThresholdText: "inadequate", Param: "provider.qsm_overall_bounds_key_questions",
					Source: &cite, Verdict: regime.NotMet})
				w.Because("key-question ratings not given; overall " + in.Overall.String() + ": under CQC's principles two inadequate key questions would normally make it inadequate")
			}
			return regime.NotMet
		}
	}
	if w != nil {
		cite := citeCQCSpecialMeasures
		w.Fact(regime.Fact{Name: "key questions rated inadequate", Value: decimal.NewNullDecimal(decimal.NewFromInt(n)), Op: regime.GE,
			Threshold: decimal.NewNullDecimal(decimal.NewFromInt(need)), Param: "provider.qsm_inadequate_min", Source: &cite, Verdict: verdict})
		w.Fact(regime.Fact{Name: "well-led", Text: wl.String(), ThresholdText: "inadequate", Verdict: regime.VerdictOf(wl == economy.Inadequate)})
		w.Because(strconv.FormatInt(n, 10) + " key questions inadequate (" + strconv.FormatInt(need, 10) + " needed, well-led among them); well-led " + wl.String())
		if verdict == regime.Unknown {
			for _, m := range missing {
				w.Missing(m)
			}
		}
	}
	return verdict
}

// financialSMRule: in a financial special measures spell, or failed to
// agree, or to meet, the control total.
func financialSMRule(k *providerParams) regime.Rule {
	return regime.Named(RuleFinancialSpecialMeasures, "special measures for finance", citeFSMCriteria, regime.Any(
		spellRule(RuleFinancialSMSpell, "in financial special measures", citeFSMCriteria, nil, economy.FinancialSpecialMeasures),
		regime.Predicate(RuleControlTotal, "failed to agree or to meet the control total", citeFSMCriteria,
			func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
				return controlTotal(k, env, s, w)
			},
			k.refs(k.fsmTolerance.Ref(), k.fsmNeedsDeficit.Ref())...),
	))
}

// yearAccounts returns the accounts of the year in progress on date, whose
// plan, forecast and control total are what the regulator judged.
func yearAccounts(p *economy.Provider, date economy.Date) (*economy.Accounts, bool) {
	var cur *economy.Accounts
	for i := range p.Accounts {
		a := &p.Accounts[i]
		if !a.YearToDate && a.Period.Contains(date) {
			cur = a
		}
	}
	return cur, cur != nil
}

func controlTotal(k *providerParams, env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	p, v := nhsGate(s, w, "financial special measures")
	if v != regime.Met {
		return v
	}
	a, ok := yearAccounts(p, env.FactsDate())
	if !ok {
		// A control total is a year's: last year's refusal says nothing
		// of this year's.
		w.Missing("accounts[the year under way]")
		return regime.Unknown
	}
	ev, known := a.ControlTotalOn(env.FactsDate())
	if !known {
		w.Missing("accounts.control_total_events")
		return regime.Unknown
	}
	if !ev.Status.Agreed() {
		needDeficit, ok := k.fsmNeedsDeficit.Get(env)
		if !ok {
			w.Missing("parameter provider.fsm_refusal_needs_deficit_plan")
			return regime.Unknown
		}
		if !needDeficit {
			if w != nil {
				w.Because("did not agree its control total for " + a.Period.String() + " (" + ev.Status.String() + " on " + ev.Date.String() + ")")
			}
			return regime.Met
		}
		if !a.PlannedSurplus.Valid {
			w.Missing("accounts.planned_surplus")
			return regime.Unknown
		}
		if w != nil {
			w.Because("did not agree its control total (" + ev.Status.String() + " on " + ev.Date.String() + "); planned surplus " + decimaltext.Format(a.PlannedSurplus.Decimal))
		}
		return regime.VerdictOf(a.PlannedSurplus.Decimal.Sign() < 0)
	}
	name, got := "forecast_surplus", a.ForecastSurplus
	if a.FiguresKnown(env.FactsDate()) && a.Surplus.Valid {
		name, got = "surplus", a.Surplus
	}
	if !a.ControlTotal.Valid || !got.Valid {
		// Without the figures, a published statement that the control
		// total is (forecast to be) met or missed decides.
		switch ev.Status {
		case economy.ControlTotalForecastMet, economy.ControlTotalMet, economy.ControlTotalForecastMissed, economy.ControlTotalMissed:
			missed := ev.Status == economy.ControlTotalForecastMissed || ev.Status == economy.ControlTotalMissed
			if w != nil {
				w.Because("control total " + ev.Status.String() + " (stated " + ev.Date.String() + ")")
			}
			return regime.VerdictOf(missed)
		}
		if !a.ControlTotal.Valid {
			w.Missing("accounts.control_total")
		} else {
			w.Missing("accounts." + name)
		}
		return regime.Unknown
	}
	tol, ok := k.fsmTolerance.Get(env)
	if !ok {
		w.Missing("parameter provider.fsm_control_total_tolerance")
		return regime.Unknown
	}
	floor := a.ControlTotal.Decimal.Sub(tol)
	verdict := regime.VerdictOf(got.Decimal.Cmp(floor) < 0)
	if w != nil {
		cite := citeFSMCriteria
		w.Fact(regime.Fact{Name: name, Value: got, Op: regime.LT, Threshold: decimal.NewNullDecimal(floor), Unit: "pounds",
			Param: "provider.fsm_control_total_tolerance", Source: &cite, Verdict: verdict})
		w.Because("agreed control total " + decimaltext.Format(a.ControlTotal.Decimal) + "; " + name + " " + decimaltext.Format(got.Decimal))
	}
	return verdict
}
