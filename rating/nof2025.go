package rating

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// NOF2025ScorePrefix marks the 2025/26 metric scores carried in
// economy.Performance.Other: the key "nof2025:<metric>" holds that metric's
// score, 1.00 (best) to 4.00, or 0 where NHS England recorded no score (no
// submission, or suppressed data). economy does not model the 2025/26
// metrics, whose list and cut-offs were not read, so the registry method
// reads the scores NHS England published from there. A metric named
// "infection:<name>" ([NOF2025InfectionPrefix]) is one of the three
// healthcare-associated infection rates, each weighted one third.
const NOF2025ScorePrefix = "nof2025:"

// NOF2025InfectionPrefix starts the name of a metric that is one of the
// three infection rates the 2025/26 manual weights one third each
// ("nof2025:infection:cdiff" in Performance.Other).
const NOF2025InfectionPrefix = "infection:"

// NOF2025Params are the rules of the NHS oversight framework 2025/26
// segmentation (from 26 June 2025). The zero value means the defaults of
// [DefaultNOF2025Params], and so does each field left at its zero value
// (a MinPeers below one is taken as unset).
type NOF2025Params struct {
	// FinancialOverride: a trust "reporting a deficit or in receipt of
	// deficit support" can be no better than segment 3, judged on the
	// organisation's own finances, not its system's. Default on, VERIFIED
	// (boa.ac.uk, 9 September 2025; the manual's Step 3, read in a verbatim
	// copy).
	FinancialOverride OverrideSwitch `json:"financial_override"`
	// Deficit says which recorded figures show "a deficit" or "deficit
	// support". A trust is in deficit when any switched-on measure shows
	// one.
	Deficit NOF2025Deficit `json:"deficit"`
	// MinPeers is the fewest other trusts with average scores needed to
	// quartile a trust. Default 3 (with fewer, "quartiles" mean little).
	MinPeers int `json:"min_peers"`
	// Segment5 places a provider in the Provider Improvement Programme in
	// segment 5 ("All providers in the PIP will be placed in segment 5",
	// the manual's Step 4). Entry is the NHS England region's decision for
	// a segment 4 provider after it considers the capability rating: it is
	// read from the record (a PIP spell), never computed. Default on.
	Segment5 OverrideSwitch `json:"segment_5"`
}

// NOF2025Deficit switches the measures of "in deficit" for the financial
// override. The manual's words are "reporting a deficit or is in receipt
// of deficit support". Default: Actual on (the reported surplus, in year
// or outturn, is negative: "reporting a deficit", an interpretation of
// which figure is reported) and SupportFunding on (the manual's second
// limb); Planned and Forecast off.
type NOF2025Deficit struct {
	Actual         OverrideSwitch `json:"actual"`          // Accounts.Surplus < 0
	Planned        OverrideSwitch `json:"planned"`         // Accounts.PlannedSurplus < 0
	Forecast       OverrideSwitch `json:"forecast"`        // Accounts.ForecastSurplus < 0
	SupportFunding OverrideSwitch `json:"support_funding"` // Accounts.DeficitSupport
}

// withDefaults fills the fields left unset with those of
// DefaultNOF2025Params; a MinPeers below one is unset too.
func (p NOF2025Params) withDefaults() NOF2025Params {
	fillZero(&p.FinancialOverride, OverrideOn)
	p.Deficit = p.Deficit.withDefaults()
	if p.MinPeers < 0 {
		p.MinPeers = 0
	}
	fillZero(&p.MinPeers, 3)
	fillZero(&p.Segment5, OverrideOn)
	return p
}

// withDefaults switches each measure left at OverrideSwitchDefault to its
// default: Actual and SupportFunding on, the others off.
func (d NOF2025Deficit) withDefaults() NOF2025Deficit {
	fillZero(&d.Actual, OverrideOn)
	fillZero(&d.Planned, OverrideOff)
	fillZero(&d.Forecast, OverrideOff)
	fillZero(&d.SupportFunding, OverrideOn)
	return d
}

