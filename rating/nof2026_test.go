package rating_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func nof26Scores(ss ...string) []rating.NOF2025Score {
	out := make([]rating.NOF2025Score, len(ss))
	for i, s := range ss {
		out[i] = rating.NOF2025Score{Metric: string(rune('a' + i)), Score: finD(s)}
	}
	return out
}

// Each threshold at, just below and just above its edge; the edges are
// inclusive upper bounds.
func TestNOF2026Thresholds(t *testing.T) {
	surplus := &economy.Accounts{Surplus: finND("1"), DeficitSupport: finFalse()}
	tests := []struct {
		give string
		want uint8
	}{
		{"1.00", 1}, {"1.74", 1}, {"1.75", 1}, {"1.76", 2},
		{"2.49", 2}, {"2.50", 2}, {"2.51", 3},
		{"3.24", 3}, {"3.25", 3}, {"3.26", 4}, {"4.00", 4},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			r := rating.RateNOF2026(rating.NOF2026Input{Scores: nof26Scores(tt.give), Accounts: surplus}, rating.DefaultNOF2026Params())
			require.True(t, r.Rated(), r.String())
			assert.Equal(t, rating.Segment(tt.want).Score(), r.Score)
		})
	}
}

func TestNOF2026Average(t *testing.T) {
	r := rating.RateNOF2026(rating.NOF2026Input{Scores: nof26Scores("1.5", "2.0"), Accounts: &economy.Accounts{Surplus: finND("0"), DeficitSupport: finFalse()}}, rating.NOF2026Params{})
	assert.Equal(t, "NOF 2026/27 segment 1: average metric score 1.75 -> segment 1", r.String())
}

func TestNOF2026FinancialOverride(t *testing.T) {
	tests := []struct {
		name     string
		give     *economy.Accounts
		wantSeg  uint8
		wantMiss []string
	}{
		{"deficit caps at 3", &economy.Accounts{Surplus: finND("-0.01"), DeficitSupport: finFalse()}, 3, nil},
		{"break-even is not deficit", &economy.Accounts{Surplus: finND("0"), DeficitSupport: finFalse()}, 1, nil},
		{"surplus", &economy.Accounts{Surplus: finND("0.01"), DeficitSupport: finFalse()}, 1, nil},
		{"deficit support caps at 3", &economy.Accounts{Surplus: finND("0.01"), DeficitSupport: finTrue()}, 3, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rating.RateNOF2026(rating.NOF2026Input{Scores: nof26Scores("1.2"), Accounts: tt.give}, rating.DefaultNOF2026Params())
			require.True(t, r.Rated())
			assert.Equal(t, rating.Segment(tt.wantSeg).Score(), r.Score)
		})
	}
	// Unknown finances block a segment better than 3, not a worse one.
	r := rating.RateNOF2026(rating.NOF2026Input{Scores: nof26Scores("1.2")}, rating.DefaultNOF2026Params())
	assert.Equal(t, rating.InsufficientData, r.Status)
	assert.Equal(t, []string{"accounts"}, r.Missing)
	r = rating.RateNOF2026(rating.NOF2026Input{Scores: nof26Scores("3.9")}, rating.DefaultNOF2026Params())
	require.True(t, r.Rated())
	assert.Equal(t, rating.Segment(4).Score(), r.Score)
	off := rating.DefaultNOF2026Params()
	off.FinancialOverride = rating.OverrideOff
	r = rating.RateNOF2026(rating.NOF2026Input{Scores: nof26Scores("1.2")}, off)
	assert.Equal(t, rating.Segment(1).Score(), r.Score)
}

func TestNOF2026Insufficient(t *testing.T) {
	bad := rating.DefaultNOF2026Params()
	bad.Thresholds[1] = decimal.RequireFromString("1.5")
	tests := []struct {
		name string
		in   rating.NOF2026Input
		p    rating.NOF2026Params
		want []string
	}{
		{"no scores", rating.NOF2026Input{}, rating.NOF2026Params{}, []string{"scores"}},
		{"score off scale", rating.NOF2026Input{Scores: nof26Scores("4.01")}, rating.NOF2026Params{}, []string{"scores.a (outside 1-4)"}},
		{"thresholds not rising", rating.NOF2026Input{Scores: nof26Scores("2")}, bad, []string{"params.thresholds (must rise strictly within 1-4)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rating.RateNOF2026(tt.in, tt.p)
			assert.Equal(t, rating.InsufficientData, r.Status)
			assert.Equal(t, tt.want, r.Missing)
		})
	}
}

func TestNOF2026Registry(t *testing.T) {
	m, ok := rating.Lookup("nhse_nof_2026_segment")
	require.True(t, ok)
	assert.Equal(t, economy.MustDate("2026-04-01"), m.From)
	assert.True(t, m.To.IsZero())
	prev, _ := rating.Lookup("nhse_nof_2025_segment")
	assert.Equal(t, m.From, prev.To.AddDays(1), "2026/27 follows 2025/26 without a gap")
	assert.False(t, m.InForce(economy.MustDate("2026-03-31")))
	assert.True(t, m.InForce(economy.MustDate("2030-01-01")))

	p := &economy.Provider{ID: "RXX", Kind: economy.KindNHSTrust,
		Performance: []economy.Performance{{Period: economy.Period{From: economy.MustDate("2026-04-01"), To: economy.MustDate("2026-06-30")},
			Other: map[string]decimal.Decimal{"nof2026:b": finD("3"), "nof2026:a": finD("2"), "nof2025:x": finD("4")}}},
		Accounts: []economy.Accounts{{Period: economy.Period{From: economy.MustDate("2026-04-01"), To: economy.MustDate("2026-06-30")}, Surplus: finND("-5")}},
	}
	r := m.Rate(rating.Input{Provider: p, Date: economy.MustDate("2026-07-31")})
	assert.Equal(t, "NOF 2026/27 segment 3: average metric score 2.50 -> segment 2; in deficit: no better than segment 3", r.String())
}

// FuzzNOF2026: any scores and thresholds rate or report missing facts,
// never panic, and a rated segment is 1-4.
func FuzzNOF2026(f *testing.F) {
	f.Add(int64(150), int64(250), int64(175), int64(250), int64(325), int64(-1)) // scores 1.50 and 2.50, default edges, deficit
	f.Add(int64(400), int64(100), int64(325), int64(250), int64(175), int64(1))  // edges falling: insufficient
	f.Fuzz(func(t *testing.T, a, b, t1, t2, t3, surplus int64) {
		p := rating.NOF2026Params{Thresholds: [3]decimal.Decimal{decimal.New(t1, -2), decimal.New(t2, -2), decimal.New(t3, -2)}}
		in := rating.NOF2026Input{Scores: []rating.NOF2025Score{{Metric: "a", Score: decimal.New(a, -2)}, {Metric: "b", Score: decimal.New(b, -2)}},
			Accounts: &economy.Accounts{Surplus: decimal.NewNullDecimal(decimal.NewFromInt(surplus))}}
		r := rating.RateNOF2026(in, p)
		if r.Rated() {
			require.True(t, r.Score.Value >= 1 && r.Score.Value <= 4)
		} else {
			require.NotEmpty(t, r.Missing)
		}
	})
}
