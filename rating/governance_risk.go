package rating

import (
	"strconv"
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// TargetResult is one target's result in one quarter.
type TargetResult struct {
	Standard StandardID     `json:"standard"`
	Result   StandardResult `json:"result"` // unknown when the figure was not reported
}

// GovernanceQuarter is a provider's results in one quarter. A target not
// listed does not apply to the provider (an acute trust has no ambulance
// target); a target listed with an unknown result applies but its figure
// is missing.
type GovernanceQuarter struct {
	Period  economy.Period `json:"period"`
	Results []TargetResult `json:"results"`
}

func (q *GovernanceQuarter) result(id StandardID) (StandardResult, bool) {
	for _, r := range q.Results {
		if r.Standard == id {
			return r.Result, true
		}
	}
	return StandardResultUnknown, false
}

// GovernanceInput is what [RateGovernance] rates: quarters oldest first,
// the last being the quarter rated, and an optional regulator override.
type GovernanceInput struct {
	Quarters []GovernanceQuarter `json:"quarters"`
	// CQC lists the kinds of CQC action in force on the last day of the
	// quarter rated.
	CQC      []economy.CQCActionKind `json:"cqc,omitempty"`
	Override *Departure              `json:"override,omitempty"`
}

// RateGovernance computes the governance risk rating's service performance
// score for the last quarter of in: each target that applies and was
// missed adds its weight, multiplied by p.RepeatFactor when the target was
// also missed in each of the p.RepeatQuarters-1 quarters before (quarters
// count as consecutive only when one ends the day before the next starts).
// The score is banded by p.Bands.
//
// A missing result is unknown, never met. The rating is given when the
// score with every unknown result taken as met and the score with every one
// taken as missed fall in the same band; otherwise the Result is
// InsufficientData naming the unknown results. Missing lists them in both
// cases. An override becomes a Judgement beside the computed rating;
// RateGovernance returns ErrNoReason for one without a reason.
func RateGovernance(in GovernanceInput, p GovernanceParams) (Result, error) {
	p = p.withDefaults()
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	if err := checkDeparture(in.Override, ScaleGovernance); err != nil {
		return Result{}, err
	}
	m := governanceMethod()
	r := rateGovernance(&m, in, p)
	addDeparture(&r, in.Override, "regulator's discretion", "Monitor")
	return r, nil
}

func rateGovernance(m *Method, in GovernanceInput, p GovernanceParams) Result {
	qs := in.Quarters
	if len(qs) == 0 {
		return insufficient(m, "quarters")
	}
	cur := len(qs) - 1
	// back[i] is the quarter i steps before the rated one, or nil when the
	// history has a gap.
	back := make([]*GovernanceQuarter, p.RepeatQuarters)
	back[0] = &qs[cur]
	for i := 1; i < p.RepeatQuarters && cur-i >= 0; i++ {
		if back[i-1] == nil || qs[cur-i].Period.To != back[i-1].Period.From.AddDays(-1) {
			break
		}
		back[i] = &qs[cur-i]
	}
	r := Result{Method: m.ID, Short: m.Short, Status: Rated, Citations: m.Sources}
	low, high := decimal.Zero, decimal.Zero
	for _, t := range p.Targets {
		now, applies := back[0].result(t.Standard)
		if !applies {
			continue
		}
		// surely and maybe: missed in every earlier quarter for certain, or
		// possibly (unknown counts as possibly missed). A quarter given
		// without the target is one where it did not apply (it was not yet
		// in force, say): nothing was missed there.
		surely, maybe := true, true
		for _, q := range back[1:] {
			res := StandardResultUnknown
			if q != nil {
				var listed bool
				if res, listed = q.result(t.Standard); !listed {
					res = StandardMet
				}
			}
			surely = surely && res == StandardNotMet
			maybe = maybe && res != StandardMet
		}
		factor := func(repeat bool) decimal.Decimal {
			if repeat {
				return p.RepeatFactor
			}
			return decimal.NewFromInt(1)
		}
		switch now {
		case StandardNotMet:
			pen := t.Weight.Mul(factor(surely))
			low, high = low.Add(pen), high.Add(t.Weight.Mul(factor(maybe)))
			band := "missed"
			if surely && p.RepeatQuarters > 1 {
				band = "missed in " + strconv.Itoa(p.RepeatQuarters) + " consecutive quarters: weight x " + decimaltext.Format(p.RepeatFactor)
			}
			r.Metrics = append(r.Metrics, Metric{Name: string(t.Standard), Formula: "weight " + decimaltext.Format(t.Weight),
				Value: pen, Places: 1, Band: band, Score: StandardNotMet.Score(), Weight: t.Weight, Citation: t.Citation})
		case StandardMet:
			r.Metrics = append(r.Metrics, Metric{Name: string(t.Standard), Formula: "weight " + decimaltext.Format(t.Weight),
				Value: decimal.Zero, Places: 1, Band: "met", Score: StandardMet.Score(), Weight: t.Weight, Citation: t.Citation})
		default:
			high = high.Add(t.Weight.Mul(factor(maybe)))
			r.Missing = append(r.Missing, "quarters["+strconv.Itoa(cur)+"]."+string(t.Standard))
		}
		if now == StandardNotMet && maybe && !surely && p.RepeatQuarters > 1 {
			r.Missing = append(r.Missing, "quarters before "+back[0].Period.From.String()+"."+string(t.Standard))
		}
	}
	lowScore, _, cite := p.Bands.Classify(low)
	highScore, _, _ := p.Bands.Classify(high)
	rating := GovernanceRating(lowScore).Score()
	r.Combination = &Combination{Rule: "service performance score", Mean: low, Rounded: rating, Citation: cite}
	compliance, enforcement := false, false
	for _, k := range in.CQC {
		switch {
		case k.Enforcement():
			enforcement = true
		case k == economy.ComplianceAction || k == economy.RequirementNotice:
			compliance = true
		}
	}
	score := rating
	for _, c := range []struct {
		name  string
		held  bool
		limit GovernanceRating
		cite  economy.Citation
	}{
		{"CQC compliance action outstanding", compliance, p.CQCCompliance, p.CQCComplianceCitation},
		{"CQC enforcement action in force", enforcement, p.CQCEnforcement, p.CQCEnforcementCitation},
	} {
		held := c.held
		o := Override{Name: c.name, Triggered: &held, Limit: c.limit.Score(), Citation: c.cite}
		if held {
			var changed bool
			score, changed = bound(score, o.Limit)
			o.Applied = changed || score == o.Limit
		}
		r.Overrides = append(r.Overrides, o)
	}
	// The unknown results can only make the score worse: the rating is
	// known when the best and worst cases agree after the CQC limits.
	worst, _ := bound(GovernanceRating(highScore).Score(), score)
	if worst != score {
		r.Status = InsufficientData
		return r
	}
	r.Score = score
	return r
}

// governanceMethod describes the governance risk rating as a registry
// Method, in force with the Compliance Framework (1 April 2008 to 30
// September 2013). The thresholds are those of 2010/11-2012/13; earlier
// editions scored the Healthcare Commission's core standards as well.
func governanceMethod() Method {
	return Method{
		ID: MethodGovernance, Name: "Monitor Compliance Framework governance risk rating", Short: "Governance",
		From: day(2008, time.April, 1), To: day(2013, time.September, 30), Scale: ScaleGovernance,
		Sources: []economy.Citation{citeGovEastLancs, citeGovCentralManchester, citeMonitorRatings},
		rate: func(m *Method, in Input) Result {
			x := GovernanceInputFrom(in.Provider, in.Date, DefaultGovernanceParams())
			if len(x.Quarters) == 0 {
				return insufficient(m, "performance")
			}
			return rateGovernance(m, x, DefaultGovernanceParams())
		},
	}
}

// GovernanceInputFrom reads the quarters the governance rating needs from
// the provider's performance: the latest period ending on or before date
// and up to p.RepeatQuarters-1 periods immediately before it, each judged
// against p.Standards. A target applies when its standard is in force and
// the provider reported its figure in at least one of those periods: the
// library cannot tell a trust without an A&E department from one that did
// not report, and takes a figure never reported as not applicable. A
// provider with no performance on or before date gives no quarters.
func GovernanceInputFrom(pr *economy.Provider, date economy.Date, p GovernanceParams) GovernanceInput {
	p = p.withDefaults()
	cur, ok := pr.LatestPerformance(date)
	if !ok {
		return GovernanceInput{}
	}
	perfs := []*economy.Performance{cur}
	for len(perfs) < p.RepeatQuarters {
		// The quarter before is the latest to end before this one starts.
		prev, ok := pr.LatestPerformance(perfs[0].Period.From)
		if !ok || prev.Period.To != perfs[0].Period.From.AddDays(-1) {
			break
		}
		perfs = append([]*economy.Performance{prev}, perfs...)
	}
	reported := map[StandardID]bool{}
	outs := make([][]StandardOutcome, len(perfs))
	for i, x := range perfs {
		outs[i] = append(AssessStandards(x, p.Standards), cdiffOutcome(x))
		for _, o := range outs[i] {
			reported[o.Standard.ID] = reported[o.Standard.ID] || o.Figure.Valid
		}
	}
	qs := make([]GovernanceQuarter, len(perfs))
	for i, x := range perfs {
		qs[i].Period = x.Period
		for _, o := range outs[i] {
			if reported[o.Standard.ID] {
				qs[i].Results = append(qs[i].Results, TargetResult{Standard: o.Standard.ID, Result: o.Result})
			}
		}
	}
	in := GovernanceInput{Quarters: qs}
	end := cur.Period.To
	for _, a := range pr.CQCActions {
		if a.InForce(end) && !a.Start.After(date) {
			in.CQC = append(in.CQC, a.Kind)
		}
	}
	return in
}

// cdiffStandard is the C. difficile objective as a one-cut standard: the
// cases less the objective, met at zero or below.
var cdiffStandard = Standard{ID: StdCDifficile, Name: "C. difficile objective", Threshold: decimal.Zero, Citation: citeGovDudley}

// cdiffOutcome judges the C. difficile objective for x: met when the cases
// are at or below the objective, unknown when either figure is missing
// (Figure then invalid, so the target applies only to a provider that
// reported it).
func cdiffOutcome(x *economy.Performance) StandardOutcome {
	o := StandardOutcome{Standard: cdiffStandard, Result: StandardResultUnknown}
	if x.CDifficileCases.Valid && x.CDifficileObjective.Valid {
		o.Figure = decimal.NewNullDecimal(x.CDifficileCases.Decimal.Sub(x.CDifficileObjective.Decimal))
		o.Result = cdiffStandard.Judge(o.Figure)
	} else if x.CDifficileCases.Valid || x.CDifficileObjective.Valid {
		o.Figure = decimal.NewNullDecimal(decimal.Zero) // reported, but not both figures
		o.Result = StandardResultUnknown
	}
	return o
}
