package rating

import (
	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// NHSPFWeights are the finance sub-domain weights; they add up to one.
type NHSPFWeights struct {
	ForecastOutturn decimal.Decimal `json:"forecast_outturn"`
	YearToDate      decimal.Decimal `json:"year_to_date"`
	Processes       decimal.Decimal `json:"processes"` // financial processes and balance-sheet efficiency
	Underlying      decimal.Decimal `json:"underlying"`
	InitialPlanning decimal.Decimal `json:"initial_planning"`
}

// NHSPFParams are the NHS Performance Framework's scoring rules. The zero
// value means the defaults of [DefaultNHSPFParams], and so does each field
// left unset: all-zero weights, a table without cuts, a zero planning edge
// or citation.
type NHSPFParams struct {
	Weights         NHSPFWeights     `json:"weights"`
	WeightsCitation economy.Citation `json:"weights_citation"`
	// Bands turn a domain score (1 to 3) into a category.
	Bands            Bands            `json:"bands"`
	OverrideCitation economy.Citation `json:"override_citation"`
	// PlanningVariance and PlanningDeficit are the initial planning
	// indicator's edges, as fractions of income.
	PlanningVariance decimal.Decimal  `json:"planning_variance"`
	PlanningDeficit  decimal.Decimal  `json:"planning_deficit"`
	PlanningCitation economy.Citation `json:"planning_citation"`
}

// DefaultNHSPFParams returns the 2012/13 rules of the Department of
// Health's NHS Performance Framework:
//
//   - finance indicators scored 3, 2 or 1, 3 best (VERIFIED, HFMA 2009,
//     Sandwell 2012);
//   - weights forecast outturn 40%, year to date 25%, processes 20%,
//     underlying position 10%, initial planning 5% (VERIFIED, HFMA 2012);
//   - performing above 2.40 (VERIFIED, "in excess of", Sandwell 2012);
//     under review from 2.10 up to 2.40 (2.10 FROM MEMORY); underperforming
//     below;
//   - initial planning: 3 for planned breakeven or surplus, or a variance
//     from the SHA's expectation of no more than 3% of income; 2 for a
//     deficit below 2% of income, or a surplus more than 3% away from the
//     expectation; 1 for a deficit of 2% or more (VERIFIED, Sandwell 2012);
//   - an acute trust forecasting a deficit worse than plan, or unable to
//     repay loans for lack of cash, no better than underperforming
//     (VERIFIED, HFMA 2012).
func DefaultNHSPFParams() NHSPFParams {
	pur := unverified("NHS Performance Framework implementation guidance", "Department of Health", 2012, "", "lower edge of performance under review")
	perf := citePFSandwell
	perf.Note = "\"a score in excess of 2.40 attracts a PERFORMING classification\""
	return NHSPFParams{
		Weights: NHSPFWeights{
			ForecastOutturn: decimal.RequireFromString("0.40"), YearToDate: decimal.RequireFromString("0.25"),
			Processes: decimal.RequireFromString("0.20"), Underlying: decimal.RequireFromString("0.10"),
			InitialPlanning: decimal.RequireFromString("0.05"),
		},
		WeightsCitation: citePFHFMA2012,
		Bands: Bands{
			Metric: "domain score", HigherIsBetter: true, Floor: uint8(Underperforming), Citation: pur,
			Cuts: []Cut{
				{Score: uint8(Performing), At: decimal.RequireFromString("2.40"), Inclusive: false, Citation: citep(perf)},
				{Score: uint8(PerformanceUnderReview), At: decimal.RequireFromString("2.10"), Inclusive: true},
			},
		},
		OverrideCitation: citePFHFMA2012,
		PlanningVariance: decimal.RequireFromString("0.03"),
		PlanningDeficit:  decimal.RequireFromString("0.02"),
		PlanningCitation: citePFSandwell,
	}
}

// withDefaults fills the fields left unset with those of
// DefaultNHSPFParams.
func (p NHSPFParams) withDefaults() NHSPFParams {
	d := lazy(DefaultNHSPFParams)
	if w := p.Weights; allZero(w.ForecastOutturn, w.YearToDate, w.Processes, w.Underlying, w.InitialPlanning) {
		p.Weights = d().Weights
	}
	fill(&p.WeightsCitation, zeroCitation, func() economy.Citation { return d().WeightsCitation })
	fill(&p.Bands, noCuts, func() Bands { return d().Bands })
	fill(&p.OverrideCitation, zeroCitation, func() economy.Citation { return d().OverrideCitation })
	fill(&p.PlanningVariance, zeroDecimal, func() decimal.Decimal { return d().PlanningVariance })
	fill(&p.PlanningDeficit, zeroDecimal, func() decimal.Decimal { return d().PlanningDeficit })
	fill(&p.PlanningCitation, zeroCitation, func() economy.Citation { return d().PlanningCitation })
	return p
}
