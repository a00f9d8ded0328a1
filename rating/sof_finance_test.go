package rating_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// finAlderHey are the values Alder Hey Children's NHS FT reported for
// 2017/18 (annual report p.22): every metric scored 1, overall 1.
func finAlderHey() rating.SOFFinanceInput {
	return rating.SOFFinanceInput{
		LiquidityDays: finND("30.56"), CapitalServiceCapacity: finND("2.6"), IEMargin: finND("8.46"),
		PlanDistance: finND("8.40"), AgencyOverCeiling: finND("-55.96"), ControlTotalAgreed: finTrue(),
	}
}

func TestSOFFinanceAlderHey(t *testing.T) {
	r := rating.RateSOFFinance(finAlderHey(), rating.SOFFinanceParams{})
	require.True(t, r.Rated(), r.String())
	for _, m := range r.Metrics {
		assert.Equal(t, uint8(1), m.Score.Value, m.Name)
		finAssertDecimal(t, "0.2", m.Weight)
	}
	assert.Equal(t, rating.OversightScore(1).Score(), r.Score)
	assert.Equal(t, "SOF finance 1: capital service capacity 2.60x -> 1; liquidity 30.6 days -> 1; I&E margin 8.46% -> 1; distance from financial plan 8.40 pp -> 1; agency spend against ceiling -56.0% -> 1; weighted mean 1.0 -> 1", r.String())
}

func TestSOFFinanceBandEdges(t *testing.T) {
	tests := []struct {
		metric string
		set    func(*rating.SOFFinanceInput, decimal.NullDecimal)
		edges  []finEdge
	}{
		{"capital service capacity", func(m *rating.SOFFinanceInput, v decimal.NullDecimal) { m.CapitalServiceCapacity = v },
			finEdges("0.0001", finSpec{"2.5", 2, 2, 1}, finSpec{"1.75", 3, 2, 2}, finSpec{"1.25", 4, 3, 3})},
		{"liquidity", func(m *rating.SOFFinanceInput, v decimal.NullDecimal) { m.LiquidityDays = v },
			finEdges("0.0001", finSpec{"0", 2, 2, 1}, finSpec{"-7", 3, 2, 2}, finSpec{"-14", 4, 3, 3})},
		{"I&E margin", func(m *rating.SOFFinanceInput, v decimal.NullDecimal) { m.IEMargin = v },
			finEdges("0.0001", finSpec{"1", 2, 2, 1}, finSpec{"0", 3, 2, 2}, finSpec{"-1", 4, 4, 3})},
		{"distance from financial plan", func(m *rating.SOFFinanceInput, v decimal.NullDecimal) { m.PlanDistance = v },
			finEdges("0.0001", finSpec{"0", 2, 1, 1}, finSpec{"-1", 3, 2, 2}, finSpec{"-2", 4, 4, 3})},
		{"agency spend against ceiling", func(m *rating.SOFFinanceInput, v decimal.NullDecimal) { m.AgencyOverCeiling = v },
			finEdges("0.0001", finSpec{"0", 1, 1, 2}, finSpec{"25", 2, 2, 3}, finSpec{"50", 3, 3, 4})},
	}
	for _, tt := range tests {
		for _, e := range tt.edges {
			t.Run(tt.metric+" "+e.give, func(t *testing.T) {
				m := finAlderHey()
				tt.set(&m, finND(e.give))
				assert.Equal(t, e.want, finScore(t, rating.RateSOFFinance(m, rating.SOFFinanceParams{}), tt.metric))
			})
		}
	}
}

