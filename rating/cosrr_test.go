package rating_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func finCoSRR(csc, liq string) rating.Result {
	return rating.RateCoSRR(rating.CoSRRInput{CapitalServiceCover: finND(csc), LiquidityDays: finND(liq)}, rating.DefaultCoSRRParams())
}

func TestCoSRRBandEdges(t *testing.T) {
	cover := finEdges("0.0001",
		finSpec{"2.5", 3, 4, 4}, finSpec{"1.75", 2, 3, 3}, finSpec{"1.25", 1, 2, 2})
	for _, tt := range cover {
		t.Run("capital service cover "+tt.give, func(t *testing.T) {
			assert.Equal(t, tt.want, finScore(t, finCoSRR(tt.give, "0"), "capital service cover"))
		})
	}
	liquidity := finEdges("0.0001",
		finSpec{"0", 3, 4, 4}, finSpec{"-7", 2, 3, 3}, finSpec{"-14", 1, 2, 2})
	for _, tt := range liquidity {
		t.Run("liquidity "+tt.give, func(t *testing.T) {
			assert.Equal(t, tt.want, finScore(t, finCoSRR("3", tt.give), "liquidity"))
		})
	}
}

// The council of governors report of 4 February 2015 (slideum.com) shows a
// capital service cover rating of 2 and a liquidity rating of 3 giving a
// CoSRR of 3.
func TestCoSRRWorkedExample(t *testing.T) {
	r := finCoSRR("1.5", "-3.1")
	require.True(t, r.Rated())
	assert.Equal(t, uint8(2), r.Metrics[0].Score.Value)
	assert.Equal(t, uint8(3), r.Metrics[1].Score.Value)
	finAssertDecimal(t, "2.5", r.Combination.Mean)
	assert.Equal(t, rating.MonitorRating(3).Score(rating.ScaleMonitor4), r.Score)
	assert.True(t, r.Combination.Citation.Verified)
}

func TestCoSRRRounding(t *testing.T) {
	// Metric values giving each score, for both metrics.
	cover := map[uint8]string{1: "1", 2: "1.5", 3: "2", 4: "3"}
	liq := map[uint8]string{1: "-20", 2: "-10", 3: "-3", 4: "5"}
	tests := []struct {
		name             string
		giveCSC, giveL   uint8
		giveRounding     rating.Rounding
		giveWCSC, giveWL string
		want             uint8
	}{
		{"1 and 1", 1, 1, rating.RoundHalfUp, "1", "1", 1},
		{"1 and 2 half up", 1, 2, rating.RoundHalfUp, "1", "1", 2},
		{"2 and 3 half up", 2, 3, rating.RoundHalfUp, "1", "1", 3},
		{"3 and 4 half up", 3, 4, rating.RoundHalfUp, "1", "1", 4},
		{"1 and 4 half up", 1, 4, rating.RoundHalfUp, "1", "1", 3},
		{"2 and 3 half down", 2, 3, rating.RoundHalfDown, "1", "1", 2},
		{"2 and 3 half even", 2, 3, rating.RoundHalfEven, "1", "1", 2},
		{"3 and 4 half even", 3, 4, rating.RoundHalfEven, "1", "1", 4},
		{"2 and 3 floor", 2, 3, rating.RoundFloor, "1", "1", 2},
		{"2 and 3 ceil", 2, 3, rating.RoundCeil, "1", "1", 3},
		{"mean 2.49 half up", 2, 3, rating.RoundHalfUp, "51", "49", 2},
		{"mean 2.51 half up", 2, 3, rating.RoundHalfUp, "49", "51", 3},
		{"mean 2.4999 half up", 2, 3, rating.RoundHalfUp, "5001", "4999", 2},
		{"mean 2.5001 half up", 2, 3, rating.RoundHalfUp, "4999", "5001", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := rating.DefaultCoSRRParams()
			p.Rounding = tt.giveRounding
			p.CapitalServiceCoverWeight, p.LiquidityWeight = finD(tt.giveWCSC), finD(tt.giveWL)
			r := rating.RateCoSRR(rating.CoSRRInput{
				CapitalServiceCover: finND(cover[tt.giveCSC]), LiquidityDays: finND(liq[tt.giveL]),
			}, p)
			require.True(t, r.Rated())
			assert.Equal(t, tt.want, r.Score.Value, r.String())
		})
	}
}

