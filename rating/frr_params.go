package rating

import (
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/enum"
	"github.com/shopspring/decimal"
)

// FRRTrigger is the condition of one cap on the financial risk rating.
type FRRTrigger uint8

// Triggers. The zero value, FRRTriggerNone, is no trigger: a cap with it
// never holds.
const (
	FRRTriggerNone        FRRTrigger = iota // no trigger: the cap never holds
	TriggerBorrowingLimit                   // unplanned breach of the prudential borrowing limit
	TriggerMetricAtOne                      // at least Count metrics score 1
	TriggerMetricsAtTwo                     // at least Count metrics score 2
	TriggerPlanLate                         // annual plan not submitted on time
	TriggerPlanIncomplete                   // annual plan not complete and correct
	TriggerPDCUnpaid                        // PDC dividend not paid in full
)

var frrTriggerWords = enum.New("FRRTrigger",
	"none", "borrowing_limit", "metric_at_one", "metrics_at_two", "plan_late", "plan_incomplete", "pdc_unpaid")

// String returns the lower snake word of t.
func (t FRRTrigger) String() string { return frrTriggerWords.Name(uint8(t)) }

// MarshalText encodes t as a lower snake word.
func (t FRRTrigger) MarshalText() ([]byte, error) { return frrTriggerWords.Marshal(uint8(t)) }

// UnmarshalText decodes a lower snake word.
func (t *FRRTrigger) UnmarshalText(b []byte) error { return enum.Unmarshal(frrTriggerWords, b, t) }

// FRRCap limits the financial risk rating to Limit when its trigger holds.
type FRRCap struct {
	Name     string           `json:"name"`
	Trigger  FRRTrigger       `json:"trigger"`
	Count    int              `json:"count,omitempty"` // for the metric-count triggers
	Limit    MonitorRating    `json:"limit"`
	Citation economy.Citation `json:"citation"`
}

// FRRWeights are the shares of the five metrics; they add up to one.
type FRRWeights struct {
	PlanAchievement decimal.Decimal `json:"plan_achievement"`
	EBITDAMargin    decimal.Decimal `json:"ebitda_margin"`
	Efficiency      decimal.Decimal `json:"efficiency"`
	SurplusMargin   decimal.Decimal `json:"surplus_margin"`
	LiquidRatio     decimal.Decimal `json:"liquid_ratio"`
}

// FRRParams are the Compliance Framework's financial risk rating tables.
// The zero value means the defaults of [DefaultFRRParams], and so does
// each field left unset: a table without cuts, all-zero weights, a zero
// date, citation or DaysInYear, RoundingUnknown, and nil Caps (a non-nil
// empty Caps means no caps).
type FRRParams struct {
	PlanAchievement Bands `json:"plan_achievement"`
	EBITDAMargin    Bands `json:"ebitda_margin"`
	NetReturn       Bands `json:"net_return"`       // from the year after ReturnOnAssetsUntil
	ReturnOnAssets  Bands `json:"return_on_assets"` // up to ReturnOnAssetsUntil
	SurplusMargin   Bands `json:"surplus_margin"`
	LiquidRatio     Bands `json:"liquid_ratio"`
	// ReturnOnAssetsUntil is the last day the efficiency metric was return
	// on assets rather than net return after financing.
	ReturnOnAssetsUntil economy.Date     `json:"return_on_assets_until"`
	Weights             FRRWeights       `json:"weights"`
	WeightsCitation     economy.Citation `json:"weights_citation"`
	Rounding            Rounding         `json:"rounding"`
	RoundingCitation    economy.Citation `json:"rounding_citation"`
	// Caps apply in order after rounding; the rating is the minimum.
	Caps []FRRCap `json:"caps"`
	// DaysInYear scales the liquid ratio to days of operating expenses.
	DaysInYear int64 `json:"days_in_year"`
	// NormaliseFrom is the first day Monitor could remove exceptional
	// income before rating.
	NormaliseFrom economy.Date `json:"normalise_from"`
}

func cut(score uint8, at string, inclusive bool) Cut {
	return Cut{Score: score, At: decimal.RequireFromString(at), Inclusive: inclusive}
}

