package regime

import (
	"slices"

	"github.com/failregime/failregime/economy"
)

// Finding is one condition that would have to change for a decision to
// come out the other way: a leaf of the outcome tree, where it sits, what
// it is now, what it would have to become, and the facts that show how far
// it is from flipping.
type Finding struct {
	Path     []string          `json:"path"` // labels from the root outcome down to this one
	ID       string            `json:"id,omitempty"`
	Title    string            `json:"title,omitempty"`
	Verdict  Verdict           `json:"verdict"`
	Want     Verdict           `json:"want"`
	Reason   string            `json:"reason"`
	Facts    []Fact            `json:"facts,omitempty"`
	Missing  []string          `json:"missing,omitempty"`
	Pending  []PendingFact     `json:"pending,omitempty"`
	Citation *economy.Citation `json:"citation,omitempty"`
}

// WhyNot returns, for an outcome that is NotMet or Unknown, the leaf
// conditions that stand between it and Met, with their distances and
// missing facts; it returns nil for a Met outcome.
//
// Under All, these are the children that are not met; under Any, every
// child, since any one of them flipping would do; under AtLeast(n), the
// nearest children (those with the fewest conditions of their own to
// flip) that make up the shortfall; under Not, the conditions of the inner
// rule that would have to fail.
func (o Outcome) WhyNot() []Finding {
	return flips(o, Met, nil)
}

// flips lists the leaves of o that must change for o to become want.
func flips(o Outcome, want Verdict, path []string) []Finding {
	if o.Verdict == want {
		return nil
	}
	path = append(slices.Clip(path), label(o.Title, label(o.ID, o.Kind)))
	if len(o.Children) == 0 {
		return []Finding{{
			Path: slices.Clone(path), ID: o.ID, Title: o.Title, Verdict: o.Verdict, Want: want,
			Reason: o.Reason, Facts: o.Facts, Missing: o.Missing, Pending: o.Pending, Citation: o.Citation,
		}}
	}
	var out []Finding
	switch o.Kind {
	case "not":
		return flips(o.Children[0], want.Not(), path)
	case "at_least":
		return nearest(o, want, path)
	}
	// all, any, named or a rule set: under All each child short of want
	// must change; under Any each is an alternative; either way, list
	// them all.
	for _, c := range o.Children {
		out = append(out, flips(c, want, path)...)
	}
	return out
}

// nearest picks, for an at_least node, the cheapest children to flip: as
// many as the count is short by, cheapest first, ties in declared order.
func nearest(o Outcome, want Verdict, path []string) []Finding {
	met, unknown := 0, 0
	for _, c := range o.Children {
		switch c.Verdict {
		case Met:
			met++
		case Unknown:
			unknown++
		}
	}
	short := o.Need - met // children that must become Met
	if want == NotMet {
		short = met + unknown - o.Need + 1 // children that must stop being (possibly) Met
	}
	type cand struct{ fs []Finding }
	var cands []cand
	for _, c := range o.Children {
		if c.Verdict == want {
			continue
		}
		if want == NotMet && c.Verdict == NotMet {
			continue
		}
		cands = append(cands, cand{flips(c, want, path)})
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return len(a.fs) - len(b.fs) })
	var out []Finding
	for i := 0; i < short && i < len(cands); i++ {
		out = append(out, cands[i].fs...)
	}
	return out
}