// With five equal weights a mean moves in steps of 0.2 and never lands on
// x.5; a heavier agency weight (2 of 6) reaches 2.5 to test the rule.
func TestSOFFinanceRounding(t *testing.T) {
	m := finAlderHey()
	m.CapitalServiceCapacity, m.LiquidityDays, m.IEMargin = finND("1"), finND("-20"), finND("0.5") // 4, 4, 2, 1, then agency
	tests := []struct {
		name         string
		giveAgency   string
		giveWeight   string
		giveRounding rating.Rounding
		wantMean     string
		want         uint8
	}{
		{"mean 2.4", "-1", "1", rating.RoundHalfUp, "2.4", 2},
		{"mean 2.6", "10", "1", rating.RoundHalfUp, "2.6", 3},
		{"mean 2.5 half up", "10", "2", rating.RoundHalfUp, "2.5", 3},
		{"mean 2.5 half down", "10", "2", rating.RoundHalfDown, "2.5", 2},
		{"mean 2.5 half even", "10", "2", rating.RoundHalfEven, "2.5", 2},
		{"mean 2.1667", "-1", "2", rating.RoundHalfUp, "2.1666666666666667", 2},
		{"mean 2.8333", "30", "2", rating.RoundHalfUp, "2.8333333333333333", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := m
			x.AgencyOverCeiling = finND(tt.giveAgency)
			p := rating.DefaultSOFFinanceParams()
			p.Rounding = tt.giveRounding
			p.AnyFourCap = rating.OverrideOff
			p.Weights.AgencySpend = finD(tt.giveWeight)
			r := rating.RateSOFFinance(x, p)
			finAssertDecimal(t, tt.wantMean, r.Combination.Mean)
			assert.Equal(t, tt.want, r.Score.Value, r.String())
		})
	}
}

func TestSOFFinanceOverrides(t *testing.T) {
	four := finAlderHey()
	four.LiquidityDays = finND("-20") // 1, 4, 1, 1, 1: mean 1.6 -> 2, capped at 3
	worst := finAlderHey()
	worst.CapitalServiceCapacity, worst.LiquidityDays, worst.IEMargin, worst.PlanDistance, worst.AgencyOverCeiling =
		finND("0"), finND("-30"), finND("-5"), finND("-5"), finND("90")
	with := func(m rating.SOFFinanceInput, f func(*rating.SOFFinanceInput)) rating.SOFFinanceInput {
		f(&m)
		return m
	}
	noCT := func(planned string) func(*rating.SOFFinanceInput) {
		return func(m *rating.SOFFinanceInput) {
			m.ControlTotalAgreed = finFalse()
			if planned != "" {
				m.PlannedSurplus = finND(planned)
			}
		}
	}
	fsmOn := rating.DefaultSOFFinanceParams()
	fsmOn.SpecialMeasuresFour = rating.OverrideOn
	fourOff := rating.DefaultSOFFinanceParams()
	fourOff.AnyFourCap = rating.OverrideOff

	const deficit, surplus, anyFour, fsm = "no agreed control total, planned deficit", "no agreed control total, planned surplus", "a metric scored 4", "financial special measures"
	tests := []struct {
		name          string
		giveM         rating.SOFFinanceInput
		giveP         rating.SOFFinanceParams
		wantStatus    rating.Status
		wantScore     uint8
		wantMissing   []string
		override      string
		wantTriggered *bool
		wantApplied   bool
	}{
		{"control total agreed", finAlderHey(), rating.SOFFinanceParams{}, rating.Rated, 1, nil, deficit, finFalse(), false},
		{"planned deficit, no control total", with(finAlderHey(), noCT("-1")), rating.SOFFinanceParams{}, rating.Rated, 3, nil, deficit, finTrue(), true},
		{"planned surplus, no control total", with(finAlderHey(), noCT("1")), rating.SOFFinanceParams{}, rating.Rated, 2, nil, surplus, finTrue(), true},
		{"planned break-even counts as surplus", with(finAlderHey(), noCT("0")), rating.SOFFinanceParams{}, rating.Rated, 2, nil, surplus, finTrue(), true},
		{"planned deficit, already worse than 3", with(worst, noCT("-1")), rating.SOFFinanceParams{}, rating.Rated, 4, nil, deficit, finTrue(), false},
		{"agreement unknown, could bind", with(finAlderHey(), func(m *rating.SOFFinanceInput) { m.ControlTotalAgreed = nil }), rating.SOFFinanceParams{}, rating.InsufficientData, 0, []string{"metrics.control_total_agreed", "metrics.control_total_agreed"}, "", nil, false},
		{"agreement unknown, cannot bind", with(worst, func(m *rating.SOFFinanceInput) { m.ControlTotalAgreed = nil }), rating.SOFFinanceParams{}, rating.Rated, 4, []string{"metrics.control_total_agreed", "metrics.control_total_agreed"}, deficit, nil, false},
		{"no control total, plan unknown", with(finAlderHey(), noCT("")), rating.SOFFinanceParams{}, rating.InsufficientData, 0, []string{"metrics.planned_surplus", "metrics.planned_surplus"}, "", nil, false},
		{"a metric scored 4", four, rating.SOFFinanceParams{}, rating.Rated, 3, nil, anyFour, finTrue(), true},
		{"no metric scored 4", finAlderHey(), rating.SOFFinanceParams{}, rating.Rated, 1, nil, anyFour, finFalse(), false},
		{"a metric scored 4, cap off", four, fourOff, rating.Rated, 2, nil, "", nil, false},
		{"financial special measures", with(finAlderHey(), func(m *rating.SOFFinanceInput) { m.FinancialSpecialMeasures = finTrue() }), fsmOn, rating.Rated, 4, nil, fsm, finTrue(), true},
		{"not in financial special measures", with(finAlderHey(), func(m *rating.SOFFinanceInput) { m.FinancialSpecialMeasures = finFalse() }), fsmOn, rating.Rated, 1, nil, fsm, finFalse(), false},
		{"financial special measures unknown", finAlderHey(), fsmOn, rating.InsufficientData, 0, []string{"governance.financial_special_measures"}, "", nil, false},
		{"financial special measures off by default", with(finAlderHey(), func(m *rating.SOFFinanceInput) { m.FinancialSpecialMeasures = finTrue() }), rating.SOFFinanceParams{}, rating.Rated, 1, nil, "", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rating.RateSOFFinance(tt.giveM, tt.giveP)
			assert.Equal(t, tt.wantStatus, r.Status, r.String())
			assert.Equal(t, tt.wantScore, r.Score.Value, r.String())
			assert.Equal(t, tt.wantMissing, r.Missing)
			if tt.override == "" {
				return
			}
			o := finOverride(t, r, tt.override)
			assert.Equal(t, tt.wantTriggered, o.Triggered)
			assert.Equal(t, tt.wantApplied, o.Applied)
		})
	}
	t.Run("special measures off is not listed", func(t *testing.T) {
		for _, o := range rating.RateSOFFinance(finAlderHey(), rating.SOFFinanceParams{}).Overrides {
			assert.NotEqual(t, fsm, o.Name)
		}
	})
	t.Run("string shows the cap", func(t *testing.T) {
		r := rating.RateSOFFinance(with(finAlderHey(), noCT("-2")), rating.SOFFinanceParams{})
		assert.Contains(t, r.String(), "; weighted mean 1.0 -> 1; no agreed control total, planned deficit: no better than 3")
		assert.Equal(t, "planned deficit of 2 without an agreed control total", finOverride(t, r, deficit).Reason)
		assert.True(t, finOverride(t, r, deficit).Citation.Verified)
	})
}

