package regime_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// liquidityFramework holds one decimal parameter, liquidity_min = -14.0
// days, for the boundary tests.
func liquidityFramework(t testing.TB, r func(regime.DecimalKey) regime.Rule) (*regime.Framework, regime.Rule) {
	var ps regime.Params
	k := ps.Decimal(regime.ParamDef{Name: "liquidity_min", Unit: "days", Citation: testCite, Range: regime.Between(dec("-365"), dec("365"))}, dec("-14.0"))
	rule := r(k)
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "rs", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{{Priority: 1, Rule: rule, Decides: regime.Ruling{Code: "x"}}}})
	require.NoError(t, err)
	f, err := regime.NewFramework(regime.FrameworkSpec{ID: "liq", Name: "liq", From: day, Params: &ps, RuleSets: []*regime.RuleSet{rs}})
	require.NoError(t, err)
	return f, rule
}

func constGetter(v decimal.Decimal, ok bool) func(*regime.Env, regime.Subject) (decimal.Decimal, bool) {
	return func(*regime.Env, regime.Subject) (decimal.Decimal, bool) { return v, ok }
}

func TestCompareBoundaries(t *testing.T) {
	tests := []struct {
		op           regime.Op
		give         string
		want         regime.Verdict
		wantDistance string // "" when met
	}{
		{regime.GE, "-14.1", N, "0.1"}, {regime.GE, "-14.0", M, ""}, {regime.GE, "-13.9", M, ""},
		{regime.GT, "-14.1", N, "0.1"}, {regime.GT, "-14.0", N, "0"}, {regime.GT, "-13.9", M, ""},
		{regime.LE, "-14.1", M, ""}, {regime.LE, "-14.0", M, ""}, {regime.LE, "-13.9", N, "0.1"},
		{regime.LT, "-14.1", M, ""}, {regime.LT, "-14.0", N, "0"}, {regime.LT, "-13.9", N, "0.1"},
		{regime.EQ, "-14.1", N, "0.1"}, {regime.EQ, "-14.0", M, ""}, {regime.EQ, "-13.9", N, "0.1"},
		{regime.NE, "-14.1", M, ""}, {regime.NE, "-14", N, "0"}, {regime.NE, "-13.9", M, ""},
		// scales that differ from the threshold's must compare by value
		{regime.GE, "-14", M, ""}, {regime.GE, "-14.000", M, ""}, {regime.GT, "-13.99999", M, ""},
	}
	for _, tt := range tests {
		t.Run(tt.op.String()+"_"+tt.give, func(t *testing.T) {
			f, rule := liquidityFramework(t, func(k regime.DecimalKey) regime.Rule {
				return regime.Compare("liquidity", "liquidity", constGetter(dec(tt.give), true), tt.op, k, "days", testCite)
			})
			env := regime.NewEnv(nil, day).WithParams(f)
			assert.Equal(t, tt.want, rule.Eval(&env, regime.Subject{}))
			o := rule.Explain(&env, regime.Subject{})
			require.Len(t, o.Facts, 1)
			fact := o.Facts[0]
			assert.Equal(t, tt.want, o.Verdict)
			assert.Equal(t, tt.want, fact.Verdict)
			assert.Equal(t, "liquidity_min", fact.Param)
			assert.True(t, fact.Threshold.Decimal.Equal(dec("-14")))
			if tt.wantDistance == "" {
				assert.False(t, fact.Distance.Valid)
				assert.Empty(t, o.WhyNot())
				return
			}
			require.True(t, fact.Distance.Valid)
			assert.True(t, fact.Distance.Decimal.Equal(dec(tt.wantDistance)), "distance %s", fact.Distance.Decimal)
			why := o.WhyNot()
			require.Len(t, why, 1)
			assert.Equal(t, "liquidity", why[0].ID)
			assert.True(t, why[0].Facts[0].Distance.Decimal.Equal(dec(tt.wantDistance)))
		})
	}
}

