package regime_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// ExampleRuleSetSpec_score: a rule set that sets a flag and works out a
// finance score beside it; each decision carries the score, exact, with
// how it was found.
func ExampleRuleSetSpec_score() {
	cite := economy.Citation{Issuer: "Example regulator", Document: "Oversight guide", Year: 2026}
	figure := func(name string) func(*regime.Env, regime.Subject) (decimal.Decimal, bool) {
		return func(_ *regime.Env, s regime.Subject) (decimal.Decimal, bool) {
			for _, p := range s.Provider().Performance {
				if v, ok := p.Other[name]; ok {
					return v, true
				}
			}
			return decimal.Decimal{}, false
		}
	}
	fixed := func(s string) regime.DecimalThreshold { return regime.Fixed(decimal.RequireFromString(s)) }
	liquidity := regime.Bands("liquidity_score", "liquidity score", "liquidity", figure("liquidity_days"), regime.GE, "days", cite,
		fixed("0"), fixed("-7"), fixed("-14"))
	margin := regime.Bands("margin_score", "margin score", "I&E margin", figure("margin_pct"), regime.GT, "%", cite,
		fixed("1"), fixed("0"), fixed("-1"))
	finance := regime.NameNumber("finance_score", "finance score", cite, regime.Ceil(regime.Mean(liquidity, margin)))

	set, _ := regime.NewRuleSet(regime.RuleSetSpec{
		ID: "oversight", Title: "oversight", Policy: regime.Collect, AppliesTo: regime.KindsOf(regime.SubjectProvider), Citation: cite,
		Entries: []regime.Entry{{Priority: 1, Decides: regime.Ruling{Code: "finance_concern", Text: "finance of concern"},
			Rule: regime.CompareNumber("finance_3", "finance score 3 or worse", finance, regime.GE, regime.FixedInt(3), "", cite)}},
		Score: finance,
	})
	day := economy.MakeDate(2026, time.June, 1)
	f, _ := regime.NewFramework(regime.FrameworkSpec{ID: "example", Name: "Example", From: day, RuleSets: []*regime.RuleSet{set}})

	p := economy.Provider{ID: "T1", Name: "A trust", Performance: []economy.Performance{{
		Period: economy.Period{From: economy.MakeDate(2026, time.January, 1), To: economy.MakeDate(2026, time.March, 31)},
		Other:  map[string]decimal.Decimal{"liquidity_days": decimal.NewFromInt(-10), "margin_pct": decimal.RequireFromString("0.5")},
	}}}
	d, err := f.Decide(regime.NewEnv(&economy.Economy{Providers: []economy.Provider{p}}, day), "oversight", regime.ProviderSubject(&p))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Verdict, d.Score.Value)
	fmt.Println(d.Score.Outcome.Reason)
	// Output:
	// met 3
	// finance score 3: mean 2.50 rounded up
}