// The CoSRR rounded up (HFMA, 31 August 2015): with unequal weights a
// mean just above 2 gives 3, at 2 exactly 2.
func TestCoSRRDefaultRoundsUp(t *testing.T) {
	assert.Equal(t, rating.RoundCeil, rating.DefaultCoSRRParams().Rounding)
	for _, tt := range []struct {
		wCSC, wL string
		want     uint8
	}{{"51", "49", 3}, {"99", "1", 3}, {"1", "0", 2}} {
		p := rating.DefaultCoSRRParams()
		p.CapitalServiceCoverWeight, p.LiquidityWeight = finD(tt.wCSC), finD(tt.wL)
		r := rating.RateCoSRR(rating.CoSRRInput{CapitalServiceCover: finND("1.5"), LiquidityDays: finND("-3")}, p)
		require.True(t, r.Rated())
		assert.Equal(t, tt.want, r.Score.Value, r.String())
	}
}

func TestRateCoSRRAccounts(t *testing.T) {
	r := rating.RateCoSRRAccounts(finAccounts(), rating.CoSRRParams{})
	require.True(t, r.Rated(), r.String())
	finAssertDecimal(t, "2", r.Metrics[0].Value)
	finAssertDecimal(t, "-4", r.Metrics[1].Value)
	assert.Equal(t, "CoSRR 3: capital service cover 2.00x -> 3; liquidity -4.0 days -> 3; mean 3.0 -> 3", r.String())
	assert.Contains(t, r.Metrics[0].Formula, "= 10 / 5")
	assert.Equal(t, rating.DefaultCoSRRParams().CapitalServiceCover.Citation, r.Metrics[0].Citation)
	assert.False(t, r.Metrics[0].Citation.Verified)
	assert.Contains(t, r.Metrics[0].Citation.Note, "FROM MEMORY; primary source not read")
}

func TestCoSRRDivisionByZero(t *testing.T) {
	noDebt := func(a *economy.Accounts) {
		z := finND("0")
		a.PDCDividend, a.InterestPayable, a.LoanRepayments, a.FinanceLeaseRepayments, a.PFIRepayments = z, z, z, z, z
	}
	tests := []struct {
		name       string
		give       func(*economy.Accounts)
		wantMetric string
		wantScore  uint8
	}{
		{"no debt service: cover unbounded, best", noDebt, "capital service cover (unbounded above)", 4},
		{"no debt service and negative EBITDA: still best", func(a *economy.Accounts) { noDebt(a); a.EBITDA = finND("-50") }, "capital service cover (unbounded above)", 4},
		{"no expenses, positive working capital", func(a *economy.Accounts) { a.OperatingExpenses = finND("0"); a.CurrentLiabilities = finND("1") }, "liquidity (unbounded above)", 4},
		{"no expenses, negative working capital", func(a *economy.Accounts) { a.OperatingExpenses = finND("0") }, "liquidity (unbounded below)", 1},
		{"no expenses, zero working capital", func(a *economy.Accounts) { a.OperatingExpenses = finND("0"); a.CurrentLiabilities = finND("38") }, "liquidity", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := finAccounts()
			tt.give(a)
			assert.Equal(t, tt.wantScore, finScore(t, rating.RateCoSRRAccounts(a, rating.CoSRRParams{}), tt.wantMetric))
		})
	}
	r := rating.RateCoSRR(rating.CoSRRInput{NoDebtService: true, LiquidityDays: finND("-20")}, rating.CoSRRParams{})
	assert.Equal(t, "CoSRR 3: capital service cover unbounded above -> 4; liquidity -20.0 days -> 1; mean 2.5 -> 3", r.String())
}

