package regime

import "github.com/failregime/failregime/economy"

// A rule or number that a rule set uses in more than one place (a
// condition one entry requires and another excludes, a score several
// comparisons read) is explained once per decision: within Decide and
// Assess its outcome is remembered and given again where it recurs. The
// decision is the same, field for field; the repeated outcomes share
// their children and facts.

// explainKey is what an explanation depends on besides the node: the
// subject and everything in the env a rule may read, so that a rule that
// explains a child under other dates or assumptions gets its own.
type explainKey struct {
	node            any
	s               Subject
	econ            *economy.Economy
	facts, decision economy.Date
	assume          *Assumption
	nAssume         int
	params          *paramValue
}

type explained struct {
	o  Outcome
	v  Num
	ok bool
}

// sharedKey returns the key of node's explanation when it is worth
// remembering: within Decide or Assess, for a node the rule set shares.
func (env *Env) sharedKey(node any, s Subject) (explainKey, bool) {
	if env.memo == nil || len(env.shared) == 0 || !env.shared[node] {
		return explainKey{}, false
	}
	k := explainKey{node: node, s: s, econ: env.econ, facts: env.FactsDate(), decision: env.decision, nAssume: len(env.assume)}
	if len(env.assume) > 0 {
		k.assume = &env.assume[0]
	}
	if len(env.params) > 0 {
		k.params = &env.params[0]
	}
	return k, true
}

// ruleExplainer is a rule of this package whose explanation a rule set
// may share between places.
type ruleExplainer interface {
	explain(env *Env, s Subject) Outcome
}

// explainShared is x.explain, remembered within a decision when x is a
// node the rule set shares (numbers keep their value too: numNode.explain).
func explainShared(env *Env, x ruleExplainer, s Subject) Outcome {
	k, ok := env.sharedKey(x, s)
	if !ok {
		return x.explain(env, s)
	}
	if e, hit := env.memo.recall(k); hit {
		return e.o
	}
	o := x.explain(env, s)
	env.memo.remember(k, explained{o: o})
	return o
}

func (m *memo) recall(k explainKey) (explained, bool) {
	e, ok := m.explained[k]
	return e, ok
}

func (m *memo) remember(k explainKey, e explained) {
	if m.explained == nil {
		m.explained = map[explainKey]explained{}
	}
	m.explained[k] = e
}
