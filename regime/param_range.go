package regime

import (
	"encoding/json"
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// Range is the values a numeric parameter may take, both ends included.
// Every decimal, int, days and months parameter declares one in its
// [ParamDef]: [NewFramework] refuses a numeric parameter without one, or
// with a default outside it, and [Framework.With] refuses a value outside
// it. Build one with [Between] for decimals or [Whole] for whole numbers;
// the zero Range declares none, as yes/no and enum parameters must.
//
// A range is what the parameter can sensibly mean (months of history from
// none to ten years, a percentage from 0 to 100), not what a source
// published: it keeps a variant from asking a question the rules cannot
// answer, such as problems long-standing for 9223372036854775807 months.
// Ranges are not part of a framework's content hash: they decide which
// variants can be made, never what a framework decides.
type Range struct {
	min, max decimal.Decimal
	set      bool
}

// Between returns the range from min to max, both included.
func Between(min, max decimal.Decimal) Range { return Range{min: min, max: max, set: true} }

// Whole returns the range of whole numbers from min to max, both
// included, for int, days and months parameters.
func Whole(min, max int64) Range {
	return Range{min: decimal.NewFromInt(min), max: decimal.NewFromInt(max), set: true}
}

// IsZero reports whether r declares no range.
func (r Range) IsZero() bool { return !r.set }

// Min returns the smallest value allowed.
func (r Range) Min() decimal.Decimal { return r.min }

// Max returns the largest value allowed.
func (r Range) Max() decimal.Decimal { return r.max }

// Contains reports whether d lies within r, ends included. The zero Range
// contains nothing.
func (r Range) Contains(d decimal.Decimal) bool {
	return r.set && d.Cmp(r.min) >= 0 && d.Cmp(r.max) <= 0
}

// String returns "0 to 120", or "" for the zero Range.
func (r Range) String() string {
	if !r.set {
		return ""
	}
	return decimaltext.Format(r.min) + " to " + decimaltext.Format(r.max)
}

// rangeJSON is how a Range marshals: both ends in canonical text, as a
// Parameter's value and default are.
type rangeJSON struct {
	Min string `json:"min"`
	Max string `json:"max"`
}

// MarshalJSON encodes r as {"min": "0", "max": "120"}.
func (r Range) MarshalJSON() ([]byte, error) {
	return json.Marshal(rangeJSON{Min: decimaltext.Format(r.min), Max: decimaltext.Format(r.max)})
}

// UnmarshalJSON decodes {"min": "0", "max": "120"}, ends within
// economy.CheckDecimal's bounds.
func (r *Range) UnmarshalJSON(b []byte) error {
	var x rangeJSON
	if err := json.Unmarshal(b, &x); err != nil {
		return fmt.Errorf("regime: range: %w: %w", ErrInvalidInput, err)
	}
	var ends [2]decimal.Decimal
	for i, s := range []string{x.Min, x.Max} {
		if len(s) > economy.MaxNumberLength {
			return fmt.Errorf("regime: range: end %d is longer than %d bytes: %w", i, economy.MaxNumberLength, ErrInvalidInput)
		}
		d, err := decimal.NewFromString(s)
		if err == nil {
			err = economy.CheckDecimal(d)
		}
		if err != nil {
			return fmt.Errorf("regime: range: %q: %w: %w", s, ErrInvalidInput, err)
		}
		ends[i] = d
	}
	*r = Between(ends[0], ends[1])
	return nil
}

// RangeError is a value outside a parameter's range, from
// [Framework.With] or [Parameter.CheckValue]. It wraps ErrParamRange.
type RangeError struct {
	Param string // the parameter's name
	Value string // the value refused, in canonical text
	Range Range
	Unit  string // the parameter's unit, if any
}

// Error says "130 is outside the range of economy.longstanding_months,
// 0 to 120 months".
func (e *RangeError) Error() string {
	s := e.Value + " is outside the range of " + e.Param + ", " + e.Range.String()
	if e.Unit != "" {
		s += " " + e.Unit
	}
	return s
}

// Unwrap returns ErrParamRange.
func (e *RangeError) Unwrap() error { return ErrParamRange }

// whole reports whether the parameter type counts in whole numbers.
func (t ParamType) whole() bool { return t == ParamInt || t == ParamDays || t == ParamMonths }

// numeric reports whether the parameter type takes a range.
func (t ParamType) numeric() bool { return t == ParamDecimal || t.whole() }

// checkDeclared reports what is wrong with a declared range for a
// parameter of type t with default value v: a numeric parameter needs a
// range, others must not have one; its ends are within
// economy.CheckDecimal's bounds, in order, whole for whole-number types,
// and hold the default.
func checkDeclared(name string, t ParamType, r Range, v decimal.Decimal) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("regime: parameter %q: "+format+": %w", append([]any{name}, append(args, ErrInvalidSpec)...)...)
	}
	switch {
	case !t.numeric() && !r.IsZero():
		return bad("%s parameters take no range", t)
	case !t.numeric():
		return nil
	case r.IsZero():
		return bad("%s parameters must declare their range (ParamDef.Range)", t)
	}
	for _, end := range []decimal.Decimal{r.min, r.max} {
		if err := economy.CheckDecimal(end); err != nil {
			return bad("range end %v", err) // not printed: it may have ten million digits
		}
		if t.whole() && (!end.IsInteger() || !end.Equal(decimal.NewFromInt(end.IntPart()))) {
			return bad("range end %s is not a whole number", decimaltext.Format(end))
		}
	}
	switch {
	case r.min.Cmp(r.max) > 0:
		return bad("range %s is empty", r)
	case !r.Contains(v):
		return bad("default %s is outside its range %s", decimaltext.Format(v), r)
	}
	return nil
}
