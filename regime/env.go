package regime

import (
	"slices"

	"github.com/failregime/failregime/economy"
)

// Env is everything a rule may read besides its subject: the date of the
// decision (which edition's rules apply), the date of the facts (whose
// figures are used; by default the decision date), the economy around the
// subject, the framework's parameters, and any assumptions about pending
// facts. It never reads a clock.
//
// The zero Env has no dates, no economy and no parameters: rules reading
// them answer Unknown. Build one with [NewEnv]. An Env is a small value;
// rules receive a pointer and must not modify it. It is safe to share
// between goroutines once built.
type Env struct {
	decision economy.Date
	facts    economy.Date
	econ     *economy.Economy
	params   []paramValue
	assume   []Assumption
	memo     *memo        // set by Decide and Assess; see Rate, Provider and Memo
	known    bool         // econ is already as it stood on the facts date; see asKnown
	shared   map[any]bool // nodes the rule set being decided uses twice; see sharedKey
}

// NewEnv returns an Env for deciding on date within economy e.
func NewEnv(e *economy.Economy, decision economy.Date) Env {
	return Env{decision: decision, econ: e}
}

// WithFactsDate returns a copy of env that reads the facts as they stood on
// date, while the rules stay those of the decision date: a 2015 case can be
// judged under the 2015 rules on 2015 facts, or under later rules.
func (env Env) WithFactsDate(date economy.Date) Env {
	env.facts = date
	env.known = false
	return env
}

// WithParams returns a copy of env holding f's parameters, for evaluating a
// rule directly rather than through [Framework.Decide] (which does this
// itself). A nil f removes the parameters.
func (env Env) WithParams(f *Framework) Env {
	env.params = nil
	if f != nil {
		env.params = f.params
	}
	return env
}

// Assuming returns a copy of env in which the named pending facts take the
// given values. Later assumptions about the same name win.
func (env Env) Assuming(as ...Assumption) Env {
	env.assume = append(slices.Clip(env.assume), as...)
	return env
}

// DecisionDate returns the date whose rules apply.
func (env *Env) DecisionDate() economy.Date { return env.decision }

// FactsDate returns the date whose facts are read: the one set with
// WithFactsDate, else the decision date.
func (env *Env) FactsDate() economy.Date {
	if env.facts.IsZero() {
		return env.decision
	}
	return env.facts
}

// Economy returns the economy around the subject, or nil.
func (env *Env) Economy() *economy.Economy { return env.econ }

// Assumed returns the value assumed for the pending fact name, if any.
func (env *Env) Assumed(name string) (string, bool) {
	for i := len(env.assume) - 1; i >= 0; i-- {
		if env.assume[i].Name == name {
			return env.assume[i].Value, true
		}
	}
	return "", false
}

// Assumptions returns a copy of the assumptions in env.
func (env *Env) Assumptions() []Assumption { return slices.Clone(env.assume) }
