package regime

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
)

// ratingMemo remembers the ratings computed while one decision, or one
// assessment, is made: several rules read the same rating of the same
// provider (a segment is compared with three thresholds on the ladder), and
// a rating costs far more than the comparison. It lives only inside
// Decide and Assess, which use it from one goroutine, and is never handed
// to a caller.
type ratingMemo struct {
	entries []ratingEntry
}

type ratingEntry struct {
	method string
	p      *economy.Provider
	e      *economy.Economy
	date   economy.Date
	result rating.Result
}

// Rate returns method m's rating of in, computing it once per decision:
// within [Framework.Decide] and [Framework.Assess] the env remembers every
// rating it has made, so rules that read the same rating of the same
// provider share one computation. Elsewhere (the verdict-only path of
// [RuleSet.Match], or a rule evaluated on its own) it rates every time.
// Rules should read ratings through it rather than call m.Rate.
func (env *Env) Rate(m *rating.Method, in rating.Input) rating.Result {
	memo := env.ratings
	if memo == nil {
		return m.Rate(in)
	}
	for i := range memo.entries {
		x := &memo.entries[i]
		if x.method == m.ID && x.p == in.Provider && x.e == in.Economy && x.date == in.Date {
			return x.result
		}
	}
	r := m.Rate(in)
	memo.entries = append(memo.entries, ratingEntry{method: m.ID, p: in.Provider, e: in.Economy, date: in.Date, result: r})
	return r
}

// withMemo returns env with a fresh rating memo unless it already has one.
func (env Env) withMemo() Env {
	if env.ratings == nil {
		env.ratings = &ratingMemo{}
	}
	return env
}
