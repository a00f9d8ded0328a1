package golden

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
)

// FlipDecimalGlobals sets every process-wide switch of shopspring/decimal
// away from its default for the rest of the test, and restores them when
// it ends. The library promises output that does not depend on them, so a
// golden test run after it must still pass. Tests that call it must not
// run in parallel.
func FlipDecimalGlobals(t testing.TB) {
	t.Helper()
	div, pow := decimal.DivisionPrecision, decimal.PowPrecisionNegativeExponent
	quotes, trim, sci := decimal.MarshalJSONWithoutQuotes, decimal.TrimTrailingZeros, decimal.UseScientificNotation
	t.Cleanup(func() {
		decimal.DivisionPrecision, decimal.PowPrecisionNegativeExponent = div, pow
		decimal.MarshalJSONWithoutQuotes, decimal.TrimTrailingZeros, decimal.UseScientificNotation = quotes, trim, sci
	})
	decimal.DivisionPrecision, decimal.PowPrecisionNegativeExponent = 2, 2
	decimal.MarshalJSONWithoutQuotes = !quotes
	decimal.TrimTrailingZeros = !trim
	decimal.UseScientificNotation = !sci
}

// AssertCanonicalJSON fills every decimal of each value (at any depth,
// through structs, slices, arrays, pointers and maps) with 1.50 and checks
// that json.Marshal writes it as "1.5", with the same bytes before and
// after FlipDecimalGlobals. Call it from a test that does not run in
// parallel.
func AssertCanonicalJSON(t *testing.T, values ...any) {
	t.Helper()
	want := make([][]byte, len(values))
	filled := make([]any, len(values))
	for i, v := range values {
		p := reflect.New(reflect.TypeOf(v))
		fill(p.Elem(), 0)
		filled[i] = p.Elem().Interface()
		b, err := json.Marshal(filled[i])
		if err != nil {
			t.Fatalf("%T: %v", v, err)
		}
		if !bytes.Contains(b, []byte(`"1.5"`)) {
			t.Errorf("%T: no decimal written as \"1.5\": %s", v, b)
		}
		want[i] = b
	}
	t.Run("flipped", func(t *testing.T) {
		FlipDecimalGlobals(t)
		for i := range values {
			b, err := json.Marshal(filled[i])
			if err != nil {
				t.Fatalf("%T: %v", values[i], err)
			}
			if !bytes.Equal(b, want[i]) {
				t.Errorf("%T depends on decimal's globals:\n want %s\n  got %s", values[i], want[i], b)
			}
		}
	})
}

var (
	decType     = reflect.TypeFor[decimal.Decimal]()
	nullDecType = reflect.TypeFor[decimal.NullDecimal]()
)

// fill sets every settable decimal under v to 1.50, growing one element in
// each slice, map and pointer on the way.
func fill(v reflect.Value, depth int) {
	if depth > 8 || !v.CanSet() {
		return
	}
	switch v.Type() {
	case decType:
		v.Set(reflect.ValueOf(decimal.New(150, -2)))
		return
	case nullDecType:
		v.Set(reflect.ValueOf(decimal.NewNullDecimal(decimal.New(150, -2))))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), depth+1)
			}
		}
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(s.Index(0), depth+1)
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			fill(v.Index(i), depth+1)
		}
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return
		}
		m := reflect.MakeMap(v.Type())
		e := reflect.New(v.Type().Elem()).Elem()
		fill(e, depth+1)
		m.SetMapIndex(reflect.ValueOf("k").Convert(v.Type().Key()), e)
		v.Set(m)
	}
}