// DefaultNOF2025Params returns the 2025/26 segmentation as encoded.
func DefaultNOF2025Params() NOF2025Params {
	return NOF2025Params{
		FinancialOverride: OverrideOn,
		Deficit:           NOF2025Deficit{Actual: OverrideOn, Planned: OverrideOff, Forecast: OverrideOff, SupportFunding: OverrideOn},
		MinPeers:          3,
		Segment5:          OverrideOn,
	}
}

// NOF2025Score is one scored metric: its name and its score, 1 to 4,
// possibly fractional for continuously scored metrics, or 0 where NHS
// England recorded no score (the metric then does not count). Infection
// marks one of the three infection rates, each weighted one third "to
// ensure that their combined score has the same impact as other single
// metrics" (the manual, Weighting).
type NOF2025Score struct {
	Metric    string          `json:"metric"`
	Score     decimal.Decimal `json:"score"`
	Infection bool            `json:"infection,omitempty"`
}

// NOF2025Input are the facts of a 2025/26 segmentation. A nil judgement
// means it was not made.
type NOF2025Input struct {
	// Scores are the trust's metric scores; order does not matter.
	Scores []NOF2025Score `json:"scores"`
	// PeerAverages are the average metric scores of the other trusts in
	// the trust's peer group (acute, non-acute or ambulance), without the
	// trust itself.
	PeerAverages []decimal.Decimal `json:"peer_averages"`
	// Accounts give the facts of the financial override; nil: unknown.
	Accounts *economy.Accounts `json:"accounts,omitempty"`
	// InImprovementProgramme is the region's decision to enter the trust
	// into the Provider Improvement Programme, which places it in segment
	// 5. LowCapability (the capability rating the region considers for a
	// segment 4 trust) and CatastrophicFailure (a route HSJ reported, not
	// read in the manual) are context: they explain why entry may be
	// considered, and decide nothing on their own.
	LowCapability          *bool `json:"low_capability,omitempty"`
	CatastrophicFailure    *bool `json:"catastrophic_failure,omitempty"`
	InImprovementProgramme *bool `json:"in_improvement_programme,omitempty"`
}

var (
	nofScoreMin = decimal.NewFromInt(1)
	nofScoreMax = decimal.NewFromInt(4)
)

func nofScoreValid(d decimal.Decimal) bool {
	return d.Cmp(nofScoreMin) >= 0 && d.Cmp(nofScoreMax) <= 0
}

// NOF2025 segments a trust under the NHS oversight framework 2025/26, in
// the methodology manual's four steps (NHS England, 26 June 2025, read in
// a verbatim copy):
//
//  1. each metric is scored 1.00 (best) to 4.00; a score of 0 (no
//     submission, or suppressed data) does not count, and each of the
//     three infection rates weighs one third;
//  2. the scores are averaged over the metrics scored and "rounded to 2
//     decimal places" (half away from zero: the manual does not say), and
//     the average is quartiled within the trust's peer group, the trust
//     itself included: "lowest quartile ... scored 1, ... better than
//     average but not in the lowest quartile ... 2, ... worse than average
//     but not in the upper quartile ... 3, ... upper quartile ... 4";
//  3. a trust in segment 1 or 2 "reporting a deficit or in receipt of
//     deficit support" is downrated to 3, on its own finances;
//  4. a trust the region has entered into the Provider Improvement
//     Programme is placed in segment 5.
//
// How the quartiles are cut is this library's reading: the cut points are
// the first quartile, the median and the third quartile of the peer
// group's averages by linear interpolation (as a spreadsheet's
// QUARTILE.INC); an average at or below the first quartile is segment 1,
// below the median 2, below the third quartile 3, and at or above it 4,
// so that a tie at a cut point goes to the same segment for everyone in
// it. Read against NHS England's published Q3 2025/26 acute segments
// (rating/testdata), this reproduces every one but one; a rank rule
// (ceil(4r/N)) missed four more. Scores or peer averages off the scale
// are reported as missing, not guessed; fewer than MinPeers valid peers
// give InsufficientData.
func RateNOF2025(in NOF2025Input, p NOF2025Params) Result {
	var peers []decimal.Decimal
	for _, a := range in.PeerAverages {
		if nofScoreValid(a) {
			peers = append(peers, a)
		}
	}
	slices.SortFunc(peers, decimal.Decimal.Cmp)
	return rateNOF2025(in, p, sortedSlice(peers))
}

