package rating

import (
	"encoding/json"
	"strconv"

	"github.com/failregime/failregime/internal/enum"
)

// Scale names a rating scale. Scales of different families never compare:
// Monitor's ratings run "higher is safer", NHS Improvement's and NHS
// England's scores and segments run "lower is better", and CQC's words have
// an order of their own.
type Scale uint8

// Scales. The zero value, ScaleNone, has a meaning of its own: no scale,
// the Score of an unrated result.
const (
	ScaleNone           Scale = iota // no scale: unrated
	ScaleMonitor5                    // Monitor financial risk rating, 1 (highest risk) to 5 (lowest)
	ScaleMonitor4                    // Monitor CoSRR and FSRR, 1 (highest risk) to 4 (lowest)
	ScaleOversightScore              // NHS Improvement / NHS England metric and finance scores, 1 (best) to 4 (worst)
	ScaleSegment                     // oversight segments, 1 (most autonomy) to 4, or 5 from 2025/26
	ScaleCQC                         // outstanding, good, requires improvement, inadequate
	ScaleGovernance                  // Monitor governance risk rating, green to red
	ScaleServices                    // Monitor mandatory goods and services rating, green to red
	ScaleRAFGovernance               // RAF governance rating: no evident concerns, under review, enforcement action
	ScalePerformance                 // NHS Performance Framework category
	ScaleStandard                    // an operational standard: met or not met
)

var scaleWords = enum.New("Scale",
	"none", "monitor_1_5", "monitor_1_4", "oversight_score", "segment", "cqc",
	"governance", "mandatory_services", "raf_governance", "performance_category", "standard",
)

// String returns the Scale's lower snake word.
func (s Scale) String() string { return scaleWords.Name(uint8(s)) }

// MarshalText encodes the scale as its lower snake word.
func (s Scale) MarshalText() ([]byte, error) { return scaleWords.Marshal(uint8(s)) }

// UnmarshalText decodes a lower snake word.
func (s *Scale) UnmarshalText(b []byte) error { return enum.Unmarshal(scaleWords, b, s) }

// Score is one value on one scale: a tagged value that renders and
// marshals the same way whatever the scale. Compute with the typed values
// (MonitorRating, OversightScore, Segment, ...) and use Score to carry a
// result; two Scores compare only when their scales match.
type Score struct {
	Scale Scale
	Value uint8 // the typed value's underlying number; 0 = not rated
}

// Known reports whether s holds a rating.
func (s Score) Known() bool { return s.Scale != ScaleNone && s.Value != 0 }

// String renders the score the way the scale publishes it: "3" for
// Monitor and NHS Improvement numbers, "segment 4", "requires_improvement",
// "amber_red", "performing".
func (s Score) String() string {
	if !s.Known() {
		return "unrated"
	}
	switch s.Scale {
	case ScaleMonitor5, ScaleMonitor4:
		return MonitorRating(s.Value).String()
	case ScaleOversightScore:
		return OversightScore(s.Value).String()
	case ScaleSegment:
		return Segment(s.Value).String()
	case ScaleCQC:
		return cqcWord(s.Value)
	case ScaleGovernance:
		return GovernanceRating(s.Value).String()
	case ScaleServices:
		return ServicesRating(s.Value).String()
	case ScaleRAFGovernance:
		return RAFGovernance(s.Value).String()
	case ScalePerformance:
		return PerformanceCategory(s.Value).String()
	case ScaleStandard:
		return StandardResult(s.Value).String()
	}
	return strconv.Itoa(int(s.Value))
}

// WorseThan reports whether s is a worse rating than t on the same scale.
// It returns false when the scales differ or either score is unknown.
func (s Score) WorseThan(t Score) bool {
	if s.Scale != t.Scale || !s.Known() || !t.Known() {
		return false
	}
	if s.Scale == ScaleMonitor5 || s.Scale == ScaleMonitor4 {
		return s.Value < t.Value // Monitor: higher is safer
	}
	return s.Value > t.Value // every other scale here: the larger value is worse
}

type scoreJSON struct {
	Scale Scale  `json:"scale"`
	Value uint8  `json:"value"`
	Label string `json:"label"`
}

// MarshalJSON encodes the scale, the number and the published label.
func (s Score) MarshalJSON() ([]byte, error) {
	return json.Marshal(scoreJSON{Scale: s.Scale, Value: s.Value, Label: s.String()})
}

// UnmarshalJSON decodes what MarshalJSON wrote; the label is not trusted.
func (s *Score) UnmarshalJSON(b []byte) error {
	var v scoreJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = Score{Scale: v.Scale, Value: v.Value}
	return nil
}
