package regime_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// exampleFramework builds a one-rule-set framework: a provider whose
// deficit is deeper than a parameter is in enhanced monitoring.
func exampleFramework() (*regime.Framework, error) {
	var ps regime.Params
	floor := ps.Decimal(regime.ParamDef{Name: "surplus_min", Title: "lowest surplus before monitoring", Unit: "pounds", Citation: exampleCite,
		Range: regime.Between(decimal.New(-1, 12), decimal.New(1, 12))}, decimal.NewFromInt(-10_000_000))
	surplus := func(env *regime.Env, s regime.Subject) (decimal.Decimal, bool) {
		a, ok := s.Provider().LatestAccounts(env.FactsDate())
		if !ok || !a.Surplus.Valid {
			return decimal.Decimal{}, false
		}
		return a.Surplus.Decimal, true
	}
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "monitoring", Title: "monitoring", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectProvider), Citation: exampleCite,
		Entries: []regime.Entry{
			{Priority: 1, Rule: regime.Compare("deep_deficit", "surplus", surplus, regime.LT, floor, "pounds", exampleCite),
				Decides: regime.Ruling{Regime: economy.EnhancedMonitoring}},
			{Priority: 2, Rule: regime.Always("otherwise", "otherwise", exampleCite), Decides: regime.Ruling{Regime: economy.RoutineOversight}},
		}})
	if err != nil {
		return nil, err
	}
	return regime.NewFramework(regime.FrameworkSpec{ID: "example", Name: "Example oversight", Edition: "2015",
		From: economy.MustDate("2015-04-01"), Params: &ps, RuleSets: []*regime.RuleSet{rs}})
}

func exampleArea() *economy.Economy {
	accounts := func(surplus string) []economy.Accounts {
		return []economy.Accounts{{Period: economy.FinancialYear(2014), Surplus: decimal.NewNullDecimal(decimal.RequireFromString(surplus))}}
	}
	return &economy.Economy{ID: "E1", Name: "Example area", Providers: []economy.Provider{
		{ID: "RA1", Name: "Alpha", Kind: economy.KindNHSTrust, Accounts: accounts("-16000000")},
		{ID: "RB2", Name: "Beta", Kind: economy.KindNHSTrust, Accounts: accounts("-9500000")},
		{ID: "RC3", Name: "Gamma", Kind: economy.KindNHSTrust},
	}}
}

// ExampleFramework_Assess makes every decision a framework makes about an
// economy and summarises where each organisation stands; a provider with
// no accounts is not decided, never passed.
func ExampleFramework_Assess() {
	f, err := exampleFramework()
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := f.Assess(regime.NewEnv(exampleArea(), economy.MustDate("2015-06-01")))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range a.Summary.Highest {
		fmt.Println(s.Subject.ID, s.Text())
	}
	// Output:
	// RA1 enhanced_monitoring (monitoring)
	// RB2 routine_oversight (routine)
	// RC3 not decided: facts missing
}

// ExampleFramework_With makes a variant with one parameter changed: a new
// framework with its own name and hash, the original untouched.
func ExampleFramework_With() {
	f, err := exampleFramework()
	if err != nil {
		fmt.Println(err)
		return
	}
	v, err := f.With(regime.Set("surplus_min", decimal.NewFromInt(-5_000_000)))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := v.Parameter("surplus_min")
	fmt.Println(v.Variant(), "default", p.Default, "hash changed:", v.Hash() != f.Hash())
	a, err := v.Assess(regime.NewEnv(exampleArea(), economy.MustDate("2015-06-01")))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Summary.Highest[1].Subject.ID, a.Summary.Highest[1].Text())
	_, err = f.With(regime.Set("deficit_min", 3))
	fmt.Println(err)
	// Output:
	// surplus_min=-5000000 default -10000000 hash changed: true
	// RB2 enhanced_monitoring (monitoring)
	// regime: setting "deficit_min": unknown parameter
}