// rateNOF2025 is RateNOF2025 with the valid peer averages given sorted,
// as an Area keeps them, so that placing each of N trusts costs a binary
// search, not a sort of N.
func rateNOF2025(in NOF2025Input, p NOF2025Params, peers sortedView) Result {
	p = p.withDefaults()
	var missing []string
	mean, parts, bad := nofMean(in.Scores)
	missing = append(missing, bad...)
	if peers.Len() < p.MinPeers {
		missing = append(missing, "peer_averages (need "+strconv.Itoa(p.MinPeers)+" valid, have "+strconv.Itoa(peers.Len())+")")
	}
	if len(missing) > 0 {
		return finInsufficient(nof2025Info, missing...)
	}
	all := withValue(peers, mean)
	cuts := nofQuartilesOf(all)
	q := nofQuartile(mean, cuts)
	m := Metric{
		Name: "average metric score", Value: mean, Places: 2, Score: q.Score(),
		Formula: parts,
		Band: "quartiles of " + strconv.Itoa(all.Len()) + " averages in the peer group: " + decimaltext.Format(cuts[0]) + ", " +
			decimaltext.Format(cuts[1]) + ", " + decimaltext.Format(cuts[2]) + ": segment " + strconv.Itoa(int(q)),
		Citation: citeNOF2025ManualCopy("Step 2: averaged, rounded to 2 decimal places and quartiled within the organisation type; the quartile method (linear interpolation, ties at a cut to the worse segment) is this library's reading"),
	}
	var caps []finCap
	if p.FinancialOverride.on(true) {
		caps = append(caps, nofDeficitCap(in.Accounts, p.Deficit))
	}
	if p.Segment5.on(true) {
		caps = append(caps, nofSegment5Cap(in, q))
	}
	score, os, gaps, blocked := finApplyCaps(q.Score(), caps)
	if blocked {
		return finInsufficient(nof2025Info, gaps...)
	}
	return Result{
		Method: nof2025Info.id, Short: nof2025Info.short, Status: Rated, Score: score, Missing: gaps,
		Metrics: []Metric{m}, Overrides: os, Citations: nof2025Info.sources(),
	}
}

// nofQuartilesOf returns the first quartile, the median and the third
// quartile of s by linear interpolation between order statistics
// (position p*(n-1), counted from 0). The quarters are exact in decimal.
func nofQuartilesOf(s sortedView) [3]decimal.Decimal {
	var out [3]decimal.Decimal
	n := s.Len()
	for i := range out {
		num := (i + 1) * (n - 1) // position * 4
		lo, frac := num/4, num%4
		v := s.At(lo)
		if frac > 0 {
			v = v.Add(s.At(lo + 1).Sub(v).Mul(decimal.NewFromInt(int64(frac))).Div(decimal.NewFromInt(4)))
		}
		out[i] = v
	}
	return out
}

// nofQuartile places avg against the cut points: at or below the first
// quartile 1, below the median 2, below the third quartile 3, else 4.
func nofQuartile(avg decimal.Decimal, cuts [3]decimal.Decimal) Segment {
	switch {
	case avg.Cmp(cuts[0]) <= 0:
		return 1
	case avg.Cmp(cuts[1]) < 0:
		return 2
	case avg.Cmp(cuts[2]) < 0:
		return 3
	}
	return 4
}

