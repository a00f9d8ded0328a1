package rating

import (
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// NOF2026ScorePrefix marks the 2026/27 metric scores carried in
// economy.Performance.Other: the key "nof2026:<metric>" holds that metric's
// score, 1.00 (best) to 4.00. The metric list changed from 2025/26, so the
// two years' scores are kept apart.
const NOF2026ScorePrefix = "nof2026:"

// NOF2026Params are the rules of the NHS oversight framework 2026/27
// segmentation (from 1 April 2026). The zero value means the defaults of
// [DefaultNOF2026Params], and so does each field left at its zero value
// (all-zero Thresholds, OverrideSwitchDefault).
//
// The methodology manual (VERIFIED, its opening) says each provider and
// ICB is scored on metrics from 1.00 (best) to 4.00, the scores averaged,
// and the average metric score "translated into a single overall segment
// of 1, 2, 3 or 4 using defined thresholds", then adjusted. The threshold
// values were NOT FOUND in the sources read: the defaults split the
// 1.00-4.00 range into four equal bands (1.75, 2.50, 3.25), an unverified
// interpretation, not a published number. How the average is taken (0
// not counted, infection rates one third, 2 decimal places) is assumed to
// be as in 2025/26.
type NOF2026Params struct {
	// Thresholds are the upper edges of segments 1, 2 and 3: an average
	// at or below Thresholds[0] is segment 1, at or below Thresholds[1]
	// segment 2, at or below Thresholds[2] segment 3, else segment 4.
	// Unverified; the inclusive edges are this library's reading too.
	Thresholds [3]decimal.Decimal `json:"thresholds"`
	// FinancialOverride: a trust in deficit can be no better than
	// segment 3, as in 2025/26 ("an adjustment" follows the thresholds in
	// the 2026/27 manual; that it is the same override is assumed).
	FinancialOverride OverrideSwitch `json:"financial_override"`
	// Deficit says what counts as "in deficit"; as in 2025/26.
	Deficit NOF2025Deficit `json:"deficit"`
}

// DefaultNOF2026Params returns the 2026/27 segmentation as encoded.
func DefaultNOF2026Params() NOF2026Params {
	return NOF2026Params{
		Thresholds:        [3]decimal.Decimal{decimal.RequireFromString("1.75"), decimal.RequireFromString("2.5"), decimal.RequireFromString("3.25")},
		FinancialOverride: OverrideOn,
		Deficit:           DefaultNOF2025Params().Deficit,
	}
}

// withDefaults fills the fields left unset with those of
// DefaultNOF2026Params.
func (p NOF2026Params) withDefaults() NOF2026Params {
	if t := p.Thresholds; allZero(t[:]...) {
		p.Thresholds = DefaultNOF2026Params().Thresholds
	}
	fillZero(&p.FinancialOverride, OverrideOn)
	p.Deficit = p.Deficit.withDefaults()
	return p
}

// NOF2026Input are the facts of a 2026/27 segmentation.
type NOF2026Input struct {
	Scores []NOF2025Score `json:"scores"`
	// Accounts give the facts of the financial override; nil: unknown.
	Accounts *economy.Accounts `json:"accounts,omitempty"`
}

// NOF2026 segments a trust under the NHS oversight framework 2026/27: the
// metric scores are averaged as in 2025/26, the average is translated into
// segment 1-4 by p.Thresholds, and the financial override of 2025/26 then
// holds a trust in deficit at segment 3 or worse. Whether 2026/27 keeps a
// segment 5 was not found (the manual's opening describes segments 1-4):
// none is computed. Scores off the scale are reported as missing;
// thresholds that do not rise strictly, or fall outside 1-4, give
// InsufficientData naming the parameter rather than a guessed segment.
func RateNOF2026(in NOF2026Input, p NOF2026Params) Result {
	p = p.withDefaults()
	var missing []string
	t := p.Thresholds
	if !nofScoreValid(t[0]) || !nofScoreValid(t[2]) || t[0].Cmp(t[1]) >= 0 || t[1].Cmp(t[2]) >= 0 {
		missing = append(missing, "params.thresholds (must rise strictly within 1-4)")
	}
	avg, formula, bad := nofMean(in.Scores)
	missing = append(missing, bad...)
	if len(missing) > 0 {
		return finInsufficient(nof2026Info, missing...)
	}
	seg := Segment(4)
	band := "> " + decimaltext.Format(t[2])
	for i, edge := range t {
		if avg.Cmp(edge) <= 0 {
			seg = Segment(i + 1)
			band = "<= " + decimaltext.Format(edge)
			break
		}
	}
	m := Metric{
		Name: "average metric score", Value: avg, Places: 2, Score: seg.Score(),
		Formula:  formula,
		Band:     band + ": segment " + strconv.Itoa(int(seg)),
		Citation: citeNOF2026Thresholds(),
	}
	var caps []finCap
	if p.FinancialOverride.on(true) {
		caps = append(caps, nofDeficitCap(in.Accounts, p.Deficit))
	}
	score, os, gaps, blocked := finApplyCaps(seg.Score(), caps)
	if blocked {
		return finInsufficient(nof2026Info, gaps...)
	}
	return Result{
		Method: nof2026Info.id, Short: nof2026Info.short, Status: Rated, Score: score, Missing: gaps,
		Metrics: []Metric{m}, Overrides: os, Citations: nof2026Info.sources(),
	}
}

// NOF2026InputFrom reads a trust's 2026/27 facts on date: its metric
// scores from the latest performance record's "nof2026:" keys (sorted by
// metric) and its latest accounts. No peer group is needed: the
// thresholds are fixed, not quartiles.
func NOF2026InputFrom(pr *economy.Provider, date economy.Date) NOF2026Input {
	var in NOF2026Input
	if perf, ok := pr.LatestPerformance(date); ok {
		in.Scores = nofScoresIn(perf.Other, NOF2026ScorePrefix)
	}
	if a, ok := pr.LatestAccounts(date); ok {
		in.Accounts = a
	}
	return in
}

func rateNOF2026Provider(_ *Method, in Input) Result {
	return RateNOF2026(NOF2026InputFrom(in.Provider, in.Date), DefaultNOF2026Params())
}

// nof2026Info: in force from 1 April 2026, the start of the year the
// manual covers (the day it was published was not read), with no end yet.
var nof2026Info = finInfo{
	id: MethodNOF2026, short: "NOF 2026/27", name: "NHS oversight framework 2026/27 segmentation",
	scale: ScaleSegment, from: economy.MustDate("2026-04-01"),
	sources: func() []economy.Citation {
		return []economy.Citation{citeNOF2026Manual(), citeNOF2026Thresholds(), citeNOF2025Override()}
	},
}

func citeNOF2026Manual() economy.Citation {
	return finVerified("NHS oversight framework 2026/27: methodology manual", "NHS England", 2026, "",
		"https://www.england.nhs.uk/long-read/nhs-oversight-framework-2026-27-methodology-manual/",
		"segments 1 to 4; average metric score translated into a segment by defined thresholds; then an adjustment")
}

func citeNOF2026Thresholds() economy.Citation {
	return economy.Citation{
		Document: "NHS oversight framework 2026/27: methodology manual", Issuer: "NHS England", Year: 2026,
		Section: "segment thresholds",
		URL:     "https://www.england.nhs.uk/long-read/nhs-oversight-framework-2026-27-methodology-manual/",
		Note:    "unverified: the threshold values were not found in the sources read; defaults 1.75, 2.50, 3.25 (four equal bands of 1.00-4.00, upper edges inclusive) are an interpretation",
	}
}