func TestCompareFactText(t *testing.T) {
	f, rule := liquidityFramework(t, func(k regime.DecimalKey) regime.Rule {
		return regime.Compare("liquidity", "liquidity", constGetter(dec("-16.0"), true), regime.GE, k, "days", testCite)
	})
	env := regime.NewEnv(nil, day).WithParams(f)
	o := rule.Explain(&env, regime.Subject{})
	assert.Equal(t, "liquidity -16.0 days; at least -14.0 needed: 2.0 days short", o.Facts[0].String())
	assert.Equal(t, "liquidity -16.0 days; at least -14.0 needed: 2.0 days short: not met", o.Reason)
}

func TestCompareMissing(t *testing.T) {
	f, rule := liquidityFramework(t, func(k regime.DecimalKey) regime.Rule {
		return regime.Compare("liquidity", "liquidity", constGetter(decimal.Decimal{}, false), regime.GE, k, "days", testCite)
	})
	env := regime.NewEnv(nil, day).WithParams(f)
	assert.Equal(t, U, rule.Eval(&env, regime.Subject{}), "a missing fact is never a pass")
	o := rule.Explain(&env, regime.Subject{})
	assert.Equal(t, U, o.Verdict)
	assert.Equal(t, []string{"liquidity"}, o.Missing)
	why := o.WhyNot()
	require.Len(t, why, 1)
	assert.Equal(t, []string{"liquidity"}, why[0].Missing)

	// the threshold parameter missing from the env is named too
	bare := regime.NewEnv(nil, day)
	_, rule = liquidityFramework(t, func(k regime.DecimalKey) regime.Rule {
		return regime.Compare("liquidity", "liquidity", constGetter(dec("1"), true), regime.GE, k, "days", testCite)
	})
	assert.Equal(t, U, rule.Eval(&bare, regime.Subject{}))
	assert.Equal(t, []string{"parameter liquidity_min"}, rule.Explain(&bare, regime.Subject{}).Missing)
}

func TestCompareIntAndFixed(t *testing.T) {
	get := func(n int64) func(*regime.Env, regime.Subject) (int64, bool) {
		return func(*regime.Env, regime.Subject) (int64, bool) { return n, true }
	}
	tests := []struct {
		give int64
		want regime.Verdict
	}{{1, N}, {2, M}, {3, M}}
	for _, tt := range tests {
		r := regime.CompareInt("frr", "financial risk rating", get(tt.give), regime.GE, regime.FixedInt(2), "", testCite)
		env := regime.Env{}
		assert.Equal(t, tt.want, r.Eval(&env, regime.Subject{}))
		assert.Equal(t, tt.want, r.Explain(&env, regime.Subject{}).Verdict)
	}
	r := regime.Compare("m", "margin", constGetter(dec("0.5"), true), regime.LE, regime.Fixed(dec("1.75")), "x", testCite)
	env := regime.Env{}
	assert.Equal(t, M, r.Eval(&env, regime.Subject{}))
}

func TestInAndFlag(t *testing.T) {
	e := testEconomy()
	env := regime.NewEnv(e, day)
	alpha := regime.ProviderSubject(&e.Providers[0])
	r := regime.In("wl", "well-led", rating(economy.WellLed), testCite, economy.RequiresImprovement, economy.Inadequate)
	assert.Equal(t, M, r.Eval(&env, alpha))
	o := r.Explain(&env, alpha)
	assert.Equal(t, "inadequate", o.Facts[0].Text)
	assert.Equal(t, "one of requires_improvement, inadequate", o.Facts[0].ThresholdText)

	unknownFlag := regime.Flag("f", "flag", func(*regime.Env, regime.Subject) (bool, bool) { return false, false }, testCite)
	assert.Equal(t, U, unknownFlag.Eval(&env, alpha))
	yes := regime.Flag("f", "flag", func(*regime.Env, regime.Subject) (bool, bool) { return true, true }, testCite)
	assert.Equal(t, M, yes.Eval(&env, alpha))
}
