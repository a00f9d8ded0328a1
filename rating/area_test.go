package rating_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// randomLeague is an economy of n trusts in a few peer groups, with
// scores that are sometimes missing or off the scale, some accounts, and
// some IDs used twice (as an economy built in Go without Validate may).
func randomLeague(seed uint64, n int) *economy.Economy {
	rng := rand.New(rand.NewPCG(seed, 2025))
	groups := []string{"acute", "non_acute", "ambulance", ""}
	period := economy.Period{From: economy.MustDate("2025-04-01"), To: economy.MustDate("2025-06-30")}
	e := &economy.Economy{ID: "E", Name: "E"}
	for i := range n {
		id := fmt.Sprintf("R%d", i)
		if rng.IntN(10) == 0 && i > 0 {
			id = fmt.Sprintf("R%d", rng.IntN(i))
		}
		p := economy.Provider{ID: id, Name: id, Kind: economy.KindNHSTrust, PeerGroup: groups[rng.IntN(len(groups))]}
		if rng.IntN(8) != 0 {
			other := map[string]decimal.Decimal{}
			for m := range 1 + rng.IntN(4) {
				score := decimal.New(int64(100+rng.IntN(300)), -2) // 1.00 to 3.99
				if rng.IntN(20) == 0 {
					score = decimal.NewFromInt(7) // off the scale
				}
				other[fmt.Sprintf("%sm%d", rating.NOF2025ScorePrefix, m)] = score
			}
			p.Performance = []economy.Performance{{Period: period, Other: other}}
		}
		if rng.IntN(2) == 0 {
			p.Accounts = []economy.Accounts{{Period: economy.FinancialYear(2024), Surplus: decimal.NewNullDecimal(decimal.NewFromInt(int64(rng.IntN(20) - 10)))}}
		}
		e.Providers = append(e.Providers, p)
	}
	return e
}

// Rating with an Area gives every trust the same result, byte for byte,
// as rating it against the economy itself, for ties, missing and
// off-scale scores, trusts without a peer group and IDs used twice.
func TestAreaRatesAsTheEconomyDoes(t *testing.T) {
	m, ok := rating.Lookup(rating.MethodNOF2025)
	require.True(t, ok)
	date := economy.MustDate("2025-09-09")
	for seed := range uint64(20) {
		e := randomLeague(seed, 60)
		area := rating.NewArea(e, date)
		rated := 0
		for i := range e.Providers {
			p := &e.Providers[i]
			want, err := json.Marshal(m.Rate(rating.Input{Provider: p, Economy: e, Date: date}))
			require.NoError(t, err)
			r := m.Rate(rating.Input{Provider: p, Economy: e, Date: date, Area: area})
			got, err := json.Marshal(r)
			require.NoError(t, err)
			require.Equal(t, string(want), string(got), "seed %d, provider %d", seed, i)
			if r.Rated() {
				rated++
			}
		}
		assert.Positive(t, rated, "seed %d rates some trusts", seed)
	}
	// An Area of another date or economy is ignored.
	e := finLeague()
	stale := rating.NewArea(randomLeague(1, 10), date)
	want := m.Rate(rating.Input{Provider: &e.Providers[3], Economy: e, Date: date})
	assert.Equal(t, want.String(), m.Rate(rating.Input{Provider: &e.Providers[3], Economy: e, Date: date, Area: stale}).String())
	other := rating.NewArea(e, economy.MustDate("2025-09-10"))
	assert.Equal(t, want.String(), m.Rate(rating.Input{Provider: &e.Providers[3], Economy: e, Date: date, Area: other}).String())
}

// With an Area, rating every trust of an economy costs work in proportion
// to the trusts, not their square: rating ten times as many allocates
// about ten times as much, where reading the economy for each would
// allocate a hundred times as much.
func TestAreaWorkIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("rates 4,400 trusts")
	}
	m, _ := rating.Lookup(rating.MethodNOF2025)
	date := economy.MustDate("2025-09-09")
	perTrust := func(n int) float64 {
		e := randomLeague(7, n)
		allocs := testing.AllocsPerRun(1, func() {
			area := rating.NewArea(e, date)
			for i := range e.Providers {
				m.Rate(rating.Input{Provider: &e.Providers[i], Economy: e, Date: date, Area: area})
			}
		})
		return allocs / float64(n)
	}
	small, large := perTrust(400), perTrust(4000)
	assert.Less(t, large, 1.5*small, "allocations per trust: %.0f at 400 trusts, %.0f at 4000", small, large)
}