func TestCoSRRInsufficient(t *testing.T) {
	fields := []struct {
		name string
		drop func(*economy.Accounts)
	}{
		{"ebitda", func(a *economy.Accounts) { a.EBITDA = decimal.NullDecimal{} }},
		{"interest_receivable", func(a *economy.Accounts) { a.InterestReceivable = decimal.NullDecimal{} }},
		{"pdc_dividend", func(a *economy.Accounts) { a.PDCDividend = decimal.NullDecimal{} }},
		{"interest_payable", func(a *economy.Accounts) { a.InterestPayable = decimal.NullDecimal{} }},
		{"loan_repayments", func(a *economy.Accounts) { a.LoanRepayments = decimal.NullDecimal{} }},
		{"finance_lease_repayments", func(a *economy.Accounts) { a.FinanceLeaseRepayments = decimal.NullDecimal{} }},
		{"pfi_repayments", func(a *economy.Accounts) { a.PFIRepayments = decimal.NullDecimal{} }},
		{"current_assets", func(a *economy.Accounts) { a.CurrentAssets = decimal.NullDecimal{} }},
		{"inventories", func(a *economy.Accounts) { a.Inventories = decimal.NullDecimal{} }},
		{"current_liabilities", func(a *economy.Accounts) { a.CurrentLiabilities = decimal.NullDecimal{} }},
		{"committed_facilities", func(a *economy.Accounts) { a.CommittedFacilities = decimal.NullDecimal{} }},
		{"operating_expenses", func(a *economy.Accounts) { a.OperatingExpenses = decimal.NullDecimal{} }},
	}
	for _, tt := range fields {
		t.Run(tt.name, func(t *testing.T) {
			a := finAccounts()
			tt.drop(a)
			r := rating.RateCoSRRAccounts(a, rating.CoSRRParams{})
			assert.Equal(t, rating.InsufficientData, r.Status)
			assert.Equal(t, []string{"accounts." + tt.name}, r.Missing)
			assert.False(t, r.Score.Known())
		})
	}
	t.Run("every field at once", func(t *testing.T) {
		r := rating.RateCoSRRAccounts(&economy.Accounts{}, rating.CoSRRParams{})
		assert.Len(t, r.Missing, len(fields))
	})
	t.Run("nil accounts", func(t *testing.T) {
		r := rating.RateCoSRRAccounts(nil, rating.CoSRRParams{})
		assert.Equal(t, []string{"accounts"}, r.Missing)
		assert.Equal(t, "CoSRR insufficient_data: missing accounts", r.String())
	})
	t.Run("metrics", func(t *testing.T) {
		r := rating.RateCoSRR(rating.CoSRRInput{}, rating.CoSRRParams{})
		assert.Equal(t, []string{"metrics.capital_service_cover", "metrics.liquidity_days"}, r.Missing)
	})
}

func TestCoSRRString(t *testing.T) {
	assert.Equal(t, "CoSRR 3: capital service cover 1.80x -> 3; liquidity -3.1 days -> 3; mean 3.0 -> 3",
		finCoSRR("1.8", "-3.1").String())
	r, ok := rating.MonitorTwoStar(finCoSRR("1.3", "-8"), "Monitor expects no further deterioration")
	require.True(t, ok)
	assert.Equal(t, "CoSRR 2: capital service cover 1.30x -> 2; liquidity -8.0 days -> 2; mean 2.0 -> 2; Monitor judged 2* (Monitor expects no further deterioration)", r.String())
}

func TestMonitorTwoStar(t *testing.T) {
	two := finCoSRR("1.3", "-8")
	tests := []struct {
		name   string
		give   rating.Result
		wantOK bool
	}{
		{"rated 2", two, true},
		{"rated 3", finCoSRR("2", "-3"), false},
		{"insufficient", rating.RateCoSRRAccounts(nil, rating.CoSRRParams{}), false},
		{"SOF score 2 is another scale", rating.Result{Status: rating.Rated, Score: rating.OversightScore(2).Score()}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := rating.MonitorTwoStar(tt.give, "reason")
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.give.Score, got.Published())
		})
	}
	got, _ := rating.MonitorTwoStar(two, "reason")
	assert.Len(t, got.Judgements, 1)
	assert.Empty(t, two.Judgements, "input not modified")
	assert.Equal(t, "2*", got.Judgements[0].Label)
	assert.Equal(t, got.Score, got.Judgements[0].From)
}

