package regime_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rangedFramework declares one parameter of each numeric type with a
// range, and the rule sets of the fixture.
func rangedFramework(t *testing.T) *regime.Framework {
	t.Helper()
	var ps regime.Params
	ps.Decimal(regime.ParamDef{Name: "pct", Unit: "%", Citation: testCite, Range: regime.Between(dec("0"), dec("100"))}, dec("5"))
	ps.Int(regime.ParamDef{Name: "count", Unit: "organisations", Citation: testCite, Range: regime.Whole(0, 1000)}, 2)
	ps.Days(regime.ParamDef{Name: "notice", Unit: "days", Citation: testCite, Range: regime.Whole(1, 365)}, 30)
	ps.Months(regime.ParamDef{Name: "history", Unit: "months", Citation: testCite, Range: regime.Whole(0, 120)}, 12)
	ps.Bool(regime.ParamDef{Name: "strict", Citation: testCite}, true)
	f, err := regime.NewFramework(regime.FrameworkSpec{ID: "ranged", Name: "Ranged", From: day, Params: &ps})
	require.NoError(t, err)
	return f
}

// Every numeric parameter takes values within its range, both ends
// included, and no others: at, below and above each edge.
func TestWithHoldsParametersToTheirRanges(t *testing.T) {
	f := rangedFramework(t)
	tests := []struct {
		name  string
		param string
		value any
		ok    bool
	}{
		{"decimal at min", "pct", dec("0"), true},
		{"decimal at max", "pct", dec("100"), true},
		{"decimal below min", "pct", dec("-0.01"), false},
		{"decimal above max", "pct", dec("100.000001"), false},
		{"int at min", "count", 0, true},
		{"int at max", "count", int64(1000), true},
		{"int below min", "count", -1, false},
		{"int above max", "count", 1001, false},
		{"int max int64", "count", int64(math.MaxInt64), false},
		{"days at min", "notice", 1, true},
		{"days below min", "notice", 0, false},
		{"days at max", "notice", 365, true},
		{"days above max", "notice", 366, false},
		{"months at max", "history", 120, true},
		{"months above max", "history", 121, false},
		{"months negative", "history", -12, false},
		{"months max int64", "history", int64(math.MaxInt64), false},
		{"months min int64", "history", int64(math.MinInt64), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := f.With(regime.Set(tt.param, tt.value))
			if tt.ok {
				require.NoError(t, err)
				p, _ := g.Parameter(tt.param)
				assert.True(t, p.Overridden)
				return
			}
			require.ErrorIs(t, err, regime.ErrParamRange)
			var re *regime.RangeError
			require.True(t, errors.As(err, &re), "%v", err)
			assert.Equal(t, tt.param, re.Param)
			assert.Contains(t, err.Error(), tt.param)
			p, _ := f.Parameter(tt.param)
			assert.Contains(t, err.Error(), p.Range.String(), "the message gives the range")
			assert.Nil(t, g)
			// Parameter.CheckValue agrees with With.
			assert.ErrorIs(t, p.CheckValue(tt.value), regime.ErrParamRange)
		})
	}
	_, err := f.With(regime.Set("history", int64(math.MaxInt64)))
	assert.EqualError(t, err, `regime: setting "history": 9223372036854775807 is outside the range of history, 0 to 120 months`)
}

