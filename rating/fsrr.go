package rating

import (
	"errors"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// FSRRParams are the thresholds and rules of Monitor's financial
// sustainability risk rating (risk assessment framework as updated in
// August 2015, in force here from 5 August 2015 to 30 September 2016). The
// zero value means the defaults of [DefaultFSRRParams]: a table without
// cuts, all-zero weights, RoundingUnknown and OverrideSwitchDefault each
// fall back to their default. An FSRRParams is a plain value, safe to share.
type FSRRParams struct {
	// CapitalServiceCapacity and Liquidity: the CoSRR tables (see
	// [CoSRRParams]), unverified.
	CapitalServiceCapacity Bands `json:"capital_service_capacity"`
	Liquidity              Bands `json:"liquidity"`
	// IEMargin bands, in %. Default: 4 above 1%, 3 at >= 0%, 2 above -1%,
	// else 1. The 0% edge (a deficit scores 1 or 2) was read at the
	// consultation stage (HFMA, 28 June 2015); the 1% and -1% edges are
	// unverified.
	IEMargin Bands `json:"ie_margin"`
	// PlanVariance bands for the I&E margin less the planned margin, in
	// percentage points. Default: 4 at >= 0 pp, 3 at >= -1 pp, 2 above
	// -2 pp, else 1. A shortfall of more than 1 pp scores 1 or 2 (read at
	// consultation stage), so exactly -1 pp scores 3; the 0 and -2 pp edges
	// are unverified.
	PlanVariance Bands `json:"plan_variance"`
	// CapexVariance bands for capital expenditure off plan, in % of plan,
	// used only when IncludeCapexVariance is set. Default: 4 below 10%, 3
	// below 20%, 2 below 30%, else 1. Only the 20% edge was read (20% or
	// more off plan scores 1 or 2, consultation stage); 10% and 30% are
	// placeholders of this library.
	CapexVariance Bands `json:"capex_variance"`
	// IncludeCapexVariance adds the capital expenditure metric that the
	// June 2015 consultation proposed and the final framework dropped
	// (HFMA, 31 August 2015). Default false: a variant can put it back.
	IncludeCapexVariance bool `json:"include_capex_variance,omitempty"`
	// Weights of the metrics, relative to each other. Default 1 each (25%
	// each over four metrics, 20% each with capital expenditure),
	// unverified.
	Weights FSRRWeights `json:"weights"`
	// Rounding of the weighted mean. Default RoundHalfUp: to the nearest
	// whole number, 1.5 to 2 and 1.4 to 1 (HFMA, 31 August 2015).
	Rounding Rounding `json:"rounding"`
	// AnyOneCap caps the rating at 2 when a metric scores 1. Default on:
	// proposed in June (HFMA, 28 June 2015) and adopted in August (HFMA,
	// 31 August 2015).
	AnyOneCap OverrideSwitch `json:"any_one_cap"`
	// Exempt lists the metrics whose score of 1 does not trigger
	// AnyOneCap: OverrideOn exempts. Default: capital expenditure variance
	// exempt (as proposed in the consultation), the others not.
	Exempt FSRRExemptions `json:"exempt"`
}

// FSRRWeights are the relative weights of the FSRR metrics.
type FSRRWeights struct {
	CapitalServiceCapacity decimal.Decimal `json:"capital_service_capacity"`
	Liquidity              decimal.Decimal `json:"liquidity"`
	IEMargin               decimal.Decimal `json:"ie_margin"`
	PlanVariance           decimal.Decimal `json:"plan_variance"`
	CapexVariance          decimal.Decimal `json:"capex_variance"`
}

// FSRRExemptions say, per metric, whether a score of 1 is exempt from the
// any-metric-1 cap. OverrideSwitchDefault means the documented default.
type FSRRExemptions struct {
	CapitalServiceCapacity OverrideSwitch `json:"capital_service_capacity"`
	Liquidity              OverrideSwitch `json:"liquidity"`
	IEMargin               OverrideSwitch `json:"ie_margin"`
	PlanVariance           OverrideSwitch `json:"plan_variance"`
	CapexVariance          OverrideSwitch `json:"capex_variance"`
}

// DefaultFSRRParams returns the FSRR as encoded, with every default
// spelled out and cited.
func DefaultFSRRParams() FSRRParams {
	one := decimal.NewFromInt(1)
	return FSRRParams{
		CapitalServiceCapacity: fsrrCoverBands(),
		Liquidity:              fsrrLiquidityBands(),
		IEMargin:               fsrrMarginBands(),
		PlanVariance:           fsrrVarianceBands(),
		CapexVariance:          fsrrCapexBands(),
		Weights:                FSRRWeights{one, one, one, one, one},
		Rounding:               RoundHalfUp,
		AnyOneCap:              OverrideOn,
		Exempt:                 FSRRExemptions{OverrideOff, OverrideOff, OverrideOff, OverrideOff, OverrideOn},
	}
}

func fsrrCoverBands() Bands {
	b := cosrrCoverBands()
	b.Metric = "capital service capacity"
	b.Citation = citeRAF2015("§3, capital service capacity", "CoSRR edges 2.5x / 1.75x / 1.25x carried over")
	return finRecite(b)
}

func fsrrLiquidityBands() Bands {
	b := cosrrLiquidityBands()
	b.Citation = citeRAF2015("§3, liquidity", "CoSRR edges 0 / -7 / -14 days carried over")
	return finRecite(b)
}

func fsrrMarginBands() Bands {
	read := citeFSRRConsultation("an I&E deficit scores 1 or 2, so a margin of exactly 0% scores 3; final August 2015 table not read")
	return finCiteCuts(Bands{
		Metric: "I&E margin", Unit: "%", HigherIsBetter: true,
		Cuts: []Cut{
			finCut(4, "1", false),
			{Score: 3, At: decimal.Zero, Inclusive: true, Citation: &read},
			finCut(2, "-1", false),
		},
		Floor:    1,
		Citation: citeRAF2015("§3, I&E margin", "edges 1% and -1% and their inclusivity"),
	})
}

func fsrrVarianceBands() Bands {
	read := citeFSRRConsultation("an I&E margin more than 1 percentage point short of plan scores 1 or 2, so exactly -1 pp scores 3; final August 2015 table not read")
	return finCiteCuts(Bands{
		Metric: "I&E margin variance from plan", Unit: "pp", HigherIsBetter: true,
		Cuts: []Cut{
			finCut(4, "0", true),
			{Score: 3, At: decimal.NewFromInt(-1), Inclusive: true, Citation: &read},
			finCut(2, "-2", false),
		},
		Floor:    1,
		Citation: citeRAF2015("§3, I&E margin variance from plan", "edges 0 and -2 pp and their inclusivity"),
	})
}

func fsrrCapexBands() Bands {
	read := citeFSRRConsultation("capital expenditure 20% or more away from plan scores 1 or 2")
	return finCiteCuts(Bands{
		Metric: "capital expenditure variance from plan", Unit: "%", HigherIsBetter: false,
		Cuts: []Cut{
			finCut(4, "10", false),
			{Score: 3, At: decimal.NewFromInt(20), Inclusive: false, Citation: &read},
			finCut(2, "30", false),
		},
		Floor: 1,
		Citation: economy.Citation{Document: "failregime placeholder", Note: finUnread +
			"; the 10% and 30% edges are placeholders of this library, found in no source"},
	})
}

func (p FSRRParams) withDefaults() FSRRParams {
	fill(&p.CapitalServiceCapacity, noCuts, fsrrCoverBands)
	fill(&p.Liquidity, noCuts, fsrrLiquidityBands)
	fill(&p.IEMargin, noCuts, fsrrMarginBands)
	fill(&p.PlanVariance, noCuts, fsrrVarianceBands)
	fill(&p.CapexVariance, noCuts, fsrrCapexBands)
	if w := p.Weights; allZero(w.CapitalServiceCapacity, w.Liquidity, w.IEMargin, w.PlanVariance, w.CapexVariance) {
		one := decimal.NewFromInt(1)
		p.Weights = FSRRWeights{one, one, one, one, one}
	}
	fillZero(&p.Rounding, RoundHalfUp)
	fillZero(&p.AnyOneCap, OverrideOn)
	e := &p.Exempt
	fillZero(&e.CapitalServiceCapacity, OverrideOff)
	fillZero(&e.Liquidity, OverrideOff)
	fillZero(&e.IEMargin, OverrideOff)
	fillZero(&e.PlanVariance, OverrideOff)
	fillZero(&e.CapexVariance, OverrideOn)
	return p
}

// Validate reports every problem with p after defaults are filled in.
func (p FSRRParams) Validate() error {
	p = p.withDefaults()
	w := p.Weights
	ws := []decimal.Decimal{w.CapitalServiceCapacity, w.Liquidity, w.IEMargin, w.PlanVariance}
	if p.IncludeCapexVariance {
		ws = append(ws, w.CapexVariance)
	}
	return errors.Join(
		finCheckBands(p.CapitalServiceCapacity, 1, 4),
		finCheckBands(p.Liquidity, 1, 4),
		finCheckBands(p.IEMargin, 1, 4),
		finCheckBands(p.PlanVariance, 1, 4),
		finCheckBands(p.CapexVariance, 1, 4),
		finCheckWeights(ws...),
		finCheckRounding(p.Rounding),
	)
}

// FSRRInput holds the FSRR metrics as published, what [RateFSRR] rates.
// CapexVariance is read
// only when the params include that metric.
type FSRRInput struct {
	CapitalServiceCapacity decimal.NullDecimal `json:"capital_service_capacity,omitzero"` // times (x)
	NoDebtService          bool                `json:"no_debt_service,omitempty"`         // unbounded capacity
	LiquidityDays          decimal.NullDecimal `json:"liquidity_days,omitzero"`
	IEMargin               decimal.NullDecimal `json:"ie_margin,omitzero"`      // %
	PlanVariance           decimal.NullDecimal `json:"plan_variance,omitzero"`  // percentage points
	CapexVariance          decimal.NullDecimal `json:"capex_variance,omitzero"` // % of plan, either direction
}

// RateFSRRAccounts rates accounts under Monitor's financial
// sustainability risk rating, computing each metric from the accounts:
// capital service capacity, liquidity, I&E margin and I&E margin
// variance from plan (and, if asked, capital expenditure variance) each
// scored 1-4, weighted, rounded, then capped at 2 when a metric that is not
// exempt scores 1. Missing figures give InsufficientData; zero
// denominators follow the rules of [RateCoSRRAccounts] (no debt service:
// best; no income: the sign of the surplus decides; no planned capital
// expenditure: any spend is unboundedly off plan).
func RateFSRRAccounts(a *economy.Accounts, p FSRRParams) Result {
	if a == nil {
		return finInsufficient(fsrrInfo, "accounts")
	}
	p = p.withDefaults()
	r := finReader{prefix: "accounts."}
	v := fsrrValues{
		csc: finCapitalServiceCover(&r, a), liq: finLiquidityDays(&r, a),
		margin: finIEMargin(&r, a), variance: finPlanVariance(&r, a),
	}
	if p.IncludeCapexVariance {
		v.capex = finCapexVariance(&r, a)
	}
	if len(r.missing) > 0 {
		return finInsufficient(fsrrInfo, finDedupe(r.missing)...)
	}
	return fsrrRate(v, p)
}

// RateFSRR rates the published metric values of in the same way as
// [RateFSRRAccounts]; a missing value is named "metrics.<field>".
func RateFSRR(in FSRRInput, p FSRRParams) Result {
	p = p.withDefaults()
	r := finReader{prefix: "metrics."}
	v := fsrrValues{csc: finValue{Inf: 1, Formula: "given: no debt service"}}
	if !in.NoDebtService {
		v.csc = finGiven(&r, in.CapitalServiceCapacity, "capital_service_capacity")
	}
	v.liq = finGiven(&r, in.LiquidityDays, "liquidity_days")
	v.margin = finGiven(&r, in.IEMargin, "ie_margin")
	v.variance = finGiven(&r, in.PlanVariance, "plan_variance")
	if p.IncludeCapexVariance {
		v.capex = finGiven(&r, in.CapexVariance, "capex_variance")
	}
	if len(r.missing) > 0 {
		return finInsufficient(fsrrInfo, r.missing...)
	}
	return fsrrRate(v, p)
}

type fsrrValues struct {
	csc, liq, margin, variance, capex finValue
}

func fsrrRate(v fsrrValues, p FSRRParams) Result {
	s := ScaleMonitor4
	ms := make([]Metric, 0, 5)
	ms = append(ms,
		finMeasure(p.CapitalServiceCapacity, s, "capital service capacity", v.csc, 2),
		finMeasure(p.Liquidity, s, "liquidity", v.liq, 1),
		finMeasure(p.IEMargin, s, "I&E margin", v.margin, 2),
		finMeasure(p.PlanVariance, s, "I&E margin variance from plan", v.variance, 2),
	)
	w := p.Weights
	ws := []decimal.Decimal{w.CapitalServiceCapacity, w.Liquidity, w.IEMargin, w.PlanVariance}
	exempt := []bool{
		p.Exempt.CapitalServiceCapacity.on(false), p.Exempt.Liquidity.on(false),
		p.Exempt.IEMargin.on(false), p.Exempt.PlanVariance.on(false),
	}
	if p.IncludeCapexVariance {
		ms = append(ms, finMeasure(p.CapexVariance, s, "capital expenditure variance from plan", v.capex, 1))
		ws = append(ws, w.CapexVariance)
		exempt = append(exempt, p.Exempt.CapexVariance.on(true))
	}
	mean := finMean(ms, ws)
	computed := MonitorRating(finRound(mean, p.Rounding, 1, 4)).Score(s)
	res := Result{
		Method: fsrrInfo.id, Short: fsrrInfo.short, Status: Rated, Score: computed, Metrics: ms,
		Combination: &Combination{
			Rule: "weighted mean", Mean: mean, Rounding: p.Rounding, Rounded: computed,
			Citation: citeFSRRFinal("four metrics (the capital expenditure variance proposed in June was dropped); the weighted mean rounded to the nearest whole number, 1.5 to 2 and 1.4 to 1, 'a change to the previous framework, which rounded up'; the weights (25% each) were not read"),
		},
		Citations: fsrrInfo.sources(),
	}
	if p.AnyOneCap.on(true) {
		var ones []string
		for i, m := range ms {
			if m.Score.Value == 1 && !exempt[i] {
				ones = append(ones, m.Name)
			}
		}
		c := finCap{
			Name: "a metric scored 1", Triggered: finBool(len(ones) > 0), Limit: MonitorRating(2).Score(s),
			Citation: citeFSRRFinal("a score of 1 on any metric caps the rating at 2"),
		}
		if len(ones) > 0 {
			c.Reason = strings.Join(ones, ", ") + " scored 1"
		}
		res.Score, res.Overrides, _, _ = finApplyCaps(computed, []finCap{c})
	}
	return res
}

// finDedupe drops repeated names (surplus and operating income feed two
// metrics each), keeping the first of each.
func finDedupe(xs []string) []string {
	out := xs[:0:0]
	for _, x := range xs {
		dup := false
		for _, y := range out {
			if x == y {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}
