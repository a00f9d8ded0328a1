package regime_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFrameworkValidation(t *testing.T) {
	var ps regime.Params
	ps.Int(regime.ParamDef{Name: "n"}, 1)
	ps.Int(regime.ParamDef{Name: "n"}, 2)              // duplicate
	ps.Enum(regime.ParamDef{Name: "e"}, "x", "a", "b") // value not allowed
	var other regime.Params
	missing := other.Decimal(regime.ParamDef{Name: "not_declared"}, dec("1"))
	wrongType := other.Decimal(regime.ParamDef{Name: "e"}, dec("1"))
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "rs", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{
			{Priority: 1, Rule: regime.Compare("a", "a", surplus, regime.GE, missing, "", testCite), Decides: regime.Ruling{Code: "a"}},
			{Priority: 2, Rule: regime.Compare("b", "b", surplus, regime.GE, wrongType, "", testCite), Decides: regime.Ruling{Code: "b"}},
		}})
	require.NoError(t, err)
	_, err = regime.NewFramework(regime.FrameworkSpec{
		ID: "", Name: "x", From: economy.MakeDate(2015, 4, 1), To: economy.MakeDate(2015, 3, 31),
		Params: &ps, RuleSets: []*regime.RuleSet{rs, rs},
	})
	require.Error(t, err)
	for _, want := range []error{regime.ErrDuplicateID, regime.ErrUnknownParam, regime.ErrParamType, regime.ErrInvalidSpan} {
		assert.ErrorIs(t, err, want)
	}
	assert.Contains(t, err.Error(), "empty id")
	assert.Contains(t, err.Error(), `value "x" is not one of`)
}

func TestFrameworkInForceAndAccessors(t *testing.T) {
	f := newFixture().fw
	assert.True(t, f.InForce(economy.MakeDate(2015, 4, 1)))
	assert.True(t, f.InForce(economy.MakeDate(2016, 3, 31)))
	assert.False(t, f.InForce(economy.MakeDate(2015, 3, 31)))
	assert.False(t, f.InForce(economy.MakeDate(2016, 4, 1)))
	assert.Equal(t, "Test Framework 2015 [test2015]", f.String())
	assert.Regexp(t, `^sha256:[0-9a-f]{64}$`, f.Hash())
	p, ok := f.Parameter("system_deficit_pct")
	require.True(t, ok)
	assert.Equal(t, "-5", p.Value)
	assert.Contains(t, p.Source(), "[unverified]")
	assert.Contains(t, p.Source(), "interpretation")
	assert.Len(t, f.Parameters(), 3)
	assert.Len(t, f.RuleSets(), 3)
}

func TestFrameworkHashDeterministic(t *testing.T) {
	want := newFixture().fw.Hash()
	for range 20 {
		assert.Equal(t, want, newFixture().fw.Hash())
	}
}

func TestWith(t *testing.T) {
	fx := newFixture()
	orig := fx.fw
	origHash := orig.Hash()
	origParams := orig.Parameters()

	v, err := orig.With(regime.Set("min_failing", 2), regime.VariantName("two failing"))
	require.NoError(t, err)
	assert.Equal(t, origHash, orig.Hash(), "the original keeps its hash")
	assert.Equal(t, origParams, orig.Parameters(), "the original keeps its values")
	assert.NotEqual(t, origHash, v.Hash())
	assert.Equal(t, "two failing", v.Variant())
	p, _ := v.Parameter("min_failing")
	assert.Equal(t, "2", p.Value)
	assert.Equal(t, "3", p.Default)
	assert.True(t, p.Overridden)

	auto, err := orig.With(regime.Set("deficit_limit", dec("-500000")))
	require.NoError(t, err)
	assert.Equal(t, "deficit_limit=-500000", auto.Variant())

	// same overrides, same hash; a variant of a variant keeps its lineage
	again, err := orig.With(regime.Set("min_failing", 2), regime.VariantName("two failing"))
	require.NoError(t, err)
	assert.Equal(t, v.Hash(), again.Hash())
	vv, err := v.With(regime.Set("min_failing", int64(1)))
	require.NoError(t, err)
	assert.Equal(t, "two failing; min_failing=1", vv.Variant())

	tests := []struct {
		name string
		give regime.Setting
		want error
	}{
		{"unknown name", regime.Set("nope", 1), regime.ErrUnknownParam},
		{"int for decimal", regime.Set("deficit_limit", 1), regime.ErrParamType},
		{"string for int", regime.Set("min_failing", "2"), regime.ErrParamType},
		{"float for decimal", regime.Set("deficit_limit", 1.5), regime.ErrParamType},
		// A variant is held to the bounds of every decimal of an economy,
		// so that no assessment computes with a number of ten million
		// digits.
		{"decimal 7e10000000", regime.Set("deficit_limit", decimal.New(7, 10_000_000)), regime.ErrParamRange},
		{"decimal of 31 places", regime.Set("deficit_limit", dec("1e-31")), regime.ErrParamRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := orig.With(tt.give)
			assert.ErrorIs(t, err, tt.want)
		})
	}
}

func TestWithChangesDecisions(t *testing.T) {
	fx := newFixture()
	e := testEconomy()
	v, err := fx.fw.With(regime.Set("min_failing", 2))
	require.NoError(t, err)
	d, err := v.Decide(regime.NewEnv(e, day), "system", regime.EconomySubject(e))
	require.NoError(t, err)
	r, ok := d.Ruling()
	require.True(t, ok)
	assert.Equal(t, economy.SuccessRegime, r.Regime)
	assert.Equal(t, v.Hash(), d.Framework.Hash)
}

func TestNilFramework(t *testing.T) {
	var f *regime.Framework
	assert.NotPanics(t, func() {
		_, err := f.Decide(regime.Env{}, "x", regime.Subject{})
		assert.Error(t, err)
		_, err = f.With()
		assert.Error(t, err)
	})
}
