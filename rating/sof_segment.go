package rating

import (
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// SOFSegmentParams are the rules of the single oversight framework's
// segmentation (1 October 2016 to 22 August 2019), also used for the NHS
// oversight framework 2019/20. The segment descriptions are VERIFIED; how
// "concerns in one or more themes" is read from facts is this library's
// interpretation, so each reading is a parameter. The zero value means the
// defaults of [DefaultSOFSegmentParams], and so does each field left at
// its zero value (Finance by the rule of [SOFFinanceParams]).
type SOFSegmentParams struct {
	// Finance scores the finance and use of resources theme when the input
	// is read from a provider (see [SOFSegmentInputFrom]).
	Finance SOFFinanceParams `json:"finance"`
	// FinanceConcernAt is the finance score from which the finance theme
	// is a concern. Default 3 (scores 3 and 4), interpretation.
	FinanceConcernAt OversightScore `json:"finance_concern_at"`
	// CQCConcernAt is the overall CQC rating from which the quality theme
	// is a concern. Default requires improvement (and inadequate),
	// interpretation.
	CQCConcernAt economy.CQCRating `json:"cqc_concern_at"`
}

// DefaultSOFSegmentParams returns the segmentation as encoded.
func DefaultSOFSegmentParams() SOFSegmentParams {
	return SOFSegmentParams{
		Finance:          DefaultSOFFinanceParams(),
		FinanceConcernAt: 3,
		CQCConcernAt:     economy.RequiresImprovement,
	}
}

func (p SOFSegmentParams) withDefaults() SOFSegmentParams {
	p.Finance = p.Finance.withDefaults()
	fillZero(&p.FinanceConcernAt, 3)
	fillZero(&p.CQCConcernAt, economy.RequiresImprovement)
	return p
}

// SOFSegmentInput are the judged facts the segmentation turns on. A nil
// fact, a zero score or an unknown rating is unknown: it blocks a segment
// only when it could make the segment worse.
type SOFSegmentInput struct {
	// SpecialMeasures: in quality or financial special measures on the
	// date. Segment 4 is exclusively for these providers.
	SpecialMeasures *bool `json:"special_measures,omitempty"`
	// LicenceBreach: an actual or suspected licence breach, open on the date.
	LicenceBreach *bool `json:"licence_breach,omitempty"`
	// MandatedSupport: formal undertakings sought or regulatory
	// requirements imposed for the breach.
	MandatedSupport *bool `json:"mandated_support,omitempty"`
	// FinanceScore is the finance and use of resources score (0: unknown).
	FinanceScore OversightScore `json:"finance_score,omitempty"`
	// CQCOverall is the latest published overall CQC rating of the trust.
	CQCOverall economy.CQCRating `json:"cqc_overall,omitempty"`
	// OtherConcerns names concerns judged in the other themes
	// (operational performance, strategic change, leadership and
	// improvement capability), one line each.
	OtherConcerns []string `json:"other_concerns,omitempty"`
}

// SOFSegment places a provider in a segment of the single oversight
// framework: 4 if in special measures; else 3 for an actual or suspected
// licence breach with mandated support; else 2 for concerns in one or more
// themes (a finance score of 3 or 4, CQC requires improvement or
// inadequate, an open breach without mandated support, or another judged
// concern); else 1. Facts that could make the segment worse must be known.
func RateSOFSegment(in SOFSegmentInput, p SOFSegmentParams) Result {
	return sofSegmentRate(sofSegmentInfo, in, p.withDefaults())
}

// NOF2019 places a provider in a segment of the NHS oversight framework
// 2019/20, which kept the single oversight framework's four segments for
// providers (VERIFIED: NHS Clinical Commissioners, "NHS oversight
// framework published", 2019); that it kept the SOF's rules for
// placing them is this library's reading.
func RateNOF2019(in SOFSegmentInput, p SOFSegmentParams) Result {
	return sofSegmentRate(nof2019Info, in, p.withDefaults())
}

func sofSegmentRate(info finInfo, in SOFSegmentInput, p SOFSegmentParams) Result {
	var ms []Metric
	if in.FinanceScore != 0 {
		ms = append(ms, Metric{
			Name: "finance and use of resources score", Formula: "given", Value: decimal.NewFromInt(int64(in.FinanceScore)),
			Score: in.FinanceScore.Score(), Band: "concern at " + p.FinanceConcernAt.String() + " or worse",
			Citation: citeSOFSegments(),
		})
	}
	caps := []finCap{sofSpecialMeasuresCap(in), sofMandatedCap(in), sofConcernCap(in, p)}
	score, os, missing, blocked := finApplyCaps(Segment(1).Score(), caps)
	if blocked {
		return finInsufficient(info, missing...)
	}
	return Result{
		Method: info.id, Short: info.short, Status: Rated, Score: score, Missing: missing,
		Metrics: ms, Overrides: os, Citations: info.sources(),
	}
}

func sofSpecialMeasuresCap(in SOFSegmentInput) finCap {
	c := finCap{
		Name: "special measures", Triggered: in.SpecialMeasures, Limit: Segment(4).Score(),
		Citation: citeSOFSegment4(), Missing: []string{"special_measures"},
	}
	if v, ok := flag(in.SpecialMeasures); ok && v {
		c.Reason = "in quality or financial special measures"
	}
	return c
}

func sofMandatedCap(in SOFSegmentInput) finCap {
	c := finCap{Name: "licence breach with mandated support", Limit: Segment(3).Score(), Citation: citeSOFSegments()}
	b, bk := flag(in.LicenceBreach)
	m, mk := flag(in.MandatedSupport)
	switch {
	case bk && mk:
		c.Triggered = finBool(b && m)
	case (bk && !b) || (mk && !m):
		c.Triggered = finBool(false)
	}
	if !bk {
		c.Missing = append(c.Missing, "licence_breach")
	}
	if !mk {
		c.Missing = append(c.Missing, "mandated_support")
	}
	if b && m {
		c.Reason = "actual or suspected licence breach with mandated support"
	}
	return c
}

// sofConcernCap: any known concern triggers it; it is not triggered only
// when every theme it reads is known to be clear.
func sofConcernCap(in SOFSegmentInput, p SOFSegmentParams) finCap {
	c := finCap{Name: "concerns in one or more themes", Limit: Segment(2).Score(), Citation: citeSOFSegments()}
	var why, unknown []string
	if in.FinanceScore == 0 {
		unknown = append(unknown, "finance_score")
	} else if in.FinanceScore >= p.FinanceConcernAt {
		why = append(why, "finance score "+in.FinanceScore.String())
	}
	if !in.CQCOverall.Known() {
		unknown = append(unknown, "cqc_overall")
	} else if in.CQCOverall >= p.CQCConcernAt {
		why = append(why, "CQC "+in.CQCOverall.String())
	}
	if b, ok := flag(in.LicenceBreach); ok && b {
		why = append(why, "actual or suspected licence breach")
	}
	why = append(why, in.OtherConcerns...)
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

// SOFSegmentInputFrom reads the judged facts from a provider's records on
// date: special measures and mandated support from the spells and
// undertakings in force, licence breaches still open, the finance score
// from the latest accounts (with p.Finance), and the latest published
// trust-level CQC rating. Recorded spells, breaches and undertakings are
// taken as complete: none in force means none. OtherConcerns stays empty.
func SOFSegmentInputFrom(pr *economy.Provider, date economy.Date, p SOFSegmentParams) SOFSegmentInput {
	p = p.withDefaults()
	g := &pr.Governance
	_, sm := finSpellIn(g.Spells, date, economy.QualitySpecialMeasures, economy.FinancialSpecialMeasures)
	_, fsm := finSpellIn(g.Spells, date, economy.FinancialSpecialMeasures)
	in := SOFSegmentInput{
		SpecialMeasures: &sm,
		LicenceBreach:   finBool(finOpenBreach(g, date)),
		MandatedSupport: finBool(finMandated(g, date)),
		CQCOverall:      finLatestOverall(pr, date),
	}
	if a, ok := pr.LatestAccounts(date); ok {
		if r := RateSOFFinanceAccounts(a, date, &fsm, p.Finance); r.Rated() {
			in.FinanceScore = OversightScore(r.Score.Value)
		}
	}
	return in
}

// finOpenBreach reports an actual or suspected breach recorded on or
// before date (or undated) and not resolved by then.
func finOpenBreach(g *economy.Governance, date economy.Date) bool {
	for _, b := range g.Breaches {
		if !b.Date.After(date) && (b.Resolved.IsZero() || b.Resolved.After(date)) {
			return true
		}
	}
	return false
}

// finMandated reports mandated support in force on date: enforcement
// undertakings or a significant breach spell, or an undertaking given and
// not yet released.
func finMandated(g *economy.Governance, date economy.Date) bool {
	if _, ok := finSpellIn(g.Spells, date, economy.EnforcementUndertakings, economy.SignificantBreach); ok {
		return true
	}
	for _, u := range g.Undertakings {
		if !u.Date.IsZero() && !u.Date.After(date) && (u.Released.IsZero() || u.Released.After(date)) {
			return true
		}
	}
	return false
}

// finLatestOverall returns the overall rating of the latest published,
// trust-level inspection on or before date.
func finLatestOverall(pr *economy.Provider, date economy.Date) economy.CQCRating {
	var best *economy.Inspection
	for i := range pr.Inspections {
		x := &pr.Inspections[i]
		if x.Pending || x.Published.IsZero() || x.Published.After(date) || !x.Overall.Known() {
			continue
		}
		if x.Scope != economy.ScopeProvider && x.Scope != economy.InspectionScopeUnknown {
			continue
		}
		if best == nil || !x.Published.Before(best.Published) {
			best = x
		}
	}
	if best == nil {
		return economy.CQCRatingUnknown
	}
	return best.Overall
}
