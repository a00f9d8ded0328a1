package regimetest

import (
	"strconv"
	"strings"
)

// Report renders the coverage for a reader: each rule set with its
// decisions by verdict, then what it left unexercised, indented by where
// it sits in the entry's tree; then, for each scale, the values no
// decision reached. Rule sets seen in decisions but never tracked are
// marked, since what they missed cannot be known.
func (c *Coverage) Report() string {
	c.mu.Lock()
	var b strings.Builder
	b.WriteString("rule coverage:\n")
	if len(c.sets) == 0 {
		b.WriteString("  no rule sets\n")
	}
	for _, sc := range c.sets {
		b.WriteString("  " + sc.framework + "/" + sc.id)
		if sc.tracked {
			b.WriteString(" (" + sc.policy.String() + ")")
		} else {
			b.WriteString(" (not tracked: only what was seen)")
		}
		total := sc.decisions[0] + sc.decisions[1] + sc.decisions[2]
		if total == 0 {
			b.WriteString(": no decision\n")
			continue
		}
		b.WriteString(": " + plural(total, "decision") + ", " + strconv.Itoa(sc.decisions[1]) + " met, " +
			strconv.Itoa(sc.decisions[2]) + " not_met, " + strconv.Itoa(sc.decisions[0]) + " unknown\n")
		missed := 0
		for _, n := range sc.nodes {
			vs := n.missing()
			if len(vs) == 0 || !sc.tracked {
				continue
			}
			missed++
			what := "rule "
			if n.rule == n.entry {
				what = "entry "
			}
			status := never(vs)
			if n.seen == [3]int{} {
				status = "never evaluated"
			}
			b.WriteString(strings.Repeat("  ", n.depth+2) + what + n.rule + ": " + status + "\n")
		}
		if sc.tracked && missed == 0 {
			b.WriteString("    every entry and rule met and not met\n")
		}
	}
	c.mu.Unlock()
	b.WriteString("scale coverage:\n")
	for _, s := range c.Scales() {
		b.WriteString("  " + s.Name + ": ")
		switch {
		case len(s.Missing) == 0:
			b.WriteString("every value reached\n")
		case len(s.Reached) == 0:
			b.WriteString("nothing reached\n")
		default:
			b.WriteString("reached " + strings.Join(s.Reached, ", ") + "; never " + strings.Join(s.Missing, ", ") + "\n")
		}
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
