package main

import (
	"fmt"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// shownMissing is how many missing facts an organisation's line names;
// -v prints the decisions in full.
const shownMissing = 3

// standing renders an organisation's highest regime, and, when some of its
// decisions are unknown, the facts they were missing: an unknown is never
// shown as "routine".
func standing(st regime.Standing, ds []regime.Decision) string {
	s := "unknown"
	if st.Regime != economy.RegimeUnknown {
		s = fmt.Sprintf("%s (%s)", st.Regime, st.Intensity)
	}
	if st.Unknown == 0 {
		return s
	}
	missing := collapse(missingFor(st.Subject, ds))
	if len(missing) == 0 {
		return fmt.Sprintf("%s (%d decision(s) unknown)", s, st.Unknown)
	}
	more := ""
	if len(missing) > shownMissing {
		more = fmt.Sprintf(" and %d more", len(missing)-shownMissing)
		missing = missing[:shownMissing]
	}
	return fmt.Sprintf("%s, missing %s%s", s, strings.Join(missing, ", "), more)
}

// missingFor collects, without repeats, the missing and pending facts of
// the subject's unknown decisions.
func missingFor(ref regime.SubjectRef, ds []regime.Decision) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, d := range ds {
		if d.Subject.Kind != ref.Kind || d.Subject.ID != ref.ID || d.Verdict != regime.Unknown {
			continue
		}
		for _, fd := range d.Outcome.WhyNot() {
			for _, m := range fd.Missing {
				add(m)
			}
			for _, p := range fd.Pending {
				add(p.Name + " (pending)")
			}
		}
	}
	return out
}

// collapse folds the figures one rating needs ("monitor_cosrr:
// accounts.ebitda", "monitor_cosrr: accounts.pdc_dividend", ...) into one
// item, so that a line names kinds of missing fact rather than every field.
func collapse(names []string) []string {
	var out []string
	count := map[string]int{}
	first := map[string]int{}
	for _, n := range names {
		head, _, ok := strings.Cut(n, ": ")
		if !ok {
			out = append(out, n)
			continue
		}
		if _, seen := first[head]; !seen {
			first[head] = len(out)
			out = append(out, n)
		}
		count[head]++
	}
	for head, i := range first {
		if count[head] > 1 {
			out[i] = fmt.Sprintf("%s (and %d more of its figures)", out[i], count[head]-1)
		}
	}
	return out
}
