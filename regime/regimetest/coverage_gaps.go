package regimetest

import (
	"strings"

	"github.com/failregime/failregime/regime"
)

// Gap is something no decision exercised: a rule set that made no
// decision (Entry empty), or an entry or a rule inside one (Rule equal to
// Entry for the entry itself) that never gave the verdicts in Never.
type Gap struct {
	Framework string
	RuleSet   string
	Entry     string
	Rule      string
	Never     []regime.Verdict
}

// String renders the gap for a reader.
func (g Gap) String() string {
	where := g.Framework + "/" + g.RuleSet
	switch {
	case g.Entry == "":
		return where + ": no decision"
	case g.Rule == g.Entry:
		where += " entry " + g.Entry
	default:
		where += " entry " + g.Entry + " rule " + g.Rule
	}
	return where + ": " + never(g.Never)
}

func never(vs []regime.Verdict) string {
	words := make([]string, len(vs))
	for i, v := range vs {
		words[i] = v.String()
	}
	return "never " + strings.Join(words, " or ")
}

// Gaps lists what the recorded decisions left unexercised in the tracked
// rule sets: rule sets without a decision, and entries and rules never Met
// or never NotMet (a constant rule only ever gives its one verdict, so
// only that is asked of it). Unknown is not asked of anything: a rule set
// can be fully covered by cases with complete facts.
func (c *Coverage) Gaps() []Gap {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Gap
	for _, sc := range c.sets {
		if sc.tracked {
			out = append(out, sc.gaps()...)
		}
	}
	return out
}

func (sc *setCoverage) gaps() []Gap {
	if sc.decisions == [3]int{} {
		return []Gap{{Framework: sc.framework, RuleSet: sc.id}}
	}
	var out []Gap
	for _, n := range sc.nodes {
		if vs := n.missing(); len(vs) > 0 {
			out = append(out, Gap{Framework: sc.framework, RuleSet: sc.id, Entry: n.entry, Rule: n.rule, Never: vs})
		}
	}
	return out
}

// missing returns the verdicts n should have given and did not.
func (n *nodeCoverage) missing() []regime.Verdict {
	want := []regime.Verdict{regime.Met, regime.NotMet}
	if n.fixed {
		want = []regime.Verdict{n.constant}
	}
	var out []regime.Verdict
	for _, v := range want {
		if n.seen[verdictIndex(v)] == 0 {
			out = append(out, v)
		}
	}
	return out
}

// Missing lists the gaps of one rule set of one framework.
func (c *Coverage) Missing(framework, ruleSet string) []Gap {
	var out []Gap
	for _, g := range c.Gaps() {
		if g.Framework == framework && g.RuleSet == ruleSet {
			out = append(out, g)
		}
	}
	return out
}

// RequireFull fails t unless the recorded decisions exercised every entry
// and rule of the rule set with every verdict it can give, listing what is
// missing. A rule set that was never tracked fails too: full coverage of
// rules nobody declared proves nothing. It returns whether the set is
// fully covered.
func (c *Coverage) RequireFull(t TestingT, framework, ruleSet string) bool {
	t.Helper()
	c.mu.Lock()
	sc, ok := c.index[setKey(framework, ruleSet)]
	tracked := ok && sc.tracked
	c.mu.Unlock()
	if !tracked {
		t.Errorf("rule set %s is not tracked by the coverage", setKey(framework, ruleSet))
		return false
	}
	var lines []string
	for _, g := range c.Missing(framework, ruleSet) {
		lines = append(lines, "  "+g.String())
	}
	if len(lines) > 0 {
		t.Errorf("rule set %s is not fully covered:\n%s", setKey(framework, ruleSet), strings.Join(lines, "\n"))
		return false
	}
	return true
}
