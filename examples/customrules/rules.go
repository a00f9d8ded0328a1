package main

import (
	"fmt"
	"slices"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// cite is the source of our own rules: a local policy, not a published
// framework, so it is unverified and says so wherever it is printed.
var cite = economy.Citation{Document: "Our local watch list (an example policy)", Year: 2016, Note: "written for this example"}

// watch holds the parameter keys the rules read.
type watch struct {
	aeFloor     regime.DecimalKey
	overspendBy regime.DecimalKey
}

// declare declares the watch list's parameters, with the values a user
// would start from.
func declare(ps *regime.Params) watch {
	return watch{
		aeFloor: ps.Decimal(regime.ParamDef{Name: "local.ae_floor_pct", Title: "A&E 4-hour performance below which a quarter counts", Unit: "%", Citation: cite,
			Range: regime.Between(decimal.Zero, decimal.NewFromInt(100))},
			decimal.NewFromInt(90)),
		overspendBy: ps.Decimal(regime.ParamDef{Name: "local.overspend_min", Title: "forecast worse than plan by at least", Unit: "pounds", Citation: cite,
			Range: regime.Between(decimal.Zero, decimal.New(1, 12))},
			decimal.NewFromInt(25_000_000)),
	}
}

// aeTwoQuarters is the user's own predicate: A&E 4-hour performance below
// the floor in two consecutive quarters up to the facts date. Fewer than
// two adjacent quarters on record is Unknown, not a pass.
func (k watch) aeTwoQuarters() regime.Rule {
	return regime.Predicate("ae_two_quarters", "A&E 4 hours below the floor in two consecutive quarters", cite,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			p := s.Provider()
			floor, ok := k.aeFloor.Get(env)
			if p == nil || !ok {
				w.Missing("provider or local.ae_floor_pct")
				return regime.Unknown
			}
			var qs []economy.Performance
			for _, perf := range p.Performance {
				if perf.AE4Hours.Valid && !perf.Period.To.After(env.FactsDate()) {
					qs = append(qs, perf)
				}
			}
			slices.SortFunc(qs, func(a, b economy.Performance) int { return a.Period.From.Compare(b.Period.From) })
			pairs := 0
			for i := 1; i < len(qs); i++ {
				if qs[i].Period.From != qs[i-1].Period.To.AddDays(1) {
					continue
				}
				pairs++
				a, b := qs[i-1].AE4Hours.Decimal, qs[i].AE4Hours.Decimal
				if a.LessThan(floor) && b.LessThan(floor) {
					if w != nil {
						w.Because(fmt.Sprintf("%s%% in %s and %s%% in %s, both below %s%%", a, qs[i-1].Period, b, qs[i].Period, floor))
					}
					return regime.Met
				}
			}
			if pairs == 0 {
				w.Missing("A&E 4-hour performance for two consecutive quarters")
				return regime.Unknown
			}
			w.Because("no two consecutive quarters below the floor")
			return regime.NotMet
		}, k.aeFloor.Ref())
}

// wellLedPoor is a library leaf: the latest published well-led rating
// is requires improvement or inadequate.
func wellLedPoor() regime.Rule {
	get := func(env *regime.Env, s regime.Subject) (economy.CQCRating, bool) {
		in, ok := s.Provider().LatestInspection(env.FactsDate())
		if !ok || !in.Ratings.WellLed.Known() {
			return economy.CQCRatingUnknown, false
		}
		return in.Ratings.WellLed, true
	}
	return regime.In("well_led_poor", "well-led rated requires improvement or worse", get, cite, economy.RequiresImprovement, economy.Inadequate)
}

// overspend is a library comparison, so a "no" carries its distance: the
// forecast outturn minus the plan for the year under way, against the
// parameter.
func (k watch) overspend() regime.Rule {
	get := func(env *regime.Env, s regime.Subject) (decimal.Decimal, bool) {
		for _, a := range s.Provider().Accounts {
			if a.Period.Contains(env.FactsDate()) && a.ForecastSurplus.Valid && a.PlannedSurplus.Valid {
				return a.PlannedSurplus.Decimal.Sub(a.ForecastSurplus.Decimal), true
			}
		}
		return decimal.Decimal{}, false
	}
	return regime.Compare("overspend", "forecast worse than plan", get, regime.GE, k.overspendBy, "pounds", cite)
}

// ruleSet puts the rules in priority order: the first that is met decides.
func ruleSet(k watch) (*regime.RuleSet, error) {
	return regime.NewRuleSet(regime.RuleSetSpec{
		ID: "local_watch", Title: "local watch list", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectProvider), Citation: cite,
		Entries: []regime.Entry{
			{Priority: 1, Rule: regime.Named("urgent_care_and_leadership", "urgent care and leadership", cite,
				regime.All(k.aeTwoQuarters(), wellLedPoor())), Decides: regime.Ruling{Code: "board_to_board", Text: "board-to-board meeting"}},
			{Priority: 2, Rule: regime.Named("two_concerns", "two of the three concerns", cite,
				regime.AtLeast(2, k.overspend(), k.aeTwoQuarters(), wellLedPoor())), Decides: regime.Ruling{Code: "finance_and_performance_review", Text: "finance and performance review"}},
			{Priority: 3, Rule: regime.Named("one_concern", "overspend or A&E", cite,
				regime.Any(k.overspend(), k.aeTwoQuarters())), Decides: regime.Ruling{Code: "watch_list", Text: "added to the watch list"}},
			{Priority: 4, Rule: regime.Always("otherwise", "no local concern", cite), Decides: regime.Ruling{Code: "no_local_concern", Text: "no local concern"}},
		},
	})
}

// framework makes the rule set and its parameters a framework, so that
// Decide, With and Diff work on it as on the shipped editions.
func framework() (*regime.Framework, regime.Rule, error) {
	var ps regime.Params
	k := declare(&ps)
	rs, err := ruleSet(k)
	if err != nil {
		return nil, nil, err
	}
	f, err := regime.NewFramework(regime.FrameworkSpec{
		ID: "local2015", Name: "Local watch list", Edition: "2015/16",
		From: economy.MustDate("2015-04-01"), Sources: []economy.Citation{cite}, Params: &ps, RuleSets: []*regime.RuleSet{rs},
	})
	return f, k.overspend(), err
}
