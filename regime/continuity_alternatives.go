package regime

import (
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// transferRule is Met when at least one alternative provider named for the
// service is in the economy, close enough and has capacity: the service
// may move there, and the explanation names every such provider. A service
// with no alternatives named has nowhere named to go (NotMet); an
// alternative whose distance or capacity is not given leaves it Unknown.
func (k continuityKeys) transferRule() Rule {
	return Predicate("named_alternative", "an alternative provider in the economy is close enough and has capacity", citeCRSTests,
		k.transfer, k.maxKm.Ref(), k.maxMins.Ref())
}

func (k continuityKeys) transfer(env *Env, s Subject, w *Why) Verdict {
	svc := s.Service()
	if svc == nil {
		w.Missing("service")
		return Unknown
	}
	if len(svc.Alternatives) == 0 {
		w.Because("no alternative provider is named for the service")
		return NotMet
	}
	v := NotMet
	var names []string
	for i := range svc.Alternatives {
		a := &svc.Alternatives[i]
		q := inEconomy(env, a, w).And(k.closeEnough(env, a, w)).And(hasCapacity(a, w))
		if q == Met && w != nil {
			names = append(names, providerName(env, a.ProviderID))
		}
		v = v.Or(q)
	}
	if w != nil {
		switch v {
		case Met:
			w.Because("may transfer to " + strings.Join(names, ", "))
			w.Fact(Fact{Name: "may transfer to", Text: strings.Join(names, ", "), Verdict: Met})
		case NotMet:
			w.Because("no named alternative provider is in the economy, close enough and with capacity")
		}
	}
	return v
}

// noAlternative is the first designation test: Met when no alternative
// provider is close enough. Capacity is not part of the test as the
// guidance words it; it matters only for a transfer. An empty list of
// alternatives is not evidence that none exists, so it is Unknown.
func (k continuityKeys) noAlternative(env *Env, s Subject, w *Why) Verdict {
	svc := s.Service()
	if svc == nil {
		w.Missing("service")
		return Unknown
	}
	if len(svc.Alternatives) == 0 {
		w.Missing("alternative providers")
		return Unknown
	}
	found := NotMet
	for i := range svc.Alternatives {
		found = found.Or(k.closeEnough(env, &svc.Alternatives[i], w))
	}
	if w != nil {
		switch found {
		case Met:
			w.Because("an alternative provider is close enough")
		case NotMet:
			w.Because("no alternative provider is close enough")
		}
	}
	return found.Not()
}

// closeEnough compares each measure of distance given with its parameter:
// every one given must be within its limit, and at least one must be given.
func (k continuityKeys) closeEnough(env *Env, a *economy.Alternative, w *Why) Verdict {
	if !a.DistanceKm.Valid && !a.TravelMins.Valid {
		if w != nil {
			w.Missing("distance or travel time to " + a.ProviderID)
		}
		return Unknown
	}
	v := Met
	if a.DistanceKm.Valid {
		v = v.And(within(env, k.maxKm, a.DistanceKm.Decimal, a.ProviderID, "distance to ", "km", w))
	}
	if a.TravelMins.Valid {
		v = v.And(within(env, k.maxMins, a.TravelMins.Decimal, a.ProviderID, "travel time to ", "minutes", w))
	}
	return v
}

// within is value <= the parameter key, recorded as a fact with the
// parameter's source and interpretation.
func within(env *Env, key DecimalKey, value decimal.Decimal, id, what, unit string, w *Why) Verdict {
	limit, ok := key.Get(env)
	if !ok {
		w.Missing(key.Name())
		return Unknown
	}
	v := VerdictOf(value.LessThanOrEqual(limit))
	if w != nil {
		f := Fact{Name: what + id, Value: decimal.NewNullDecimal(value), Op: LE, Threshold: decimal.NewNullDecimal(limit),
			Unit: unit, Param: key.Name(), Verdict: v}
		if p := key.k.lookup(env, ParamDecimal); p != nil {
			f.Source, f.Interpretation = citationPtr(p.def.Citation), p.def.Interpretation
		}
		if v == NotMet {
			f.Distance = decimal.NewNullDecimal(value.Sub(limit))
		}
		w.Fact(f)
	}
	return v
}

func hasCapacity(a *economy.Alternative, w *Why) Verdict {
	if a.HasCapacity == nil {
		if w != nil {
			w.Missing("capacity of " + a.ProviderID)
		}
		return Unknown
	}
	v := VerdictOf(*a.HasCapacity)
	if w != nil {
		w.Fact(Fact{Name: "capacity of " + a.ProviderID, Text: yesNo(*a.HasCapacity), Verdict: v})
	}
	return v
}

// inEconomy is whether the alternative is a provider of the economy, which
// is what lets the decision name it.
func inEconomy(env *Env, a *economy.Alternative, w *Why) Verdict {
	e := env.Economy()
	if e == nil {
		w.Missing("economy")
		return Unknown
	}
	if _, ok := e.Provider(a.ProviderID); ok {
		return Met
	}
	if w != nil {
		w.Fact(Fact{Name: "alternative " + a.ProviderID, Text: "not a provider of the economy", Verdict: NotMet})
	}
	return NotMet
}

// providerName renders "RJZ (King's College Hospital NHS Foundation
// Trust)", or the bare ID when the economy does not name it.
func providerName(env *Env, id string) string {
	if e := env.Economy(); e != nil {
		if p, ok := e.Provider(id); ok && p.Name != "" {
			return id + " (" + p.Name + ")"
		}
	}
	return id
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
