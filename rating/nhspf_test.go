package rating

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNHSPFBandEdges(t *testing.T) {
	b := DefaultNHSPFParams().Bands
	tests := []struct {
		give string
		want PerformanceCategory
	}{
		{"2.41", Performing}, {"2.40", PerformanceUnderReview}, {"2.39", PerformanceUnderReview},
		{"2.11", PerformanceUnderReview}, {"2.10", PerformanceUnderReview}, {"2.09", Underperforming},
		{"3", Performing}, {"1", Underperforming},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			got, _, _ := b.Classify(dec(tt.give))
			assert.Equal(t, tt.want, PerformanceCategory(got))
		})
	}
}

// sandwell gives a finance score of 2.90 (0.40x3 + 0.25x3 + 0.20x3 +
// 0.10x2 + 0.05x3) and a service performance score of 2.57.
func sandwell() NHSPFInput {
	return NHSPFInput{Kind: economy.KindNHSTrust, Acute: bp(true),
		Finance:      NHSPFFinance{ForecastOutturn: 3, YearToDate: 3, Processes: 3, Underlying: 2, InitialPlanning: 3},
		QualityScore: nd("2.57"), ForecastDeficitWorseThanPlan: bp(false), LoanRepaymentAtRisk: bp(false)}
}

func TestRateNHSPFSandwell(t *testing.T) {
	r, err := RateNHSPF(sandwell(), DefaultNHSPFParams())
	require.NoError(t, err)
	assert.Equal(t, Performing.Score(), r.Score)
	assertDec(t, "2.90", r.Metrics[0].Value)
	assert.Equal(t, Performing.Score(), r.Metrics[0].Score)
	assert.Equal(t, Performing.Score(), r.Metrics[1].Score)
	assert.Equal(t, "NHSPF performing: finance 2.90 -> performing; quality of services 2.57 -> performing", r.String())
}

func TestRateNHSPFWorseDomain(t *testing.T) {
	in := sandwell()
	in.QualityScore = nd("2.2")
	r, err := RateNHSPF(in, DefaultNHSPFParams())
	require.NoError(t, err)
	assert.Equal(t, PerformanceUnderReview.Score(), r.Score)
	in.Finance = NHSPFFinance{1, 1, 1, 1, 1}
	r, err = RateNHSPF(in, DefaultNHSPFParams())
	require.NoError(t, err)
	assert.Equal(t, Underperforming.Score(), r.Score)
}

func TestRateNHSPFOverride(t *testing.T) {
	tests := []struct {
		name      string
		set       func(*NHSPFInput)
		want      PerformanceCategory
		triggered *bool
		missing   []string
	}{
		{"acute, deficit worse than plan", func(i *NHSPFInput) { i.ForecastDeficitWorseThanPlan = bp(true) }, Underperforming, bp(true), nil},
		{"not acute", func(i *NHSPFInput) { i.Acute, i.ForecastDeficitWorseThanPlan = bp(false), bp(true) }, Performing, bp(false), nil},
		{"acute, no deficit", func(i *NHSPFInput) {}, Performing, bp(false), nil},
		{"acute unknown, deficit", func(i *NHSPFInput) { i.Acute, i.ForecastDeficitWorseThanPlan = nil, bp(true) }, PerformanceCategoryUnknown, nil, []string{"acute"}},
		{"acute unknown, no deficit known", func(i *NHSPFInput) { i.Acute = nil }, Performing, bp(false), nil},
		{"deficit unknown", func(i *NHSPFInput) { i.ForecastDeficitWorseThanPlan = nil }, PerformanceCategoryUnknown, nil, []string{"forecast_deficit_worse_than_plan"}},
		{"deficit unknown, already underperforming", func(i *NHSPFInput) {
			i.ForecastDeficitWorseThanPlan, i.QualityScore = nil, nd("2.0")
		}, Underperforming, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := sandwell()
			tt.set(&in)
			r, err := RateNHSPF(in, DefaultNHSPFParams())
			require.NoError(t, err)
			assert.Equal(t, tt.want.Score().Value, r.Score.Value)
			assert.Equal(t, tt.triggered, r.Overrides[0].Triggered)
			assert.Equal(t, tt.missing, r.Missing)
		})
	}
	in := sandwell()
	in.LoanRepaymentAtRisk = bp(true)
	r, err := RateNHSPF(in, DefaultNHSPFParams())
	require.NoError(t, err)
	assert.Equal(t, Underperforming.Score(), r.Score)
	assert.True(t, r.Overrides[1].Applied)
}

