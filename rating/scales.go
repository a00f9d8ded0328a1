package rating

import (
	"fmt"
	"strconv"

	"github.com/failregime/failregime/economy"
)

// MonitorRating is a Monitor risk rating: the Compliance Framework's
// financial risk rating (1-5) or the Risk Assessment Framework's continuity
// of services and financial sustainability risk ratings (1-4). Higher is
// safer; 1 is the highest risk. The zero value means not rated.
type MonitorRating uint8

// String returns the MonitorRating as it is published or written.
func (r MonitorRating) String() string {
	if r == 0 {
		return "unrated"
	}
	return strconv.Itoa(int(r))
}

// Score returns r as a Score on scale s (ScaleMonitor5 or ScaleMonitor4).
func (r MonitorRating) Score(s Scale) Score { return Score{Scale: s, Value: uint8(r)} }

// OversightScore is an NHS Improvement or NHS England metric score or
// finance and use of resources score, 1 (best) to 4 (worst). The zero value
// means not scored.
type OversightScore uint8

// String returns the OversightScore as it is published or written.
func (s OversightScore) String() string {
	if s == 0 {
		return "unscored"
	}
	return strconv.Itoa(int(s))
}

// Score returns s as a Score.
func (s OversightScore) Score() Score { return Score{Scale: ScaleOversightScore, Value: uint8(s)} }

// Segment is an oversight segment: 1 (maximum autonomy) to 4 (special
// measures, later mandated intensive support), and from 2025/26 5
// (intensive support). Lower is better. The zero value means not segmented.
type Segment uint8

// String returns the Segment as it is published or written.
func (s Segment) String() string {
	if s == 0 {
		return "unsegmented"
	}
	return "segment " + strconv.Itoa(int(s))
}

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
	GovernanceUnknown GovernanceRating = iota
	GovernanceGreen
	GovernanceAmberGreen
	GovernanceAmberRed
	GovernanceRed
)

var governanceWords = []string{"unknown", "green", "amber_green", "amber_red", "red"}

// String returns the GovernanceRating as it is published or written.
func (g GovernanceRating) String() string { return word(governanceWords, uint8(g), "GovernanceRating") }

// MarshalText encodes g as a lower snake word.
func (g GovernanceRating) MarshalText() ([]byte, error) {
	return marshalWord(governanceWords, uint8(g), "GovernanceRating")
}

// UnmarshalText decodes a lower snake word.
func (g *GovernanceRating) UnmarshalText(b []byte) error {
	return parseInto("GovernanceRating", governanceWords, b, g)
}

// Score returns g as a Score.
func (g GovernanceRating) Score() Score { return Score{Scale: ScaleGovernance, Value: uint8(g)} }

// ServicesRating is the Compliance Framework's mandatory goods and services
// rating. Larger values are worse.
type ServicesRating uint8

// Mandatory services ratings, best first. The zero value means not rated.
const (
	ServicesUnknown ServicesRating = iota
	ServicesGreen
	ServicesAmber
	ServicesRed
)

var servicesWords = []string{"unknown", "green", "amber", "red"}

// String returns the ServicesRating as it is published or written.
func (s ServicesRating) String() string { return word(servicesWords, uint8(s), "ServicesRating") }

// MarshalText encodes s as a lower snake word.
func (s ServicesRating) MarshalText() ([]byte, error) {
	return marshalWord(servicesWords, uint8(s), "ServicesRating")
}

// UnmarshalText decodes a lower snake word.
func (s *ServicesRating) UnmarshalText(b []byte) error {
	return parseInto("ServicesRating", servicesWords, b, s)
}

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

var rafGovernanceWords = []string{"unknown", "no_evident_concerns", "under_review", "enforcement_action"}

// String returns the RAFGovernance as it is published or written.
func (g RAFGovernance) String() string { return word(rafGovernanceWords, uint8(g), "RAFGovernance") }

// MarshalText encodes g as a lower snake word.
func (g RAFGovernance) MarshalText() ([]byte, error) {
	return marshalWord(rafGovernanceWords, uint8(g), "RAFGovernance")
}

// UnmarshalText decodes a lower snake word.
func (g *RAFGovernance) UnmarshalText(b []byte) error {
	return parseInto("RAFGovernance", rafGovernanceWords, b, g)
}

// Score returns g as a Score.
func (g RAFGovernance) Score() Score { return Score{Scale: ScaleRAFGovernance, Value: uint8(g)} }

// PerformanceCategory is the Department of Health's NHS Performance
// Framework category for an NHS trust (2009/10-2012/13). Larger values are
// worse.
type PerformanceCategory uint8

// Categories, best first. The zero value means not categorised.
const (
	CategoryUnknown PerformanceCategory = iota
	Performing
	PerformanceUnderReview
	Underperforming
	Challenged
)

var categoryWords = []string{"unknown", "performing", "performance_under_review", "underperforming", "challenged"}

// String returns the PerformanceCategory as it is published or written.
func (c PerformanceCategory) String() string {
	return word(categoryWords, uint8(c), "PerformanceCategory")
}

// MarshalText encodes c as a lower snake word.
func (c PerformanceCategory) MarshalText() ([]byte, error) {
	return marshalWord(categoryWords, uint8(c), "PerformanceCategory")
}

// UnmarshalText decodes a lower snake word.
func (c *PerformanceCategory) UnmarshalText(b []byte) error {
	return parseInto("PerformanceCategory", categoryWords, b, c)
}

// Score returns c as a Score.
func (c PerformanceCategory) Score() Score { return Score{Scale: ScalePerformance, Value: uint8(c)} }

// StandardResult says whether an operational standard was met.
type StandardResult uint8

// Standard results. The zero value means not known.
const (
	StandardUnknown StandardResult = iota
	StandardMet
	StandardNotMet
)

var standardWords = []string{"unknown", "met", "not_met"}

// String returns the StandardResult as it is published or written.
func (s StandardResult) String() string { return word(standardWords, uint8(s), "StandardResult") }

// MarshalText encodes s as a lower snake word.
func (s StandardResult) MarshalText() ([]byte, error) {
	return marshalWord(standardWords, uint8(s), "StandardResult")
}

// UnmarshalText decodes a lower snake word.
func (s *StandardResult) UnmarshalText(b []byte) error {
	return parseInto("StandardResult", standardWords, b, s)
}

// Score returns s as a Score.
func (s StandardResult) Score() Score { return Score{Scale: ScaleStandard, Value: uint8(s)} }

func word(words []string, v uint8, typeName string) string {
	if int(v) < len(words) {
		return words[v]
	}
	return typeName + "(" + strconv.Itoa(int(v)) + ")"
}

func marshalWord(words []string, v uint8, typeName string) ([]byte, error) {
	if int(v) >= len(words) {
		return nil, fmt.Errorf("rating: %s(%d) is out of range", typeName, v)
	}
	return []byte(words[v]), nil
}
