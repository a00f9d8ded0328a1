package rating_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// finFSRRMetrics scores 4 on every metric unless changed.
func finFSRRMetrics() rating.FSRRInput {
	return rating.FSRRInput{
		CapitalServiceCapacity: finND("3"), LiquidityDays: finND("5"), IEMargin: finND("2"),
		PlanVariance: finND("0.5"), CapexVariance: finND("5"),
	}
}

func TestFSRRBandEdges(t *testing.T) {
	withCapex := rating.DefaultFSRRParams()
	withCapex.IncludeCapexVariance = true
	tests := []struct {
		metric string
		set    func(*rating.FSRRInput, decimal.NullDecimal)
		edges  []finEdge
	}{
		{"capital service capacity", func(m *rating.FSRRInput, v decimal.NullDecimal) { m.CapitalServiceCapacity = v },
			finEdges("0.0001", finSpec{"2.5", 3, 4, 4}, finSpec{"1.75", 2, 3, 3}, finSpec{"1.25", 1, 2, 2})},
		{"liquidity", func(m *rating.FSRRInput, v decimal.NullDecimal) { m.LiquidityDays = v },
			finEdges("0.0001", finSpec{"0", 3, 4, 4}, finSpec{"-7", 2, 3, 3}, finSpec{"-14", 1, 2, 2})},
		{"I&E margin", func(m *rating.FSRRInput, v decimal.NullDecimal) { m.IEMargin = v },
			finEdges("0.0001", finSpec{"1", 3, 3, 4}, finSpec{"0", 2, 3, 3}, finSpec{"-1", 1, 1, 2})},
		{"I&E margin variance from plan", func(m *rating.FSRRInput, v decimal.NullDecimal) { m.PlanVariance = v },
			finEdges("0.0001", finSpec{"0", 3, 4, 4}, finSpec{"-1", 2, 3, 3}, finSpec{"-2", 1, 1, 2})},
		{"capital expenditure variance from plan", func(m *rating.FSRRInput, v decimal.NullDecimal) { m.CapexVariance = v },
			finEdges("0.0001", finSpec{"10", 4, 3, 3}, finSpec{"20", 3, 2, 2}, finSpec{"30", 2, 1, 1})},
	}
	for _, tt := range tests {
		for _, e := range tt.edges {
			t.Run(tt.metric+" "+e.give, func(t *testing.T) {
				m := finFSRRMetrics()
				tt.set(&m, finND(e.give))
				assert.Equal(t, e.want, finScore(t, rating.RateFSRR(m, withCapex), tt.metric))
			})
		}
	}
}

