package regimetest

import (
	"slices"
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/failregime/failregime/rating"
	"github.com/failregime/failregime/regime"
)

// Scale is a rating scale whose values coverage follows: its name, every
// value in order, and how to read a value off a fact a rule recorded.
// Facts carry words and numbers, not Go types, so Match decides by the
// fact's text and its name, unit and parameter.
type Scale struct {
	Name   string
	Values []string
	Match  func(f regime.Fact) (value string, ok bool)
}

// ScaleCoverage is how far the recorded decisions went along one scale.
type ScaleCoverage struct {
	Name    string
	Reached []string
	Missing []string
}

type scaleCoverage struct {
	scale   Scale
	reached map[string]bool
}

// DefaultScales are the scales of the library's rating package, read off
// facts by these conventions (which the library's rules follow):
//   - CQC ratings: the fact's text is a CQC word ("requires_improvement");
//   - Monitor ratings 1-5: a number, the fact named a "risk rating" (FRR,
//     CoSRR, FSRR) or after Monitor;
//   - oversight scores 1-4: a number, the fact named a "score";
//   - segments 1-5: "segment N", or a number with "segment" in the name;
//   - governance ratings: green to red, the fact named "governance";
//   - performance categories: performing to challenged.
func DefaultScales() []Scale {
	cqc := words(economy.CQCRatings())
	monitor := numbers(1, 5, func(i int) string { return rating.MonitorRating(i).String() })
	scores := numbers(1, 4, func(i int) string { return rating.OversightScore(i).String() })
	segments := numbers(1, 5, func(i int) string { return rating.Segment(i).String() })
	governance := numbers(1, 4, func(i int) string { return rating.GovernanceRating(i).String() })
	categories := numbers(1, 4, func(i int) string { return rating.PerformanceCategory(i).String() })
	return []Scale{
		{Name: "cqc ratings", Values: cqc, Match: among(cqc, "")},
		{Name: "monitor ratings", Values: monitor, Match: among(monitor, "risk rating", "frr", "cosrr", "fsrr", "monitor")},
		{Name: "oversight scores", Values: scores, Match: among(scores, "score")},
		{Name: "segments", Values: segments, Match: segmentOf(segments)},
		{Name: "governance ratings", Values: governance, Match: among(governance, "governance")},
		{Name: "performance categories", Values: categories, Match: among(categories, "")},
	}
}

func words[T interface{ String() string }](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return out
}

func numbers(from, to int, name func(int) string) []string {
	var out []string
	for i := from; i <= to; i++ {
		out = append(out, name(i))
	}
	return out
}

// factText returns what a fact says, its value in words or digits, and
// the words that name it, lower case.
func factText(f regime.Fact) (value, label string) {
	value = f.Text
	if value == "" && f.Value.Valid {
		value = decimaltext.Format(f.Value.Decimal)
	}
	return value, strings.ToLower(f.Name + " " + f.Unit + " " + f.Param)
}

// among matches a fact whose value is one of values and whose label holds
// one of hints (any label when the hint is "").
func among(values []string, hints ...string) func(regime.Fact) (string, bool) {
	return func(f regime.Fact) (string, bool) {
		v, label := factText(f)
		if !slices.Contains(values, v) {
			return "", false
		}
		for _, h := range hints {
			if strings.Contains(label, h) {
				return v, true
			}
		}
		return "", false
	}
}

func segmentOf(values []string) func(regime.Fact) (string, bool) {
	return func(f regime.Fact) (string, bool) {
		v, label := factText(f)
		if slices.Contains(values, v) {
			return v, true
		}
		if n, err := strconv.Atoi(v); err == nil && strings.Contains(label, "segment") {
			if s := rating.Segment(n).String(); n > 0 && n < 256 && slices.Contains(values, s) {
				return s, true
			}
		}
		return "", false
	}
}

// Scales reports, for each followed scale, the values the recorded facts
// reached and those none did, in the scale's order.
func (c *Coverage) Scales() []ScaleCoverage {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]ScaleCoverage, 0, len(c.scales))
	for _, s := range c.scales {
		sc := ScaleCoverage{Name: s.scale.Name}
		for _, v := range s.scale.Values {
			if s.reached[v] {
				sc.Reached = append(sc.Reached, v)
			} else {
				sc.Missing = append(sc.Missing, v)
			}
		}
		out = append(out, sc)
	}
	return out
}
