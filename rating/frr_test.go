package rating

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFRRBandEdges(t *testing.T) {
	p := DefaultFRRParams()
	tests := []struct {
		name  string
		bands Bands
		give  string
		want  uint8
	}{
		{"plan at 100", p.PlanAchievement, "100", 5}, {"plan below 100", p.PlanAchievement, "99.99", 4}, {"plan above 100", p.PlanAchievement, "100.01", 5},
		{"plan at 85", p.PlanAchievement, "85", 4}, {"plan below 85", p.PlanAchievement, "84.99", 3},
		{"plan at 70", p.PlanAchievement, "70", 3}, {"plan below 70", p.PlanAchievement, "69.99", 2},
		{"plan at 50", p.PlanAchievement, "50", 2}, {"plan below 50", p.PlanAchievement, "49.99", 1}, {"plan above 50", p.PlanAchievement, "50.01", 2},
		{"margin at 11", p.EBITDAMargin, "11", 5}, {"margin below 11", p.EBITDAMargin, "10.99", 4},
		{"margin at 9", p.EBITDAMargin, "9", 4}, {"margin below 9", p.EBITDAMargin, "8.99", 3},
		{"margin at 5", p.EBITDAMargin, "5", 3}, {"margin below 5", p.EBITDAMargin, "4.99", 2},
		{"margin at 1", p.EBITDAMargin, "1", 2}, {"margin below 1", p.EBITDAMargin, "0.99", 1}, {"margin above 1", p.EBITDAMargin, "1.01", 2},
		{"return at 3 is not above 3", p.NetReturn, "3", 4}, {"return above 3", p.NetReturn, "3.01", 5},
		{"return at 2", p.NetReturn, "2", 4}, {"return below 2", p.NetReturn, "1.99", 3},
		{"return at -0.5", p.NetReturn, "-0.5", 3}, {"return below -0.5", p.NetReturn, "-0.51", 2},
		{"return at -5", p.NetReturn, "-5", 2}, {"return below -5", p.NetReturn, "-5.01", 1},
		{"roa at 6", p.ReturnOnAssets, "6", 5}, {"roa below 6", p.ReturnOnAssets, "5.99", 4},
		{"roa at 5", p.ReturnOnAssets, "5", 4}, {"roa below 5", p.ReturnOnAssets, "4.99", 3},
		{"roa at 3", p.ReturnOnAssets, "3", 3}, {"roa below 3", p.ReturnOnAssets, "2.99", 2},
		{"roa at -2", p.ReturnOnAssets, "-2", 2}, {"roa below -2", p.ReturnOnAssets, "-2.01", 1},
		{"surplus at 3", p.SurplusMargin, "3", 5}, {"surplus below 3", p.SurplusMargin, "2.99", 4},
		{"surplus at 2", p.SurplusMargin, "2", 4}, {"surplus below 2", p.SurplusMargin, "1.99", 3},
		{"surplus at 1", p.SurplusMargin, "1", 3}, {"surplus below 1", p.SurplusMargin, "0.99", 2},
		{"surplus at -2", p.SurplusMargin, "-2", 2}, {"surplus below -2", p.SurplusMargin, "-2.01", 1},
		{"liquid at 60", p.LiquidRatio, "60", 5}, {"liquid below 60", p.LiquidRatio, "59.99", 4},
		{"liquid at 25", p.LiquidRatio, "25", 4}, {"liquid below 25", p.LiquidRatio, "24.99", 3},
		{"liquid at 15", p.LiquidRatio, "15", 3}, {"liquid below 15", p.LiquidRatio, "14.99", 2},
		{"liquid at 10", p.LiquidRatio, "10", 2}, {"liquid below 10", p.LiquidRatio, "9.99", 1}, {"liquid above 10", p.LiquidRatio, "10.01", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, _ := tt.bands.Classify(dec(tt.give))
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFRRVerifiedEdgesCited(t *testing.T) {
	p := DefaultFRRParams()
	_, _, c := p.PlanAchievement.Classify(dec("49"))
	assert.True(t, c.Verified)
	_, _, c = p.EBITDAMargin.Classify(dec("12"))
	assert.True(t, c.Verified)
	_, _, c = p.EBITDAMargin.Classify(dec("0.5"))
	assert.True(t, c.Verified)
	_, _, c = p.EBITDAMargin.Classify(dec("9.5"))
	assert.Equal(t, citeFRRScorecard, c, "the 9 edge is supported by a trust's copy of Monitor's table")
	assert.Equal(t, "supported", c.Status())
	_, _, c = p.ReturnOnAssets.Classify(dec("5.5"))
	assert.False(t, c.Verified)
	assert.Contains(t, c.Note, fromMemory)
}

// frrIn scores plan, margin, efficiency, surplus and liquidity by picking a
// value inside each wanted band; every cap fact is known false.
func frrIn(scores ...int) FRRInput {
	plan := []string{"", "40", "60", "75", "90", "100"}
	margin := []string{"", "0", "2", "6", "10", "12"}
	nraf := []string{"", "-6", "-1", "0", "2.5", "4"}
	surplus := []string{"", "-3", "0", "1.5", "2.5", "4"}
	liquid := []string{"", "5", "12", "20", "30", "70"}
	f := false
	return FRRInput{Date: date("2012-09-30"),
		PlanAchievement: nd(plan[scores[0]]), EBITDAMargin: nd(margin[scores[1]]), Efficiency: nd(nraf[scores[2]]),
		SurplusMargin: nd(surplus[scores[3]]), LiquidRatio: nd(liquid[scores[4]]),
		BorrowingLimitBreached: &f, PlanLate: &f, PlanIncomplete: &f, PDCDividendUnpaid: &f}
}

func rateFRRT(t *testing.T, in FRRInput) Result {
	t.Helper()
	r, err := RateFRR(in, DefaultFRRParams())
	require.NoError(t, err)
	return r
}

func TestRateFRRWorked(t *testing.T) {
	tests := []struct {
		name     string
		give     FRRInput
		wantMean string
		want     MonitorRating
	}{
		{"worked example 2.95 -> 3", frrIn(5, 3, 3, 3, 2), "2.95", 3},
		{"Kingston 3.2 -> 3", frrIn(3, 3, 4, 3, 3), "3.2", 3},
		{"half rounds up 3.5 -> 4", frrIn(3, 4, 3, 3, 4), "3.5", 4},
		{"just below half 3.45 -> 3", frrIn(5, 4, 3, 3, 3), "3.45", 3},
		{"all five", frrIn(5, 5, 5, 5, 5), "5", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rateFRRT(t, tt.give)
			require.Equal(t, Rated, r.Status)
			assertDec(t, tt.wantMean, r.Combination.Mean)
			assert.Equal(t, tt.want.Score(ScaleMonitor5), r.Score)
		})
	}
}

func TestRateFRRCaps(t *testing.T) {
	withFlag := func(in FRRInput, set func(*FRRInput)) FRRInput { set(&in); return in }
	tr := true
	tests := []struct {
		name      string
		give      FRRInput
		cap       string
		want      MonitorRating
		triggered *bool
		applied   bool
	}{
		{"PBL breach", withFlag(frrIn(5, 5, 5, 5, 5), func(i *FRRInput) { i.BorrowingLimitBreached = &tr }), "unplanned breach of the prudential borrowing code", 2, bp(true), true},
		{"PBL no breach", frrIn(5, 5, 5, 5, 5), "unplanned breach of the prudential borrowing code", 5, bp(false), false},
		{"PBL unknown but cannot matter", withFlag(frrIn(2, 2, 1, 2, 2), func(i *FRRInput) { i.BorrowingLimitBreached = nil }), "unplanned breach of the prudential borrowing code", 2, nil, false},
		// The metric-count rules, each at its count, one below and one
		// above (Oxford University Hospitals' copy of Monitor's table).
		{"no metric at 1", frrIn(5, 5, 5, 5, 4), "a metric scores 1", 5, bp(false), false},
		{"one metric at 1", frrIn(5, 5, 5, 5, 1), "a metric scores 1", 2, bp(true), true},
		{"one metric at 1 is not two", frrIn(5, 5, 5, 5, 1), "two metrics score 1", 2, bp(false), false},
		{"two metrics at 1", frrIn(5, 5, 5, 1, 1), "two metrics score 1", 1, bp(true), true},
		{"three metrics at 1", frrIn(5, 5, 1, 1, 1), "two metrics score 1", 1, bp(true), true},
		{"no metric at 2", frrIn(5, 5, 5, 5, 4), "a metric scores 2", 5, bp(false), false},
		{"one metric at 2", frrIn(5, 5, 5, 5, 2), "a metric scores 2", 3, bp(true), true},
		{"one metric at 2 is not two", frrIn(5, 5, 5, 5, 2), "two metrics score 2", 3, bp(false), false},
		{"two metrics at 2", frrIn(5, 5, 5, 2, 2), "two metrics score 2", 2, bp(true), true},
		{"three metrics at 2", frrIn(5, 5, 2, 2, 2), "two metrics score 2", 2, bp(true), true},
		{"plan late", withFlag(frrIn(5, 5, 5, 5, 5), func(i *FRRInput) { i.PlanLate = &tr }), "annual plan not submitted on time", 3, bp(true), true},
		{"plan incomplete", withFlag(frrIn(5, 5, 5, 5, 5), func(i *FRRInput) { i.PlanIncomplete = &tr }), "annual plan not complete and correct", 3, bp(true), true},
		{"PDC unpaid", withFlag(frrIn(5, 5, 5, 5, 5), func(i *FRRInput) { i.PDCDividendUnpaid = &tr }), "PDC dividend not paid in full", 2, bp(true), true},
		{"cap held at its limit", withFlag(frrIn(3, 3, 3, 3, 3), func(i *FRRInput) { i.PlanLate = &tr }), "annual plan not submitted on time", 3, bp(true), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rateFRRT(t, tt.give)
			require.Equal(t, Rated, r.Status, r.Missing)
			assert.Equal(t, tt.want.Score(ScaleMonitor5), r.Score)
			var found bool
			for _, o := range r.Overrides {
				if o.Name == tt.cap {
					found = true
					assert.Equal(t, tt.triggered, o.Triggered)
					assert.Equal(t, tt.applied, o.Applied)
				}
			}
			assert.True(t, found)
		})
	}
}

func TestRateFRRUnknownCapThatMatters(t *testing.T) {
	in := frrIn(5, 5, 5, 5, 5)
	in.PlanLate, in.PDCDividendUnpaid = nil, nil
	r := rateFRRT(t, in)
	assert.Equal(t, InsufficientData, r.Status)
	assert.Equal(t, []string{"plan_late", "pdc_dividend_unpaid"}, r.Missing)
	assert.False(t, r.Score.Known())
	assert.NotEmpty(t, r.Metrics, "the working is kept")
}

func TestRateFRRMissingMetric(t *testing.T) {
	tests := []struct {
		name string
		set  func(*FRRInput)
		want string
	}{
		{"plan", func(i *FRRInput) { i.PlanAchievement.Valid = false }, "plan_achievement"},
		{"margin", func(i *FRRInput) { i.EBITDAMargin.Valid = false }, "ebitda_margin"},
		{"efficiency", func(i *FRRInput) { i.Efficiency.Valid = false }, "efficiency"},
		{"surplus", func(i *FRRInput) { i.SurplusMargin.Valid = false }, "surplus_margin"},
		{"liquidity", func(i *FRRInput) { i.LiquidRatio.Valid = false }, "liquid_ratio"},
		{"date", func(i *FRRInput) { i.Date = economy.Date{} }, "date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := frrIn(3, 3, 3, 3, 3)
			tt.set(&in)
			r := rateFRRT(t, in)
			assert.Equal(t, InsufficientData, r.Status)
			assert.Equal(t, []string{tt.want}, r.Missing)
		})
	}
}

