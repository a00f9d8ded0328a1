package economy

import (
	"slices"

	"github.com/failregime/failregime/internal/enum"
)

// RatingScheme names a rating, segment or category a regulator published
// about an organisation or an area. Each scheme has its own words
// ([RatingScheme.Values]); a published rating of one scheme never
// compares with another's. The zero RatingScheme is unknown.
type RatingScheme uint8

// Rating schemes, oldest first.
const (
	RatingSchemeUnknown RatingScheme = iota
	// Healthcare Commission, then CQC for 2008/09: the annual health
	// check's two ratings of NHS trusts, foundation trusts and PCTs.
	HealthCheckQuality   // quality of services: excellent, good, fair, weak
	HealthCheckResources // use of resources (financial management for 2008/09)
	// Monitor's Compliance Framework (2008/09-2013/14 Q2).
	MonitorFRR               // financial risk rating, 1 (highest risk) to 5
	MonitorGovernance        // governance risk rating: green to red
	MonitorMandatoryServices // mandatory services rating: green, amber, red
	// The Department of Health's NHS Performance Framework for NHS trusts
	// (2009/10-2012/13) and the NHS Trust Development Authority's
	// accountability framework (2013/14-2015/16).
	NHSPerformanceCategory // performing to underperforming, and challenged
	TDAEscalation          // escalation level 1 to 5
	// Monitor's Risk Assessment Framework (October 2013 - September 2016).
	MonitorCoSRR         // continuity of services risk rating, 1 to 4, with 2*
	MonitorFSRR          // financial sustainability risk rating, 1 to 4, with 2*
	MonitorRAFGovernance // governance: no evident concerns, under review, enforcement action
	// NHS Improvement's and NHS England's oversight segments.
	SOFSegment    // Single Oversight Framework, 2016-2019: 1 (maximum autonomy) to 4
	NOFSegment    // NHS Oversight Frameworks, 2019 on: 1 to 4, and 5 from 2025/26
	SystemSegment // an integrated care system's segment (2021/22)
	ICBSegment    // an integrated care board's segment (2022/23 on)
	// Commissioners.
	CCGAssurance // assured ... not assured (2013/14-2014/15); outstanding ... inadequate (2015/16 on)
	// World Class Commissioning assurance of PCTs (2008/09 and 2009/10):
	// the panel's governance ratings (strategy, finance, board), recorded
	// as the worst of the three; and the competency levels (11
	// competencies, level 4 world class), recorded as the lowest level the
	// panel gave any competency. The Note may give each one.
	WCCGovernance // green, amber, red
	WCCCompetency // 4 (world class) to 1
)

var ratingSchemeWords = enum.New("RatingScheme",
	"unknown", "health_check_quality", "health_check_resources",
	"monitor_frr", "monitor_governance", "monitor_mandatory_services",
	"nhs_performance_category", "tda_escalation",
	"monitor_cosrr", "monitor_fsrr", "monitor_raf_governance",
	"sof_segment", "nof_segment", "system_segment", "icb_segment",
	"ccg_assurance", "wcc_governance", "wcc_competency")

// ratingValues lists each scheme's words, best first where the scheme has
// an order.
var ratingValues = [...][]string{
	HealthCheckQuality:       {"excellent", "good", "fair", "weak"},
	HealthCheckResources:     {"excellent", "good", "fair", "weak"},
	MonitorFRR:               {"5", "4", "3", "2", "1"},
	MonitorGovernance:        {"green", "amber_green", "amber_red", "red"},
	MonitorMandatoryServices: {"green", "amber", "red"},
	NHSPerformanceCategory:   {"performing", "performance_under_review", "underperforming", "challenged"},
	TDAEscalation:            {"1", "2", "3", "4", "5"},
	MonitorCoSRR:             {"4", "3", "2*", "2", "1"},
	MonitorFSRR:              {"4", "3", "2*", "2", "1"},
	MonitorRAFGovernance:     {"no_evident_concerns", "under_review", "enforcement_action"},
	SOFSegment:               {"1", "2", "3", "4"},
	NOFSegment:               {"1", "2", "3", "4", "5"},
	SystemSegment:            {"1", "2", "3", "4"},
	ICBSegment:               {"1", "2", "3", "4"},
	CCGAssurance:             {"outstanding", "good", "requires_improvement", "inadequate", "assured", "assured_with_support", "not_assured"},
	WCCGovernance:            {"green", "amber", "red"},
	WCCCompetency:            {"4", "3", "2", "1"},
}

// String returns the scheme's lower snake word, e.g. "monitor_frr".
func (s RatingScheme) String() string { return ratingSchemeWords.Name(uint8(s)) }

// MarshalText encodes s as its word.
func (s RatingScheme) MarshalText() ([]byte, error) { return ratingSchemeWords.Marshal(uint8(s)) }

// Valid reports whether s is one of the RatingScheme constants.
func (s RatingScheme) Valid() bool { return ratingSchemeWords.Valid(uint8(s)) }

