package rating

import (
	"sort"
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// NOF2025ScorePrefix marks the 2025/26 metric scores carried in
// economy.Performance.Other: the key "nof2025:<metric>" holds that metric's
// score, 1.00 (best) to 4.00. economy does not model the 2025/26 metrics,
// whose list and cut-offs were not read, so the registry method reads the
// scores NHS England published from there.
const NOF2025ScorePrefix = "nof2025:"

// NOF2025Params are the rules of the NHS oversight framework 2025/26
// segmentation (from 26 June 2025). The zero value means the defaults of
// [DefaultNOF2025Params], and so does each field left at its zero value
// (a MinPeers below one is taken as unset).
type NOF2025Params struct {
	// FinancialOverride: a trust in deficit can be no better than
	// segment 3. Default on, VERIFIED (boa.ac.uk, 9 September 2025).
	FinancialOverride OverrideSwitch `json:"financial_override"`
	// Deficit says what counts as "in deficit", which no source read
	// states. A trust is in deficit when any switched-on measure shows one.
	Deficit NOF2025Deficit `json:"deficit"`
	// MinPeers is the fewest other trusts with average scores needed to
	// quartile a trust. Default 3 (with fewer, "quartiles" mean little).
	MinPeers int `json:"min_peers"`
	// Segment5 applies the judged segment 5: a catastrophic failure, or
	// lowest performance (segment 4) with low capability to improve, or a
	// Provider Improvement Programme already in place. Default on; the
	// criteria come from a secondary, unverified source (HSJ).
	Segment5 OverrideSwitch `json:"segment_5"`
}

// NOF2025Deficit switches the measures of "in deficit" for the financial
// override. Default: Actual on (the reported surplus, in year or outturn,
// is negative); Planned, Forecast and SupportFunding off. All are
// unverified interpretations.
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
// default: Actual on, the others off.
func (d NOF2025Deficit) withDefaults() NOF2025Deficit {
	fillZero(&d.Actual, OverrideOn)
	fillZero(&d.Planned, OverrideOff)
	fillZero(&d.Forecast, OverrideOff)
	fillZero(&d.SupportFunding, OverrideOff)
	return d
}

// DefaultNOF2025Params returns the 2025/26 segmentation as encoded.
func DefaultNOF2025Params() NOF2025Params {
	return NOF2025Params{
		FinancialOverride: OverrideOn,
		Deficit:           NOF2025Deficit{Actual: OverrideOn, Planned: OverrideOff, Forecast: OverrideOff, SupportFunding: OverrideOff},
		MinPeers:          3,
		Segment5:          OverrideOn,
	}
}

// NOF2025Score is one scored metric: its name and its score, 1 to 4,
// possibly fractional for continuously scored metrics.
type NOF2025Score struct {
	Metric string          `json:"metric"`
	Score  decimal.Decimal `json:"score"`
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
	// LowCapability, CatastrophicFailure and InImprovementProgramme are
	// the judgements behind segment 5.
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
// the methodology manual's steps: the metric scores are averaged (1.00
// best, 4.00 worst); the average is placed in a quartile of the trust's
// peer group (segment 1 to 4); the financial override then holds a trust
// in deficit at segment 3 or worse; and segment 5 follows by judgement.
//
// Quartiles are by rank, which the sources read do not spell out: with N
// trusts (the peers and this one) and r = 1 + the number of peers with a
// strictly better (lower) average, the segment is ceil(4r/N). Ties share
// the better rank, so a worse average never gives a better segment.
// Scores or peer averages outside 1-4 are reported as missing, not
// guessed; fewer than MinPeers valid peers give InsufficientData.
func RateNOF2025(in NOF2025Input, p NOF2025Params) Result {
	p = p.withDefaults()
	var missing []string
	sum, parts, bad := nofSum(in.Scores)
	missing = append(missing, bad...)
	var peers []decimal.Decimal
	for _, a := range in.PeerAverages {
		if nofScoreValid(a) {
			peers = append(peers, a)
		}
	}
	if len(peers) < p.MinPeers {
		missing = append(missing, "peer_averages (need "+strconv.Itoa(p.MinPeers)+" valid, have "+strconv.Itoa(len(peers))+")")
	}
	if len(missing) > 0 {
		return finInsufficient(nof2025Info, missing...)
	}
	avg := sum.DivRound(decimal.NewFromInt(int64(len(in.Scores))), finPrecision)
	better := 0
	for _, a := range peers {
		if a.Cmp(avg) < 0 {
			better++
		}
	}
	n, rank := len(peers)+1, better+1
	q := Segment((4*rank + n - 1) / n) // ceil(4r/N), in 1..4
	m := Metric{
		Name: "average metric score", Value: avg, Places: 2, Score: q.Score(),
		Formula:  "mean of " + strconv.Itoa(len(in.Scores)) + " metric scores: " + strings.Join(parts, ", "),
		Band:     "rank " + strconv.Itoa(rank) + " of " + strconv.Itoa(n) + " in peer group: quartile " + strconv.Itoa(int(q)),
		Citation: citeNOF2025Manual("scores averaged and quartiled into segments 1-4; the exact quartile rule was not read (rank rule of this library)"),
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

// nofDeficitCap checks "in deficit" by every switched-on measure: one that
// shows a deficit triggers the cap; it is clear only when every measure is
// known and clear.
func nofDeficitCap(a *economy.Accounts, d NOF2025Deficit) finCap {
	c := finCap{Name: "in deficit", Limit: Segment(3).Score(), Citation: citeNOF2025Override()}
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
	if d.SupportFunding.on(false) {
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

// nofSegment5Cap: a judgement not made counts as not made, so segment 5
// is always decidable.
func nofSegment5Cap(in NOF2025Input, q Segment) finCap {
	low, _ := flag(in.LowCapability)
	cat, _ := flag(in.CatastrophicFailure)
	pip, _ := flag(in.InImprovementProgramme)
	var why []string
	if cat {
		why = append(why, "catastrophic failure of quality or finance governance")
	}
	if q == 4 && low {
		why = append(why, "lowest performance and low capability to improve")
	}
	if pip {
		why = append(why, "in the Provider Improvement Programme")
	}
	return finCap{
		Name: "segment 5 (intensive support)", Triggered: finBool(len(why) > 0), Limit: Segment(5).Score(),
		Reason: strings.Join(why, "; "), Citation: citeNOF2025Segment5(),
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
	var in NOF2025Input
	in.Scores = nofScoresOf(pr, date)
	if a, ok := pr.LatestAccounts(date); ok {
		in.Accounts = a
	}
	g := &pr.Governance
	in.LowCapability, in.CatastrophicFailure = g.LowCapability, g.CatastrophicFailure
	_, pip := finSpellIn(g.Spells, date, economy.ProviderImprovementProgramme)
	in.InImprovementProgramme = &pip
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

func nofScoresOf(pr *economy.Provider, date economy.Date) []NOF2025Score {
	perf, ok := pr.LatestPerformance(date)
	if !ok {
		return nil
	}
	var out []NOF2025Score
	for k, v := range perf.Other {
		if name, ok := strings.CutPrefix(k, NOF2025ScorePrefix); ok {
			out = append(out, NOF2025Score{Metric: name, Score: v})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Metric < out[j].Metric })
	return out
}

// nofAverage is a peer's mean score; a peer with no scores, or any score
// off the scale, has none.
func nofAverage(ss []NOF2025Score) (decimal.Decimal, bool) {
	if len(ss) == 0 {
		return decimal.Zero, false
	}
	sum := decimal.Zero
	for _, s := range ss {
		if !nofScoreValid(s.Score) {
			return decimal.Zero, false
		}
		sum = sum.Add(s.Score)
	}
	return sum.DivRound(decimal.NewFromInt(int64(len(ss))), finPrecision), true
}

// nofSum adds up the metric scores, naming each one outside 1-4 (and an
// empty list) as missing, and describes each for the working.
func nofSum(scores []NOF2025Score) (sum decimal.Decimal, parts, missing []string) {
	if len(scores) == 0 {
		missing = append(missing, "scores")
	}
	sum = decimal.Zero
	parts = make([]string, 0, len(scores))
	for _, s := range scores {
		if !nofScoreValid(s.Score) {
			missing = append(missing, "scores."+s.Metric+" (outside 1-4)")
			continue
		}
		sum = sum.Add(s.Score)
		parts = append(parts, s.Metric+" "+s.Score.StringFixed(2))
	}
	return sum, parts, missing
}
