package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// criteriaEntry is the sr2015 rule set entry that applies the published
// criteria (as opposed to reading a recorded spell).
const criteriaEntry = england.RuleSuccessRegimeCriteria

// criteria prints the criteria entry of an economy decision, one
// condition a line, naming the organisations whose part is unknown; and,
// when the decision is unknown, the why-not findings that hold it up.
func criteria(w io.Writer, d regime.Decision, notes *regime.Footnotes) {
	o, ok := d.Node(criteriaEntry)
	if !ok {
		fmt.Fprintf(w, "    (no %s entry was reached: %s)\n", criteriaEntry, d.Outcome.Reason)
		return
	}
	fmt.Fprintf(w, "    %s: %s %s\n", words(o.Verdict), o.Reason, notes.Ref(o.Citation))
	for _, c := range o.Children {
		fmt.Fprintf(w, "      %s: %s %s\n", words(c.Verdict), c.Reason, notes.Ref(c.Citation))
		if c.Verdict != regime.Unknown {
			continue
		}
		for _, name := range unknownFacts(c) {
			fmt.Fprintf(w, "        not known: %s\n", name)
		}
	}
	if d.Verdict != regime.Unknown {
		return
	}
	fmt.Fprintln(w, "    why not decided (Outcome.WhyNot):")
	for _, fd := range d.Outcome.WhyNot() {
		if fd.Verdict != regime.Unknown {
			continue
		}
		fmt.Fprintf(w, "      %s: %s\n", fd.Title, fd.Reason)
		if len(fd.Missing) > 0 {
			fmt.Fprintf(w, "        missing: %s\n", strings.Join(fd.Missing, ", "))
		}
	}
}

// unknownFacts lists, under o, the facts whose own verdict is unknown:
// for a count of failing organisations, the organisations nobody has
// published enough about.
func unknownFacts(o regime.Outcome) []string {
	var out []string
	for _, f := range o.Facts {
		if f.Verdict == regime.Unknown && f.Text != "" {
			out = append(out, f.Text)
		}
	}
	for _, c := range o.Children {
		out = append(out, unknownFacts(c)...)
	}
	return out
}