// nofDeficitCap checks "in deficit" by every switched-on measure: one that
// shows a deficit triggers the cap; it is clear only when every measure is
// known and clear.
func nofDeficitCap(a *economy.Accounts, d NOF2025Deficit) finCap {
	c := finCap{Name: "in deficit", Limit: Segment(3).Score(), Citation: citeNOF2025ManualCopy("Step 3: a provider in segment 1 or 2 reporting a deficit or in receipt of deficit support is downrated to 3, on organisational not system-wide finances")}
	if a == nil {
		c.Missing = []string{"accounts"}
		return c
	}
	var why, unknown []string
	neg := func(on bool, v decimal.NullDecimal, name string) {
		switch {
		case !on:
		case !v.Valid:
			unknown = append(unknown, "accounts."+name)
		case v.Decimal.Sign() < 0:
			why = append(why, name+" "+decimaltext.Format(v.Decimal))
		}
	}
	neg(d.Actual.on(true), a.Surplus, "surplus")
	neg(d.Planned.on(false), a.PlannedSurplus, "planned_surplus")
	neg(d.Forecast.on(false), a.ForecastSurplus, "forecast_surplus")
	if d.SupportFunding.on(true) {
		if v, ok := flag(a.DeficitSupport); !ok {
			unknown = append(unknown, "accounts.deficit_support")
		} else if v {
			why = append(why, "receives deficit support funding")
		}
	}
	switch {
	case len(why) > 0:
		c.Triggered, c.Reason = finBool(true), strings.Join(why, "; ")
	case len(unknown) == 0:
		c.Triggered = finBool(false)
	default:
		c.Missing = unknown
	}
	return c
}

// nofSegment5Cap: segment 5 is the Provider Improvement Programme, which
// the region decides; the record of that decision (a PIP spell) places the
// trust there. A segment 4 trust with a low capability rating, or a trust
// with a catastrophic failure recorded, is only a candidate: the reason
// says so and the segment stays as computed.
func nofSegment5Cap(in NOF2025Input, q Segment) finCap {
	low, _ := flag(in.LowCapability)
	cat, _ := flag(in.CatastrophicFailure)
	pip, _ := flag(in.InImprovementProgramme)
	var reason string
	switch {
	case pip:
		reason = "in the Provider Improvement Programme (the region's decision)"
	case q == 4 && low:
		reason = "segment 4 with a low capability rating: the region considers entry to the Provider Improvement Programme; no entry recorded"
	case cat:
		reason = "a catastrophic failure of governance is recorded: entry to the Provider Improvement Programme may be considered; no entry recorded"
	}
	return finCap{
		Name: "segment 5 (Provider Improvement Programme)", Triggered: finBool(pip), Limit: Segment(5).Score(),
		Reason: reason, Citation: citeNOF2025ManualCopy("Step 4: for some providers allocated to segment 4, the region considers their capability rating and determines whether they enter the Provider Improvement Programme; all providers in the PIP are placed in segment 5"),
	}
}

// NOF2025InputFrom reads a trust's 2025/26 facts on date: its metric
// scores from the latest performance record's "nof2025:" keys (sorted by
// metric), its peers' average scores from the providers of econ with the
// same PeerGroup (other than the trust, and only those with scores), its
// latest accounts, and the segment 5 judgements from its governance (a
// Provider Improvement Programme spell in force counts as the judgement
// made). The names it returns are the missing facts when the trust has no
// peer group or econ is nil; the input is then incomplete.
func NOF2025InputFrom(pr *economy.Provider, econ *economy.Economy, date economy.Date) (NOF2025Input, []string) {
	in := nof2025Own(pr, date)
	var missing []string
	if pr.PeerGroup == "" {
		missing = append(missing, "provider.peer_group")
	}
	if econ == nil {
		missing = append(missing, "economy")
	}
	if len(missing) > 0 {
		return in, missing
	}
	for i := range econ.Providers {
		o := &econ.Providers[i]
		if o.ID == pr.ID || o.PeerGroup != pr.PeerGroup {
			continue
		}
		if avg, ok := nofAverage(nofScoresOf(o, date)); ok {
			in.PeerAverages = append(in.PeerAverages, avg)
		}
	}
	return in, nil
}