func TestCoSRRJSON(t *testing.T) {
	r, _ := rating.MonitorTwoStar(finCoSRR("1.3", "-8"), "judged")
	for _, give := range []rating.Result{finCoSRR("1.8", "-3.1"), r, rating.RateCoSRRAccounts(nil, rating.CoSRRParams{}), rating.RateCoSRRAccounts(finAccounts(), rating.CoSRRParams{})} {
		finJSONRoundTrip(t, give)
	}
}

func TestCoSRRParams(t *testing.T) {
	assert.NoError(t, rating.DefaultCoSRRParams().Validate())
	assert.NoError(t, rating.CoSRRParams{}.Validate())
	assert.Equal(t, rating.RateCoSRRAccounts(finAccounts(), rating.DefaultCoSRRParams()), rating.RateCoSRRAccounts(finAccounts(), rating.CoSRRParams{}))

	bad := rating.DefaultCoSRRParams()
	bad.Liquidity.Cuts[1].At = finD("5") // on the good side of the cut before it
	bad.CapitalServiceCover.Floor = 9
	bad.LiquidityWeight = finD("-1")
	bad.Rounding = 42
	err := bad.Validate()
	require.Error(t, err)
	for _, want := range []string{"liquidity", "floor 9", "negative", "rounding"} {
		assert.Contains(t, err.Error(), want)
	}

	// A variant: what if the top edge of capital service cover were 3x?
	v := rating.DefaultCoSRRParams()
	v.CapitalServiceCover.Cuts[0].At = finD("3")
	assert.Equal(t, uint8(3), finScore(t, rating.RateCoSRR(rating.CoSRRInput{CapitalServiceCover: finND("2.6"), LiquidityDays: finND("0")}, v), "capital service cover"))
	assert.Equal(t, "2.5", rating.DefaultCoSRRParams().CapitalServiceCover.Cuts[0].At.String(), "defaults are fresh values")
}

func FuzzCoSRRMonotone(f *testing.F) {
	// Seeds: the healthy trust; a trust with no debt service; one deep in
	// negative working capital; a large step on every knob.
	f.Add(int64(900), int64(100), int64(200), int64(100), int64(100), int64(50), int64(50), int64(3000), int64(200), int64(4000), int64(1000), int64(18000), uint8(0), int64(10))
	f.Add(int64(900), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(3000), int64(200), int64(4000), int64(1000), int64(18000), uint8(2), int64(1))
	f.Add(int64(-500), int64(0), int64(300), int64(10), int64(0), int64(0), int64(900), int64(100), int64(50), int64(9000), int64(0), int64(18000), uint8(9), int64(100000))
	f.Fuzz(func(t *testing.T, ebitda, recv, pdc, pay, loan, lease, pfi, ca, inv, cl, cf, opex int64, knob uint8, step int64) {
		a := finFuzzAccounts(ebitda, recv, pdc, pay, loan, lease, pfi, ca, inv, cl, cf, opex, 0, 0, 0, 0)
		base := rating.RateCoSRRAccounts(a, rating.CoSRRParams{})
		require.True(t, base.Rated(), base.String())
		worse := finWorsen(a, finCoSRRKnobs, knob, step)
		got := rating.RateCoSRRAccounts(worse, rating.CoSRRParams{})
		require.True(t, got.Rated(), got.String())
		assert.Falsef(t, base.Score.WorseThan(got.Score), "worse %s gave %s, better than %s", finCoSRRKnobs[int(knob)%len(finCoSRRKnobs)].name, got, base)
	})
}
