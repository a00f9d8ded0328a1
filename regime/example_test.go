package regime_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// A citation for the examples: made-up thresholds, so marked unverified.
var exampleCite = economy.Citation{Document: "Example oversight framework", Year: 2015, Section: "para 4"}

// Example composes a rule from the library's combinators and a user
// predicate, then evaluates it on the verdict-only path and with its
// explanation.
func Example() {
	trust := &economy.Provider{
		ID: "RXX", Name: "Example Trust", Kind: economy.KindNHSTrust,
		Inspections: []economy.Inspection{{Published: economy.MustDate("2015-03-01"), Ratings: economy.KeyQuestionRatings{
			Safe: economy.Inadequate, Effective: economy.RequiresImprovement, Caring: economy.Good,
			Responsive: economy.Inadequate, WellLed: economy.Inadequate,
		}}},
	}
	rated := func(q economy.KeyQuestion) regime.Rule {
		get := func(env *regime.Env, s regime.Subject) (economy.CQCRating, bool) {
			in, ok := s.Provider().LatestInspection(env.FactsDate())
			if !ok || !in.Ratings.Get(q).Known() {
				return economy.CQCRatingUnknown, false
			}
			return in.Ratings.Get(q), true
		}
		return regime.In(q.String(), q.String(), get, exampleCite, economy.Inadequate)
	}
	// A user predicate: it records its fact only when explaining (w != nil).
	nhs := regime.Predicate("nhs", "NHS provider", exampleCite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		p := s.Provider()
		if p == nil || p.Kind == economy.ProviderKindUnknown {
			w.Missing("provider kind")
			return regime.Unknown
		}
		if w != nil {
			w.Because("the provider is a " + p.Kind.String())
		}
		return regime.VerdictOf(p.Kind.IsNHS())
	})
	rule := regime.Named("quality_sm", "quality special measures", exampleCite, regime.All(
		nhs,
		rated(economy.WellLed),
		regime.AtLeast(2, rated(economy.Safe), rated(economy.Effective), rated(economy.Caring), rated(economy.Responsive)),
	))

	env := regime.NewEnv(nil, economy.MustDate("2015-06-01"))
	s := regime.ProviderSubject(trust)
	fmt.Println("verdict:", rule.Eval(&env, s))
	o := rule.Explain(&env, s)
	fmt.Println(o.Reason)
	for _, c := range o.Children {
		fmt.Println(" ", c.Verdict, "-", c.Reason)
	}
	// Output:
	// verdict: met
	// quality special measures: all 3 conditions met
	//   met - the provider is a nhs_trust
	//   met - well_led is inadequate; inadequate needed: met
	//   met - at_least: 2 of 4 met, 2 needed: met
}

// ExampleOutcome_WhyNot explains a "no": the condition that failed and how
// far its fact is from flipping it.
func ExampleOutcome_WhyNot() {
	var ps regime.Params
	minLiquidity := ps.Decimal(regime.ParamDef{Name: "liquidity_min", Title: "minimum liquidity", Unit: "days", Citation: exampleCite,
		Range: regime.Between(decimal.NewFromInt(-365), decimal.NewFromInt(365))}, decimal.RequireFromString("-14.0"))
	liquidity := func(*regime.Env, regime.Subject) (decimal.Decimal, bool) {
		return decimal.RequireFromString("-16.0"), true // a trust's liquidity, in days of operating costs
	}
	rule := regime.All(
		regime.Compare("liquidity", "liquidity", liquidity, regime.GE, minLiquidity, "days", exampleCite),
		regime.Always("licensed", "holds a licence", exampleCite),
	)
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "continuity", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{{Priority: 1, Rule: regime.Named("sound", "financially sound", exampleCite, rule), Decides: regime.Ruling{Code: "sound"}}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := regime.NewFramework(regime.FrameworkSpec{ID: "ex", Name: "Example", From: economy.MustDate("2015-04-01"), Params: &ps, RuleSets: []*regime.RuleSet{rs}})
	if err != nil {
		fmt.Println(err)
		return
	}
	env := regime.NewEnv(nil, economy.MustDate("2015-06-01")).WithParams(f)
	o := rule.Explain(&env, regime.ProviderSubject(&economy.Provider{ID: "RXX"}))
	fmt.Println(o.Verdict)
	for _, why := range o.WhyNot() {
		fmt.Println(why.ID+":", why.Facts[0])
		fmt.Println("threshold from parameter", why.Facts[0].Param+":", why.Facts[0].Source)
	}
	// Output:
	// not_met
	// liquidity: liquidity -16.0 days; at least -14.0 needed: 2.0 days short
	// threshold from parameter liquidity_min: Example oversight framework, 2015, para 4 [unverified]
}

// ExampleDiff compares an edition with a variant made with With: "what if
// the success regime started at two failing trusts?"
func ExampleDiff() {
	var ps regime.Params
	minFailing := ps.Int(regime.ParamDef{Name: "min_failing", Title: "failing organisations", Citation: exampleCite, Range: regime.Whole(0, 1000)}, 3)
	failing := func(env *regime.Env, s regime.Subject) (int64, bool) {
		var n int64
		for _, p := range s.Economy().Providers {
			if _, ok := economy.SpellOf(p.Governance.Spells, economy.QualitySpecialMeasures, env.DecisionDate()); ok {
				n++
			}
		}
		return n, true
	}
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "economy", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectEconomy),
		Entries: []regime.Entry{
			{Priority: 1, Rule: regime.CompareInt("failing", "organisations in special measures", failing, regime.GE, minFailing, "organisations", exampleCite),
				Decides: regime.Ruling{Regime: economy.SuccessRegime}},
			{Priority: 2, Rule: regime.Always("otherwise", "otherwise", exampleCite), Decides: regime.Ruling{Code: "no_area_wide_regime", Text: "no area-wide regime"}},
		}})
	if err != nil {
		fmt.Println(err)
		return
	}
	edition, err := regime.NewFramework(regime.FrameworkSpec{ID: "ex", Name: "Example", From: economy.MustDate("2015-04-01"), Params: &ps, RuleSets: []*regime.RuleSet{rs}})
	if err != nil {
		fmt.Println(err)
		return
	}
	variant, err := edition.With(regime.Set("min_failing", 2))
	if err != nil {
		fmt.Println(err)
		return
	}
	sm := []economy.Spell{{Regime: economy.QualitySpecialMeasures, Start: economy.MustDate("2015-01-01")}}
	area := &economy.Economy{ID: "E1", Name: "Example area", Providers: []economy.Provider{
		{ID: "RA1", Governance: economy.Governance{Spells: sm}},
		{ID: "RB2", Governance: economy.Governance{Spells: sm}},
		{ID: "RC3"},
	}}
	changes, err := regime.Diff(edition, variant, regime.NewEnv(area, economy.MustDate("2015-06-01")))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range changes {
		a, _ := c.A.Ruling()
		b, _ := c.B.Ruling()
		fmt.Printf("%s %s: %s -> %s (variant %s)\n", c.Subject.Kind, c.Subject.ID, a, b, c.B.Framework.Variant)
		fmt.Println("  before:", c.A.Outcome.Children[0].Reason)
	}
	// Output:
	// economy E1: no area-wide regime -> success_regime (special) (variant min_failing=2)
	//   before: organisations in special measures 2 organisations; at least 3 needed: 1 organisations short: not met
}
