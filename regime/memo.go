package regime

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
)

// memo remembers what one decision, or one assessment, works out more
// than once: the ratings computed (several rules read the same rating of
// the same provider, and a rating costs far more than the comparison),
// an index of the economy by ID, and what rules derive from the economy
// as a whole ([Env.Memo]). It is looked up by key in maps, so that an
// assessment of N subjects does N lookups, never N squared. It lives only
// inside Decide and Assess, which use it from one goroutine, and is never
// handed to a caller.
type memo struct {
	ratings map[ratingKey]rating.Result
	areas   map[areaKey]*rating.Area
	index   *economyIndex
	derived map[any]any
	asOf    map[areaKey]*earlier
	// keepEarlier is set by Assess: earlier economies serve every
	// subject of the assessment.
	keepEarlier bool
	// explained holds the outcomes of shared nodes (see sharedKey).
	explained map[explainKey]explained
}

// earlier is an economy as it stood on an earlier date (see [Env.AsOf]).
// Rules evaluated on it get no memo: one of its own saved no CPU time.
type earlier struct {
	econ *economy.Economy
}

// earlier returns e as it stood on date, made once per assessment; nil
// outside Assess. Within one Decide the copies are worth no more than
// making each again, and keeping them alive costs the collector (a single
// provider's decisions ran 18% slower).
func (m *memo) earlier(e *economy.Economy, date economy.Date) *earlier {
	if m == nil || !m.keepEarlier {
		return nil
	}
	k := areaKey{e, date}
	if b, ok := m.asOf[k]; ok {
		return b
	}
	if m.asOf == nil {
		m.asOf = map[areaKey]*earlier{}
	}
	c := economy.AsOf(e, date)
	b := &earlier{econ: &c}
	m.asOf[k] = b
	return b
}

type ratingKey struct {
	method string
	p      *economy.Provider
	e      *economy.Economy
	date   economy.Date
}

type areaKey struct {
	e    *economy.Economy
	date economy.Date
}

// Rate returns method m's rating of in, computing it once per decision:
// within [Framework.Decide] and [Framework.Assess] the env remembers every
// rating it has made, so rules that read the same rating of the same
// provider share one computation, and it gives the method one
// rating.Area per economy and date, so that a method that places a
// provider among its peers reads each peer once per assessment rather
// than once per provider. Elsewhere (the verdict-only path of
// [RuleSet.Match], or a rule evaluated on its own) it rates every time.
// Rules should read ratings through it rather than call m.Rate.
func (env *Env) Rate(m *rating.Method, in rating.Input) rating.Result {
	mm := env.memo
	if mm == nil {
		return m.Rate(in)
	}
	k := ratingKey{method: m.ID, p: in.Provider, e: in.Economy, date: in.Date}
	if r, ok := mm.ratings[k]; ok {
		return r
	}
	if in.Area == nil && in.Economy != nil {
		ak := areaKey{in.Economy, in.Date}
		a := mm.areas[ak]
		if a == nil {
			a = rating.NewArea(in.Economy, in.Date)
			mm.areas[ak] = a
		}
		in.Area = a
	}
	r := m.Rate(in)
	mm.ratings[k] = r
	return r
}

// withMemo returns env with a fresh memo unless it already has one.
func (env Env) withMemo() Env {
	if env.memo == nil {
		env.memo = &memo{ratings: map[ratingKey]rating.Result{}, areas: map[areaKey]*rating.Area{}}
	}
	return env
}
