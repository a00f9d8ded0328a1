package rating

import (
	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// FRRInput holds the five metrics of the financial risk rating and the
// facts behind its caps. An invalid metric or a nil fact means not known.
type FRRInput struct {
	// Date is the day rated: it picks the efficiency metric's table (return
	// on assets to 2010/11, net return after financing after).
	Date            economy.Date        `json:"date"`
	PlanAchievement decimal.NullDecimal `json:"plan_achievement"` // EBITDA achieved, % of plan
	EBITDAMargin    decimal.NullDecimal `json:"ebitda_margin"`    // %
	Efficiency      decimal.NullDecimal `json:"efficiency"`       // net return after financing or return on assets, %
	SurplusMargin   decimal.NullDecimal `json:"surplus_margin"`   // I&E surplus margin, %
	LiquidRatio     decimal.NullDecimal `json:"liquid_ratio"`     // days

	BorrowingLimitBreached *bool `json:"borrowing_limit_breached"`
	PlanLate               *bool `json:"plan_late"`
	PlanIncomplete         *bool `json:"plan_incomplete"`
	PDCDividendUnpaid      *bool `json:"pdc_dividend_unpaid"`
}

// RateFRR rates in on p: each metric scored on its band table, the
// weighted mean rounded by p.Rounding, then every cap in order, the rating
// being the lowest of the rounded score and the caps that hold.
//
// A missing metric gives InsufficientData naming it. A cap whose fact is
// unknown is listed with Triggered nil; when its limit is below the rating
// the other steps give, the result is InsufficientData naming the fact,
// because the cap might hold. RateFRR returns a *TableError for unusable
// params.
func RateFRR(in FRRInput, p FRRParams) (Result, error) {
	p = p.withDefaults()
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	m := frrMethod()
	return rateFRR(&m, in, p, ""), nil
}

// rateFRR names missing facts with prefix ("accounts." when read from
// accounts).
func rateFRR(m *Method, in FRRInput, p FRRParams, prefix string) Result {
	if in.Date.IsZero() {
		return insufficient(m, "date")
	}
	eff := p.NetReturn
	if !in.Date.After(p.ReturnOnAssetsUntil) {
		eff = p.ReturnOnAssets
	}
	specs := []struct {
		field string
		v     decimal.NullDecimal
		b     Bands
		w     decimal.Decimal
	}{
		{"plan_achievement", in.PlanAchievement, p.PlanAchievement, p.Weights.PlanAchievement},
		{"ebitda_margin", in.EBITDAMargin, p.EBITDAMargin, p.Weights.EBITDAMargin},
		{"efficiency", in.Efficiency, eff, p.Weights.Efficiency},
		{"surplus_margin", in.SurplusMargin, p.SurplusMargin, p.Weights.SurplusMargin},
		{"liquid_ratio", in.LiquidRatio, p.LiquidRatio, p.Weights.LiquidRatio},
	}
	var missing []string
	for _, s := range specs {
		if !s.v.Valid {
			missing = append(missing, s.field)
		}
	}
	if len(missing) > 0 {
		return insufficient(m, missing...)
	}
	r := Result{Method: m.ID, Short: m.Short, Status: Rated, Citations: m.Sources}
	var at [6]int // metrics per score
	for _, s := range specs {
		mt := measure(s.b, ScaleMonitor5, s.b.Metric, "", s.v.Decimal, 1, s.w)
		at[mt.Score.Value]++
		r.Metrics = append(r.Metrics, mt)
	}
	mean := weightedMean(r.Metrics)
	rounded := MonitorRating(p.Rounding.Apply(mean).IntPart()).Score(ScaleMonitor5)
	r.Combination = &Combination{Rule: "weighted mean", Mean: mean, Rounding: p.Rounding, Rounded: rounded, Citation: p.RoundingCitation}
	score := rounded
	var unknown []FRRCap
	for _, c := range p.Caps {
		held, known := frrTrigger(c, in, at)
		limit := c.Limit.Score(ScaleMonitor5)
		o := Override{Name: c.Name, Limit: limit, Citation: c.Citation}
		if known {
			o.Triggered = &held
		} else {
			unknown = append(unknown, c)
		}
		if held {
			var changed bool
			score, changed = bound(score, limit)
			o.Applied = changed || score == limit
		}
		r.Overrides = append(r.Overrides, o)
	}
	for _, c := range unknown {
		if c.Limit.Score(ScaleMonitor5).WorseThan(score) {
			r.Missing = append(r.Missing, prefix+frrFact(c.Trigger))
		}
	}
	if len(r.Missing) > 0 {
		r.Status = InsufficientData
		return r
	}
	r.Score = score
	return r
}

// frrTrigger reports whether c holds for in, and whether that is known.
func frrTrigger(c FRRCap, in FRRInput, at [6]int) (held, known bool) {
	switch c.Trigger {
	case TriggerMetricAtOne:
		return at[1] >= max(c.Count, 1), true
	case TriggerMetricsAtTwo:
		return at[2] >= max(c.Count, 1), true
	case TriggerBorrowingLimit:
		return flag(in.BorrowingLimitBreached)
	case TriggerPlanLate:
		return flag(in.PlanLate)
	case TriggerPlanIncomplete:
		return flag(in.PlanIncomplete)
	case TriggerPDCUnpaid:
		return flag(in.PDCDividendUnpaid)
	}
	return false, true
}

// frrFact names the fact behind a trigger, as Accounts spells it.
func frrFact(t FRRTrigger) string {
	switch t {
	case TriggerBorrowingLimit:
		return "borrowing_limit_breached"
	case TriggerPlanLate:
		return "plan_late"
	case TriggerPlanIncomplete:
		return "plan_incomplete"
	case TriggerPDCUnpaid:
		return "pdc_dividend_unpaid"
	}
	return "trigger"
}
