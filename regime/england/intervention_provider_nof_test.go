package england_test

import (
	"strings"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A provider's published NOF segment decides under every NHS Oversight
// Framework edition, one below, at and one above each threshold: 3 for
// mandated support, 4 for the Recovery Support Programme to 2024/25 (NHS
// England's segmentation page) and 5 from 2025/26 (the programme
// "accessed via segment 5", NHS England's league tables page), 5 for the
// Provider Improvement Programme in 2025/26 (the 2025/26 methodology
// manual, Step 4), and 2 for targeted support under the 2019/20 framework
// (the SOF's meanings, kept in 2019/20).
func TestPublishedNOFSegmentDecides(t *testing.T) {
	eras := []struct {
		id, date, published string
		period              economy.Period
		want                map[string]string // published segment -> entry
	}{
		{"nof2019", "2020-06-01", "2020-05-01", economy.FinancialYear(2019),
			map[string]string{"1": "routine_oversight", "2": "enhanced_monitoring", "3": "mandated_support", "4": "recovery_support_absent"}},
		{"sof2021", "2022-01-10", "2022-01-01", economy.FinancialYear(2021),
			map[string]string{"2": "routine_oversight", "3": "mandated_support", "4": "recovery_support"}},
		{"nof2022", "2023-06-01", "2023-05-01", economy.FinancialYear(2022),
			map[string]string{"2": "routine_oversight", "3": "mandated_support", "4": "recovery_support"}},
		{"nof2025", "2026-03-31", "2026-03-31", economy.Period{From: economy.MustDate("2025-10-01"), To: economy.MustDate("2025-12-31")},
			map[string]string{"2": "routine_oversight", "3": "mandated_support", "4": "mandated_support", "5": "provider_improvement"}},
		{"nof2026", "2026-06-01", "2026-03-31", economy.Period{From: economy.MustDate("2025-10-01"), To: economy.MustDate("2025-12-31")},
			map[string]string{"2": "routine_oversight", "3": "mandated_support", "4": "mandated_support", "5": "recovery_support"}},
	}
	for _, era := range eras {
		for give, want := range era.want {
			t.Run(era.id+"/segment "+give, func(t *testing.T) {
				p := economy.Provider{ID: "T", Name: "Test trust", Kind: economy.KindFoundationTrust, PeerGroup: "acute",
					Ratings: []economy.PublishedRating{seg(economy.NOFSegment, give, era.period, era.published)}}
				e := &economy.Economy{ID: "E", Name: "E", Providers: []economy.Provider{p}}
				require.NoError(t, e.Validate())
				f := provFramework(t, era.id)
				d, err := f.Decide(regime.NewEnv(e, provDate(era.date)), england.ProviderIntervention, regime.ProviderSubject(&e.Providers[0]))
				require.NoError(t, err)
				if want == "recovery_support_absent" {
					// No Recovery Support Programme before July 2021:
					// segment 4 of 2019/20 is mandated support at least,
					// under the special measures rungs left undecided.
					assert.NotEqual(t, regime.NotMet, d.Verdict)
					return
				}
				if want == "routine_oversight" && era.id != "nof2019" {
					require.Equal(t, regime.Met, d.Verdict, d.Text())
				}
				if d.Verdict != regime.Met {
					// Earlier rungs (special measures in 2019/20) may be
					// unknown; the segment's own entry must still be met.
					o, ok := d.Node(want)
					require.True(t, ok, d.Text())
					assert.Equal(t, regime.Met, o.Verdict, d.Text())
					return
				}
				assert.Equal(t, want, chosenEntry(d), d.Text())
				assert.Contains(t, d.Text(), "published NOF segment "+give+" for "+era.period.String())
			})
		}
	}
}

// With both a published segment and the facts to compute one, the
// published one decides and the reason shows both.
func TestPublishedNOFSegmentShowsComputed(t *testing.T) {
	e := nofArea("nof2025:a", nofScoreFor[4], false)
	q3 := economy.Period{From: economy.MustDate("2025-10-01"), To: economy.MustDate("2025-12-31")}
	e.Providers[0].Ratings = []economy.PublishedRating{seg(economy.NOFSegment, "3", q3, "2026-03-01")}
	f := provFramework(t, "nof2025")
	d, err := f.Decide(regime.NewEnv(e, provDate("2026-03-31")), england.ProviderIntervention, regime.ProviderSubject(&e.Providers[0]))
	require.NoError(t, err)
	r, ok := d.Ruling()
	require.True(t, ok, d.Text())
	assert.Equal(t, economy.MandatedSupport, r.Regime)
	assert.Contains(t, d.Text(), "published NOF segment 3 for 2025-10-01..2025-12-31 (published 2026-03-01; 3 >= 3): met; computed NOF 2025/26 differs (segment 4): the published segment decides")
	assert.Contains(t, d.Text(), "NOF 2025/26 (computed, not used)")
}

// provider.nof2026_segment_N_max are the 2026/27 thresholds, whose values
// were not found: named parameters that say so, and that move the
// computed segment when changed.
func TestNOF2026ThresholdParameters(t *testing.T) {
	f := provFramework(t, "nof2026")
	for i, want := range []string{"1.75", "2.5", "3.25"} {
		p, ok := f.Parameter("provider.nof2026_segment_" + string(rune('1'+i)) + "_max")
		require.True(t, ok)
		assert.Equal(t, want, p.Default)
		assert.True(t, strings.HasPrefix(p.Interpretation, "unverified:"), p.Interpretation)
		assert.False(t, p.Citation.Verified)
	}
	decide := func(f *regime.Framework, score string) economy.Regime {
		e := nofArea("nof2026:a", score, false)
		d, err := f.Decide(regime.NewEnv(e, provDate("2026-09-01")), england.ProviderIntervention, regime.ProviderSubject(&e.Providers[0]))
		require.NoError(t, err)
		r, _ := d.Ruling()
		return r.Regime
	}
	// 2.55 is above the default 2.50: segment 3, mandated support; with
	// the edge moved to 2.55 it is segment 2.
	assert.Equal(t, economy.MandatedSupport, decide(f, "2.55"))
	assert.Equal(t, economy.MandatedSupport, decide(f, "2.51"))
	assert.Equal(t, economy.RoutineOversight, decide(f, "2.50"))
	moved := provFramework(t, "nof2026", regime.Set("provider.nof2026_segment_2_max", decimal.RequireFromString("2.55")))
	assert.Equal(t, economy.RoutineOversight, decide(moved, "2.55"))
	assert.Equal(t, economy.MandatedSupport, decide(moved, "2.56"))
}