// A numeric parameter without a range, a default outside it, an empty or
// malformed range, and a range on a yes/no parameter are declaration
// errors, each wrapping ErrInvalidSpec.
func TestParamRangeDeclarationErrors(t *testing.T) {
	tests := []struct {
		name    string
		declare func(*regime.Params)
		want    string
	}{
		{"decimal without range", func(ps *regime.Params) { ps.Decimal(regime.ParamDef{Name: "x"}, dec("1")) }, "decimal parameters must declare their range"},
		{"int without range", func(ps *regime.Params) { ps.Int(regime.ParamDef{Name: "x"}, 1) }, "int parameters must declare their range"},
		{"days without range", func(ps *regime.Params) { ps.Days(regime.ParamDef{Name: "x"}, 1) }, "days parameters must declare their range"},
		{"months without range", func(ps *regime.Params) { ps.Months(regime.ParamDef{Name: "x"}, 1) }, "months parameters must declare their range"},
		{"default below", func(ps *regime.Params) {
			ps.Months(regime.ParamDef{Name: "x", Range: regime.Whole(0, 120)}, -12)
		}, "default -12 is outside its range 0 to 120"},
		{"default above", func(ps *regime.Params) {
			ps.Decimal(regime.ParamDef{Name: "x", Range: regime.Between(dec("0"), dec("100"))}, dec("100.5"))
		}, "default 100.5 is outside its range 0 to 100"},
		{"empty range", func(ps *regime.Params) { ps.Int(regime.ParamDef{Name: "x", Range: regime.Whole(5, 1)}, 3) }, "range 5 to 1 is empty"},
		{"fractional end of a whole range", func(ps *regime.Params) {
			ps.Int(regime.ParamDef{Name: "x", Range: regime.Between(dec("0"), dec("2.5"))}, 1)
		}, "range end 2.5 is not a whole number"},
		{"end beyond CheckDecimal", func(ps *regime.Params) {
			ps.Decimal(regime.ParamDef{Name: "x", Range: regime.Between(dec("0"), decimal.New(7, 10000000))}, dec("1"))
		}, "range end is out of range: must not exceed 1e15"},
		{"range on a bool", func(ps *regime.Params) { ps.Bool(regime.ParamDef{Name: "x", Range: regime.Whole(0, 1)}, true) }, "bool parameters take no range"},
		{"range on an enum", func(ps *regime.Params) {
			ps.Enum(regime.ParamDef{Name: "x", Range: regime.Whole(0, 1)}, "a", "a", "b")
		}, "enum parameters take no range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps regime.Params
			tt.declare(&ps)
			_, err := regime.NewFramework(regime.FrameworkSpec{ID: "x", Name: "x", From: day, Params: &ps})
			require.ErrorIs(t, err, regime.ErrInvalidSpec)
			assert.Contains(t, err.Error(), tt.want)
			assert.Contains(t, err.Error(), `parameter "x"`)
		})
	}
}

// A framework's parameters report their ranges, in JSON as in Go, and a
// range decodes back to itself.
func TestParameterRangeJSON(t *testing.T) {
	f := rangedFramework(t)
	p, ok := f.Parameter("pct")
	require.True(t, ok)
	assert.Equal(t, "0 to 100", p.Range.String())
	assert.True(t, p.Range.Contains(dec("100")))
	assert.False(t, p.Range.Contains(dec("100.01")))
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"default":"5","range":{"min":"0","max":"100"},"unit":"%"`)
	var back regime.Parameter
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Range.Min().Equal(decimal.Zero))
	assert.Equal(t, p.Range.String(), back.Range.String())

	strict, _ := f.Parameter("strict")
	assert.True(t, strict.Range.IsZero())
	b, err = json.Marshal(strict)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"range"`, "a yes/no parameter has no range")

	for _, bad := range []string{`{"min": "0", "max": "7e10000000"}`, `{"min": "x", "max": "1"}`, `[]`} {
		var r regime.Range
		assert.ErrorIs(t, r.UnmarshalJSON([]byte(bad)), regime.ErrInvalidInput, bad)
	}
}

// Ranges are not hashed: a framework's hash names what it decides, which
// a range never changes.
func TestRangeNotInHash(t *testing.T) {
	build := func(r regime.Range) string {
		var ps regime.Params
		ps.Int(regime.ParamDef{Name: "n", Range: r}, 2)
		f, err := regime.NewFramework(regime.FrameworkSpec{ID: "x", Name: "x", From: economy.MakeDate(2015, 4, 1), Params: &ps})
		require.NoError(t, err)
		return f.Hash()
	}
	assert.Equal(t, build(regime.Whole(0, 10)), build(regime.Whole(1, 1000)))
}
