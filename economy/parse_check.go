package economy

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

var (
	decimalType       = reflect.TypeFor[decimal.Decimal]()
	nullDecimalType   = reflect.TypeFor[decimal.NullDecimal]()
	textUnmarshalType = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshalType = reflect.TypeFor[json.Unmarshaler]()
)

// shape checks a JSON tree against the Go type it will be decoded into,
// the way encoding/json would read it but stricter (exact key case, no
// duplicate keys, no null inside arrays or maps), and records every
// mismatch with its path instead of stopping at the first.
func (p *problems) shape(path string, n *node, t reflect.Type) {
	switch {
	case t == decimalType:
		p.decimalShape(path, n, false)
		return
	case t == nullDecimalType:
		p.decimalShape(path, n, true)
		return
	case reflect.PointerTo(t).Implements(jsonUnmarshalType):
		// No type in this package has its own JSON decoding besides the
		// decimals; should one appear, let it judge its own bytes.
		p.unmarshalShape(path, n, t)
		return
	case reflect.PointerTo(t).Implements(textUnmarshalType):
		p.textShape(path, n, t)
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if n.kind != nullNode {
			p.shape(path, n, t.Elem())
		}
	case reflect.Struct:
		p.structShape(path, n, t)
	case reflect.Slice:
		p.sliceShape(path, n, t)
	case reflect.Map:
		p.mapShape(path, n, t)
	case reflect.String:
		p.want(path, n, stringNode)
	case reflect.Bool:
		p.want(path, n, boolNode)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if p.want(path, n, numberNode) {
			if _, err := strconv.ParseInt(n.text, 10, t.Bits()); err != nil {
				p.add(path, "must be a whole number that fits in %s", t.Kind())
			}
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if p.want(path, n, numberNode) {
			if _, err := strconv.ParseUint(n.text, 10, t.Bits()); err != nil {
				p.add(path, "must be a whole number that fits in %s", t.Kind())
			}
		}
	case reflect.Float32, reflect.Float64:
		if p.want(path, n, numberNode) {
			if _, err := strconv.ParseFloat(n.text, t.Bits()); err != nil {
				p.add(path, "must be a number that fits in %s", t.Kind())
			}
		}
	case reflect.Interface:
		// Anything goes into an interface.
	default:
		p.add(path, "cannot be decoded into %s", t)
	}
}

// want reports a value of the wrong JSON type; null means "not given" and
// is accepted wherever the caller allowed it to reach here.
func (p *problems) want(path string, n *node, k nodeKind) bool {
	if n.kind == nullNode {
		return false
	}
	if n.kind != k {
		p.add(path, "must be %s, not %s", k, n.kind)
		return false
	}
	return true
}

// decimalShape accepts a JSON number or a string holding one, the form
// decimal.Decimal writes.
func (p *problems) decimalShape(path string, n *node, nullable bool) {
	if n.kind == nullNode {
		if !nullable {
			p.add(path, "must be a number, not null")
		}
		return
	}
	if n.kind != numberNode && n.kind != stringNode {
		p.add(path, "must be a number, not %s", n.kind)
		return
	}
	if len(n.text) > MaxNumberLength {
		p.add(path, "number is longer than %d characters", MaxNumberLength)
		return
	}
	if _, err := decimal.NewFromString(n.text); err != nil {
		p.add(path, "%q is not a decimal number", n.text)
	}
}

func (p *problems) textShape(path string, n *node, t reflect.Type) {
	if !p.want(path, n, stringNode) {
		return
	}
	v := reflect.New(t).Interface().(encoding.TextUnmarshaler)
	if err := v.UnmarshalText([]byte(n.text)); err != nil {
		p.add(path, "%s", strings.TrimPrefix(err.Error(), "economy: "))
	}
}

func (p *problems) unmarshalShape(path string, n *node, t reflect.Type) {
	raw, err := json.Marshal(n.plain())
	if err == nil {
		v := reflect.New(t).Interface().(json.Unmarshaler)
		err = v.UnmarshalJSON(raw)
	}
	if err != nil {
		p.add(path, "%v", err)
	}
}

// plain converts n back to the values encoding/json would build.
func (n *node) plain() any {
	switch n.kind {
	case boolNode:
		return n.boolean
	case numberNode:
		return json.Number(n.text)
	case stringNode:
		return n.text
	case arrayNode:
		out := make([]any, len(n.items))
		for i, x := range n.items {
			out[i] = x.plain()
		}
		return out
	case objectNode:
		out := make(map[string]any, len(n.members))
		for _, m := range n.members {
			out[m.key] = m.value.plain()
		}
		return out
	}
	return nil
}

func (p *problems) structShape(path string, n *node, t reflect.Type) {
	if !p.want(path, n, objectNode) {
		return
	}
	fields := jsonFields(t)
	seen := make(map[string]bool, len(n.members))
	for _, m := range n.members {
		mpath := key(path, m.key)
		if seen[m.key] {
			p.add(mpath, "appears more than once")
			continue
		}
		seen[m.key] = true
		f, ok := fields[m.key]
		if !ok {
			p.add(mpath, "unknown field")
			continue
		}
		p.shape(mpath, m.value, f.Type)
	}
}

func (p *problems) sliceShape(path string, n *node, t reflect.Type) {
	if !p.want(path, n, arrayNode) {
		return
	}
	for i, item := range n.items {
		ipath := index(path, i)
		if item.kind == nullNode {
			p.add(ipath, "must not be null")
			continue
		}
		p.shape(ipath, item, t.Elem())
	}
}

func (p *problems) mapShape(path string, n *node, t reflect.Type) {
	if t.Key().Kind() != reflect.String {
		p.add(path, "cannot be decoded into %s", t)
		return
	}
	if !p.want(path, n, objectNode) {
		return
	}
	seen := make(map[string]bool, len(n.members))
	for _, m := range n.members {
		mpath := key(path, m.key)
		switch {
		case seen[m.key]:
			p.add(mpath, "appears more than once")
		case m.value.kind == nullNode:
			p.add(mpath, "must not be null")
		default:
			p.shape(mpath, m.value, t.Elem())
		}
		seen[m.key] = true
	}
}

// jsonFields maps the JSON names of t's fields to the fields, as
// encoding/json names them: the tag's name, or the Go name without one;
// "-" and unexported fields are left out, embedded structs promoted.
func jsonFields(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			for k, v := range jsonFields(f.Type) {
				if _, taken := out[k]; !taken {
					out[k] = v
				}
			}
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f
	}
	return out
}