func TestRateNHSPFInsufficient(t *testing.T) {
	tests := []struct {
		name string
		set  func(*NHSPFInput)
		want []string
	}{
		{"foundation trust", func(i *NHSPFInput) { i.Kind = economy.KindFoundationTrust },
			[]string{"kind (the framework assessed NHS trusts only, not nhs_foundation_trust)"}},
		{"kind unknown", func(i *NHSPFInput) { i.Kind = economy.ProviderKindUnknown }, []string{"kind"}},
		{"forecast outturn", func(i *NHSPFInput) { i.Finance.ForecastOutturn = 0 }, []string{"finance.forecast_outturn"}},
		{"out of range", func(i *NHSPFInput) { i.Finance.YearToDate = 4 }, []string{"finance.year_to_date"}},
		{"processes", func(i *NHSPFInput) { i.Finance.Processes = 0 }, []string{"finance.processes"}},
		{"underlying", func(i *NHSPFInput) { i.Finance.Underlying = 0 }, []string{"finance.underlying"}},
		{"initial planning", func(i *NHSPFInput) { i.Finance.InitialPlanning = 0 }, []string{"finance.initial_planning"}},
		{"quality", func(i *NHSPFInput) { i.QualityScore.Valid = false }, []string{"quality_score"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := sandwell()
			tt.set(&in)
			r, err := RateNHSPF(in, DefaultNHSPFParams())
			require.NoError(t, err)
			assert.Equal(t, InsufficientData, r.Status)
			assert.Equal(t, tt.want, r.Missing)
		})
	}
	_, err := RateNHSPF(NHSPFInput{Override: &Departure{To: Performing.Score()}}, DefaultNHSPFParams())
	assert.ErrorIs(t, err, ErrNoReason)
}

func TestInitialPlanningScore(t *testing.T) {
	p := DefaultNHSPFParams()
	none := nd("0")
	none.Valid = false
	tests := []struct {
		name     string
		planned  string
		expected string
		want     uint8
	}{
		{"surplus", "1", "", 3},
		{"breakeven", "0", "", 3},
		{"deficit just under 2%", "-1.99", "", 2},
		{"deficit at 2%", "-2", "", 1},
		{"deficit over 2%", "-2.01", "", 1},
		{"deficit within 3% of expectation", "-5", "-2", 3},
		{"deficit just over 3% of expectation", "-5.01", "-2", 1},
		{"surplus at 3% from expectation", "4", "1", 3},
		{"surplus over 3% from expectation", "4.01", "1", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exp := none
			if tt.expected != "" {
				exp = nd(tt.expected)
			}
			assert.Equal(t, tt.want, InitialPlanningScore(dec(tt.planned), dec("100"), exp, p))
		})
	}
	assert.Equal(t, uint8(0), InitialPlanningScore(dec("1"), dec("0"), none, p), "zero income")
}

func TestNHSPFMethod(t *testing.T) {
	m, ok := Lookup("dh_nhs_performance_framework")
	require.True(t, ok)
	assert.False(t, m.InForce(date("2009-03-31")))
	assert.True(t, m.InForce(date("2009-04-01")))
	assert.True(t, m.InForce(date("2013-03-31")))
	assert.False(t, m.InForce(date("2013-04-01")))
	f := false
	pv := &economy.Provider{Kind: economy.KindNHSTrust, PeerGroup: "acute",
		Performance: []economy.Performance{{Period: quarter("2011-10-01", "2011-12-31"), Other: map[string]decimal.Decimal{
			KeyNHSPFForecastOutturn: dec("3"), KeyNHSPFYearToDate: dec("3"), KeyNHSPFProcesses: dec("3"),
			KeyNHSPFUnderlying: dec("2"), KeyNHSPFQuality: dec("2.57"),
		}}},
		Accounts: []economy.Accounts{{Period: quarter("2011-04-01", "2011-12-31"), YearToDate: true,
			PlannedSurplus: nd("1"), OperatingIncome: nd("300"), ForecastSurplus: nd("1.5"), LoanRepaymentAtRisk: &f}},
	}
	r := m.Rate(Input{Provider: pv, Date: date("2012-01-31")})
	assert.Equal(t, Performing.Score(), r.Score)
	assertDec(t, "2.90", r.Metrics[0].Value)

	pv.Accounts[0].ForecastSurplus = nd("-2")
	r = m.Rate(Input{Provider: pv, Date: date("2012-01-31")})
	assert.Equal(t, Underperforming.Score(), r.Score)

	pv.Kind = economy.KindFoundationTrust
	r = m.Rate(Input{Provider: pv, Date: date("2012-01-31")})
	assert.Equal(t, InsufficientData, r.Status)

	pv = &economy.Provider{Kind: economy.KindNHSTrust}
	r = m.Rate(Input{Provider: pv, Date: date("2012-01-31")})
	assert.Equal(t, []string{"finance.forecast_outturn", "finance.year_to_date", "finance.processes",
		"finance.underlying", "finance.initial_planning", "quality_score"}, r.Missing)
}

