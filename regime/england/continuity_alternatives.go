package england

import (
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// transferRule is Met when at least one alternative provider named for the
// service is in the economy, close enough and has capacity: the service
// may move there, and the explanation names every such provider by its ID
// (its name is given once, in the decisions about it). A service
// with no alternatives named has nowhere named to go (NotMet); an
// alternative whose distance or capacity is not given leaves it Unknown.
func (k continuityKeys) transferRule() regime.Rule {
	return regime.Predicate(RuleNamedAlternative, "an alternative provider in the economy is close enough and has capacity", citeCRSTests,
		k.transfer, k.maxKm.Ref(), k.maxMins.Ref())
}

func (k continuityKeys) transfer(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	svc := s.Service()
	if svc == nil {
		w.Missing("service")
		return regime.Unknown
	}
	if len(svc.Alternatives) == 0 {
		w.Because("no alternative provider is named for the service")
		return regime.NotMet
	}
	v := regime.NotMet
	var names []string
	for i := range svc.Alternatives {
		a := &svc.Alternatives[i]
		q := inEconomy(env, a, w).And(k.closeEnough(env, a, w)).And(hasCapacity(a, w))
		if q == regime.Met && w != nil {
			names = append(names, a.ProviderID)
		}
		v = v.Or(q)
	}
	if w != nil {
		switch v {
		case regime.Met:
			w.Because("may transfer to " + strings.Join(names, ", "))
			w.Fact(regime.Fact{Name: "may transfer to", Text: strings.Join(names, ", "), Verdict: regime.Met})
		case regime.NotMet:
			w.Because("no named alternative provider is in the economy, close enough and with capacity")
		}
	}
	return v
}

// noAlternative is the first designation test: Met when no alternative
// provider is close enough. Capacity is not part of the test as the
// guidance words it; it matters only for a transfer. An empty list of
// alternatives is not evidence that none exists, so it is Unknown.
func (k continuityKeys) noAlternative(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	svc := s.Service()
	if svc == nil {
		w.Missing("service")
		return regime.Unknown
	}
	if len(svc.Alternatives) == 0 {
		w.Missing("alternative providers")
		return regime.Unknown
	}
	found := regime.NotMet
	for i := range svc.Alternatives {
		found = found.Or(k.closeEnough(env, &svc.Alternatives[i], w))
	}
	if w != nil {
		switch found {
		case regime.Met:
			w.Because("an alternative provider is close enough")
		case regime.NotMet:
			w.Because("no alternative provider is close enough")
		}
	}
	return found.Not()
}

// closeEnough compares each measure of distance given with its parameter:
// every one given must be within its limit, and at least one must be given.
func (k continuityKeys) closeEnough(env *regime.Env, a *economy.Alternative, w *regime.Why) regime.Verdict {
	if !a.DistanceKm.Valid && !a.TravelMins.Valid {
		if w != nil {
			w.Missing("alternatives[provider_id=" + a.ProviderID + "].distance_km or travel_minutes")
		}
		return regime.Unknown
	}
	v := regime.Met
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
func within(env *regime.Env, key regime.DecimalKey, value decimal.Decimal, id, what, unit string, w *regime.Why) regime.Verdict {
	limit, ok := key.Get(env)
	if !ok {
		w.Missing(key.Name())
		return regime.Unknown
	}
	v := regime.VerdictOf(value.LessThanOrEqual(limit))
	if w != nil {
		w.Fact(key.Fact(env, what+id, value, regime.LE, unit, v))
	}
	return v
}

func hasCapacity(a *economy.Alternative, w *regime.Why) regime.Verdict {
	if a.HasCapacity == nil {
		if w != nil {
			w.Missing("capacity of " + a.ProviderID)
		}
		return regime.Unknown
	}
	v := regime.VerdictOf(*a.HasCapacity)
	if w != nil {
		w.Fact(regime.Fact{Name: "capacity of " + a.ProviderID, Text: yesNo(*a.HasCapacity), Verdict: v})
	}
	return v
}

// inEconomy is whether the alternative is a provider of the economy, which
// is what lets the decision name it.
func inEconomy(env *regime.Env, a *economy.Alternative, w *regime.Why) regime.Verdict {
	if env.Economy() == nil {
		w.Missing("economy")
		return regime.Unknown
	}
	if _, ok := env.Provider(a.ProviderID); ok {
		return regime.Met
	}
	if w != nil {
		w.Fact(regime.Fact{Name: "alternative " + a.ProviderID, Text: "not a provider of the economy", Verdict: regime.NotMet})
	}
	return regime.NotMet
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
