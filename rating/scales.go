package rating

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/enum"
)

// The scale values MonitorRating, OversightScore and Segment are written,
// as text and in JSON, as the number the regulator published: "1" to "5"
// for Monitor's ratings, "1" to "4" for NHS Improvement's and NHS
// England's scores, "1" to "5" for segments. Their zero value, not rated,
// is written "unrated", "unscored" and "unsegmented", and empty text
// decodes to it. Monitor's "2*" is not a value of the scale but a
// judgement on a 2 (see [MonitorTwoStar]), so it has no word. Any other
// text is an [*economy.EnumError] naming the allowed words.

// MonitorRating is a Monitor risk rating: the Compliance Framework's
// financial risk rating (1-5) or the Risk Assessment Framework's continuity
// of services and financial sustainability risk ratings (1-4). Higher is
// safer; 1 is the highest risk. The zero value means not rated.
type MonitorRating uint8

var monitorRatingWords = enum.New("MonitorRating", "unrated", "1", "2", "3", "4", "5")

// String returns the MonitorRating as it is published: "1" to "5", or
// "unrated".
func (r MonitorRating) String() string { return monitorRatingWords.Name(uint8(r)) }

// MarshalText encodes r as its published number, or "unrated".
func (r MonitorRating) MarshalText() ([]byte, error) { return monitorRatingWords.Marshal(uint8(r)) }

// UnmarshalText decodes a published number, "unrated" or empty text.
func (r *MonitorRating) UnmarshalText(b []byte) error {
	return enum.Unmarshal(monitorRatingWords, b, r)
}

// Score returns r as a Score on scale s (ScaleMonitor5 or ScaleMonitor4).
func (r MonitorRating) Score(s Scale) Score { return Score{Scale: s, Value: uint8(r)} }

// OversightScore is an NHS Improvement or NHS England metric score or
// finance and use of resources score, 1 (best) to 4 (worst). The zero value
// means not scored.
type OversightScore uint8

var oversightScoreWords = enum.New("OversightScore", "unscored", "1", "2", "3", "4")

// String returns the OversightScore as it is published: "1" to "4", or
// "unscored".
func (s OversightScore) String() string { return oversightScoreWords.Name(uint8(s)) }

// MarshalText encodes s as its published number, or "unscored".
func (s OversightScore) MarshalText() ([]byte, error) { return oversightScoreWords.Marshal(uint8(s)) }

// UnmarshalText decodes a published number, "unscored" or empty text.
func (s *OversightScore) UnmarshalText(b []byte) error {
	return enum.Unmarshal(oversightScoreWords, b, s)
}

// Score returns s as a Score.
func (s OversightScore) Score() Score { return Score{Scale: ScaleOversightScore, Value: uint8(s)} }

// Segment is an oversight segment: 1 (maximum autonomy) to 4 (special
// measures, later mandated intensive support), and from 2025/26 5
// (intensive support). Lower is better. The zero value means not segmented.
type Segment uint8

var segmentWords = enum.New("Segment", "unsegmented", "1", "2", "3", "4", "5")

// String returns the Segment as it is published: "segment 1" to
// "segment 5", or "unsegmented". Its text form is the number alone.
func (s Segment) String() string {
	if s == 0 || !segmentWords.Valid(uint8(s)) {
		return segmentWords.Name(uint8(s))
	}
	return "segment " + segmentWords.Name(uint8(s))
}

// MarshalText encodes s as its published number, or "unsegmented".
func (s Segment) MarshalText() ([]byte, error) { return segmentWords.Marshal(uint8(s)) }

// UnmarshalText decodes a published number, "unsegmented" or empty text.
func (s *Segment) UnmarshalText(b []byte) error { return enum.Unmarshal(segmentWords, b, s) }

// Score returns s as a Score.
func (s Segment) Score() Score { return Score{Scale: ScaleSegment, Value: uint8(s)} }

// CQCScore returns a CQC rating as a Score.
func CQCScore(r economy.CQCRating) Score { return Score{Scale: ScaleCQC, Value: uint8(r)} }

func cqcWord(v uint8) string { return economy.CQCRating(v).String() }

// GovernanceRating is the Compliance Framework's governance risk rating.
// Larger values are worse.
type GovernanceRating uint8

// Governance ratings, best first. The zero value means not rated.
const (
	GovernanceRatingUnknown GovernanceRating = iota
	GovernanceGreen
	GovernanceAmberGreen
	GovernanceAmberRed
	GovernanceRed
)

var governanceWords = enum.New("GovernanceRating", "unknown", "green", "amber_green", "amber_red", "red")

// String returns the GovernanceRating as it is published or written.
func (g GovernanceRating) String() string { return governanceWords.Name(uint8(g)) }