func TestFSRRAnyOneCap(t *testing.T) {
	const name = "a metric scored 1"
	oneVariance := finFSRRMetrics()
	oneVariance.PlanVariance = finND("-3") // 4, 4, 4, 1: mean 3.25 -> 3, capped at 2
	allOnes := finFSRRMetrics()
	allOnes.CapitalServiceCapacity, allOnes.LiquidityDays, allOnes.IEMargin = finND("1"), finND("-20"), finND("-5") // 1, 1, 1, 4: mean 1.75 -> 2
	badCapex := finFSRRMetrics()
	badCapex.CapexVariance = finND("50")

	exemptVariance := rating.DefaultFSRRParams()
	exemptVariance.Exempt.PlanVariance = rating.OverrideOn
	capOff := rating.DefaultFSRRParams()
	capOff.AnyOneCap = rating.OverrideOff
	capex := rating.DefaultFSRRParams()
	capex.IncludeCapexVariance = true
	capexCounts := capex
	capexCounts.Exempt.CapexVariance = rating.OverrideOff

	tests := []struct {
		name          string
		giveM         rating.FSRRInput
		giveP         rating.FSRRParams
		wantScore     uint8
		wantTriggered *bool // nil: override not listed
		wantApplied   bool
	}{
		{"triggered and applied", oneVariance, rating.FSRRParams{}, 2, finTrue(), true},
		{"not triggered", finFSRRMetrics(), rating.FSRRParams{}, 4, finFalse(), false},
		{"triggered, held at the cap", allOnes, rating.FSRRParams{}, 2, finTrue(), true},
		{"exempt metric", oneVariance, exemptVariance, 3, finFalse(), false},
		{"switched off", oneVariance, capOff, 3, nil, false},
		{"capex 1 is exempt by default", badCapex, capex, 3, finFalse(), false},
		{"capex 1 counts when not exempt", badCapex, capexCounts, 2, finTrue(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rating.RateFSRR(tt.giveM, tt.giveP)
			require.True(t, r.Rated(), r.String())
			assert.Equal(t, tt.wantScore, r.Score.Value, r.String())
			if tt.wantTriggered == nil {
				assert.Empty(t, r.Overrides)
				return
			}
			o := finOverride(t, r, name)
			assert.Equal(t, tt.wantTriggered, o.Triggered)
			assert.Equal(t, tt.wantApplied, o.Applied)
			assert.True(t, o.Citation.Verified)
		})
	}
	t.Run("unknown: a missing metric rates nothing", func(t *testing.T) {
		m := oneVariance
		m.LiquidityDays = decimal.NullDecimal{}
		r := rating.RateFSRR(m, rating.FSRRParams{})
		assert.Equal(t, rating.InsufficientData, r.Status)
		assert.Equal(t, []string{"metrics.liquidity_days"}, r.Missing)
		assert.Empty(t, r.Overrides)
	})
}

func TestFSRRWeightsAndRounding(t *testing.T) {
	m := finFSRRMetrics()
	m.IEMargin, m.PlanVariance = finND("-0.5"), finND("-0.5") // 4, 4, 2, 3: mean 3.25
	r := rating.RateFSRR(m, rating.FSRRParams{})
	finAssertDecimal(t, "3.25", r.Combination.Mean)
	for _, x := range r.Metrics {
		finAssertDecimal(t, "0.25", x.Weight)
	}
	m.LiquidityDays = finND("-10") // 4, 2, 2, 3: mean 2.75 -> 3
	assert.Equal(t, uint8(3), rating.RateFSRR(m, rating.FSRRParams{}).Score.Value)
	m.PlanVariance = finND("-1.5") // 4, 2, 2, 2: mean 2.5 -> 3 half up, 2 half down
	finAssertDecimal(t, "2.5", rating.RateFSRR(m, rating.FSRRParams{}).Combination.Mean)
	assert.Equal(t, uint8(3), rating.RateFSRR(m, rating.FSRRParams{}).Score.Value)
	assert.Equal(t, uint8(2), rating.RateFSRR(m, rating.FSRRParams{Rounding: rating.RoundHalfDown}).Score.Value)

	// HFMA, 31 August 2015: rounded to the nearest, 1.5 to 2 and 1.4 to 1.
	low := rating.FSRRInput{CapitalServiceCapacity: finND("1"), LiquidityDays: finND("-20"), IEMargin: finND("-0.5"), PlanVariance: finND("-1.5")}
	r = rating.RateFSRR(low, rating.FSRRParams{})
	finAssertDecimal(t, "1.5", r.Combination.Mean)
	assert.Equal(t, uint8(2), r.Score.Value)
	low.IEMargin = finND("-2")
	r = rating.RateFSRR(low, rating.FSRRParams{})
	finAssertDecimal(t, "1.25", r.Combination.Mean)
	assert.Equal(t, uint8(1), r.Score.Value)
	low.IEMargin, low.PlanVariance = finND("-0.5"), finND("-0.5")
	r = rating.RateFSRR(low, rating.FSRRParams{})
	finAssertDecimal(t, "1.75", r.Combination.Mean)
	assert.Equal(t, uint8(2), r.Score.Value, "2 rounded, and a metric at 1 caps at 2")

	p := rating.DefaultFSRRParams()
	p.IncludeCapexVariance = true
	r = rating.RateFSRR(finFSRRMetrics(), p)
	require.Len(t, r.Metrics, 5)
	for _, x := range r.Metrics {
		finAssertDecimal(t, "0.2", x.Weight)
	}
	p.Weights.CapitalServiceCapacity = finD("3") // 3:1:1:1:1 of 7
	r = rating.RateFSRR(finFSRRMetrics(), p)
	finAssertDecimal(t, "0.4286", r.Metrics[0].Weight)
	finAssertDecimal(t, "4", r.Combination.Mean)
}

