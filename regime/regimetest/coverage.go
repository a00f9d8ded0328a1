package regimetest

import (
	"sync"

	"github.com/failregime/failregime/regime"
)

// Coverage records which rules a body of decisions exercised, and with
// which verdicts: every rule set, every entry (by its rule's id), and every
// rule with an id inside each entry's tree, so that a report can name what
// no case tried. It also records which values of each rating scale the
// decisions' facts reached.
//
// Tracked frameworks ([Coverage.Track], done by [Run] with [WithCoverage])
// give the structure to compare against: without it, Coverage only knows
// what it saw. A Coverage is safe for concurrent use, so parallel subtests
// may share one.
type Coverage struct {
	mu     sync.Mutex
	sets   []*setCoverage
	index  map[string]*setCoverage
	scales []*scaleCoverage
}

// setCoverage is one rule set of one framework.
type setCoverage struct {
	framework, id string
	policy        regime.Policy
	tracked       bool
	decisions     [3]int // by verdict
	nodes         []*nodeCoverage
	index         map[string]*nodeCoverage
}

// nodeCoverage is one rule with an id inside an entry; the entry itself is
// the node whose rule is the entry.
type nodeCoverage struct {
	entry, rule string
	depth       int
	// fixed holds the one verdict a constant rule can give (Always is
	// never NotMet), so that coverage asks only for that.
	fixed    bool
	constant regime.Verdict
	seen     [3]int
}

// NewCoverage returns an empty Coverage that follows scales, or
// [DefaultScales] when none are given.
func NewCoverage(scales ...Scale) *Coverage {
	if len(scales) == 0 {
		scales = DefaultScales()
	}
	c := &Coverage{index: map[string]*setCoverage{}}
	for _, s := range scales {
		c.scales = append(c.scales, &scaleCoverage{scale: s, reached: map[string]bool{}})
	}
	return c
}

func setKey(framework, ruleSet string) string { return framework + "/" + ruleSet }

func nodeKey(entry, rule string) string { return entry + "\x00" + rule }

// Track declares the rule sets of fws, so that rules no decision reached
// are reported. Tracking a framework twice, or a variant of one already
// tracked (variants share their edition's rules), changes nothing.
func (c *Coverage) Track(fws ...*regime.Framework) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, f := range fws {
		if f == nil {
			continue
		}
		for _, rs := range f.RuleSets() {
			sc := c.set(f.ID(), rs.ID())
			if sc.tracked {
				continue
			}
			sc.tracked, sc.policy = true, rs.Policy()
			for _, e := range rs.Entries() {
				entry := e.Rule.Info().ID
				sc.declare(entry, e.Rule, 0)
			}
		}
	}
}

// declare adds the rules with ids in r's tree, depth first.
func (sc *setCoverage) declare(entry string, r regime.Rule, depth int) {
	if r == nil {
		return
	}
	info := r.Info()
	if info.ID != "" {
		n := sc.node(entry, info.ID, depth)
		if info.Kind == "const" {
			var v regime.Verdict
			if v.UnmarshalText([]byte(info.Detail)) == nil {
				n.fixed, n.constant = true, v
			}
		}
		depth++
	}
	for _, child := range info.Children {
		sc.declare(entry, child, depth)
	}
}

// set returns the record of a rule set, creating it untracked.
func (c *Coverage) set(framework, id string) *setCoverage {
	k := setKey(framework, id)
	if sc, ok := c.index[k]; ok {
		return sc
	}
	sc := &setCoverage{framework: framework, id: id, index: map[string]*nodeCoverage{}}
	c.index[k] = sc
	c.sets = append(c.sets, sc)
	return sc
}

func (sc *setCoverage) node(entry, rule string, depth int) *nodeCoverage {
	k := nodeKey(entry, rule)
	if n, ok := sc.index[k]; ok {
		return n
	}
	n := &nodeCoverage{entry: entry, rule: rule, depth: depth}
	sc.index[k] = n
	sc.nodes = append(sc.nodes, n)
	return n
}

// Add records decisions: each rule set that made one, each entry it tried
// and each rule inside with the verdict it gave, and the scale values of
// the facts the rules read.
func (c *Coverage) Add(ds ...regime.Decision) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := range ds {
		d := &ds[i]
		sc := c.set(d.Framework.ID, d.RuleSet)
		sc.decisions[verdictIndex(d.Verdict)]++
		for _, eo := range d.Outcome.Children {
			c.record(sc, eo.ID, &eo, 0)
		}
	}
}

func (c *Coverage) record(sc *setCoverage, entry string, o *regime.Outcome, depth int) {
	if o.ID != "" {
		sc.node(entry, o.ID, depth).seen[verdictIndex(o.Verdict)]++
		depth++
	}
	for _, f := range o.Facts {
		for _, s := range c.scales {
			if v, ok := s.scale.Match(f); ok {
				s.reached[v] = true
			}
		}
	}
	for i := range o.Children {
		c.record(sc, entry, &o.Children[i], depth)
	}
}

// verdictIndex maps a verdict to 0 (unknown), 1 (met) or 2 (not met);
// out-of-range values count as unknown, as regime does.
func verdictIndex(v regime.Verdict) int {
	switch v {
	case regime.Met:
		return 1
	case regime.NotMet:
		return 2
	}
	return 0
}
