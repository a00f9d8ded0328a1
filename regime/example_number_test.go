package regime_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// figure reads a named figure from the provider's latest performance
// return, where a user keeps measures the library does not model.
func figure(name string) func(*regime.Env, regime.Subject) (decimal.Decimal, bool) {
	return func(env *regime.Env, s regime.Subject) (decimal.Decimal, bool) {
		p := s.Provider()
		if p == nil {
			return decimal.Decimal{}, false
		}
		x, ok := p.LatestPerformance(env.FactsDate())
		if !ok {
			return decimal.Decimal{}, false
		}
		v, ok := x.Other[name]
		return v, ok
	}
}

// exampleTrust has a cover of 1.8x, 10 days of liquidity and a margin of
// -1.5%.
func exampleTrust() *economy.Provider {
	return &economy.Provider{ID: "RX1", Kind: economy.KindNHSTrust, Performance: []economy.Performance{{
		Period: economy.Period{From: economy.MustDate("2026-01-01"), To: economy.MustDate("2026-03-31")},
		Other: map[string]decimal.Decimal{
			"cover": decimal.RequireFromString("1.80"), "liquidity": decimal.RequireFromString("10"),
			"margin": decimal.RequireFromString("-1.5"),
		},
	}}}
}

// ExampleBands scores a figure by the first threshold it reaches: a
// capital service cover of 1.80x is not 2.5 or more, but is 1.75 or more,
// so it scores 2.
func ExampleBands() {
	cite := economy.Citation{Document: "Example oversight metrics"}
	fixed := func(s string) regime.DecimalThreshold { return regime.Fixed(decimal.RequireFromString(s)) }
	cover := regime.Bands("cover_score", "capital service cover score", "capital service cover", figure("cover"),
		regime.GE, "x", cite, fixed("2.5"), fixed("1.75"), fixed("1.25"))

	env := regime.NewEnv(nil, economy.MustDate("2026-06-01"))
	s := regime.ProviderSubject(exampleTrust())
	v, _ := cover.Value(&env, s)
	fmt.Println(v)
	fmt.Println(cover.Explain(&env, s).Reason)
	// Output:
	// 2
	// capital service cover score 2: 1.80 x: at least 1.75, not at least 2.5
}

// ExampleCeil derives a finance score as the ceiling of the mean of three
// metric scores, exactly: the mean of 2, 1 and 4 is 7/3, which rounds up
// to 3 whatever decimal.DivisionPrecision says. The explanation says how.
func ExampleCeil() {
	cite := economy.Citation{Document: "Example oversight metrics"}
	fixed := func(s string) regime.DecimalThreshold { return regime.Fixed(decimal.RequireFromString(s)) }
	cover := regime.Bands("cover_score", "cover score", "capital service cover", figure("cover"), regime.GE, "x", cite,
		fixed("2.5"), fixed("1.75"), fixed("1.25"))
	liquidity := regime.Bands("liquidity_score", "liquidity score", "liquidity", figure("liquidity"), regime.GE, "days", cite,
		fixed("0"), fixed("-7"), fixed("-14"))
	margin := regime.Bands("margin_score", "margin score", "I&E margin", figure("margin"), regime.GT, "%", cite,
		fixed("1"), fixed("0"), fixed("-1"))
	finance := regime.NameNumber("finance", "finance score", cite,
		regime.Ceil(regime.Mean(cover, liquidity, margin)))
	concern := regime.CompareNumber("finance_3", "finance of concern", finance, regime.GE, regime.FixedInt(3), "", cite)

	env := regime.NewEnv(nil, economy.MustDate("2026-06-01"))
	s := regime.ProviderSubject(exampleTrust())
	o := finance.Explain(&env, s)
	fmt.Println(o.Reason)
	fmt.Println(o.Children[0].Reason)
	fmt.Println(concern.Explain(&env, s).Reason)
	// Output:
	// finance score 3: mean 2.33 rounded up
	// mean 2.33: mean of cover score 2, liquidity score 1, margin score 4 (7/3)
	// finance score 3; at least 3 needed: met
}

// ExampleCompareNumber makes a rule of a derived number: "at least
// min_met of these conditions", with the count a parameter of the
// framework.
func ExampleCompareNumber() {
	cite := economy.Citation{Document: "Example oversight metrics"}
	var ps regime.Params
	minMet := ps.Int(regime.ParamDef{Name: "min_met", Title: "conditions needed", Citation: cite, Range: regime.Whole(1, 3)}, 2)
	conditions := regime.CountMet(regime.Const("a", regime.Met), regime.Const("b", regime.NotMet), regime.Const("c", regime.Met))
	rule := regime.CompareNumber("enough", "conditions met", conditions, regime.GE, minMet, "", cite)

	rs, _ := regime.NewRuleSet(regime.RuleSetSpec{ID: "s", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{{Priority: 1, Rule: rule, Decides: regime.Ruling{Code: "enough"}}}})
	fw, err := regime.NewFramework(regime.FrameworkSpec{ID: "x", Name: "Example", From: economy.MustDate("2026-01-01"),
		Params: &ps, RuleSets: []*regime.RuleSet{rs}})
	if err != nil {
		fmt.Println(err)
		return
	}
	env := regime.NewEnv(nil, economy.MustDate("2026-06-01")).WithParams(fw)
	fmt.Println(rule.Explain(&env, regime.ProviderSubject(exampleTrust())).Reason)
	// Output:
	// count_met 2; at least 2 needed: met
}

// ExampleRuleSet_AppendMatches collects every entry a subject meets into
// a buffer kept between subjects, so that judging many allocates nothing.
func ExampleRuleSet_AppendMatches() {
	rs, _ := regime.NewRuleSet(regime.RuleSetSpec{ID: "flags", Policy: regime.Collect, AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{
			{Priority: 1, Rule: regime.Const("quality", regime.Met), Decides: regime.Ruling{Code: "quality_concern"}},
			{Priority: 2, Rule: regime.Const("finance", regime.NotMet), Decides: regime.Ruling{Code: "finance_concern"}},
			{Priority: 3, Rule: regime.Const("access", regime.Met), Decides: regime.Ruling{Code: "access_concern"}},
		}})
	env := regime.NewEnv(nil, economy.MustDate("2026-06-01"))
	buf := make([]regime.Ruling, 0, 3)
	matched, v := rs.AppendMatches(buf[:0], &env, regime.ProviderSubject(exampleTrust()))
	for _, r := range matched {
		fmt.Println(r.Code)
	}
	fmt.Println(v)
	// Output:
	// quality_concern
	// access_concern
	// met
}
