package england_test

import (
	"math"
	"strconv"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/failregime/failregime/regime/timetable"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every shipped parameter of every edition declares a range (numbers) or
// none (yes/no and words), and its default lies within it.
func TestEveryShippedParameterHasARangeHoldingItsDefault(t *testing.T) {
	all, err := england.Frameworks()
	require.NoError(t, err)
	seen := 0
	for _, f := range all {
		for _, p := range f.Parameters() {
			t.Run(f.ID()+"/"+p.Name, func(t *testing.T) {
				switch p.Type {
				case regime.ParamBool, regime.ParamEnum:
					assert.True(t, p.Range.IsZero(), "a %s parameter has no range", p.Type)
					return
				}
				seen++
				require.False(t, p.Range.IsZero(), "no range")
				d := dec(p.Default)
				assert.True(t, p.Range.Contains(d), "default %s outside %s", p.Default, p.Range)
				assert.NoError(t, p.CheckValue(value(p, d)), "the default is a value With accepts")
				assert.True(t, p.Range.Min().LessThan(p.Range.Max()), "a range of one value is no choice")
			})
		}
	}
	assert.Greater(t, seen, 100, "every edition's numeric parameters were checked")
}

// value converts d to the Go type regime.Set wants for p.
func value(p regime.Parameter, d decimal.Decimal) any {
	if p.Type == regime.ParamDecimal {
		return d
	}
	return d.IntPart()
}

// Representative parameters at, below and above each end of their
// ranges, through Framework.With; the refusals name the parameter and the
// range and wrap ErrParamRange. The first two rows of each are the
// reproducers: 9223372036854775807 and -12 months once overflowed a date
// and turned a verdict to met; a huge count of years made a loop run for
// seconds.
func TestShippedParameterRangeEdges(t *testing.T) {
	tests := []struct {
		edition string
		param   string
		give    any
		ok      bool
	}{
		{"sr2015", "economy.longstanding_months", int64(math.MaxInt64), false},
		{"sr2015", "economy.longstanding_months", -12, false},
		{"sr2015", "economy.longstanding_months", -1, false},
		{"sr2015", "economy.longstanding_months", 0, true},
		{"sr2015", "economy.longstanding_months", 120, true},
		{"sr2015", "economy.longstanding_months", 121, false},
		{"sm2013", "provider.qsm_reinspection_months", int64(math.MaxInt64), false},
		{"sm2013", "provider.qsm_reinspection_months", -1, false},
		{"sm2013", "provider.qsm_reinspection_months", 0, true},
		{"sm2013", "provider.qsm_reinspection_months", 120, true},
		{"sm2013", "provider.qsm_reinspection_months", 121, false},
		{"ccg2015", "commissioner.sm_persistent_years", int64(math.MaxInt64), false},
		{"ccg2015", "commissioner.sm_persistent_years", 0, false},
		{"ccg2015", "commissioner.sm_persistent_years", 1, true},
		{"ccg2015", "commissioner.sm_persistent_years", 20, true},
		{"ccg2015", "commissioner.sm_persistent_years", 21, false},
		{"sr2015", "continuity.alternative_max_km", dec("-5"), false},
		{"sr2015", "continuity.alternative_max_km", dec("-0.001"), false},
		{"sr2015", "continuity.alternative_max_km", dec("0"), true},
		{"sr2015", "continuity.alternative_max_km", dec("1000"), true},
		{"sr2015", "continuity.alternative_max_km", dec("1000.001"), false},
		{"sr2015", "economy.sr_min_failing", -1, false},
		{"sr2015", "economy.sr_min_failing", 0, true},
		{"sr2015", "economy.sr_min_failing", 1000, true},
		{"sr2015", "economy.sr_min_failing", 1001, false},
		{"sr2015", "economy.sr_system_deficit_pct", dec("-0.5"), false},
		{"sr2015", "economy.sr_system_deficit_pct", dec("100"), true},
		{"sr2015", "economy.sr_system_deficit_pct", dec("100.5"), false},
		{"sr2015", "economy.sr_system_deficit_min", dec("-1"), false},
		{"sr2015", "economy.sr_system_deficit_min", dec("1e12"), true},
		{"sr2015", "economy.sr_system_deficit_min", dec("1e12").Add(dec("0.01")), false},
		{"cf2011", "provider.cf_intervention_frr_max", -1, false},
		{"cf2011", "provider.cf_intervention_frr_max", 0, true},
		{"cf2011", "provider.cf_intervention_frr_max", 5, true},
		{"cf2011", "provider.cf_intervention_frr_max", 6, false},
	}
	for _, tt := range tests {
		t.Run(tt.edition+"/"+tt.param+"="+fmtAny(tt.give), func(t *testing.T) {
			f, err := england.FrameworkByID(tt.edition)
			require.NoError(t, err)
			p, ok := f.Parameter(tt.param)
			require.True(t, ok)
			g, err := f.With(regime.Set(tt.param, tt.give))
			if tt.ok {
				require.NoError(t, err)
				q, _ := g.Parameter(tt.param)
				assert.True(t, q.Overridden)
				return
			}
			require.ErrorIs(t, err, regime.ErrParamRange)
			assert.Contains(t, err.Error(), tt.param)
			assert.Contains(t, err.Error(), p.Range.String())
		})
	}
}

func fmtAny(v any) string {
	switch x := v.(type) {
	case decimal.Decimal:
		return x.String()
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	}
	return "?"
}

// At the edge of its range, economy.longstanding_months still judges
// right: a spell begun ten years and a day before the date is
// long-standing at 120 months, one begun a day later is not.
func TestLongStandingAtTheEdgeOfItsRange(t *testing.T) {
	f, err := england.FrameworkByID("sr2015")
	require.NoError(t, err)
	g, err := f.With(regime.Set("economy.longstanding_months", 120))
	require.NoError(t, err)
	tests := []struct {
		start string
		want  string
	}{
		{"2005-06-03", "success_regime_criteria"},
		{"2005-06-04", "no_area_regime"},
		{"2015-06-02", "no_area_regime"},
	}
	for _, tt := range tests {
		t.Run(tt.start, func(t *testing.T) {
			e := srArea(trust("B", money("-10000000"), noIncome))
			e.Providers[0].Governance.Spells = []economy.Spell{{Regime: economy.QualitySpecialMeasures, Start: economy.MustDate(tt.start)}}
			d, err := g.Decide(regime.NewEnv(e, economy.MustDate(srDay)), england.EconomyIntervention, regime.EconomySubject(e))
			require.NoError(t, err)
			assert.Equal(t, regime.Met, d.Verdict)
			assert.Equal(t, tt.want, chosenEntry(d))
		})
	}
}

// The re-inspection date of quality special measures never falls before
// the day the trust entered, whatever the months: the date arithmetic
// saturates instead of overflowing.
func TestReinspectionNeverBeforeEntry(t *testing.T) {
	entered := economy.MustDate("2013-07-16")
	for _, months := range []int{0, 12, 120, math.MaxInt32, math.MaxInt} {
		tl, ok := timetable.QualitySpecialMeasuresTimeline(entered, months, months)
		require.True(t, ok)
		assert.False(t, tl.Reinspection.Before(entered), "%d months", months)
		assert.False(t, tl.ExtensionEnds.Before(tl.Reinspection), "%d months", months)
		assert.True(t, tl.ExtensionEnds.Valid())
	}
}
