package economy

import "github.com/failregime/failregime/internal/valueeq"

// Equal reports whether a and b hold the same facts.
//
// It exists because reflect.DeepEqual compares how a decimal is stored,
// not the number it stores: 1.50 and 1.5 are the same amount but differ in
// their exponent, and encoding a decimal to JSON drops trailing zeros, so
// an Economy never deep-equals itself after a round trip through JSON.
// Equal compares decimal.Decimal values with Decimal.Equal, treats two
// NullDecimals as equal when both are missing or both hold equal numbers,
// and treats a nil slice or map as equal to an empty one (JSON's omitempty
// cannot tell them apart). Everything else is compared as
// reflect.DeepEqual would.
func Equal(a, b Economy) bool { return valueeq.Equal(a, b) }
