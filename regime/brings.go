package regime

import (
	"slices"

	"github.com/failregime/failregime/economy"
)

// Measure is one thing that entering a regime brings to the organisation
// or area placed in it (a plan, funding, support, a mechanism of
// accountability), with the source that says so.
type Measure struct {
	What     string           `json:"what"`
	Citation economy.Citation `json:"citation"`
}

// Brings lists what entering one regime brings under a framework. A
// framework carries its own list ([FrameworkSpec.Brings]), so that a
// decision choosing the regime reports it, and a framework built by a
// user carries only what its author wrote.
type Brings struct {
	Regime   economy.Regime
	Measures []Measure
}

// Brings returns what entering r brings under f, as a fresh copy; nil
// when f says nothing of r.
func (f *Framework) Brings(r economy.Regime) []Measure {
	for _, b := range f.spec.Brings {
		if b.Regime == r {
			return slices.Clone(b.Measures)
		}
	}
	return nil
}
