// Package valueeq compares the library's plain data by value: decimals by
// the number they hold (1.50 equals 1.5), missing NullDecimals equal to
// each other, and a nil slice or map equal to an empty one, since JSON
// cannot tell them apart. Everything else compares as reflect.DeepEqual
// would. economy.Equal and regime's Decision.Equal both use it.
package valueeq

import (
	"reflect"

	"github.com/shopspring/decimal"
)

var (
	decimalType     = reflect.TypeFor[decimal.Decimal]()
	nullDecimalType = reflect.TypeFor[decimal.NullDecimal]()
)

// Equal reports whether a and b hold the same values.
func Equal(a, b any) bool {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if !va.IsValid() || !vb.IsValid() {
		return va.IsValid() == vb.IsValid()
	}
	if va.Type() != vb.Type() {
		return false
	}
	return equalValue(va, vb)
}

// equalValue compares two values of the same type. The library's types
// form trees, never cycles, so no visited set is needed.
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
	// Functions, channels and the like never appear in the library's data; fall
	// back to DeepEqual's rules when they can be read.
	if a.CanInterface() && b.CanInterface() {
		return reflect.DeepEqual(a.Interface(), b.Interface())
	}
	return false
}