// nof2025Own reads a trust's own 2025/26 facts on date: everything but its
// peers.
func nof2025Own(pr *economy.Provider, date economy.Date) NOF2025Input {
	in := NOF2025Input{Scores: nofScoresOf(pr, date)}
	if a, ok := pr.LatestAccounts(date); ok {
		in.Accounts = a
	}
	g := &pr.Governance
	in.LowCapability, in.CatastrophicFailure = g.LowCapability, g.CatastrophicFailure
	_, pip := finSpellIn(g.Spells, date, economy.ProviderImprovementProgramme)
	in.InImprovementProgramme = &pip
	return in
}

func nofScoresOf(pr *economy.Provider, date economy.Date) []NOF2025Score {
	perf, ok := pr.LatestPerformance(date)
	if !ok {
		return nil
	}
	return nofScoresIn(perf.Other, NOF2025ScorePrefix)
}

// nofScoresIn reads the scores keyed prefix+metric from other, sorted by
// metric, marking the infection rates.
func nofScoresIn(other map[string]decimal.Decimal, prefix string) []NOF2025Score {
	var out []NOF2025Score
	for k, v := range other {
		if name, ok := strings.CutPrefix(k, prefix); ok {
			out = append(out, NOF2025Score{Metric: name, Score: v, Infection: strings.HasPrefix(name, NOF2025InfectionPrefix)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Metric < out[j].Metric })
	return out
}

// nofAverage is a peer's mean score; a peer with no counted score, or any
// score off the scale, has none.
func nofAverage(ss []NOF2025Score) (decimal.Decimal, bool) {
	mean, _, missing := nofMean(ss)
	return mean, len(missing) == 0
}

var nofThree = decimal.NewFromInt(3)

// nofMean averages the metric scores as the manual's Step 2 does: scores
// of 0 do not count, each infection rate weighs one third, and the mean is
// rounded to 2 decimal places. It names each score off the scale (neither
// 0 nor 1-4), and an empty list or one with no counted score, as missing,
// and describes the working.
func nofMean(scores []NOF2025Score) (mean decimal.Decimal, formula string, missing []string) {
	// In thirds, so that the weights are exact: a metric counts 3, an
	// infection rate 1.
	num, den := decimal.Zero, int64(0)
	parts := make([]string, 0, len(scores))
	var skipped []string
	for _, s := range scores {
		switch {
		case s.Score.IsZero():
			skipped = append(skipped, s.Metric)
			continue
		case !nofScoreValid(s.Score):
			missing = append(missing, "scores."+s.Metric+" (outside 1-4)")
			continue
		}
		part := s.Metric + " " + s.Score.StringFixed(2)
		if s.Infection {
			num, den = num.Add(s.Score), den+1
			part += " (weight 1/3)"
		} else {
			num, den = num.Add(s.Score.Mul(nofThree)), den+3
		}
		parts = append(parts, part)
	}
	if den == 0 && len(missing) == 0 {
		missing = append(missing, "scores")
	}
	if len(missing) > 0 {
		return decimal.Zero, "", missing
	}
	mean = num.DivRound(decimal.NewFromInt(den), 2)
	formula = "mean of " + strconv.Itoa(len(parts)) + " metric scores, rounded to 2 places: " + strings.Join(parts, ", ")
	if len(skipped) > 0 {
		formula += "; not scored (0): " + strings.Join(skipped, ", ")
	}
	return mean, formula, nil
}
