package jsontree

import (
	"encoding"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/failregime/failregime/internal/patherr"
)

// Decoder checks nodes against what a caller expects and decodes them,
// reporting every problem into List with the node's path. Its methods
// report false for a value they could not use; a value whose problem Read
// already reported (a Bad node) is refused without a second report.
type Decoder struct {
	List *patherr.List
	// MaxNumberLength bounds the text of a number, or of a decimal held in
	// a string, in bytes; 0: no bound.
	MaxNumberLength int
	// CheckDecimal, when set, bounds every decimal; its error's text is
	// reported after the number as written ("1e400 " + "is out of
	// range: ...").
	CheckDecimal func(decimal.Decimal) error

	failed map[string]bool
}

// Fail reports the problem at n and records n as not decoded, for the
// caller's own checks.
func (d *Decoder) Fail(n *Node, format string, args ...any) { d.fail(n, format, args...) }

// FailErr reports err as the problem at n, keeping it as the cause.
func (d *Decoder) FailErr(n *Node, err error) { d.failErr(n, err) }

// fail reports the problem at n and records n as not decoded.
func (d *Decoder) fail(n *Node, format string, args ...any) {
	path := n.Path()
	d.markFailed(path)
	d.List.Add(path, format, args...)
}

// failErr reports err as the problem at n, keeping it as the cause.
func (d *Decoder) failErr(n *Node, err error) {
	path := n.Path()
	d.markFailed(path)
	d.List.Append(patherr.Wrap(path, err))
}

func (d *Decoder) markFailed(path string) {
	if d.failed == nil {
		d.failed = map[string]bool{}
	}
	d.failed[path] = true
}

// bad refuses a node whose problem is already reported.
func (d *Decoder) bad(n *Node) bool {
	if n.Bad {
		d.markFailed(n.Path())
	}
	return n.Bad
}

// Failed reports whether the value at path could not be decoded: it had a
// problem, so whatever the caller holds for it is not what the input
// said.
func (d *Decoder) Failed(path string) bool { return d.failed[path] }

// FailedWithin reports whether the value at path, or one containing it,
// could not be decoded.
func (d *Decoder) FailedWithin(path string) bool {
	if len(d.failed) == 0 {
		return false
	}
	found := false
	patherr.Ancestors(path, func(p string) bool {
		found = d.failed[p]
		return !found
	})
	return found
}

// Want reports whether n is of kind k, and reports the problem when it is
// not: "must be <what>, not <n's kind>", with what k's name when empty.
func (d *Decoder) Want(n *Node, k Kind, what string) bool {
	if d.bad(n) {
		return false
	}
	if n.Kind == k {
		return true
	}
	if what == "" {
		what = k.String()
	}
	d.fail(n, "must be %s, not %s", what, n.Kind)
	return false
}

// Str returns a string's value.
func (d *Decoder) Str(n *Node) (string, bool) {
	if !d.Want(n, String, "") {
		return "", false
	}
	return n.Text, true
}

// Bool returns a boolean's value.
func (d *Decoder) Bool(n *Node) (bool, bool) {
	if !d.Want(n, Bool, "true or false") {
		return false, false
	}
	return n.Bool, true
}