func cutCited(score uint8, at string, c economy.Citation) Cut {
	x := cut(score, at, true)
	x.Citation = citep(c)
	return x
}

// DefaultFRRParams returns the financial risk rating of Monitor's
// Compliance Framework (2008/09-2013/14). The band tables of 2011/12 on,
// the weights and every overriding rule are supported by a trust's own
// copy of Monitor's table (Oxford University Hospitals NHS Trust, 2012):
//
//   - EBITDA achieved, % of plan: 5 >= 100, 4 >= 85, 3 >= 70, 2 >= 50, else
//     1 (the 50 edge also HFMA 2012);
//   - EBITDA margin, %: 5 >= 11, 4 >= 9, 3 >= 5, 2 >= 1, else 1 (11 and 1
//     also HFMA 2012);
//   - net return after financing, % (2011/12 on): 5 > 3, 4 >= 2, 3 >= -0.5,
//     2 >= -5, else 1;
//   - I&E surplus margin, %: 5 >= 3, 4 >= 2, 3 >= 1, 2 >= -2, else 1;
//   - liquid ratio, days: 5 >= 60, 4 >= 25, 3 >= 15, 2 >= 10, else 1, over
//     a 360-day year (the year unverified);
//   - weights 10/25/20/20/25% (also HFMA 2012);
//   - overriding rules, each a most the rating can be: an unplanned breach
//     of the prudential borrowing code, 2; two metrics at 1, 1; one metric
//     at 1, 2; two metrics at 2, 2; one metric at 2, 3; the plan late, 3;
//     the plan not complete and correct, 3; the PDC dividend not paid in
//     full, 2;
//   - rounding to the nearest whole number: a weighted 3.6 gave 4 (HSJ,
//     2012), 3.2 gave 3 (HSJ, Kingston 2012), 2.9 gave 3 (the scorecard);
//     a tie at .5 taken as rounding up (unverified).
//
// Unverified: the return on assets table of 2008/09-2010/11 (5 >= 6,
// 4 >= 5, 3 >= 3, 2 >= -2) and the switch to net return after 31 March
// 2011; whether a value on an edge scores the higher band (the scorecard's
// layout implies it). Normalisation from 1 April 2012 is verified (HSJ,
// 2012).
func DefaultFRRParams() FRRParams {
	supported := func(metric, unit string, cuts ...Cut) Bands {
		return Bands{Metric: metric, Unit: unit, HigherIsBetter: true, Cuts: cuts, Floor: 1, Citation: citeFRRScorecard}
	}
	roa := unverified("Compliance Framework", "Monitor", 2008, "financial risk rating: return on assets, 2008/09-2010/11", "")
	rounding := citeFRRScorecard
	rounding.Section = "rounded to the nearest whole number: 3.6 -> 4 (HSJ, North East London FT, 2012), 3.2 -> 3 (HSJ, Kingston, 2012), 2.9 -> 3 (this scorecard)"
	rounding.Note = "a tie at .5 is taken as rounding up: unverified"
	return FRRParams{
		PlanAchievement: supported("EBITDA achieved", "%", cut(5, "100", true), cut(4, "85", true), cut(3, "70", true),
			cutCited(2, "50", citeFRRHFMA)),
		EBITDAMargin: supported("EBITDA margin", "%", cutCited(5, "11", citeFRRHFMA), cut(4, "9", true), cut(3, "5", true),
			cutCited(2, "1", citeFRRHFMA)),
		NetReturn: supported("net return after financing", "%", cut(5, "3", false), cut(4, "2", true), cut(3, "-0.5", true),
			cut(2, "-5", true)),
		ReturnOnAssets: Bands{Metric: "return on assets", Unit: "%", HigherIsBetter: true, Floor: 1, Citation: roa,
			Cuts: []Cut{cut(5, "6", true), cut(4, "5", true), cut(3, "3", true), cut(2, "-2", true)}},
		SurplusMargin: supported("I&E surplus margin", "%", cut(5, "3", true), cut(4, "2", true), cut(3, "1", true),
			cut(2, "-2", true)),
		LiquidRatio: supported("liquid ratio", "days", cut(5, "60", true), cut(4, "25", true), cut(3, "15", true),
			cut(2, "10", true)),
		ReturnOnAssetsUntil: day(2011, time.March, 31),
		Weights: FRRWeights{
			PlanAchievement: decimal.RequireFromString("0.10"), EBITDAMargin: decimal.RequireFromString("0.25"),
			Efficiency: decimal.RequireFromString("0.20"), SurplusMargin: decimal.RequireFromString("0.20"),
			LiquidRatio: decimal.RequireFromString("0.25"),
		},
		WeightsCitation:  citeFRRHFMA,
		Rounding:         RoundHalfUp,
		RoundingCitation: rounding,
		Caps: []FRRCap{
			{Name: "unplanned breach of the prudential borrowing code", Trigger: TriggerBorrowingLimit, Limit: 2, Citation: citeFRRScorecard},
			{Name: "two metrics score 1", Trigger: TriggerMetricAtOne, Count: 2, Limit: 1, Citation: citeFRRScorecard},
			{Name: "a metric scores 1", Trigger: TriggerMetricAtOne, Count: 1, Limit: 2, Citation: citeFRRScorecard},
			{Name: "two metrics score 2", Trigger: TriggerMetricsAtTwo, Count: 2, Limit: 2, Citation: citeFRRScorecard},
			{Name: "a metric scores 2", Trigger: TriggerMetricsAtTwo, Count: 1, Limit: 3, Citation: citeFRRNorthEastLondon},
			{Name: "annual plan not submitted on time", Trigger: TriggerPlanLate, Limit: 3, Citation: citeFRRScorecard},
			{Name: "annual plan not complete and correct", Trigger: TriggerPlanIncomplete, Limit: 3, Citation: citeFRRScorecard},
			{Name: "PDC dividend not paid in full", Trigger: TriggerPDCUnpaid, Limit: 2, Citation: citeFRRScorecard},
		},
		DaysInYear:    360,
		NormaliseFrom: day(2012, time.April, 1),
	}
}

