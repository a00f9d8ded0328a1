package rating

import (
	"errors"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// CoSRRParams are the thresholds and rules of Monitor's continuity of
// services risk rating (risk assessment framework, 1 October 2013 to
// 4 August 2015). The zero value means the defaults of
// [DefaultCoSRRParams]: a table without cuts, all-zero weights and
// RoundingUnknown each fall back to their default. A CoSRRParams is a plain value,
// safe to share once built.
type CoSRRParams struct {
	// CapitalServiceCover bands, in times (x). Default: 4 at >= 2.5x,
	// 3 at >= 1.75x, 2 at >= 1.25x, else 1. Unverified (Monitor's risk
	// assessment framework, FROM MEMORY), including >= at each edge.
	CapitalServiceCover Bands `json:"capital_service_cover"`
	// Liquidity bands, in days. Default: 4 at >= 0, 3 at >= -7,
	// 2 at >= -14, else 1. Unverified, including >= at each edge.
	Liquidity Bands `json:"liquidity"`
	// Weights of capital service cover and liquidity, relative to each
	// other. Default 1:1 (50/50), FROM MEMORY; the worked example fits it.
	CapitalServiceCoverWeight decimal.Decimal `json:"capital_service_cover_weight"`
	LiquidityWeight           decimal.Decimal `json:"liquidity_weight"`
	// Rounding of the mean. Default RoundCeil: the CoSRR "rounded up"
	// (HFMA, 31 August 2015, on the FSRR's change to rounding to the
	// nearest), as the worked example shows (ratings 2 and 3 gave 3).
	Rounding Rounding `json:"rounding"`
}

// DefaultCoSRRParams returns the CoSRR as encoded, with every default
// spelled out and cited.
func DefaultCoSRRParams() CoSRRParams {
	return CoSRRParams{
		CapitalServiceCover:       cosrrCoverBands(),
		Liquidity:                 cosrrLiquidityBands(),
		CapitalServiceCoverWeight: decimal.NewFromInt(1),
		LiquidityWeight:           decimal.NewFromInt(1),
		Rounding:                  RoundCeil,
	}
}

func finCut(score uint8, at string, inclusive bool) Cut {
	return Cut{Score: score, At: decimal.RequireFromString(at), Inclusive: inclusive}
}

func cosrrCoverBands() Bands {
	return finCiteCuts(Bands{
		Metric: "capital service cover", Unit: "x", HigherIsBetter: true,
		Cuts:     []Cut{finCut(4, "2.5", true), finCut(3, "1.75", true), finCut(2, "1.25", true)},
		Floor:    1,
		Citation: citeRAF2013("§4, capital service capacity", "edges 2.5x / 1.75x / 1.25x and their inclusivity"),
	})
}

func cosrrLiquidityBands() Bands {
	return finCiteCuts(Bands{
		Metric: "liquidity", Unit: "days", HigherIsBetter: true,
		Cuts:     []Cut{finCut(4, "0", true), finCut(3, "-7", true), finCut(2, "-14", true)},
		Floor:    1,
		Citation: citeRAF2013("§4, liquidity", "edges 0 / -7 / -14 days and their inclusivity"),
	})
}

func (p CoSRRParams) withDefaults() CoSRRParams {
	fill(&p.CapitalServiceCover, noCuts, cosrrCoverBands)
	fill(&p.Liquidity, noCuts, cosrrLiquidityBands)
	if allZero(p.CapitalServiceCoverWeight, p.LiquidityWeight) {
		p.CapitalServiceCoverWeight, p.LiquidityWeight = decimal.NewFromInt(1), decimal.NewFromInt(1)
	}
	fillZero(&p.Rounding, RoundCeil)
	return p
}

// Validate reports every problem with p after defaults are filled in:
// band tables that cannot classify, scores off the 1-4 scale, negative
// weights and unknown rounding rules.
func (p CoSRRParams) Validate() error {
	p = p.withDefaults()
	return errors.Join(
		finCheckBands(p.CapitalServiceCover, 1, 4),
		finCheckBands(p.Liquidity, 1, 4),
		finCheckWeights(p.CapitalServiceCoverWeight, p.LiquidityWeight),
		finCheckRounding(p.Rounding),
	)
}

// CoSRRInput holds the two CoSRR metrics as published, what [RateCoSRR]
// rates when a trust's accounts are not at hand. NoDebtService marks an unbounded capital
// service cover (a trust with no debt service); CapitalServiceCover is then
// ignored.
type CoSRRInput struct {
	CapitalServiceCover decimal.NullDecimal `json:"capital_service_cover,omitzero"` // times (x)
	NoDebtService       bool                `json:"no_debt_service,omitempty"`
	LiquidityDays       decimal.NullDecimal `json:"liquidity_days,omitzero"`
}

// RateCoSRRAccounts rates accounts under Monitor's continuity of services
// risk rating, computing each metric from the accounts and showing the
// formula in its working:
// capital service cover and liquidity each scored 1-4, averaged with equal
// weights, the mean rounded half up. A nil a or a missing figure gives
// InsufficientData naming every absent field. A trust with no debt service
// scores 4 on capital service cover (unbounded cover); one with no
// operating expenses scores liquidity by the sign of its working capital.
// The "2*" qualification is a judgement: add it with [MonitorTwoStar].
func RateCoSRRAccounts(a *economy.Accounts, p CoSRRParams) Result {
	if a == nil {
		return finInsufficient(cosrrInfo, "accounts")
	}
	r := finReader{prefix: "accounts."}
	csc := finCapitalServiceCover(&r, a)
	liq := finLiquidityDays(&r, a)
	if len(r.missing) > 0 {
		return finInsufficient(cosrrInfo, r.missing...)
	}
	return cosrrRate(csc, liq, p.withDefaults())
}

// RateCoSRR rates the published metric values of in the same way as
// [RateCoSRRAccounts]; a missing value is named "metrics.<field>".
func RateCoSRR(in CoSRRInput, p CoSRRParams) Result {
	r := finReader{prefix: "metrics."}
	csc := finValue{Inf: 1, Formula: "given: no debt service"}
	if !in.NoDebtService {
		csc = finGiven(&r, in.CapitalServiceCover, "capital_service_cover")
	}
	liq := finGiven(&r, in.LiquidityDays, "liquidity_days")
	if len(r.missing) > 0 {
		return finInsufficient(cosrrInfo, r.missing...)
	}
	return cosrrRate(csc, liq, p.withDefaults())
}

func cosrrRate(csc, liq finValue, p CoSRRParams) Result {
	ms := []Metric{
		finMeasure(p.CapitalServiceCover, ScaleMonitor4, "capital service cover", csc, 2),
		finMeasure(p.Liquidity, ScaleMonitor4, "liquidity", liq, 1),
	}
	mean := finMean(ms, []decimal.Decimal{p.CapitalServiceCoverWeight, p.LiquidityWeight})
	score := MonitorRating(finRound(mean, p.Rounding, 1, 4)).Score(ScaleMonitor4)
	return Result{
		Method: cosrrInfo.id, Short: cosrrInfo.short, Status: Rated, Score: score, Metrics: ms,
		Combination: &Combination{Rule: "mean", Mean: mean, Rounding: p.Rounding, Rounded: score, Citation: citeCoSRRRounding()},
		Citations:   cosrrInfo.sources(),
	}
}

// MonitorTwoStar records Monitor's "2*" on a rated CoSRR or FSRR of 2: a
// 2 that Monitor judged unlikely to get worse in the immediate future. It
// is a judgement, never computed; reason says who judged it and why. The
// published score stays 2. It reports false, and returns r unchanged, when
// r is not a rated 2 on Monitor's 1-4 scale. r is not modified.
func MonitorTwoStar(r Result, reason string) (Result, bool) {
	two := MonitorRating(2).Score(ScaleMonitor4)
	if !r.Rated() || r.Score != two {
		return r, false
	}
	js := make([]Judgement, 0, len(r.Judgements)+1)
	js = append(js, r.Judgements...)
	r.Judgements = append(js, Judgement{Label: "2*", From: two, To: two, By: "Monitor", Reason: reason})
	return r, true
}
