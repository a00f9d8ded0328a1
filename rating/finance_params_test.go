package rating_test

import (
	"encoding/json"
	"testing"

	"github.com/failregime/failregime/rating"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOverrideSwitchText(t *testing.T) {
	for _, s := range []rating.OverrideSwitch{rating.OverrideSwitchDefault, rating.OverrideOn, rating.OverrideOff} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, s.String(), string(b))
		var back rating.OverrideSwitch
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	var s rating.OverrideSwitch
	assert.Error(t, s.UnmarshalText([]byte("maybe")))
	_, err := rating.OverrideSwitch(7).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "OverrideSwitch(7)", rating.OverrideSwitch(7).String())
}

// Parameters are data: a variant written as JSON rates the same after a
// round trip.
func TestFinanceParamsJSON(t *testing.T) {
	fsrr := rating.DefaultFSRRParams()
	fsrr.IncludeCapexVariance = true
	fsrr.AnyOneCap = rating.OverrideOff
	b, err := json.Marshal(fsrr)
	require.NoError(t, err)
	var back rating.FSRRParams
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, rating.RateFSRRAccounts(finAccounts(), fsrr), rating.RateFSRRAccounts(finAccounts(), back))
	assert.Contains(t, string(b), `"any_one_cap":"off"`)

	sof := rating.DefaultSOFSegmentParams()
	b, err = json.Marshal(sof)
	require.NoError(t, err)
	var sofBack rating.SOFSegmentParams
	require.NoError(t, json.Unmarshal(b, &sofBack))
	in := rating.SOFSegmentInputFrom(finProvider(), finProvider().Accounts[0].Period.To, sofBack)
	assert.Equal(t, rating.RateSOFSegment(in, sof), rating.RateSOFSegment(in, sofBack))

	for _, p := range []any{rating.DefaultCoSRRParams(), rating.DefaultSOFFinanceParams(), rating.DefaultNOFSegmentParams(), rating.DefaultNOF2025Params()} {
		_, err := json.Marshal(p)
		assert.NoError(t, err)
	}
}

// Odd parameters never panic and never leave the scale: negative weights
// fall back to equal weights, and scores off the scale are clamped.
func TestFinanceParamsDefensive(t *testing.T) {
	p := rating.DefaultCoSRRParams()
	p.CapitalServiceCoverWeight, p.LiquidityWeight = finD("-1"), finD("3")
	assert.Error(t, p.Validate())
	r := finCoSRRWith("1.5", "-3", p) // 2 and 3, equal weights: 2.5 -> 3
	finAssertDecimal(t, "2.5", r.Combination.Mean)
	assert.Equal(t, uint8(3), r.Score.Value)

	p = rating.DefaultCoSRRParams()
	p.CapitalServiceCover.Cuts[0].Score = 9
	assert.Error(t, p.Validate())
	assert.Equal(t, uint8(4), finCoSRRWith("3", "5", p).Score.Value)
	p.CapitalServiceCover.Floor = 0
	p.Liquidity.Floor = 0
	assert.Equal(t, uint8(1), finCoSRRWith("0", "-50", p).Score.Value)

	f := rating.DefaultFSRRParams()
	f.Weights = rating.FSRRWeights{CapitalServiceCapacity: finD("1")}
	assert.NoError(t, f.Validate())
	f.IncludeCapexVariance = true
	f.Weights.CapexVariance = finD("-1")
	assert.Error(t, f.Validate())
	assert.Error(t, rating.CoSRRParams{Rounding: 99}.Validate())
}

func finCoSRRWith(csc, liq string, p rating.CoSRRParams) rating.Result {
	return rating.RateCoSRR(rating.CoSRRInput{CapitalServiceCover: finND(csc), LiquidityDays: finND(liq)}, p)
}

// Every edge of every default table names its source; a remembered edge
// says so, a verified one gives the address it was read at.
func TestFinanceBandCitations(t *testing.T) {
	c, f, s := rating.DefaultCoSRRParams(), rating.DefaultFSRRParams(), rating.DefaultSOFFinanceParams()
	tables := []rating.Bands{
		c.CapitalServiceCover, c.Liquidity,
		f.CapitalServiceCapacity, f.Liquidity, f.IEMargin, f.PlanVariance, f.CapexVariance,
		s.CapitalServiceCapacity, s.Liquidity, s.IEMargin, s.PlanDistance, s.AgencySpend,
	}
	verified := 0
	for _, b := range tables {
		require.NoError(t, b.Validate(), b.Metric)
		assert.False(t, b.Citation.Verified, b.Metric)
		assert.Contains(t, b.Citation.Note, "FROM MEMORY; primary source not read", b.Metric)
		for _, cut := range b.Cuts {
			require.NotNil(t, cut.Citation, "%s %s", b.Metric, cut.At)
			if cut.Citation.Verified {
				verified++
				assert.NotEmpty(t, cut.Citation.URL)
				continue
			}
			assert.Contains(t, cut.Citation.Note, "FROM MEMORY; primary source not read", "%s %s", b.Metric, cut.At)
		}
	}
	assert.Equal(t, 3, verified, "the FSRR's 0% margin, -1 pp variance and 20% capex edges, read at consultation stage")
	assert.Contains(t, f.CapitalServiceCapacity.Cuts[0].Citation.Document, "updated August 2015")
}
