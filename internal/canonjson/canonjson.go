// Package canonjson encodes values as encoding/json does, with one
// difference: decimal.Decimal and decimal.NullDecimal are written in the
// library's canonical form (a quoted plain decimal, see decimaltext),
// whatever shopspring/decimal's process-wide settings. Types holding
// decimals implement MarshalJSON with [Fields], so that json.Marshal of
// them, or of anything holding them, is canonical too.
//
// It supports what the library's types use: structs with json tags (name,
// omitempty, omitzero, "-"), embedded structs, pointers, slices, arrays,
// maps with string keys (sorted), strings, bools, integers, and values
// implementing json.Marshaler or encoding.TextMarshaler. Floats and
// interfaces holding other kinds fall back to encoding/json.
package canonjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

var (
	decimalType     = reflect.TypeFor[decimal.Decimal]()
	nullDecimalType = reflect.TypeFor[decimal.NullDecimal]()
	marshalerType   = reflect.TypeFor[json.Marshaler]()
	textType        = reflect.TypeFor[encoding.TextMarshaler]()
	isZeroerType    = reflect.TypeFor[interface{ IsZero() bool }]()
)

// Marshal encodes v.
func Marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := encode(&b, reflect.ValueOf(v), false); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Fields encodes the struct v field by field, without calling v's own
// MarshalJSON: a type's MarshalJSON calls it to be canonical without
// recursing into itself.
func Fields(v any) ([]byte, error) {
	var b bytes.Buffer
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return []byte("null"), nil
		}
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return nil, fmt.Errorf("canonjson: Fields of %s, want a struct", rv.Type())
	}
	if err := encodeStruct(&b, rv); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func encode(b *bytes.Buffer, v reflect.Value, _ bool) error {
	if !v.IsValid() {
		b.WriteString("null")
		return nil
	}
	t := v.Type()
	switch t {
	case decimalType:
		b.Write(decimaltext.AppendJSON(nil, decimal.NewNullDecimal(v.Interface().(decimal.Decimal))))
		return nil
	case nullDecimalType:
		b.Write(decimaltext.AppendJSON(nil, v.Interface().(decimal.NullDecimal)))
		return nil
	}
	if v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			b.WriteString("null")
			return nil
		}
		if t.Implements(marshalerType) {
			return marshaler(b, v)
		}
		return encode(b, v.Elem(), false)
	}
	if t.Implements(marshalerType) {
		return marshaler(b, v)
	}
	if reflect.PointerTo(t).Implements(marshalerType) && v.CanAddr() {
		return marshaler(b, v.Addr())
	}
	if t.Implements(textType) {
		text, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return err
		}
		return plain(b, string(text))
	}
	switch v.Kind() {
	case reflect.Struct:
		return encodeStruct(b, v)
	case reflect.Slice:
		if v.IsNil() {
			b.WriteString("null")
			return nil
		}
		fallthrough
	case reflect.Array:
		b.WriteByte('[')
		for i := range v.Len() {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := encode(b, v.Index(i), false); err != nil {
				return err
			}
		}
		b.WriteByte(']')
		return nil
	case reflect.Map:
		if v.IsNil() {
			b.WriteString("null")
			return nil
		}
		if t.Key().Kind() != reflect.String {
			return plain(b, v.Interface())
		}
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := plain(b, k.String()); err != nil {
				return err
			}
			b.WriteByte(':')
			if err := encode(b, v.MapIndex(k), false); err != nil {
				return err
			}
		}
		b.WriteByte('}')
		return nil
	case reflect.String:
		return plain(b, v.String())
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
		return nil
	}
	return plain(b, v.Interface())
}

func marshaler(b *bytes.Buffer, v reflect.Value) error {
	out, err := v.Interface().(json.Marshaler).MarshalJSON()
	if err != nil {
		return err
	}
	var c bytes.Buffer
	if err := json.Compact(&c, out); err != nil {
		return err
	}
	b.Write(c.Bytes())
	return nil
}

// plain writes x as encoding/json does (strings HTML-escaped as it does).
func plain(b *bytes.Buffer, x any) error {
	out, err := json.Marshal(x)
	if err != nil {
		return err
	}
	b.Write(out)
	return nil
}

type field struct {
	name      string
	index     []int
	omitEmpty bool
	omitZero  bool
}

func fields(t reflect.Type) []field {
	var out []field
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		for i := range t.NumField() {
			sf := t.Field(i)
			tag := sf.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			idx := append(append([]int(nil), index...), i)
			if sf.Anonymous && name == "" && sf.Type.Kind() == reflect.Struct {
				walk(sf.Type, idx)
				continue
			}
			if !sf.IsExported() {
				continue
			}
			if name == "" {
				name = sf.Name
			}
			out = append(out, field{name: name, index: idx,
				omitEmpty: strings.Contains(","+opts+",", ",omitempty,"),
				omitZero:  strings.Contains(","+opts+",", ",omitzero,")})
		}
	}
	walk(t, nil)
	return out
}

func encodeStruct(b *bytes.Buffer, v reflect.Value) error {
	b.WriteByte('{')
	first := true
	for _, f := range fields(v.Type()) {
		fv := v.FieldByIndex(f.index)
		if f.omitEmpty && empty(fv) || f.omitZero && zero(fv) {
			continue
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		if err := plain(b, f.name); err != nil {
			return err
		}
		b.WriteByte(':')
		if err := encode(b, fv, false); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return nil
}

// empty is encoding/json's omitempty test.
func empty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// zero is encoding/json's omitzero test: IsZero when the type has it,
// else the zero value.
func zero(v reflect.Value) bool {
	if v.Type().Implements(isZeroerType) {
		if (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && v.IsNil() {
			return true
		}
		return v.Interface().(interface{ IsZero() bool }).IsZero()
	}
	return v.IsZero()
}
