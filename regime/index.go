package regime

import "github.com/failregime/failregime/economy"

// economyIndex finds the organisations of one economy by ID, and the
// services of each provider, in constant time. It is built from the
// economy the first time a rule asks, once per decision or assessment,
// and keeps the first of any IDs used twice, as a search of the list
// would find.
type economyIndex struct {
	econ          *economy.Economy
	providers     map[string]int
	commissioners map[string]int
	services      map[*economy.Provider]map[string]int
}

func newEconomyIndex(e *economy.Economy) *economyIndex {
	x := &economyIndex{econ: e, providers: make(map[string]int, len(e.Providers)),
		commissioners: make(map[string]int, len(e.Commissioners)), services: map[*economy.Provider]map[string]int{}}
	for i := range e.Providers {
		if _, dup := x.providers[e.Providers[i].ID]; !dup {
			x.providers[e.Providers[i].ID] = i
		}
	}
	for i := range e.Commissioners {
		if _, dup := x.commissioners[e.Commissioners[i].ID]; !dup {
			x.commissioners[e.Commissioners[i].ID] = i
		}
	}
	return x
}

// index returns the memo's index of env's economy, or nil outside Decide
// and Assess.
func (env *Env) index() *economyIndex {
	if env.memo == nil || env.econ == nil {
		return nil
	}
	if x := env.memo.index; x != nil && x.econ == env.econ {
		return x
	}
	env.memo.index = newEconomyIndex(env.econ)
	return env.memo.index
}

// Provider returns the provider of env's economy with the given ID.
// Within [Framework.Decide] and [Framework.Assess] it reads an index of
// the economy built once (per assessment, when a rule first asks), so
// that rules may look up as many providers as the facts name; elsewhere
// it searches the list. Rules should look providers up through it rather
// than with economy.Economy.Provider.
func (env *Env) Provider(id string) (*economy.Provider, bool) {
	if env.econ == nil {
		return nil, false
	}
	if x := env.index(); x != nil {
		i, ok := x.providers[id]
		if !ok {
			return nil, false
		}
		return &env.econ.Providers[i], true
	}
	return env.econ.Provider(id)
}

// Commissioner returns the commissioner of env's economy with the given
// ID, as [Env.Provider] finds a provider.
func (env *Env) Commissioner(id string) (*economy.Commissioner, bool) {
	if env.econ == nil {
		return nil, false
	}
	if x := env.index(); x != nil {
		i, ok := x.commissioners[id]
		if !ok {
			return nil, false
		}
		return &env.econ.Commissioners[i], true
	}
	return env.econ.Commissioner(id)
}

// Service returns the service of provider p with the given ID, as
// [Env.Provider] finds a provider: within Decide and Assess through an
// index of p's services built once, elsewhere by searching them.
func (env *Env) Service(p *economy.Provider, id string) (*economy.Service, bool) {
	if p == nil {
		return nil, false
	}
	x := env.index()
	if x == nil {
		return p.Service(id)
	}
	byID, ok := x.services[p]
	if !ok {
		byID = make(map[string]int, len(p.Services))
		for i := range p.Services {
			if _, dup := byID[p.Services[i].ID]; !dup {
				byID[p.Services[i].ID] = i
			}
		}
		x.services[p] = byID
	}
	i, ok := byID[id]
	if !ok {
		return nil, false
	}
	return &p.Services[i], true
}

// Memo returns what build derives from env's economy as a whole, building
// it once per decision or assessment: rules use it for what they would
// otherwise work out again for every subject (the area commissioners of
// an economy, say), so that an assessment's work stays in proportion to
// its economy. key names what is derived: a comparable value of a type
// of the rule's own package, so that no two packages share a key. Outside
// Decide and Assess, and without an economy, it builds every time. build
// must not keep env.
func (env *Env) Memo(key any, build func(*economy.Economy) any) any {
	if env.memo == nil || env.econ == nil {
		return build(env.econ)
	}
	type memoKey struct {
		e   *economy.Economy
		key any
	}
	k := memoKey{env.econ, key}
	if env.memo.derived == nil {
		env.memo.derived = map[any]any{}
	}
	if v, ok := env.memo.derived[k]; ok {
		return v
	}
	v := build(env.econ)
	env.memo.derived[k] = v
	return v
}
