package economy

import (
	"reflect"

	"github.com/shopspring/decimal"
)

var (
	decimalType     = reflect.TypeFor[decimal.Decimal]()
	nullDecimalType = reflect.TypeFor[decimal.NullDecimal]()
)

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
func Equal(a, b Economy) bool {
	return equalValue(reflect.ValueOf(a), reflect.ValueOf(b))
}

// equalValue compares two values of the same type. The types in this
// package form trees, never cycles, so no visited set is needed.
func equalValue(a, b reflect.Value) bool {
	// Decimals are compared by value. Methods cannot be called through an
	// unexported field; no type in this package has one, and should one
	// appear its decimals fall back to the field-by-field comparison.
	if a.CanInterface() && b.CanInterface() {
		switch a.Type() {
		case decimalType:
			return a.Interface().(decimal.Decimal).Equal(b.Interface().(decimal.Decimal))
		case nullDecimalType:
			x, y := a.Interface().(decimal.NullDecimal), b.Interface().(decimal.NullDecimal)
			return x.Valid == y.Valid && (!x.Valid || x.Decimal.Equal(y.Decimal))
		}
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		if a.Kind() == reflect.Interface && a.Elem().Type() != b.Elem().Type() {
			return false
		}
		return equalValue(a.Elem(), b.Elem())
	case reflect.Struct:
		for i := range a.NumField() {
			if !equalValue(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !equalValue(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		iter := a.MapRange()
		for iter.Next() {
			w := b.MapIndex(iter.Key())
			if !w.IsValid() || !equalValue(iter.Value(), w) {
				return false
			}
		}
		return true
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	case reflect.Float32, reflect.Float64:
		return a.Float() == b.Float()
	case reflect.String:
		return a.String() == b.String()
	}
	// Functions, channels and the like never appear in an Economy; fall
	// back to DeepEqual's rules when they can be read.
	if a.CanInterface() && b.CanInterface() {
		return reflect.DeepEqual(a.Interface(), b.Interface())
	}
	return false
}
