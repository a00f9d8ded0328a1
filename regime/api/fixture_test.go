package api

import (
	"errors"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// The shipped editions' rule sets are being written while this package is;
// the tests use an edition of their own that decides something, with a
// parameter of every type, so that variants, filters and decisions are
// exercised whatever the shipped editions decide today.

var testCite = economy.Citation{Document: "api test edition", Year: 2015}

func testFramework() (*regime.Framework, error) {
	var ps regime.Params
	minLiquidity := ps.Decimal(regime.ParamDef{Name: "liquidity_min", Title: "minimum liquidity", Unit: "days", Citation: testCite,
		Range: regime.Between(decimal.NewFromInt(-365), decimal.NewFromInt(365))}, decimal.RequireFromString("-14.0"))
	minFailing := ps.Int(regime.ParamDef{Name: "min_failing", Title: "failing providers", Citation: testCite, Range: regime.Whole(0, 1000)}, 2)
	ps.Bool(regime.ParamDef{Name: "strict", Citation: testCite}, true)
	ps.Days(regime.ParamDef{Name: "notice", Unit: "days", Citation: testCite, Range: regime.Whole(0, 365)}, 30)
	ps.Months(regime.ParamDef{Name: "review", Unit: "months", Citation: testCite, Range: regime.Whole(0, 120)}, 12)
	ps.Enum(regime.ParamDef{Name: "trigger", Citation: testCite}, "inadequate", "inadequate", "requires_improvement")

	// A fact every provider in the case has: the number of its services.
	services := func(env *regime.Env, s regime.Subject) (decimal.Decimal, bool) {
		p := s.Provider()
		if p == nil {
			return decimal.Decimal{}, false
		}
		return decimal.NewFromInt(int64(len(p.Services))*10 - 15), true
	}
	providers, err := regime.NewRuleSet(regime.RuleSetSpec{
		ID: england.ProviderIntervention, Title: "provider intervention", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectProvider), Citation: testCite,
		Entries: []regime.Entry{
			{Priority: 1, Rule: regime.Compare("liquidity", "liquidity", services, regime.LT, minLiquidity, "days", testCite),
				Decides: regime.Ruling{Regime: economy.EnhancedMonitoring}},
			{Priority: 2, Rule: regime.Always("otherwise", "otherwise", testCite), Decides: regime.Ruling{Regime: economy.RoutineOversight}},
		},
	})
	if err != nil {
		return nil, err
	}
	count := func(env *regime.Env, s regime.Subject) (int64, bool) {
		e := s.Economy()
		if e == nil {
			return 0, false
		}
		return int64(len(e.Providers)), true
	}
	area, err := regime.NewRuleSet(regime.RuleSetSpec{
		ID: england.EconomyIntervention, Title: "economy intervention", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectEconomy), Citation: testCite,
		Entries: []regime.Entry{
			{Priority: 1, Rule: regime.CompareInt("failing", "providers", count, regime.GE, minFailing, "providers", testCite),
				Decides: regime.Ruling{Regime: economy.SuccessRegime}},
			{Priority: 2, Rule: regime.Always("otherwise", "otherwise", testCite), Decides: regime.Ruling{Code: "no_area_wide_regime", Text: "no area-wide regime"}},
		},
	})
	if err != nil {
		return nil, err
	}
	return regime.NewFramework(regime.FrameworkSpec{
		ID: "test2015", Name: "Test edition", Edition: "2015/16",
		From: economy.MustDate("2015-04-01"), To: economy.MustDate("2016-03-31"),
		Sources: []economy.Citation{testCite}, Params: &ps,
		RuleSets: []*regime.RuleSet{providers, area},
	})
}

// testCatalogue holds the test edition, followed by one that has no rule
// sets, and the shipped cases.
func testCatalogue(t testing.TB) catalogue {
	t.Helper()
	f, err := testFramework()
	require.NoError(t, err)
	g, err := regime.NewFramework(regime.FrameworkSpec{ID: "empty2016", Name: "Empty edition", From: economy.MustDate("2016-04-01")})
	require.NoError(t, err)
	return catalogue{
		frameworks: func() ([]*regime.Framework, error) { return []*regime.Framework{f, g}, nil },
		caseNames:  cases.Names,
		loadCase:   loadCaseOnce,
	}
}

// brokenCatalogue fails in each way a catalogue can.
var brokenCatalogue = catalogue{
	frameworks: func() ([]*regime.Framework, error) { return nil, errors.New("edition x does not build") },
	caseNames:  cases.Names,
	loadCase:   cases.Load,
}
