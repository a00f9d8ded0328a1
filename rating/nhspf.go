package rating

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// NHSPFFinance holds the finance indicator scores, each 3 (best), 2 or 1;
// 0 means not scored.
type NHSPFFinance struct {
	ForecastOutturn uint8 `json:"forecast_outturn"`
	YearToDate      uint8 `json:"year_to_date"`
	Processes       uint8 `json:"processes"`
	Underlying      uint8 `json:"underlying"`
	InitialPlanning uint8 `json:"initial_planning"`
}

// NHSPFInput is what [RateNHSPF] rates. Economy does not hold most of the
// framework's indicators, so they come in here as scores.
type NHSPFInput struct {
	Kind    economy.ProviderKind `json:"kind"`
	Acute   *bool                `json:"acute"` // the override applies to acute trusts
	Finance NHSPFFinance         `json:"finance"`
	// QualityScore is the quality of services domain score (1 to 3), as
	// computed under the trust type's annex.
	QualityScore                 decimal.NullDecimal `json:"quality_score"`
	ForecastDeficitWorseThanPlan *bool               `json:"forecast_deficit_worse_than_plan"`
	LoanRepaymentAtRisk          *bool               `json:"loan_repayment_at_risk"`
	Override                     *Departure          `json:"override,omitempty"`
}

// RateNHSPF rates an NHS trust under the NHS Performance Framework: the
// finance domain score is the sum of weight x indicator score; each domain
// score is banded into a category; the trust's category is the worse of the
// finance and quality of services domains; then the finance override caps
// an acute trust at underperforming.
//
// The framework did not assess foundation trusts: for any kind other than
// an NHS trust the Result is InsufficientData naming "kind (the framework
// assessed NHS trusts only)". A missing or out-of-range score gives
// InsufficientData naming it; an override whose facts are unknown and whose
// limit is below the category gives InsufficientData naming the facts.
// RateNHSPF returns ErrNoReason for a regulator override without a reason.
func RateNHSPF(in NHSPFInput, p NHSPFParams) (Result, error) {
	p = p.withDefaults()
	if err := p.Bands.Validate(); err != nil {
		return Result{}, err
	}
	if err := checkDeparture(in.Override, ScalePerformance); err != nil {
		return Result{}, err
	}
	m := nhspfMethod()
	r := rateNHSPF(&m, in, p)
	addDeparture(&r, in.Override, "regulator's judgement", "Department of Health")
	return r, nil
}

func rateNHSPF(m *Method, in NHSPFInput, p NHSPFParams) Result {
	switch in.Kind {
	case economy.KindNHSTrust:
	case economy.ProviderKindUnknown:
		return insufficient(m, "kind")
	default:
		return insufficient(m, "kind (the framework assessed NHS trusts only, not "+in.Kind.String()+")")
	}
	f, w := in.Finance, p.Weights
	ind := []struct {
		name  string
		score uint8
		w     decimal.Decimal
	}{
		{"forecast_outturn", f.ForecastOutturn, w.ForecastOutturn},
		{"year_to_date", f.YearToDate, w.YearToDate},
		{"processes", f.Processes, w.Processes},
		{"underlying", f.Underlying, w.Underlying},
		{"initial_planning", f.InitialPlanning, w.InitialPlanning},
	}
	var missing []string
	sum := decimal.Zero
	formula := ""
	for _, x := range ind {
		if x.score < 1 || x.score > 3 {
			missing = append(missing, "finance."+x.name)
			continue
		}
		sum = sum.Add(x.w.Mul(decimal.NewFromInt(int64(x.score))))
		if formula != "" {
			formula += " + "
		}
		formula += decimaltext.Format(x.w) + "x" + decimaltext.Format(decimal.NewFromInt(int64(x.score)))
	}
	if !in.QualityScore.Valid {
		missing = append(missing, "quality_score")
	}
	if len(missing) > 0 {
		return insufficient(m, missing...)
	}
	r := Result{Method: m.ID, Short: m.Short, Status: Rated, Citations: m.Sources}
	fin := measure(p.Bands, ScalePerformance, "finance", formula, sum, 2, decimal.RequireFromString("0.5"))
	qual := measure(p.Bands, ScalePerformance, "quality of services", "", in.QualityScore.Decimal, 2, decimal.RequireFromString("0.5"))
	r.Metrics = []Metric{fin, qual}
	score := worse(fin.Score, qual.Score)
	limit := Underperforming.Score()
	acute, acuteKnown := flag(in.Acute)
	for _, o := range []struct {
		name, fact string
		v          *bool
	}{
		{"acute trust forecasting a year-end deficit worse than plan", "forecast_deficit_worse_than_plan", in.ForecastDeficitWorseThanPlan},
		{"acute trust unable to repay loans for lack of cash", "loan_repayment_at_risk", in.LoanRepaymentAtRisk},
	} {
		v, vKnown := flag(o.v)
		held := acute && v
		ov := Override{Name: o.name, Limit: limit, Citation: p.OverrideCitation}
		known := (acuteKnown && vKnown) || (acuteKnown && !acute) || (vKnown && !v)
		if known {
			ov.Triggered = &held
		}
		if held {
			var changed bool
			score, changed = bound(score, limit)
			ov.Applied = changed || score == limit
		}
		if !known && limit.WorseThan(score) {
			if !acuteKnown {
				missing = appendOnce(missing, "acute")
			}
			if !vKnown {
				missing = append(missing, o.fact)
			}
		}
		r.Overrides = append(r.Overrides, ov)
	}
	if len(missing) > 0 {
		r.Status, r.Missing = InsufficientData, missing
		return r
	}
	r.Score = score
	return r
}

// InitialPlanningScore scores the finance domain's initial planning
// indicator from a plan's surplus (negative: deficit) and income, with the
// SHA's expected surplus when known. Without the expectation the variance
// tests cannot be made and the score follows the plan alone (3 breakeven
// or surplus, 2 a deficit below p.PlanningDeficit of income, 1 otherwise).
// It returns 0 when income is not positive: a share of zero income has no
// meaning.
func InitialPlanningScore(planned, income decimal.Decimal, expected decimal.NullDecimal, p NHSPFParams) uint8 {
	p = p.withDefaults()
	if !income.IsPositive() {
		return 0
	}
	if expected.Valid {
		variance := planned.Sub(expected.Decimal).Abs()
		within := variance.LessThanOrEqual(p.PlanningVariance.Mul(income))
		if within {
			return 3
		}
		if !planned.IsNegative() {
			return 2
		}
	} else if !planned.IsNegative() {
		return 3
	}
	if planned.Neg().LessThan(p.PlanningDeficit.Mul(income)) {
		return 2
	}
	return 1
}