// MarshalText encodes g as a lower snake word.
func (g GovernanceRating) MarshalText() ([]byte, error) { return governanceWords.Marshal(uint8(g)) }

// UnmarshalText decodes a lower snake word.
func (g *GovernanceRating) UnmarshalText(b []byte) error {
	return enum.Unmarshal(governanceWords, b, g)
}

// Score returns g as a Score.
func (g GovernanceRating) Score() Score { return Score{Scale: ScaleGovernance, Value: uint8(g)} }

// ServicesRating is the Compliance Framework's mandatory goods and services
// rating. Larger values are worse.
type ServicesRating uint8

// Mandatory services ratings, best first. The zero value means not rated.
const (
	ServicesRatingUnknown ServicesRating = iota
	ServicesGreen
	ServicesAmber
	ServicesRed
)

var servicesWords = enum.New("ServicesRating", "unknown", "green", "amber", "red")

// String returns the ServicesRating as it is published or written.
func (s ServicesRating) String() string { return servicesWords.Name(uint8(s)) }

// MarshalText encodes s as a lower snake word.
func (s ServicesRating) MarshalText() ([]byte, error) { return servicesWords.Marshal(uint8(s)) }

// UnmarshalText decodes a lower snake word.
func (s *ServicesRating) UnmarshalText(b []byte) error { return enum.Unmarshal(servicesWords, b, s) }

// Score returns s as a Score.
func (s ServicesRating) Score() Score { return Score{Scale: ScaleServices, Value: uint8(s)} }

// RAFGovernance is the Risk Assessment Framework's published governance
// rating (2013-2016). Larger values are worse.
type RAFGovernance uint8

// RAF governance ratings, best first. The zero value means not rated.
const (
	RAFGovernanceUnknown RAFGovernance = iota
	NoEvidentConcerns
	UnderReview
	EnforcementAction
)

var rafGovernanceWords = enum.New("RAFGovernance", "unknown", "no_evident_concerns", "under_review", "enforcement_action")

// String returns the RAFGovernance as it is published or written.
func (g RAFGovernance) String() string { return rafGovernanceWords.Name(uint8(g)) }

// MarshalText encodes g as a lower snake word.
func (g RAFGovernance) MarshalText() ([]byte, error) { return rafGovernanceWords.Marshal(uint8(g)) }

// UnmarshalText decodes a lower snake word.
func (g *RAFGovernance) UnmarshalText(b []byte) error {
	return enum.Unmarshal(rafGovernanceWords, b, g)
}

// Score returns g as a Score.
func (g RAFGovernance) Score() Score { return Score{Scale: ScaleRAFGovernance, Value: uint8(g)} }

// PerformanceCategory is the Department of Health's NHS Performance
// Framework category for an NHS trust (2009/10-2012/13). Larger values are
// worse.
type PerformanceCategory uint8

// Categories, best first. The zero value means not categorised.
const (
	PerformanceCategoryUnknown PerformanceCategory = iota
	Performing
	PerformanceUnderReview
	Underperforming
	Challenged
)

var categoryWords = enum.New("PerformanceCategory", "unknown", "performing", "performance_under_review", "underperforming", "challenged")

// String returns the PerformanceCategory as it is published or written.
func (c PerformanceCategory) String() string {
	return categoryWords.Name(uint8(c))
}

// MarshalText encodes c as a lower snake word.
func (c PerformanceCategory) MarshalText() ([]byte, error) { return categoryWords.Marshal(uint8(c)) }

// UnmarshalText decodes a lower snake word.
func (c *PerformanceCategory) UnmarshalText(b []byte) error {
	return enum.Unmarshal(categoryWords, b, c)
}

// Score returns c as a Score.
func (c PerformanceCategory) Score() Score { return Score{Scale: ScalePerformance, Value: uint8(c)} }

// StandardResult says whether an operational standard was met.
type StandardResult uint8

// Standard results. The zero value means not known.
const (
	StandardResultUnknown StandardResult = iota
	StandardMet
	StandardNotMet
)

var standardWords = enum.New("StandardResult", "unknown", "met", "not_met")

// String returns the StandardResult as it is published or written.
func (s StandardResult) String() string { return standardWords.Name(uint8(s)) }

// MarshalText encodes s as a lower snake word.
func (s StandardResult) MarshalText() ([]byte, error) { return standardWords.Marshal(uint8(s)) }

// UnmarshalText decodes a lower snake word.
func (s *StandardResult) UnmarshalText(b []byte) error { return enum.Unmarshal(standardWords, b, s) }

// Score returns s as a Score.
func (s StandardResult) Score() Score { return Score{Scale: ScaleStandard, Value: uint8(s)} }