func TestRateFRREfficiencyEdition(t *testing.T) {
	in := frrIn(3, 3, 3, 3, 3)
	in.Efficiency = nd("4") // ROA 4 -> 3; net return 4 -> 5
	in.Date = date("2011-03-31")
	r := rateFRRT(t, in)
	assert.Equal(t, "return on assets", r.Metrics[2].Name)
	assert.Equal(t, uint8(3), r.Metrics[2].Score.Value)
	in.Date = date("2011-04-01")
	r = rateFRRT(t, in)
	assert.Equal(t, "net return after financing", r.Metrics[2].Name)
	assert.Equal(t, uint8(5), r.Metrics[2].Score.Value)
}

func TestRateFRRString(t *testing.T) {
	in := frrIn(5, 3, 3, 3, 2)
	in.PlanAchievement, in.LiquidRatio = nd("100"), nd("12")
	r := rateFRRT(t, in)
	// The mean is shown exactly, so the tie the rounding decided is visible.
	assert.Equal(t, "FRR 3: EBITDA achieved 100.0% -> 5; EBITDA margin 6.0% -> 3; net return after financing 0.0% -> 3; "+
		"I&E surplus margin 1.5% -> 3; liquid ratio 12.0 days -> 2; weighted mean 2.95 -> 3; a metric scores 2: no better than 3", r.String())
}

