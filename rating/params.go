package rating

import (
	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// Every Params type of the package follows one rule: its zero value means
// the published defaults, which its Default...Params function spells out,
// and so does each field a caller leaves at its zero value. A field is
// unset when it is
//
//   - a band table without cuts;
//   - a number, weight or threshold of zero, or a set of weights all zero;
//   - a zero citation, date, rating, rounding (RoundingUnknown) or switch
//     (OverrideSwitchDefault);
//   - a nil list (a non-nil empty list is a list with nothing in it).
//
// Each Params type has a withDefaults method that fills the unset fields,
// and every Rate function, builder and Validate calls it first.

// fill sets *field to published() when unset(*field) reports that the
// caller left it at its zero value. published is called only then, so
// params with every field set never build the published values.
func fill[T any](field *T, unset func(T) bool, published func() T) {
	if unset(*field) {
		*field = published()
	}
}

// lazy returns a function that builds the published params with build on
// its first call and returns the same value after, for withDefaults
// methods whose fields come from one Default...Params function.
func lazy[P any](build func() P) func() *P {
	var p *P
	return func() *P {
		if p == nil {
			v := build()
			p = &v
		}
		return p
	}
}

// The unset tests fill uses.

func noCuts(b Bands) bool { return len(b.Cuts) == 0 }

func isZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func zeroDecimal(d decimal.Decimal) bool { return d.IsZero() }

func zeroCitation(c economy.Citation) bool { return c.IsZero() }

func zeroDate(d economy.Date) bool { return d.IsZero() }

func isNil[T any](xs []T) bool { return xs == nil }

// allZero reports whether every number is zero: a set of weights or
// thresholds left unset as a whole.
func allZero(ws ...decimal.Decimal) bool {
	for _, w := range ws {
		if !w.IsZero() {
			return false
		}
	}
	return true
}

// fillZero sets a field left at its zero value to def: a number, a
// rating, a rounding rule, a switch (so that filled params say what they
// do rather than "default").
func fillZero[T comparable](field *T, def T) {
	if isZero(*field) {
		*field = def
	}
}