// UnmarshalText decodes a word; an unknown word is an *EnumError.
func (s *RatingScheme) UnmarshalText(b []byte) error { return enum.Unmarshal(ratingSchemeWords, b, s) }

// Values returns the words a rating of s may take, best first where the
// scheme is ordered; nil for an unknown scheme.
func (s RatingScheme) Values() []string {
	if s == RatingSchemeUnknown || int(s) >= len(ratingValues) {
		return nil
	}
	return slices.Clone(ratingValues[s])
}

// segment5From is the first day a NOF segment of 5 could be published
// (NHS Oversight Framework 2025/26, published 26 June 2025).
var segment5From = MustDate("2025-06-26")

// systemSegmentFrom and icbSegmentFrom are the first days a system's and
// an ICB's segment could be published: the NHS System Oversight Framework
// 2021/22 segmented ICSs from July 2021 (its Recovery Support Programme
// began then); the 42 ICBs were established on 1 July 2022 (the
// Integrated Care Boards (Establishment) Order 2022).
var (
	systemSegmentFrom = MustDate("2021-07-01")
	icbSegmentFrom    = MustDate("2022-07-01")
)

// PublishedRating is a rating, segment or category a regulator published:
// what it rated (the scheme and the period), when it was published, the
// value in the scheme's words, and the source. A rule reads the latest
// one published on or before its facts date.
type PublishedRating struct {
	Scheme    RatingScheme `json:"scheme"`
	Period    Period       `json:"period"`    // the period rated, e.g. a quarter
	Published Date         `json:"published"` // the day it was published
	Value     string       `json:"value"`     // one of Scheme.Values()
	Note      string       `json:"note,omitempty"`
	Source    *Citation    `json:"source"`
}

// Rank returns the position of r's value in its scheme's list (0 best),
// and false when the value is not one of the scheme's words.
func (r PublishedRating) Rank() (int, bool) {
	i := slices.Index(r.Scheme.Values(), r.Value)
	return i, i >= 0
}

// LatestRating returns the rating of scheme published on or before date
// that rates the latest period (on a tie, the latest published), and
// false when there is none.
func LatestRating(rs []PublishedRating, scheme RatingScheme, date Date) (*PublishedRating, bool) {
	best := -1
	for i := range rs {
		r := &rs[i]
		if r.Scheme != scheme || r.Published.IsZero() || r.Published.After(date) {
			continue
		}
		if best < 0 {
			best = i
			continue
		}
		b := &rs[best]
		if r.Period.To.After(b.Period.To) || r.Period.To == b.Period.To && r.Published.After(b.Published) {
			best = i
		}
	}
	if best < 0 {
		return nil, false
	}
	return &rs[best], true
}

func (p *problems) publishedRatings(path string, rs []PublishedRating) {
	type key struct {
		s    RatingScheme
		f, t Date
	}
	seen := map[key]int{}
	for i, r := range rs {
		rpath := p.index(path, i)
		enumValue(p, p.join(rpath, "scheme"), r.Scheme, true)
		p.period(p.join(rpath, "period"), r.Period)
		if p.date(p.join(rpath, "published"), r.Published, true) && r.Period.From.Valid() && r.Published.Before(r.Period.From) {
			p.add(p.join(rpath, "published"), "must not be before the period it rates (%s)", r.Period.From)
		}
		if r.Scheme != RatingSchemeUnknown && r.Scheme.Values() != nil {
			switch _, ok := r.Rank(); {
			case r.Value == "":
				p.add(p.join(rpath, "value"), "is required")
			case !ok:
				p.add(p.join(rpath, "value"), "%q is not a %s value (allowed: %v)", r.Value, r.Scheme, r.Scheme.Values())
			case r.Scheme == NOFSegment && r.Value == "5" && r.Published.Before(segment5From):
				p.add(p.join(rpath, "value"), "segment 5 exists only from the NHS Oversight Framework 2025/26 (published %s)", segment5From)
			}
		}
		switch {
		case r.Scheme == SystemSegment && r.Published.Valid() && r.Published.Before(systemSegmentFrom):
			p.add(p.join(rpath, "published"), "systems were segmented only from the NHS System Oversight Framework 2021/22 (%s)", systemSegmentFrom)
		case r.Scheme == ICBSegment && r.Published.Valid() && r.Published.Before(icbSegmentFrom):
			p.add(p.join(rpath, "published"), "ICBs exist only from %s (the Integrated Care Boards (Establishment) Order 2022)", icbSegmentFrom)
		}
		if r.Source == nil {
			p.add(p.join(rpath, "source"), "is required: say where the rating was published")
		} else {
			p.citation(p.join(rpath, "source"), *r.Source)
		}
		k := key{r.Scheme, r.Period.From, r.Period.To}
		if j, dup := seen[k]; dup && r.Scheme != RatingSchemeUnknown {
			p.add(p.join(rpath, "period"), "a second %s rating for %s (the first is %s)", r.Scheme, r.Period, p.index(path, j))
		} else {
			seen[k] = i
		}
	}
}
