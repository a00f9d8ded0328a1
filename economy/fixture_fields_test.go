package economy_test

import (
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
)

// TestRichSetsEveryField fails when a type reachable from Economy gains a
// field the rich fixture leaves unset, so that the round-trip and fuzz
// tests keep covering every field.
func TestRichSetsEveryField(t *testing.T) {
	set := map[string]bool{} // "Type.Field" -> seen non-zero at least once
	markFields(reflect.ValueOf(rich()), set)
	require.NotEmpty(t, set)
	for name, ok := range set {
		assert.True(t, ok, "the rich fixture never sets %s", name)
	}
}

var (
	decimalType     = reflect.TypeFor[decimal.Decimal]()
	nullDecimalType = reflect.TypeFor[decimal.NullDecimal]()
	dateType        = reflect.TypeFor[economy.Date]()
)

// markFields records, for every exported field of every struct under v,
// whether it is non-zero. Decimals and dates are leaves.
func markFields(v reflect.Value, set map[string]bool) {
	switch v.Type() {
	case decimalType, nullDecimalType, dateType:
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			markFields(v.Elem(), set)
		}
	case reflect.Slice:
		for i := range v.Len() {
			markFields(v.Index(i), set)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			markFields(iter.Value(), set)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			name := v.Type().Name() + "." + f.Name
			set[name] = set[name] || !v.Field(i).IsZero()
			markFields(v.Field(i), set)
		}
	}
}