func TestRateSOFFinanceAccounts(t *testing.T) {
	r := rating.RateSOFFinanceAccounts(finAccounts(), finDay, finFalse(), rating.SOFFinanceParams{})
	require.True(t, r.Rated(), r.String())
	assert.Equal(t, "SOF finance 2: capital service capacity 2.00x -> 2; liquidity -4.0 days -> 2; I&E margin 1.00% -> 2; distance from financial plan 0.50 pp -> 1; agency spend against ceiling -10.0% -> 1; weighted mean 1.6 -> 2", r.String())
	a := finAccounts()
	a.AgencyCeiling = finND("0")
	assert.Equal(t, uint8(4), finScore(t, rating.RateSOFFinanceAccounts(a, finDay, nil, rating.SOFFinanceParams{}), "agency spend against ceiling (unbounded above)"))
	a.AgencySpend = finND("0")
	assert.Equal(t, uint8(1), finScore(t, rating.RateSOFFinanceAccounts(a, finDay, nil, rating.SOFFinanceParams{}), "agency spend against ceiling"))
}

func TestSOFFinanceInsufficient(t *testing.T) {
	tests := []struct {
		name string
		drop func(*economy.Accounts)
		want []string
	}{
		{"agency spend", func(a *economy.Accounts) { a.AgencySpend = decimal.NullDecimal{} }, []string{"accounts.agency_spend"}},
		{"agency ceiling", func(a *economy.Accounts) { a.AgencyCeiling = decimal.NullDecimal{} }, []string{"accounts.agency_ceiling"}},
		{"surplus", func(a *economy.Accounts) { a.Surplus = decimal.NullDecimal{} }, []string{"accounts.surplus"}},
		{"planned surplus", func(a *economy.Accounts) { a.PlannedSurplus = decimal.NullDecimal{} }, []string{"accounts.planned_surplus"}},
		{"operating expenses", func(a *economy.Accounts) { a.OperatingExpenses = decimal.NullDecimal{} }, []string{"accounts.operating_expenses"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := finAccounts()
			tt.drop(a)
			r := rating.RateSOFFinanceAccounts(a, finDay, nil, rating.SOFFinanceParams{})
			assert.Equal(t, rating.InsufficientData, r.Status)
			assert.Equal(t, tt.want, r.Missing)
		})
	}
	assert.Equal(t, []string{"accounts"}, rating.RateSOFFinanceAccounts(nil, finDay, nil, rating.SOFFinanceParams{}).Missing)
	assert.Len(t, rating.RateSOFFinance(rating.SOFFinanceInput{}, rating.SOFFinanceParams{}).Missing, 5)
}