func TestRateFSRRAccounts(t *testing.T) {
	r := rating.RateFSRRAccounts(finAccounts(), rating.FSRRParams{})
	require.True(t, r.Rated(), r.String())
	assert.Equal(t, "FSRR 3: capital service capacity 2.00x -> 3; liquidity -4.0 days -> 3; I&E margin 1.00% -> 3; I&E margin variance from plan 0.50 pp -> 4; weighted mean 3.25 -> 3", r.String())

	a := finAccounts()
	a.OperatingIncome = finND("0") // a deficit with no income: margin unbounded below
	a.Surplus = finND("-1")
	r = rating.RateFSRRAccounts(a, rating.FSRRParams{})
	assert.Equal(t, uint8(1), finScore(t, r, "I&E margin (unbounded below)"))
	assert.Equal(t, uint8(2), r.Score.Value)
	assert.True(t, finOverride(t, r, "a metric scored 1").Applied)

	p := rating.DefaultFSRRParams()
	p.IncludeCapexVariance = true
	a = finAccounts()
	a.PlannedCapitalExpenditure = finND("0")
	assert.Equal(t, uint8(1), finScore(t, rating.RateFSRRAccounts(a, p), "capital expenditure variance from plan (unbounded above)"))
}

func TestFSRRInsufficient(t *testing.T) {
	r := rating.RateFSRRAccounts(&economy.Accounts{}, rating.FSRRParams{})
	assert.Equal(t, rating.InsufficientData, r.Status)
	assert.Equal(t, []string{
		"accounts.ebitda", "accounts.interest_receivable", "accounts.pdc_dividend", "accounts.interest_payable",
		"accounts.loan_repayments", "accounts.finance_lease_repayments", "accounts.pfi_repayments",
		"accounts.current_assets", "accounts.inventories", "accounts.current_liabilities", "accounts.committed_facilities",
		"accounts.operating_expenses", "accounts.surplus", "accounts.operating_income", "accounts.planned_surplus",
	}, r.Missing)

	tests := []struct {
		name string
		give func(*economy.Accounts)
		p    rating.FSRRParams
		want []string
	}{
		{"surplus", func(a *economy.Accounts) { a.Surplus = decimal.NullDecimal{} }, rating.FSRRParams{}, []string{"accounts.surplus"}},
		{"operating income", func(a *economy.Accounts) { a.OperatingIncome = decimal.NullDecimal{} }, rating.FSRRParams{}, []string{"accounts.operating_income"}},
		{"planned surplus", func(a *economy.Accounts) { a.PlannedSurplus = decimal.NullDecimal{} }, rating.FSRRParams{}, []string{"accounts.planned_surplus"}},
		{"capital expenditure, metric off", func(a *economy.Accounts) { a.CapitalExpenditure = decimal.NullDecimal{} }, rating.FSRRParams{}, nil},
		{"capital expenditure, metric on", func(a *economy.Accounts) { a.CapitalExpenditure = decimal.NullDecimal{} }, rating.FSRRParams{IncludeCapexVariance: true}, []string{"accounts.capital_expenditure"}},
		{"planned capital expenditure", func(a *economy.Accounts) { a.PlannedCapitalExpenditure = decimal.NullDecimal{} }, rating.FSRRParams{IncludeCapexVariance: true}, []string{"accounts.planned_capital_expenditure"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := finAccounts()
			tt.give(a)
			r := rating.RateFSRRAccounts(a, tt.p)
			assert.Equal(t, tt.want, r.Missing)
			assert.Equal(t, tt.want == nil, r.Rated())
		})
	}
	assert.Equal(t, []string{"accounts"}, rating.RateFSRRAccounts(nil, rating.FSRRParams{}).Missing)
	assert.Equal(t, []string{"metrics.capital_service_capacity", "metrics.liquidity_days", "metrics.ie_margin", "metrics.plan_variance"},
		rating.RateFSRR(rating.FSRRInput{}, rating.FSRRParams{}).Missing)
}