// withDefaults fills the fields left unset with those of
// DefaultFRRParams.
func (p FRRParams) withDefaults() FRRParams {
	d := lazy(DefaultFRRParams)
	fill(&p.PlanAchievement, noCuts, func() Bands { return d().PlanAchievement })
	fill(&p.EBITDAMargin, noCuts, func() Bands { return d().EBITDAMargin })
	fill(&p.NetReturn, noCuts, func() Bands { return d().NetReturn })
	fill(&p.ReturnOnAssets, noCuts, func() Bands { return d().ReturnOnAssets })
	fill(&p.SurplusMargin, noCuts, func() Bands { return d().SurplusMargin })
	fill(&p.LiquidRatio, noCuts, func() Bands { return d().LiquidRatio })
	fill(&p.ReturnOnAssetsUntil, zeroDate, func() economy.Date { return d().ReturnOnAssetsUntil })
	if w := p.Weights; allZero(w.PlanAchievement, w.EBITDAMargin, w.Efficiency, w.SurplusMargin, w.LiquidRatio) {
		p.Weights = d().Weights
	}
	fill(&p.WeightsCitation, zeroCitation, func() economy.Citation { return d().WeightsCitation })
	fillZero(&p.Rounding, RoundHalfUp)
	fill(&p.RoundingCitation, zeroCitation, func() economy.Citation { return d().RoundingCitation })
	fill(&p.Caps, isNil, func() []FRRCap { return d().Caps })
	fillZero(&p.DaysInYear, 360)
	fill(&p.NormaliseFrom, zeroDate, func() economy.Date { return d().NormaliseFrom })
	return p
}

// Validate reports whether every band table of p, after defaults are
// filled in, is usable.
func (p FRRParams) Validate() error {
	p = p.withDefaults()
	for _, b := range []Bands{p.PlanAchievement, p.EBITDAMargin, p.NetReturn, p.ReturnOnAssets, p.SurplusMargin, p.LiquidRatio} {
		if err := b.Validate(); err != nil {
			return err
		}
	}
	if p.DaysInYear <= 0 {
		return &TableError{Metric: "liquid ratio", Problems: []string{"days in year must be positive"}}
	}
	return nil
}
