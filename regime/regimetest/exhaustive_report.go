package regimetest

import (
	"strconv"
	"strings"

	"github.com/failregime/failregime/regime"
)

// reportLimit is how many combinations String lists under each heading;
// the report's slices hold them all.
const reportLimit = 8

// String renders the report for a reader: the domain, then each kind of
// problem with up to eight of its combinations, then how often each entry
// matched and was chosen.
func (r *ExhaustiveReport) String() string {
	var b strings.Builder
	b.WriteString("exhaustive check of " + r.RuleSet + " (" + r.Policy.String() + ") over " +
		plural(r.Combinations, "combination") + " of " + strings.Join(r.Dimensions, " × ") + "\n")
	section := func(title string, cs []Combination) {
		b.WriteString(title + ": " + strconv.Itoa(len(cs)) + "\n")
		for i, c := range cs {
			if i == reportLimit {
				b.WriteString("  ... and " + strconv.Itoa(len(cs)-reportLimit) + " more\n")
				break
			}
			b.WriteString("  " + r.point(c) + " -> " + c.Verdict.String())
			if len(c.Entries) > 0 {
				b.WriteString(": " + strings.Join(c.Entries, ", "))
			}
			b.WriteString("\n")
		}
	}
	section("gaps (no entry matched)", r.Gaps)
	if r.Policy == regime.First {
		section("overlaps (resolved by priority only)", r.Overlaps)
	} else {
		section("ties (equal priority)", r.Ties)
	}
	section("unknown", r.Unknown)
	list := func(title string, ids []string) {
		b.WriteString(title + ": ")
		if len(ids) == 0 {
			b.WriteString("none\n")
			return
		}
		b.WriteString(strings.Join(ids, ", ") + "\n")
	}
	list("unreachable entries", r.Unreachable)
	if r.Policy == regime.First {
		list("shadowed entries", r.Shadowed)
	}
	b.WriteString("entries:\n")
	for _, e := range r.Entries {
		b.WriteString("  " + e.Entry + " (priority " + strconv.Itoa(e.Priority) + "): matched " +
			strconv.Itoa(e.Matched) + ", chosen " + strconv.Itoa(e.Chosen) + "\n")
	}
	return b.String()
}

// point renders a combination as "safe=good well_led=inadequate".
func (r *ExhaustiveReport) point(c Combination) string {
	parts := make([]string, len(c.Values))
	for i, v := range c.Values {
		name := ""
		if i < len(r.Dimensions) {
			name = r.Dimensions[i]
		}
		parts[i] = name + "=" + v
	}
	if len(parts) == 0 {
		return "(no dimensions)"
	}
	return strings.Join(parts, " ")
}