func TestSOFFinanceParams(t *testing.T) {
	assert.NoError(t, rating.DefaultSOFFinanceParams().Validate())
	assert.NoError(t, rating.SOFFinanceParams{}.Validate())
	assert.Equal(t, rating.RateSOFFinanceAccounts(finAccounts(), finDay, nil, rating.DefaultSOFFinanceParams()), rating.RateSOFFinanceAccounts(finAccounts(), finDay, nil, rating.SOFFinanceParams{}))
	bad := rating.DefaultSOFFinanceParams()
	bad.AgencySpend.Cuts[0].At = finD("60")
	assert.Error(t, bad.Validate())
}

func TestSOFFinanceJSON(t *testing.T) {
	m := finAlderHey()
	m.ControlTotalAgreed = finFalse()
	m.PlannedSurplus = finND("-1")
	for _, give := range []rating.Result{
		rating.RateSOFFinance(finAlderHey(), rating.SOFFinanceParams{}),
		rating.RateSOFFinance(m, rating.SOFFinanceParams{}),
		rating.RateSOFFinanceAccounts(finAccounts(), finDay, nil, rating.SOFFinanceParams{}),
	} {
		finJSONRoundTrip(t, give)
	}
}

func FuzzSOFMonotone(f *testing.F) {
	// Seeds: the healthy trust; a trust without an agreed control total
	// planning a deficit; one over its agency ceiling with no debt service.
	f.Add(int64(900), int64(10), int64(200), int64(100), int64(100), int64(50), int64(50), int64(3000), int64(200), int64(4000), int64(1000), int64(18000), int64(200), int64(100), int64(90), int64(100), true, uint8(0), int64(10))
	f.Add(int64(-100), int64(0), int64(200), int64(10), int64(0), int64(0), int64(0), int64(500), int64(20), int64(900), int64(0), int64(18000), int64(-300), int64(-50), int64(300), int64(100), false, uint8(12), int64(400))
	f.Add(int64(1), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(5), int64(1), false, uint8(14), int64(1))
	f.Fuzz(func(t *testing.T, ebitda, recv, pdc, pay, loan, lease, pfi, ca, inv, cl, cf, opex, surplus, planned, agency, ceiling int64, agreed bool, knob uint8, step int64) {
		a := finFuzzAccounts(ebitda, recv, pdc, pay, loan, lease, pfi, ca, inv, cl, cf, opex, surplus, planned, agency, ceiling)
		a.ControlTotalEvents = finAgreed(agreed)
		base := rating.RateSOFFinanceAccounts(a, finDay, finFalse(), rating.SOFFinanceParams{})
		require.True(t, base.Rated(), base.String())
		got := rating.RateSOFFinanceAccounts(finWorsen(a, finSOFKnobs, knob, step), finDay, finFalse(), rating.SOFFinanceParams{})
		require.True(t, got.Rated(), got.String())
		assert.Falsef(t, base.Score.WorseThan(got.Score), "worse %s gave %s, better than %s", finSOFKnobs[int(knob)%len(finSOFKnobs)].name, got, base)
	})
}
