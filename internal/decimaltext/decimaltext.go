// Package decimaltext writes decimals in the library's one canonical form,
// built from the coefficient and exponent alone, so that no output of the
// library depends on shopspring/decimal's process-wide settings
// (TrimTrailingZeros, UseScientificNotation, MarshalJSONWithoutQuotes),
// which any other code in the program may change.
//
// The canonical form is plain decimal notation with no exponent, no
// trailing zeros after the point and no point when nothing follows it:
// 1.50 is "1.5", 1.5E3 is "1500", -0.0 is "0". It is what decimal's own
// String gives under its default settings.
package decimaltext

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Format returns d in canonical form.
func Format(d decimal.Decimal) string {
	coef := d.Coefficient()
	neg := coef.Sign() < 0
	digits := coef.Abs(coef).String()
	exp := int(d.Exponent())
	var s string
	switch {
	case digits == "0":
		return "0"
	case exp >= 0:
		s = digits + strings.Repeat("0", exp)
	default:
		point := len(digits) + exp // digits before the point
		var whole, frac string
		if point > 0 {
			whole, frac = digits[:point], digits[point:]
		} else {
			whole, frac = "0", strings.Repeat("0", -point)+digits
		}
		frac = strings.TrimRight(frac, "0")
		s = whole
		if frac != "" {
			s += "." + frac
		}
	}
	if neg {
		return "-" + s
	}
	return s
}

// FormatNull returns d's canonical form, or "" when d is not valid.
func FormatNull(d decimal.NullDecimal) string {
	if !d.Valid {
		return ""
	}
	return Format(d.Decimal)
}

// AppendJSON appends d as a JSON string in canonical form ("1.5"), or
// null when d is not valid: the form decimal marshals to under its
// default settings, whatever they are now.
func AppendJSON(b []byte, d decimal.NullDecimal) []byte {
	if !d.Valid {
		return append(b, "null"...)
	}
	b = append(b, '"')
	b = append(b, Format(d.Decimal)...)
	return append(b, '"')
}

// Null is a decimal.NullDecimal that marshals to JSON in canonical form
// (a quoted string, or null) and is zero, for omitzero, when not valid.
// Types with decimal fields marshal through it.
type Null decimal.NullDecimal

// MarshalJSON writes n in canonical form.
func (n Null) MarshalJSON() ([]byte, error) { return AppendJSON(nil, decimal.NullDecimal(n)), nil }

// UnmarshalJSON reads what decimal.NullDecimal reads.
func (n *Null) UnmarshalJSON(b []byte) error { return (*decimal.NullDecimal)(n).UnmarshalJSON(b) }

// IsZero reports whether n holds no value.
func (n Null) IsZero() bool { return !n.Valid }