func TestFSRRParams(t *testing.T) {
	assert.NoError(t, rating.DefaultFSRRParams().Validate())
	assert.NoError(t, rating.FSRRParams{}.Validate())
	assert.Equal(t, rating.RateFSRRAccounts(finAccounts(), rating.DefaultFSRRParams()), rating.RateFSRRAccounts(finAccounts(), rating.FSRRParams{}))
	bad := rating.DefaultFSRRParams()
	bad.IEMargin.Cuts[2].Score = 3
	bad.Weights.Liquidity = finD("-0.25")
	assert.Error(t, bad.Validate())
	// The verified edges carry their own citation.
	d := rating.DefaultFSRRParams()
	require.NotNil(t, d.IEMargin.Cuts[1].Citation)
	assert.True(t, d.IEMargin.Cuts[1].Citation.Verified)
	assert.True(t, d.PlanVariance.Cuts[1].Citation.Verified)
	assert.False(t, d.PlanVariance.Citation.Verified)
	m := finFSRRMetrics()
	m.PlanVariance = finND("-1")
	r := rating.RateFSRR(m, d)
	assert.True(t, r.Metrics[3].Citation.Verified, "exactly -1 pp scores 3 on the verified edge")
}

func TestFSRRJSON(t *testing.T) {
	m := finFSRRMetrics()
	m.PlanVariance = finND("-3")
	r, ok := rating.MonitorTwoStar(rating.RateFSRR(m, rating.FSRRParams{}), "judged stable")
	require.True(t, ok)
	for _, give := range []rating.Result{r, rating.RateFSRRAccounts(finAccounts(), rating.FSRRParams{}), rating.RateFSRRAccounts(nil, rating.FSRRParams{})} {
		finJSONRoundTrip(t, give)
	}
}

func FuzzFSRRMonotone(f *testing.F) {
	// Seeds: the healthy trust; a trust in deficit behind plan; one with no
	// debt service and no expenses.
	f.Add(int64(900), int64(10), int64(200), int64(100), int64(100), int64(50), int64(50), int64(3000), int64(200), int64(4000), int64(1000), int64(18000), int64(200), int64(100), uint8(0), int64(10))
	f.Add(int64(-100), int64(0), int64(200), int64(10), int64(0), int64(0), int64(0), int64(500), int64(20), int64(900), int64(0), int64(18000), int64(-300), int64(50), uint8(11), int64(400))
	f.Add(int64(1), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), uint8(12), int64(1))
	f.Fuzz(func(t *testing.T, ebitda, recv, pdc, pay, loan, lease, pfi, ca, inv, cl, cf, opex, surplus, planned int64, knob uint8, step int64) {
		a := finFuzzAccounts(ebitda, recv, pdc, pay, loan, lease, pfi, ca, inv, cl, cf, opex, surplus, planned, 0, 0)
		base := rating.RateFSRRAccounts(a, rating.FSRRParams{})
		require.True(t, base.Rated(), base.String())
		got := rating.RateFSRRAccounts(finWorsen(a, finFSRRKnobs, knob, step), rating.FSRRParams{})
		require.True(t, got.Rated(), got.String())
		assert.Falsef(t, base.Score.WorseThan(got.Score), "worse %s gave %s, better than %s", finFSRRKnobs[int(knob)%len(finFSRRKnobs)].name, got, base)
	})
}