// Fields reports every member of the object n whose key is not one of
// known, as an "unknown field" that lists the known ones. It reports
// false when n is not an object.
func (d *Decoder) Fields(n *Node, known ...string) bool {
	if !d.Want(n, Object, "") {
		return false
	}
	for _, m := range n.Members {
		if !contains(known, m.Key) {
			d.fail(m.Value, "unknown field; known fields: %s", strings.Join(known, ", "))
		}
	}
	return true
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// Text decodes a string into v through its UnmarshalText: an enum word,
// a date. The error UnmarshalText returns is the problem's message and
// cause, so errors.As finds an unknown enum word's error.
func (d *Decoder) Text(n *Node, v encoding.TextUnmarshaler) bool {
	s, ok := d.Str(n)
	if !ok {
		return false
	}
	if err := v.UnmarshalText([]byte(s)); err != nil {
		d.failErr(n, err)
		return false
	}
	return true
}

// written returns a number as written, shortened for a message.
func written(n *Node) string {
	s := n.Text
	const max = 40
	if len(s) > max {
		s = s[:max] + "..."
	}
	if n.Kind == String {
		return strconv.Quote(s)
	}
	return s
}

// longNumber reports a number whose text is beyond MaxNumberLength.
func (d *Decoder) longNumber(n *Node) bool {
	if d.MaxNumberLength > 0 && len(n.Text) > d.MaxNumberLength {
		d.fail(n, "number is longer than %d characters", d.MaxNumberLength)
		return true
	}
	return false
}

// Int returns a whole number that fits in a signed integer of the given
// bits. A number written with a decimal point or an exponent is refused
// even when it is whole ("1e3", "2.0"): the message says how to write it.
func (d *Decoder) Int(n *Node, bits int) (int64, bool) {
	if !d.Want(n, Number, "a whole number") || d.longNumber(n) {
		return 0, false
	}
	if !d.whole(n) {
		return 0, false
	}
	v, err := strconv.ParseInt(n.Text, 10, bits)
	if err != nil {
		d.fail(n, "%s is out of range for int%d (%d to %d)", written(n), bits,
			int64(-1)<<(bits-1), int64(uint64(1)<<(bits-1)-1))
		return 0, false
	}
	return v, true
}

// Uint returns a whole number that fits in an unsigned integer of the
// given bits.
func (d *Decoder) Uint(n *Node, bits int) (uint64, bool) {
	if !d.Want(n, Number, "a whole number") || d.longNumber(n) {
		return 0, false
	}
	if !d.whole(n) {
		return 0, false
	}
	v, err := strconv.ParseUint(n.Text, 10, bits)
	if err != nil {
		d.fail(n, "%s is out of range for uint%d (0 to %d)", written(n), bits, uint64(1)<<(bits-1)<<1-1)
		return 0, false
	}
	return v, true
}

// whole reports whether a number is written with digits only, and says
// what is wrong when it is not.
func (d *Decoder) whole(n *Node) bool {
	if !strings.ContainsAny(n.Text, ".eE") {
		return true
	}
	digits, exp := mantissa(n.Text)
	frac := digits // the digits after the point, once the exponent is applied
	if exp >= 0 {
		frac = ""
	} else if -exp < len(digits) {
		frac = digits[len(digits)+exp:]
	}
	if strings.Trim(frac, "0") != "" {
		d.fail(n, "%s is not a whole number", written(n))
		return false
	}
	if plainText, ok := plainWhole(n.Text, digits, exp); ok {
		d.fail(n, "%s must be written as a whole number, without a decimal point or exponent: %s", written(n), plainText)
	} else {
		d.fail(n, "%s must be written as a whole number, without a decimal point or exponent", written(n))
	}
	return false
}

// mantissa splits a JSON number into its significant digits and the
// power of ten they are multiplied by, clamped to ±1e9 (far beyond any
// bound), so that "1.5e3" is ("15", 2).
func mantissa(s string) (digits string, exp int) {
	s = strings.TrimPrefix(s, "-")
	num, e, _ := strings.Cut(strings.ToLower(s), "e")
	intPart, frac, _ := strings.Cut(num, ".")
	digits = intPart + frac
	exp = -len(frac)
	if e != "" {
		x, err := strconv.Atoi(e)
		if err != nil || x > 1e9 || x < -1e9 {
			x = 1e9
			if strings.HasPrefix(e, "-") {
				x = -1e9
			}
		}
		exp += x
	}
	return digits, exp
}

// plainWhole writes a whole number given with a decimal point or an
// exponent in digits only, when it is short enough to be worth showing.
func plainWhole(s, digits string, exp int) (string, bool) {
	digits = strings.TrimLeft(digits, "0")
	for exp < 0 && strings.HasSuffix(digits, "0") {
		digits, exp = digits[:len(digits)-1], exp+1
	}
	if digits == "" {
		return "0", true
	}
	if exp < 0 || len(digits)+exp > 19 {
		return "", false
	}
	out := digits + strings.Repeat("0", exp)
	if strings.HasPrefix(s, "-") {
		out = "-" + out
	}
	return out, true
}

// Float returns a number as a float of the given bits.
func (d *Decoder) Float(n *Node, bits int) (float64, bool) {
	if !d.Want(n, Number, "") || d.longNumber(n) {
		return 0, false
	}
	v, err := strconv.ParseFloat(n.Text, bits)
	if err != nil {
		d.fail(n, "%s is out of range for float%d", written(n), bits)
		return 0, false
	}
	return v, true
}

// Decimal returns a decimal given as a JSON number or as a string holding
// one ("-14.0", the form decimal.Decimal writes), within MaxNumberLength
// and CheckDecimal.
func (d *Decoder) Decimal(n *Node) (decimal.Decimal, bool) {
	if d.bad(n) {
		return decimal.Decimal{}, false
	}
	if n.Kind != Number && n.Kind != String {
		d.fail(n, "must be a number, or a string holding one, not %s", n.Kind)
		return decimal.Decimal{}, false
	}
	if d.longNumber(n) {
		return decimal.Decimal{}, false
	}
	if n.Kind == String && !IsNumber(n.Text) {
		d.fail(n, "%s is not a decimal number", written(n))
		return decimal.Decimal{}, false
	}
	x, err := decimal.NewFromString(n.Text)
	if err != nil {
		// The grammar is right, so the exponent is beyond what a decimal
		// holds. Stand in a value just as far out, for the bound to judge.
		digits, exp := mantissa(n.Text)
		switch {
		case strings.Trim(digits, "0") == "":
			x = decimal.Zero
		case exp > 0:
			x = decimal.New(1, math.MaxInt32)
		default:
			x = decimal.New(1, math.MinInt32)
		}
		if d.CheckDecimal == nil {
			d.fail(n, "%s is out of range", written(n))
			return decimal.Decimal{}, false
		}
	}
	if d.CheckDecimal != nil {
		if err := d.CheckDecimal(x); err != nil {
			path := n.Path()
			d.markFailed(path)
			d.List.Append(&patherr.Error{Path: path, Message: written(n) + " " + err.Error(), Err: err})
			return decimal.Decimal{}, false
		}
	}
	return x, true
}

// IsNumber reports whether s is a number by JSON's grammar.
func IsNumber(s string) bool {
	r := reader{data: []byte(s), l: patherr.NewList(0)}
	if s == "" || !(s[0] == '-' || s[0] >= '0' && s[0] <= '9') {
		return false
	}
	r.number(&Node{})
	return !r.stopped && r.i == len(s)
}

var (
	decimalType       = reflect.TypeFor[decimal.Decimal]()
	nullDecimalType   = reflect.TypeFor[decimal.NullDecimal]()
	textUnmarshalType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// Decode checks n against the type of *dst, the way encoding/json would
// read it but stricter, and decodes into dst every value that is right:
// keys are matched exactly (not ignoring case), unknown keys and null
// inside arrays and maps are problems, numbers must fit their types,
// decimals are bounded, and text types (enums, dates) judge their own
// strings. Null for anything else means "not given" and leaves it zero.
// Every problem is reported; what could not be decoded stays zero, and
// [Decoder.Failed] names it.
func (d *Decoder) Decode(n *Node, dst any) {
	d.value(n, reflect.ValueOf(dst).Elem())
}

// value decodes n into v, reporting whether n itself was usable (its
// parts may still have had problems of their own).
func (d *Decoder) value(n *Node, v reflect.Value) bool {
	if d.bad(n) {
		return false
	}
	t := v.Type()
	switch {
	case t == decimalType:
		if n.Kind == Null {
			d.fail(n, "must be a number, not null")
			return false
		}
		x, ok := d.Decimal(n)
		if ok {
			v.Set(reflect.ValueOf(x))
		}
		return ok
	case t == nullDecimalType:
		if n.Kind == Null {
			return true
		}
		x, ok := d.Decimal(n)
		if ok {
			v.Set(reflect.ValueOf(decimal.NullDecimal{Decimal: x, Valid: true}))
		}
		return ok
	case reflect.PointerTo(t).Implements(textUnmarshalType):
		if n.Kind == Null {
			return true
		}
		p := reflect.New(t)
		if !d.Text(n, p.Interface().(encoding.TextUnmarshaler)) {
			return false
		}
		v.Set(p.Elem())
		return true
	}
	if n.Kind == Null && t.Kind() != reflect.Interface {
		return true // not given
	}
	switch t.Kind() {
	case reflect.Pointer:
		p := reflect.New(t.Elem())
		if !d.value(n, p.Elem()) {
			return false
		}
		v.Set(p)
		return true
	case reflect.Struct:
		return d.structValue(n, v)
	case reflect.Slice:
		if !d.Want(n, Array, "") {
			return false
		}
		s := reflect.MakeSlice(t, len(n.Items), len(n.Items))
		for i, item := range n.Items {
			if item.Kind == Null {
				d.fail(item, "must not be null")
				continue
			}
			d.value(item, s.Index(i))
		}
		v.Set(s)
		return true
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			d.fail(n, "cannot be decoded into %s", t)
			return false
		}
		if !d.Want(n, Object, "") {
			return false
		}
		m := reflect.MakeMapWithSize(t, len(n.Members))
		for _, mem := range n.Members {
			if mem.Value.Kind == Null {
				d.fail(mem.Value, "must not be null")
				continue
			}
			e := reflect.New(t.Elem()).Elem()
			if d.value(mem.Value, e) {
				m.SetMapIndex(reflect.ValueOf(mem.Key).Convert(t.Key()), e)
			}
		}
		v.Set(m)
		return true
	case reflect.String:
		s, ok := d.Str(n)
		if ok {
			v.SetString(s)
		}
		return ok
	case reflect.Bool:
		b, ok := d.Bool(n)
		if ok {
			v.SetBool(b)
		}
		return ok
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, ok := d.Int(n, t.Bits())
		if ok {
			v.SetInt(i)
		}
		return ok
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		u, ok := d.Uint(n, t.Bits())
		if ok {
			v.SetUint(u)
		}
		return ok
	case reflect.Float32, reflect.Float64:
		f, ok := d.Float(n, t.Bits())
		if ok {
			v.SetFloat(f)
		}
		return ok
	}
	d.fail(n, "cannot be decoded into %s", t)
	return false
}

func (d *Decoder) structValue(n *Node, v reflect.Value) bool {
	if !d.Want(n, Object, "") {
		return false
	}
	fs := fieldsOf(v.Type())
	for _, m := range n.Members {
		f, ok := fs.byName[m.Key]
		if !ok {
			d.fail(m.Value, "unknown field; known fields: %s", fs.names)
			continue
		}
		d.value(m.Value, v.FieldByIndex(f.Index))
	}
	return true
}

// Field is a struct field as JSON names it.
type Field struct {
	Name  string // the JSON key
	Index []int  // for reflect.Value.FieldByIndex
}

type fields struct {
	list   []Field
	byName map[string]Field
	names  string // the keys, for messages
}

var fieldCache sync.Map // reflect.Type -> *fields

// Fields returns the fields of struct type t as encoding/json names them:
// the tag's name, or the Go name without one; "-" and unexported fields
// are left out, and the fields of embedded structs promoted.
func Fields(t reflect.Type) []Field { return fieldsOf(t).list }

func fieldsOf(t reflect.Type) *fields {
	if f, ok := fieldCache.Load(t); ok {
		return f.(*fields)
	}
	fs := &fields{byName: map[string]Field{}}
	var add func(t reflect.Type, index []int)
	add = func(t reflect.Type, index []int) {
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			idx := append(append([]int(nil), index...), i)
			if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
				add(f.Type, idx)
				continue
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if _, taken := fs.byName[name]; taken {
				continue
			}
			fs.byName[name] = Field{Name: name, Index: idx}
			fs.list = append(fs.list, Field{Name: name, Index: idx})
		}
	}
	add(t, nil)
	names := make([]string, len(fs.list))
	for i, f := range fs.list {
		names[i] = f.Name
	}
	fs.names = strings.Join(names, ", ")
	f, _ := fieldCache.LoadOrStore(t, fs)
	return f.(*fields)
}

// String is for debugging: the node as compact JSON-like text.
func (n *Node) String() string {
	switch n.Kind {
	case Null:
		return "null"
	case Bool:
		return strconv.FormatBool(n.Bool)
	case Number:
		return n.Text
	case String:
		return strconv.Quote(n.Text)
	case Array:
		parts := make([]string, len(n.Items))
		for i, x := range n.Items {
			parts[i] = x.String()
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	parts := make([]string, len(n.Members))
	for i, m := range n.Members {
		parts[i] = fmt.Sprintf("%q:%s", m.Key, m.Value)
	}
	return "{" + strings.Join(parts, ",") + "}"
}
