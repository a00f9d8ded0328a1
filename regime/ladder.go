package regime

import "github.com/failregime/failregime/economy"

// MostIntensive returns the decision whose chosen result is the most
// intensive among ds, the earliest on ties, and false when no decision
// chose anything. Only Met decisions count: an Unknown decision might have
// gone either way.
func MostIntensive(ds ...Decision) (Decision, bool) {
	best, found := -1, false
	var bestI economy.Intensity
	for i := range ds {
		r, ok := ds[i].Ruling()
		if !ok {
			continue
		}
		if in := r.EffectiveIntensity(); !found || in > bestI {
			best, bestI, found = i, in, true
		}
	}
	if !found {
		return Decision{}, false
	}
	return ds[best], true
}