func accounts2012() *economy.Accounts {
	f := false
	return &economy.Accounts{
		Period:          quarter("2012-04-01", "2013-03-31"),
		OperatingIncome: nd("200"), OperatingExpenses: nd("190"), Depreciation: nd("10"),
		EBITDA: nd("19"), PlannedEBITDA: nd("20"), Surplus: nd("3"), PDCDividend: nd("2"),
		ExceptionalIncome: nd("4"), AverageAssetsEmployed: nd("100"),
		CurrentAssets: nd("40"), Inventories: nd("5"), WorkingCapitalFacility: nd("10"), CurrentLiabilities: nd("35"),
		BorrowingLimitBreached: &f, PDCDividendUnpaid: &f, PlanLate: &f, PlanIncomplete: &f,
	}
}

func TestFRRInputFrom(t *testing.T) {
	in, missing := FRRInputFrom(accounts2012(), date("2013-03-31"), DefaultFRRParams())
	require.Empty(t, missing)
	assertDec(t, "95", in.PlanAchievement.Decimal)
	assertDec(t, "9.5", in.EBITDAMargin.Decimal)
	assertDec(t, "3", in.Efficiency.Decimal)
	assertDec(t, "1.5", in.SurplusMargin.Decimal)
	assertDec(t, "20", in.LiquidRatio.Decimal) // (40-5+10-35) / (190-10) x 360

	in, _ = FRRInputFrom(accounts2012(), date("2010-06-30"), DefaultFRRParams())
	assertDec(t, "5", in.Efficiency.Decimal) // return on assets adds back the dividend
}

