package rating

import (
	"github.com/failregime/failregime/economy"
)

// NOFSegmentParams are the rules of the NHS system oversight framework
// 2021/22 and the NHS oversight framework 2022/23 segmentations, whose
// segments are judged rather than computed. The zero value means the
// defaults of [DefaultNOFSegmentParams], and so does each field left at
// its zero value (a DefaultSegment above 4 is taken as unset).
type NOFSegmentParams struct {
	// DefaultSegment is where a trust goes when no one has judged it to
	// have no specific support needs. Default 2, VERIFIED (HFMA 2021).
	DefaultSegment Segment `json:"default_segment"`
	// BreachMandates treats an open actual or suspected licence breach as
	// mandated support (segment 3) when reading a provider's records.
	// Default on (interpretation: mandated support follows a breach or
	// suspected breach, as under the SOF).
	BreachMandates OverrideSwitch `json:"breach_mandates"`
}

// DefaultNOFSegmentParams returns the 2021/22 and 2022/23 segmentation as
// encoded.
func DefaultNOFSegmentParams() NOFSegmentParams {
	return NOFSegmentParams{DefaultSegment: 2, BreachMandates: OverrideOn}
}

func (p NOFSegmentParams) withDefaults() NOFSegmentParams {
	if p.DefaultSegment > 4 {
		p.DefaultSegment = 0 // not a segment of these years: the default
	}
	fillZero(&p.DefaultSegment, 2)
	fillZero(&p.BreachMandates, OverrideOn)
	return p
}

// NOFSegmentInput are the judged facts of the 2021/22 and 2022/23
// segmentations. A nil fact is unknown.
type NOFSegmentInput struct {
	// IntensiveSupport: mandated intensive support through the Recovery
	// Support Programme (segment 4); in July 2021 trusts in special
	// measures moved to it.
	IntensiveSupport *bool `json:"intensive_support,omitempty"`
	// MandatedSupport: support mandated for a specific issue, for example
	// under enforcement undertakings or after a licence breach (segment 3).
	MandatedSupport *bool `json:"mandated_support,omitempty"`
	// NoSupportNeeds: an explicit judgement that the trust has no specific
	// support needs (segment 1). nil means no such judgement was made, and
	// the default segment applies.
	NoSupportNeeds *bool `json:"no_support_needs,omitempty"`
}

// NOF2021 places a trust in a segment of the NHS system oversight
// framework 2021/22: 4 in the Recovery Support Programme, else 3 with
// mandated support, else 1 if judged to have no specific support needs,
// else the default segment 2.
func RateNOF2021(in NOFSegmentInput, p NOFSegmentParams) Result {
	return nofSegmentRate(nof2021Info, in, p.withDefaults())
}

// NOF2022 places a trust in a segment of the NHS oversight framework
// 2022/23 (from 1 July 2022), whose segments kept the 2021/22 meaning; the
// rules are those of [RateNOF2021].
func RateNOF2022(in NOFSegmentInput, p NOFSegmentParams) Result {
	return nofSegmentRate(nof2022Info, in, p.withDefaults())
}

func nofSegmentRate(info finInfo, in NOFSegmentInput, p NOFSegmentParams) Result {
	judged, _ := flag(in.NoSupportNeeds)
	def := finCap{
		Name: "default segment", Triggered: finBool(!judged), Limit: p.DefaultSegment.Score(),
		Citation: citeNOF2021Default(),
	}
	if !judged {
		def.Reason = "no judgement that the trust has no specific support needs"
	}
	intensive := finCap{
		Name: "mandated intensive support", Triggered: in.IntensiveSupport, Limit: Segment(4).Score(),
		Citation: citeNOF2021Segments(), Missing: []string{"intensive_support"},
	}
	if v, ok := flag(in.IntensiveSupport); ok && v {
		intensive.Reason = "in the Recovery Support Programme"
	}
	mandated := finCap{
		Name: "mandated support", Triggered: in.MandatedSupport, Limit: Segment(3).Score(),
		Citation: citeNOF2021Segments(), Missing: []string{"mandated_support"},
	}
	if v, ok := flag(in.MandatedSupport); ok && v {
		mandated.Reason = "support mandated for a specific issue"
	}
	score, os, missing, blocked := finApplyCaps(Segment(1).Score(), []finCap{intensive, mandated, def})
	if blocked {
		return finInsufficient(info, missing...)
	}
	return Result{Method: info.id, Short: info.short, Status: Rated, Score: score, Missing: missing, Overrides: os, Citations: info.sources()}
}

// NOFSegmentInputFrom reads the judged facts from a provider's records on
// date: intensive support from a Recovery Support Programme (or quality or
// financial special measures) spell in force; mandated support from an
// enforcement undertakings or significant breach spell, an undertaking not
// yet released, or (with p.BreachMandates) an open licence breach. The
// records are taken as complete. NoSupportNeeds is never recorded, so it
// stays nil.
func NOFSegmentInputFrom(pr *economy.Provider, date economy.Date, p NOFSegmentParams) NOFSegmentInput {
	g := &pr.Governance
	_, rsp := finSpellIn(g.Spells, date,
		economy.RecoverySupportProgramme, economy.QualitySpecialMeasures, economy.FinancialSpecialMeasures)
	mandated := finMandated(g, date) || (p.BreachMandates.on(true) && finOpenBreach(g, date))
	return NOFSegmentInput{IntensiveSupport: &rsp, MandatedSupport: &mandated}
}