func hist(entries ...any) []DatedCategory {
	var h []DatedCategory
	for i := 0; i < len(entries); i += 2 {
		h = append(h, DatedCategory{Date: date(entries[i].(string)), Category: entries[i+1].(PerformanceCategory)})
	}
	return h
}

func TestEscalateNHSPF(t *testing.T) {
	tests := []struct {
		name      string
		give      []DatedCategory
		want      PerformanceCategory
		wantSince string
	}{
		{"performing", hist("2012-04-30", Performing), Performing, "2012-04-30"},
		{"under review two months", hist("2012-04-30", PerformanceUnderReview, "2012-05-31", PerformanceUnderReview,
			"2012-06-29", PerformanceUnderReview), PerformanceUnderReview, "2012-04-30"},
		{"under review three months", hist("2012-04-30", PerformanceUnderReview, "2012-05-31", PerformanceUnderReview,
			"2012-06-30", PerformanceUnderReview, "2012-07-30", PerformanceUnderReview), Underperforming, "2012-07-30"},
		{"under review at exactly three months", hist("2012-04-30", PerformanceUnderReview, "2012-07-30", PerformanceUnderReview),
			Underperforming, "2012-07-30"},
		{"performing in between resets", hist("2012-04-30", PerformanceUnderReview, "2012-05-31", Performing,
			"2012-07-31", PerformanceUnderReview), PerformanceUnderReview, "2012-07-31"},
		{"underperforming three quarters", hist("2011-06-30", Underperforming, "2011-09-30", Underperforming,
			"2011-12-31", Underperforming), Challenged, "2011-12-31"},
		{"underperforming two quarters", hist("2011-06-30", Underperforming, "2011-09-30", Underperforming),
			Underperforming, "2011-06-30"},
		{"performing breaks the run", hist("2011-06-30", Underperforming, "2011-09-30", Performing,
			"2011-12-31", Underperforming), Underperforming, "2011-12-31"},
		{"under review after three months of trouble keeps the run", hist("2011-06-30", Underperforming,
			"2011-09-30", PerformanceUnderReview, "2011-12-31", Underperforming), Challenged, "2011-12-31"},
		{"unsorted input", hist("2011-12-31", Underperforming, "2011-06-30", Underperforming, "2011-09-30", Underperforming),
			Challenged, "2011-12-31"},
		{"stays challenged", hist("2011-06-30", Underperforming, "2011-09-30", Underperforming,
			"2011-12-31", Underperforming, "2012-03-31", Underperforming), Challenged, "2011-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := EscalateNHSPF(tt.give, DefaultNHSPFEscalationParams())
			require.NoError(t, err)
			assert.Equal(t, tt.want, e.Category)
			assert.Equal(t, date(tt.wantSince), e.Since)
			assert.NotEmpty(t, e.Reason)
		})
	}
	e, err := EscalateNHSPF(nil, DefaultNHSPFEscalationParams())
	require.NoError(t, err)
	assert.Equal(t, NHSPFEscalation{}, e)
	_, err = EscalateNHSPF(hist("2011-06-30", PerformanceCategoryUnknown), DefaultNHSPFEscalationParams())
	assert.ErrorIs(t, err, ErrUnknownCategory)
}
