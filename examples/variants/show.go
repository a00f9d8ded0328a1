package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// answer is a decision in a few words.
func answer(d regime.Decision) string {
	if r, ok := d.Ruling(); ok {
		return r.String()
	}
	if d.Verdict == regime.Unknown && len(d.Undecided) > 0 {
		var alts []string
		for _, c := range d.Undecided {
			alts = append(alts, c.Ruling.String())
		}
		return "unknown (" + strings.Join(alts, " or ") + ")"
	}
	if d.Verdict == regime.NotMet {
		return "not met"
	}
	return d.Verdict.String()
}

// countReason finds the count of failing organisations in an economy
// decision, the condition the variant moves.
func countReason(d regime.Decision) string {
	if o, ok := d.Node(england.RuleSRFailingOrganisations); ok {
		return o.Reason
	}
	return d.Outcome.Reason
}

// explain says why in one line: the reason of the entry that decided, or,
// for an unknown decision, the first facts it was missing.
func explain(d regime.Decision) string {
	if d.Verdict != regime.Unknown {
		return chosenReason(d)
	}
	var missing []string
	for _, fd := range d.Outcome.WhyNot() {
		for _, m := range fd.Missing {
			if !slices.Contains(missing, m) {
				missing = append(missing, m)
			}
		}
		for _, p := range fd.Pending {
			if !slices.Contains(missing, p.Name) {
				missing = append(missing, p.Name)
			}
		}
	}
	if len(missing) == 0 {
		return chosenReason(d)
	}
	more := ""
	if len(missing) > 3 {
		more = fmt.Sprintf(" and %d more", len(missing)-3)
		missing = missing[:3]
	}
	return "missing " + strings.Join(missing, ", ") + more
}

// chosenReason is the reason of the entry that decided, or the decision's
// own reason when nothing was chosen.
func chosenReason(d regime.Decision) string {
	if len(d.Chosen) > 0 {
		if o, ok := d.Node(d.Chosen[0].Entry); ok {
			return o.Reason
		}
	}
	return d.Outcome.Reason
}