func TestFRRInputFromMissing(t *testing.T) {
	tests := []struct {
		name string
		set  func(*economy.Accounts)
		want []string
	}{
		{"planned EBITDA", func(a *economy.Accounts) { a.PlannedEBITDA.Valid = false }, []string{"accounts.planned_ebitda"}},
		{"zero plan", func(a *economy.Accounts) { a.PlannedEBITDA = nd("0") }, []string{"accounts.planned_ebitda (not positive)"}},
		{"zero income", func(a *economy.Accounts) { a.OperatingIncome = nd("0") }, []string{"accounts.operating_income (not positive)"}},
		{"zero assets", func(a *economy.Accounts) { a.AverageAssetsEmployed = nd("0") }, []string{"accounts.average_assets_employed (not positive)"}},
		{"expenses all depreciation", func(a *economy.Accounts) { a.OperatingExpenses = nd("10") },
			[]string{"accounts.operating_expenses less depreciation (not positive)"}},
		{"no facility given", func(a *economy.Accounts) { a.WorkingCapitalFacility.Valid = false }, []string{"accounts.working_capital_facility"}},
		{"EBITDA", func(a *economy.Accounts) { a.EBITDA.Valid = false }, []string{"accounts.ebitda"}},
		{"surplus", func(a *economy.Accounts) { a.Surplus.Valid = false }, []string{"accounts.surplus"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := accounts2012()
			tt.set(a)
			r, err := RateFRRAccounts(a, date("2013-03-31"), nil, DefaultFRRParams())
			require.NoError(t, err)
			assert.Equal(t, InsufficientData, r.Status)
			assert.Equal(t, tt.want, r.Missing)
		})
	}
}

func TestRateFRRAccountsNormalisation(t *testing.T) {
	p := DefaultFRRParams()
	_, err := RateFRRAccounts(accounts2012(), date("2013-03-31"), &Normalisation{}, p)
	assert.ErrorIs(t, err, ErrNoReason)
	_, err = RateFRRAccounts(accounts2012(), date("2012-03-31"), &Normalisation{Reason: "bail-out"}, p)
	assert.ErrorIs(t, err, ErrNormaliseTooEarly)

	plain, err := RateFRRAccounts(accounts2012(), date("2013-03-31"), nil, p)
	require.NoError(t, err)
	assert.Empty(t, plain.Judgements, "never normalised unasked")

	r, err := RateFRRAccounts(accounts2012(), date("2013-03-31"), &Normalisation{Reason: "one-off commissioner support"}, p)
	require.NoError(t, err)
	require.Len(t, r.Judgements, 1)
	assert.Equal(t, plain.Score, r.Judgements[0].From)
	assert.Equal(t, r.Score, r.Judgements[0].To)
	assert.True(t, r.Score.WorseThan(plain.Score), "removing income cannot improve the rating here")

	a := accounts2012()
	a.ExceptionalIncome.Valid = false
	r, err = RateFRRAccounts(a, date("2013-03-31"), &Normalisation{Reason: "x"}, p)
	require.NoError(t, err)
	assert.Equal(t, []string{"accounts.exceptional_income"}, r.Missing)
}

func TestFRRMethod(t *testing.T) {
	m, ok := Lookup("monitor_frr")
	require.True(t, ok)
	assert.False(t, m.InForce(date("2008-03-31")))
	assert.True(t, m.InForce(date("2008-04-01")))
	assert.True(t, m.InForce(date("2013-09-30")))
	assert.False(t, m.InForce(date("2013-10-01")))
	pv := &economy.Provider{Kind: economy.KindFoundationTrust, Accounts: []economy.Accounts{*accounts2012()}}
	r := m.Rate(Input{Provider: pv, Date: date("2013-04-30")})
	assert.True(t, r.Rated())
	r = m.Rate(Input{Provider: pv, Date: date("2013-03-30")})
	assert.Equal(t, []string{"accounts"}, r.Missing)
}
