package rating

import (
	"errors"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// SOFFinanceParams are the thresholds and rules of NHS Improvement's
// single oversight framework finance and use of resources score (1 best,
// 4 worst; 1 October 2016 to 22 August 2019). The zero value means the
// defaults of [DefaultSOFFinanceParams]: a table without cuts, all-zero
// weights, RoundingUnknown and OverrideSwitchDefault each fall back to
// their default. A SOFFinanceParams is a plain value, safe to share.
type SOFFinanceParams struct {
	// CapitalServiceCapacity bands, in x. Default: 1 above 2.5x, 2 at
	// >= 1.75x, 3 at >= 1.25x, else 4. Unverified.
	CapitalServiceCapacity Bands `json:"capital_service_capacity"`
	// Liquidity bands, in days. Default: 1 above 0, 2 at >= -7, 3 at
	// >= -14, else 4. Unverified.
	Liquidity Bands `json:"liquidity"`
	// IEMargin bands, in %. Default: 1 above 1%, 2 at >= 0%, 3 above -1%,
	// else 4. Unverified.
	IEMargin Bands `json:"ie_margin"`
	// PlanDistance bands for the I&E margin less the planned margin, in
	// percentage points. Default: 1 at >= 0 pp, 2 at >= -1 pp, 3 above
	// -2 pp, else 4. Unverified.
	PlanDistance Bands `json:"plan_distance"`
	// AgencySpend bands for agency spend over the ceiling, in % of the
	// ceiling. Default: 1 at <= 0%, 2 at <= 25%, 3 at <= 50%, else 4.
	// Unverified.
	AgencySpend Bands `json:"agency_spend"`
	// Weights of the five metrics, relative to each other. Default 1 each:
	// 20% each, VERIFIED (Alder Hey annual report 2017/18).
	Weights SOFWeights `json:"weights"`
	// Rounding of the weighted mean. Default RoundHalfUp (2.5 gives 3, the
	// worse score), unverified.
	Rounding Rounding `json:"rounding"`
	// ControlTotalCaps: without an agreed control total, a planned deficit
	// caps the score at 3 and a planned surplus at 2. Default on, VERIFIED
	// (HFMA, 4 October 2016). A planned break-even counts as a surplus
	// (interpretation).
	ControlTotalCaps OverrideSwitch `json:"control_total_caps"`
	// AnyFourCap caps the score at 3 when a metric scores 4. Default on,
	// unverified (remembered with moderate confidence).
	AnyFourCap OverrideSwitch `json:"any_four_cap"`
	// SpecialMeasuresFour scores a trust in financial special measures 4.
	// Default off: remembered with low confidence, and the special measures
	// regime only began in July 2016.
	SpecialMeasuresFour OverrideSwitch `json:"special_measures_four"`
}

// SOFWeights are the relative weights of the five SOF finance metrics.
type SOFWeights struct {
	CapitalServiceCapacity decimal.Decimal `json:"capital_service_capacity"`
	Liquidity              decimal.Decimal `json:"liquidity"`
	IEMargin               decimal.Decimal `json:"ie_margin"`
	PlanDistance           decimal.Decimal `json:"plan_distance"`
	AgencySpend            decimal.Decimal `json:"agency_spend"`
}

// DefaultSOFFinanceParams returns the SOF finance score as encoded, with
// every default spelled out and cited.
func DefaultSOFFinanceParams() SOFFinanceParams {
	one := decimal.NewFromInt(1)
	return SOFFinanceParams{
		CapitalServiceCapacity: sofCoverBands(),
		Liquidity:              sofLiquidityBands(),
		IEMargin:               sofMarginBands(),
		PlanDistance:           sofPlanBands(),
		AgencySpend:            sofAgencyBands(),
		Weights:                SOFWeights{one, one, one, one, one},
		Rounding:               RoundHalfUp,
		ControlTotalCaps:       OverrideOn,
		AnyFourCap:             OverrideOn,
		SpecialMeasuresFour:    OverrideOff,
	}
}

func sofBands(metric, unit string, higher bool, cuts []Cut, section, note string) Bands {
	return finCiteCuts(Bands{Metric: metric, Unit: unit, HigherIsBetter: higher, Cuts: cuts, Floor: 4, Citation: citeSOF2016(section, note)})
}

func sofCoverBands() Bands {
	return sofBands("capital service capacity", "x", true,
		[]Cut{finCut(1, "2.5", false), finCut(2, "1.75", true), finCut(3, "1.25", true)},
		"finance and use of resources, capital service capacity", "edges 2.5x / 1.75x / 1.25x and their inclusivity")
}

func sofLiquidityBands() Bands {
	return sofBands("liquidity", "days", true,
		[]Cut{finCut(1, "0", false), finCut(2, "-7", true), finCut(3, "-14", true)},
		"finance and use of resources, liquidity", "edges 0 / -7 / -14 days and their inclusivity")
}

func sofMarginBands() Bands {
	return sofBands("I&E margin", "%", true,
		[]Cut{finCut(1, "1", false), finCut(2, "0", true), finCut(3, "-1", false)},
		"finance and use of resources, I&E margin", "edges 1% / 0% / -1% and their inclusivity")
}

func sofPlanBands() Bands {
	return sofBands("distance from financial plan", "pp", true,
		[]Cut{finCut(1, "0", true), finCut(2, "-1", true), finCut(3, "-2", false)},
		"finance and use of resources, distance from financial plan", "edges 0 / -1 / -2 pp and their inclusivity")
}

func sofAgencyBands() Bands {
	return sofBands("agency spend against ceiling", "%", false,
		[]Cut{finCut(1, "0", true), finCut(2, "25", true), finCut(3, "50", true)},
		"finance and use of resources, agency spend", "edges 0% / 25% / 50% over the ceiling and their inclusivity")
}

func (p SOFFinanceParams) withDefaults() SOFFinanceParams {
	fill(&p.CapitalServiceCapacity, noCuts, sofCoverBands)
	fill(&p.Liquidity, noCuts, sofLiquidityBands)
	fill(&p.IEMargin, noCuts, sofMarginBands)
	fill(&p.PlanDistance, noCuts, sofPlanBands)
	fill(&p.AgencySpend, noCuts, sofAgencyBands)
	if w := p.Weights; allZero(w.CapitalServiceCapacity, w.Liquidity, w.IEMargin, w.PlanDistance, w.AgencySpend) {
		one := decimal.NewFromInt(1)
		p.Weights = SOFWeights{one, one, one, one, one}
	}
	fillZero(&p.Rounding, RoundHalfUp)
	fillZero(&p.ControlTotalCaps, OverrideOn)
	fillZero(&p.AnyFourCap, OverrideOn)
	fillZero(&p.SpecialMeasuresFour, OverrideOff)
	return p
}

// Validate reports every problem with p after defaults are filled in.
func (p SOFFinanceParams) Validate() error {
	p = p.withDefaults()
	w := p.Weights
	return errors.Join(
		finCheckBands(p.CapitalServiceCapacity, 1, 4),
		finCheckBands(p.Liquidity, 1, 4),
		finCheckBands(p.IEMargin, 1, 4),
		finCheckBands(p.PlanDistance, 1, 4),
		finCheckBands(p.AgencySpend, 1, 4),
		finCheckWeights(w.CapitalServiceCapacity, w.Liquidity, w.IEMargin, w.PlanDistance, w.AgencySpend),
		finCheckRounding(p.Rounding),
	)
}

// SOFFinanceInput holds the five SOF finance metrics as published, with
// the facts the overrides need: what [RateSOFFinance] rates. A nil fact is
// unknown.
type SOFFinanceInput struct {
	CapitalServiceCapacity decimal.NullDecimal `json:"capital_service_capacity,omitzero"` // x
	NoDebtService          bool                `json:"no_debt_service,omitempty"`         // unbounded capacity
	LiquidityDays          decimal.NullDecimal `json:"liquidity_days,omitzero"`
	IEMargin               decimal.NullDecimal `json:"ie_margin,omitzero"`           // %
	PlanDistance           decimal.NullDecimal `json:"plan_distance,omitzero"`       // percentage points
	AgencyOverCeiling      decimal.NullDecimal `json:"agency_over_ceiling,omitzero"` // % of the ceiling; negative: under it

	ControlTotalAgreed       *bool               `json:"control_total_agreed,omitempty"`
	PlannedSurplus           decimal.NullDecimal `json:"planned_surplus,omitzero"` // sign only: deficit or surplus planned
	FinancialSpecialMeasures *bool               `json:"financial_special_measures,omitempty"`
}

// RateSOFFinanceAccounts scores accounts under the single oversight
// framework's finance and use of resources theme as they stood on date,
// computing each metric from the accounts: five metrics each scored 1-4
// and weighted 20%, the mean rounded, then capped (no agreed control total
// on date, any metric 4, and, if switched on, financial special measures).
// financialSpecialMeasures is whether the trust was in financial special
// measures (nil: unknown; read only when that override is on). A cap whose
// facts are missing gives InsufficientData only when it could change the
// score; otherwise the score stands and Missing names the gap.
func RateSOFFinanceAccounts(a *economy.Accounts, date economy.Date, financialSpecialMeasures *bool, p SOFFinanceParams) Result {
	if a == nil {
		return finInsufficient(sofFinanceInfo, "accounts")
	}
	p = p.withDefaults()
	r := finReader{prefix: "accounts."}
	v := sofValues{
		csc: finCapitalServiceCover(&r, a), liq: finLiquidityDays(&r, a), margin: finIEMargin(&r, a),
		plan: finPlanVariance(&r, a), agency: finAgencyOver(&r, a),
	}
	if len(r.missing) > 0 {
		return finInsufficient(sofFinanceInfo, finDedupe(r.missing)...)
	}
	var agreed *bool
	if e, ok := a.ControlTotalOn(date); ok {
		agreed = finBool(e.Status.Agreed())
	}
	f := sofFacts{agreed: agreed, planned: a.PlannedSurplus, fsm: financialSpecialMeasures, prefix: "accounts."}
	return sofRate(v, f, p)
}

// RateSOFFinance scores the published metric values of in the same way as
// [RateSOFFinanceAccounts]; a missing value is named "metrics.<field>".
func RateSOFFinance(in SOFFinanceInput, p SOFFinanceParams) Result {
	p = p.withDefaults()
	r := finReader{prefix: "metrics."}
	v := sofValues{csc: finValue{Inf: 1, Formula: "given: no debt service"}}
	if !in.NoDebtService {
		v.csc = finGiven(&r, in.CapitalServiceCapacity, "capital_service_capacity")
	}
	v.liq = finGiven(&r, in.LiquidityDays, "liquidity_days")
	v.margin = finGiven(&r, in.IEMargin, "ie_margin")
	v.plan = finGiven(&r, in.PlanDistance, "plan_distance")
	v.agency = finGiven(&r, in.AgencyOverCeiling, "agency_over_ceiling")
	if len(r.missing) > 0 {
		return finInsufficient(sofFinanceInfo, r.missing...)
	}
	f := sofFacts{agreed: in.ControlTotalAgreed, planned: in.PlannedSurplus, fsm: in.FinancialSpecialMeasures, prefix: "metrics."}
	return sofRate(v, f, p)
}

type sofValues struct{ csc, liq, margin, plan, agency finValue }

type sofFacts struct {
	agreed  *bool
	planned decimal.NullDecimal
	fsm     *bool
	prefix  string
}

func sofRate(v sofValues, f sofFacts, p SOFFinanceParams) Result {
	s := ScaleOversightScore
	ms := []Metric{
		finMeasure(p.CapitalServiceCapacity, s, "capital service capacity", v.csc, 2),
		finMeasure(p.Liquidity, s, "liquidity", v.liq, 1),
		finMeasure(p.IEMargin, s, "I&E margin", v.margin, 2),
		finMeasure(p.PlanDistance, s, "distance from financial plan", v.plan, 2),
		finMeasure(p.AgencySpend, s, "agency spend against ceiling", v.agency, 1),
	}
	w := p.Weights
	mean := finMean(ms, []decimal.Decimal{w.CapitalServiceCapacity, w.Liquidity, w.IEMargin, w.PlanDistance, w.AgencySpend})
	computed := OversightScore(finRound(mean, p.Rounding, 1, 4)).Score()
	var caps []finCap
	if p.ControlTotalCaps.on(true) {
		caps = append(caps, sofControlTotalCaps(f)...)
	}
	if p.AnyFourCap.on(true) {
		caps = append(caps, sofAnyFourCap(ms))
	}
	if p.SpecialMeasuresFour.on(false) {
		c := finCap{
			Name: "financial special measures", Triggered: f.fsm, Limit: OversightScore(4).Score(),
			Citation: citeSOF2016("finance and use of resources, overrides", "trusts in financial special measures score 4 (low confidence)"),
			Missing:  []string{"governance.financial_special_measures"},
		}
		if v, ok := flag(f.fsm); ok && v {
			c.Reason = "in financial special measures"
		}
		caps = append(caps, c)
	}
	score, os, missing, blocked := finApplyCaps(computed, caps)
	if blocked {
		return finInsufficient(sofFinanceInfo, missing...)
	}
	return Result{
		Method: sofFinanceInfo.id, Short: sofFinanceInfo.short, Status: Rated, Score: score, Missing: missing,
		Metrics: ms, Overrides: os,
		Combination: &Combination{
			Rule: "weighted mean", Mean: mean, Rounding: p.Rounding, Rounded: computed,
			Citation: economy.Citation{
				Document: "Alder Hey Children's NHS Foundation Trust Annual Report and Accounts 2017/18", Issuer: "Alder Hey Children's NHS FT",
				Year: 2018, Section: "p.22", URL: "https://online.flipbuilder.com/yphr/goky/files/basic-html/page22.html", Verified: true,
				Note: "weights 20% each read; the rounding of the mean was not read (half up assumed)",
			},
		},
		Citations: sofFinanceInfo.sources(),
	}
}

// sofControlTotalCaps builds the two verified caps on a trust without an
// agreed control total. Both are unknown when agreement is not known, and
// when it is known not to be agreed but the plan is missing.
func sofControlTotalCaps(f sofFacts) []finCap {
	cite := citeSOFConfirmed("without an agreed control total, a planned deficit scores no better than 3 and a planned surplus no better than 2")
	deficit := finCap{Name: "no agreed control total, planned deficit", Limit: OversightScore(3).Score(), Citation: cite}
	surplus := finCap{Name: "no agreed control total, planned surplus", Limit: OversightScore(2).Score(), Citation: cite}
	agreed, known := flag(f.agreed)
	switch {
	case !known && f.prefix == "accounts.":
		deficit.Missing = []string{f.prefix + "control_total_events"}
		surplus.Missing = deficit.Missing
	case !known:
		deficit.Missing = []string{f.prefix + "control_total_agreed"}
		surplus.Missing = deficit.Missing
	case agreed:
		deficit.Triggered, surplus.Triggered = finBool(false), finBool(false)
	case !f.planned.Valid:
		deficit.Missing = []string{f.prefix + "planned_surplus"}
		surplus.Missing = deficit.Missing
	default:
		d := f.planned.Decimal.Sign() < 0
		deficit.Triggered, surplus.Triggered = finBool(d), finBool(!d)
		if d {
			deficit.Reason = "planned deficit of " + decimaltext.Format(f.planned.Decimal.Neg()) + " without an agreed control total"
		} else {
			surplus.Reason = "planned surplus of " + decimaltext.Format(f.planned.Decimal) + " without an agreed control total"
		}
	}
	return []finCap{deficit, surplus}
}

func sofAnyFourCap(ms []Metric) finCap {
	var fours []string
	for _, m := range ms {
		if m.Score.Value == 4 {
			fours = append(fours, m.Name)
		}
	}
	c := finCap{
		Name: "a metric scored 4", Triggered: finBool(len(fours) > 0), Limit: OversightScore(3).Score(),
		Citation: citeSOF2016("finance and use of resources, overrides", "any metric scoring 4 limits the score to 3"),
	}
	if len(fours) > 0 {
		c.Reason = strings.Join(fours, ", ") + " scored 4"
	}
	return c
}
