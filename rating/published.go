package rating

import (
	"strings"

	"github.com/failregime/failregime/economy"
)

// schemeOfMethod maps each method whose results a regulator published to
// the scheme it published them in.
var schemeOfMethod = map[string]economy.RatingScheme{
	MethodFRR:        economy.MonitorFRR,
	MethodGovernance: economy.MonitorGovernance,
	MethodServices:   economy.MonitorMandatoryServices,
	MethodNHSPF:      economy.NHSPerformanceCategory,
	MethodCoSRR:      economy.MonitorCoSRR,
	MethodFSRR:       economy.MonitorFSRR,
	MethodSOFSegment: economy.SOFSegment,
	MethodNOF2019:    economy.NOFSegment,
	MethodNOF2021:    economy.NOFSegment,
	MethodNOF2022:    economy.NOFSegment,
	MethodNOF2025:    economy.NOFSegment,
	MethodNOF2026:    economy.NOFSegment,
}

// SchemeOf returns the scheme in which a regulator published the results
// of the method id, and false for a method whose results were not
// published as a rating of their own.
func SchemeOf(id string) (economy.RatingScheme, bool) {
	s, ok := schemeOfMethod[id]
	return s, ok
}

// PublishedScore reads a published rating as a Score on its scheme's
// scale: "3" as a Monitor rating of 3, "amber_red" as a governance
// rating, "4" as segment 4. A CoSRR or FSRR of "2*" (a 2 Monitor judged
// unlikely to get worse) reads as 2, with starred true. It returns false
// for a scheme with no scale here or a value not of the scheme.
func PublishedScore(r economy.PublishedRating) (score Score, starred bool, ok bool) {
	v := r.Value
	if (r.Scheme == economy.MonitorCoSRR || r.Scheme == economy.MonitorFSRR) && strings.HasSuffix(v, "*") {
		v, starred = strings.TrimSuffix(v, "*"), true
		if v != "2" {
			return Score{}, false, false
		}
	}
	text := []byte(v)
	switch r.Scheme {
	case economy.MonitorFRR, economy.MonitorCoSRR, economy.MonitorFSRR:
		var m MonitorRating
		if m.UnmarshalText(text) != nil || m == 0 {
			return Score{}, false, false
		}
		scale := ScaleMonitor4
		if r.Scheme == economy.MonitorFRR {
			scale = ScaleMonitor5
		} else if m > 4 {
			return Score{}, false, false
		}
		return m.Score(scale), starred, true
	case economy.MonitorGovernance:
		var g GovernanceRating
		if g.UnmarshalText(text) != nil || g == 0 {
			return Score{}, false, false
		}
		return g.Score(), false, true
	case economy.MonitorMandatoryServices:
		var s ServicesRating
		if s.UnmarshalText(text) != nil || s == 0 {
			return Score{}, false, false
		}
		return s.Score(), false, true
	case economy.MonitorRAFGovernance:
		var g RAFGovernance
		if g.UnmarshalText(text) != nil || g == 0 {
			return Score{}, false, false
		}
		return g.Score(), false, true
	case economy.NHSPerformanceCategory:
		var c PerformanceCategory
		if c.UnmarshalText(text) != nil || c == 0 {
			return Score{}, false, false
		}
		return c.Score(), false, true
	case economy.SOFSegment, economy.NOFSegment, economy.SystemSegment, economy.ICBSegment:
		var s Segment
		if s.UnmarshalText(text) != nil || s == 0 {
			return Score{}, false, false
		}
		return s.Score(), false, true
	}
	return Score{}, false, false
}
