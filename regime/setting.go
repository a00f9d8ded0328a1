package regime

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/failregime/failregime/economy"
)

// Setting changes one parameter of a framework, or names the variant,
// for [Framework.With].
type Setting struct {
	name    string
	value   any
	isLabel bool
}

// Set returns a setting giving the named parameter a new value. The
// value's Go type must match the parameter: decimal.Decimal for decimal
// parameters; int or int64 for int, days and months; bool; string (one of
// the allowed words) for enums.
func Set(name string, value any) Setting { return Setting{name: name, value: value} }

// VariantName returns a setting that names the variant ("success regime
// from two failing trusts"). Without one, the variant is named after its
// changes ("economy.sr_min_failing=3").
func VariantName(name string) Setting { return Setting{name: name, isLabel: true} }

// String renders o as "name=value" or "variant name".
func (o Setting) String() string {
	if o.isLabel {
		return "variant " + o.name
	}
	return fmt.Sprintf("%s=%v", o.name, o.value)
}

// With returns a copy of f with the settings applied, as a named variant
// with its own content hash. f itself is unchanged. An unknown parameter
// (ErrUnknownParam), a value of the wrong type or an enum word not allowed
// (ErrParamType), a decimal beyond economy.CheckDecimal's bounds, or a
// number outside the parameter's declared range (a *[RangeError];
// ErrParamRange) is an error; all are reported at once.
func (f *Framework) With(settings ...Setting) (*Framework, error) {
	if f == nil {
		return nil, errorf("with: nil framework: %w", ErrInvalidInput)
	}
	g := *f
	g.params = slices.Clone(f.params)
	var errs []error
	var label string
	var changes []string
	for _, o := range settings {
		if o.isLabel {
			label = o.name
			continue
		}
		i := slices.IndexFunc(g.params, func(p paramValue) bool { return p.def.Name == o.name })
		if i < 0 {
			errs = append(errs, errorf("setting %q: %w", o.name, ErrUnknownParam))
			continue
		}
		if err := g.params[i].set(o.value); err != nil {
			errs = append(errs, errorf("setting %q: %w", o.name, err))
			continue
		}
		changes = append(changes, o.name+"="+g.params[i].canonical())
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if label == "" {
		label = strings.Join(changes, ", ")
	}
	if f.variant != "" && label != "" {
		label = f.variant + "; " + label
	} else if label == "" {
		label = f.variant
	}
	g.variant = label
	g.hash = g.computeHash()
	return &g, nil
}

func (p *paramValue) set(v any) error {
	x, err := p.check(v)
	if err != nil {
		return err
	}
	switch p.typ {
	case ParamDecimal:
		p.dec = x.dec
	case ParamInt, ParamDays, ParamMonths:
		p.n = x.n
	case ParamBool:
		p.b = x.b
	case ParamEnum:
		p.s = x.s
	}
	p.changed = true
	return nil
}

// check returns p holding v, or why v cannot be p's value: another type,
// a word not allowed, a decimal beyond economy.CheckDecimal's bounds, a
// number outside p's range.
func (p paramValue) check(v any) (paramValue, error) {
	wrong := func() (paramValue, error) {
		return p, fmt.Errorf("%T for a %s parameter: %w", v, p.typ, ErrParamType)
	}
	switch p.typ {
	case ParamDecimal:
		d, ok := v.(decimal.Decimal)
		if !ok {
			return wrong()
		}
		// The bounds every decimal of an economy keeps, so that no
		// variant can make an assessment compute with 7e10000000.
		if err := economy.CheckDecimal(d); err != nil {
			return p, fmt.Errorf("decimal %w: %w", err, ErrParamRange)
		}
		p.dec = d
	case ParamInt, ParamDays, ParamMonths:
		switch n := v.(type) {
		case int:
			p.n = int64(n)
		case int64:
			p.n = n
		default:
			return wrong()
		}
	case ParamBool:
		b, ok := v.(bool)
		if !ok {
			return wrong()
		}
		p.b = b
	case ParamEnum:
		s, ok := v.(string)
		if !ok {
			return wrong()
		}
		if !slices.Contains(p.allowed, s) {
			return p, fmt.Errorf("%q is not one of %q: %w", s, p.allowed, ErrParamType)
		}
		p.s = s
	default:
		return wrong()
	}
	if p.typ.numeric() && !p.def.Range.Contains(p.number()) {
		return p, &RangeError{Param: p.def.Name, Value: p.canonical(), Range: p.def.Range, Unit: p.def.Unit}
	}
	return p, nil
}

// CheckValue reports whether v could be the parameter's value, as
// [Framework.With] checks it: the Go type [Set] documents for the
// parameter's type (ErrParamType), an allowed word, a decimal within
// economy.CheckDecimal's bounds and a number within the parameter's
// range (a *RangeError; ErrParamRange).
func (p Parameter) CheckValue(v any) error {
	_, err := paramValue{def: ParamDef{Name: p.Name, Unit: p.Unit, Range: p.Range}, typ: p.Type, allowed: p.Allowed}.check(v)
	return err
}
