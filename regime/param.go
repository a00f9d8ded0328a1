package regime

import (
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/failregime/failregime/internal/enum"
	"github.com/shopspring/decimal"
)

// ParamType is the type of a framework parameter. The zero ParamType is
// unknown.
type ParamType uint8

// Parameter types. Days and Months are durations counted in whole units, as
// the frameworks write them ("within 30 working days", "for 12 months").
const (
	ParamTypeUnknown ParamType = iota
	ParamDecimal
	ParamInt
	ParamBool
	ParamDays
	ParamMonths
	ParamEnum
)

var paramTypeWords = enum.New("ParamType", "unknown", "decimal", "int", "bool", "days", "months", "enum")

// String returns the type's word, e.g. "decimal".
func (t ParamType) String() string { return paramTypeWords.Name(uint8(t)) }

// MarshalText encodes t as its String word.
func (t ParamType) MarshalText() ([]byte, error) { return paramTypeWords.Marshal(uint8(t)) }

// UnmarshalText decodes a String word.
func (t *ParamType) UnmarshalText(text []byte) error { return enum.Unmarshal(paramTypeWords, text, t) }

// ParamDef documents a parameter: its name (unique in a framework, lower
// snake case), what it means, its unit and where its value comes from.
// Interpretation is set when the source never published a number and the
// value is this library's reading of qualitative text; it says so.
//
// Range is the values the parameter may take: every decimal, int, days
// and months parameter declares one, holding its default ([Between],
// [Whole]); yes/no and enum parameters declare none.
type ParamDef struct {
	Name           string
	Title          string
	Unit           string
	Citation       economy.Citation
	Interpretation string
	Range          Range
}

// ParamRef names a parameter a rule reads, with the type it expects.
// [NewFramework] checks every reference against the framework's parameters.
type ParamRef struct {
	Name string
	Type ParamType
}

// paramValue is one parameter with its current and declared value. Values
// live in a flat slice so that a key reads its slot without allocating.
type paramValue struct {
	def     ParamDef
	typ     ParamType
	dec     decimal.Decimal
	n       int64
	b       bool
	s       string
	allowed []string // enum words
	dflt    string   // canonical declared value
	changed bool     // set by an override
}

// number returns a numeric parameter's value as a decimal.
func (p *paramValue) number() decimal.Decimal {
	if p.typ == ParamDecimal {
		return p.dec
	}
	return decimal.NewFromInt(p.n)
}

func (p *paramValue) canonical() string {
	switch p.typ {
	case ParamDecimal:
		return decimaltext.Format(p.dec)
	case ParamInt, ParamDays, ParamMonths:
		return strconv.FormatInt(p.n, 10)
	case ParamBool:
		return strconv.FormatBool(p.b)
	case ParamEnum:
		return p.s
	}
	return ""
}

// Params declares the parameters of a framework edition. Each declaration
// returns a typed key that rules use to read the value; the key remembers
// the parameter's slot, so reading it on the verdict path is an index and
// a string comparison. Problems (empty or duplicate names, an enum value
// not among its words, a numeric parameter without a range or with a
// default outside it) are kept and reported by [NewFramework], each
// wrapping ErrInvalidSpec or ErrDuplicateID.
//
// The zero Params is empty and ready to use. A Params is a builder: use it
// from one goroutine, then hand it to NewFramework, which copies it.
type Params struct {
	vals []paramValue
	errs []error
}

func (ps *Params) add(d ParamDef, v paramValue) int {
	switch {
	case d.Name == "":
		ps.errs = append(ps.errs, fmt.Errorf("regime: parameter %d: empty name: %w", len(ps.vals), ErrInvalidSpec))
	case slices.ContainsFunc(ps.vals, func(x paramValue) bool { return x.def.Name == d.Name }):
		ps.errs = append(ps.errs, fmt.Errorf("regime: parameter %q: %w", d.Name, ErrDuplicateID))
	}
	v.def = d
	v.dflt = v.canonical()
	if err := checkDeclared(d.Name, v.typ, d.Range, v.number()); err != nil {
		ps.errs = append(ps.errs, err)
	}
	ps.vals = append(ps.vals, v)
	return len(ps.vals) - 1
}

// Decimal declares a decimal parameter (a ratio, a percentage, a number of
// days of liquidity) with its documented value.
func (ps *Params) Decimal(d ParamDef, value decimal.Decimal) DecimalKey {
	return DecimalKey{key{d.Name, ps.add(d, paramValue{typ: ParamDecimal, dec: value})}}
}

// Int declares a whole-number parameter (a rating level, a count of
// organisations).
func (ps *Params) Int(d ParamDef, value int64) IntKey {
	return IntKey{key{d.Name, ps.add(d, paramValue{typ: ParamInt, n: value})}}
}

// Bool declares a yes/no parameter (whether an override applies in this
// edition).
func (ps *Params) Bool(d ParamDef, value bool) BoolKey {
	return BoolKey{key{d.Name, ps.add(d, paramValue{typ: ParamBool, b: value})}}
}

// Days declares a duration in days.
func (ps *Params) Days(d ParamDef, n int64) DaysKey {
	return DaysKey{key{d.Name, ps.add(d, paramValue{typ: ParamDays, n: n})}}
}

// Months declares a duration in months.
func (ps *Params) Months(d ParamDef, n int64) MonthsKey {
	return MonthsKey{key{d.Name, ps.add(d, paramValue{typ: ParamMonths, n: n})}}
}

// Enum declares a parameter that takes one of a few words (for example the
// CQC rating that triggers a regime). value must be one of allowed.
func (ps *Params) Enum(d ParamDef, value string, allowed ...string) EnumKey {
	if !slices.Contains(allowed, value) {
		ps.errs = append(ps.errs, fmt.Errorf("regime: parameter %q: value %q is not one of %q: %w", d.Name, value, allowed, ErrInvalidSpec))
	}
	return EnumKey{key{d.Name, ps.add(d, paramValue{typ: ParamEnum, s: value, allowed: slices.Clone(allowed)})}}
}

func (ps *Params) err() error { return errors.Join(ps.errs...) }

// key is the common part of the typed keys: the name, and the slot where
// the name was declared, tried first.
type key struct {
	name string
	slot int
}

// lookup finds the parameter in env's table: first at the declared slot,
// then by name, so a rule keeps working in a framework whose parameters
// were declared in another order. It never allocates.
func (k key) lookup(env *Env, t ParamType) *paramValue {
	if env == nil || k.name == "" {
		return nil
	}
	tab := env.params
	if k.slot >= 0 && k.slot < len(tab) && tab[k.slot].def.Name == k.name {
		if tab[k.slot].typ != t {
			return nil
		}
		return &tab[k.slot]
	}
	for i := range tab {
		if tab[i].def.Name == k.name {
			if tab[i].typ != t {
				return nil
			}
			return &tab[i]
		}
	}
	return nil
}

// DecimalKey reads a decimal parameter. The zero DecimalKey names no
// parameter and reads as missing.
type DecimalKey struct{ k key }

// Name returns the parameter's name.
func (k DecimalKey) Name() string { return k.k.name }

// Ref returns the reference NewFramework checks.
func (k DecimalKey) Ref() ParamRef { return ParamRef{k.k.name, ParamDecimal} }

// Get returns the parameter's value in env, or false when env's framework
// has no such decimal parameter.
func (k DecimalKey) Get(env *Env) (decimal.Decimal, bool) {
	if p := k.k.lookup(env, ParamDecimal); p != nil {
		return p.dec, true
	}
	return decimal.Decimal{}, false
}

// Fact records value compared (op) with the parameter, for a predicate's
// [Why]: the threshold, the parameter's name, citation and
// interpretation, and, when v is NotMet, how far value is from flipping.
// When env's framework has no such parameter the fact carries no
// threshold.
func (k DecimalKey) Fact(env *Env, name string, value decimal.Decimal, op Op, unit string, v Verdict) Fact {
	f := Fact{Name: name, Value: decimal.NewNullDecimal(value), Op: op, Unit: unit, Param: k.Name(), Verdict: v}
	if p := k.k.lookup(env, ParamDecimal); p != nil {
		p.provenance(&f, p.dec, v)
	}
	return f
}

// provenance sets f's threshold t, its source and interpretation from p,
// and its distance when v is NotMet.
func (p *paramValue) provenance(f *Fact, t decimal.Decimal, v Verdict) {
	f.Threshold = decimal.NewNullDecimal(t)
	f.Source = citationPtr(p.def.Citation)
	f.Interpretation = p.def.Interpretation
	if v == NotMet && f.Value.Valid && f.Op != NE {
		f.Distance = decimal.NewNullDecimal(distance(f.Op, f.Value.Decimal, t))
	}
}

// IntKey reads a whole-number parameter. The zero IntKey reads as missing.
type IntKey struct{ k key }

// Name returns the parameter's name.
func (k IntKey) Name() string { return k.k.name }

// Ref returns the reference NewFramework checks.
func (k IntKey) Ref() ParamRef { return ParamRef{k.k.name, ParamInt} }

// Get returns the parameter's value in env, or false when missing.
func (k IntKey) Get(env *Env) (int64, bool) { return k.k.getInt(env, ParamInt) }

// Fact records value compared (op) with the parameter, as
// [DecimalKey.Fact] does.
func (k IntKey) Fact(env *Env, name string, value int64, op Op, unit string, v Verdict) Fact {
	f := Fact{Name: name, Value: decimal.NewNullDecimal(decimal.NewFromInt(value)), Op: op, Unit: unit, Param: k.Name(), Verdict: v}
	if p := k.k.lookup(env, ParamInt); p != nil {
		p.provenance(&f, decimal.NewFromInt(p.n), v)
	}
	return f
}

// DaysKey reads a duration in days. The zero DaysKey reads as missing.
type DaysKey struct{ k key }

// Name returns the parameter's name.
func (k DaysKey) Name() string { return k.k.name }

// Ref returns the reference NewFramework checks.
func (k DaysKey) Ref() ParamRef { return ParamRef{k.k.name, ParamDays} }

// Get returns the number of days in env, or false when missing.
func (k DaysKey) Get(env *Env) (int64, bool) { return k.k.getInt(env, ParamDays) }

// MonthsKey reads a duration in months. The zero MonthsKey reads as
// missing.
type MonthsKey struct{ k key }

// Name returns the parameter's name.
func (k MonthsKey) Name() string { return k.k.name }

// Ref returns the reference NewFramework checks.
func (k MonthsKey) Ref() ParamRef { return ParamRef{k.k.name, ParamMonths} }

// Get returns the number of months in env, or false when missing.
func (k MonthsKey) Get(env *Env) (int64, bool) { return k.k.getInt(env, ParamMonths) }

func (k key) getInt(env *Env, t ParamType) (int64, bool) {
	if p := k.lookup(env, t); p != nil {
		return p.n, true
	}
	return 0, false
}

// BoolKey reads a yes/no parameter. The zero BoolKey reads as missing.
type BoolKey struct{ k key }

// Name returns the parameter's name.
func (k BoolKey) Name() string { return k.k.name }

// Ref returns the reference NewFramework checks.
func (k BoolKey) Ref() ParamRef { return ParamRef{k.k.name, ParamBool} }

// Get returns the parameter's value in env, or false when missing.
func (k BoolKey) Get(env *Env) (value, ok bool) {
	if p := k.k.lookup(env, ParamBool); p != nil {
		return p.b, true
	}
	return false, false
}

// EnumKey reads a word-valued parameter. The zero EnumKey reads as missing.
type EnumKey struct{ k key }

// Name returns the parameter's name.
func (k EnumKey) Name() string { return k.k.name }

// Ref returns the reference NewFramework checks.
func (k EnumKey) Ref() ParamRef { return ParamRef{k.k.name, ParamEnum} }

// Get returns the parameter's word in env, or false when missing.
func (k EnumKey) Get(env *Env) (string, bool) {
	if p := k.k.lookup(env, ParamEnum); p != nil {
		return p.s, true
	}
	return "", false
}

// Parameter describes one parameter of a framework as it stands: its
// current value and the value the edition documents, both in canonical
// text. It is plain data for reports.
type Parameter struct {
	Name           string           `json:"name"`
	Title          string           `json:"title,omitempty"`
	Type           ParamType        `json:"type"`
	Value          string           `json:"value"`
	Default        string           `json:"default"`
	Range          Range            `json:"range,omitzero"`
	Unit           string           `json:"unit,omitempty"`
	Allowed        []string         `json:"allowed,omitempty"`
	Citation       economy.Citation `json:"citation"`
	Interpretation string           `json:"interpretation,omitempty"`
	Overridden     bool             `json:"overridden,omitempty"`
}

// Source renders the parameter's citation, marking unverified sources and
// interpretations so that no reader takes them for published numbers.
func (p Parameter) Source() string {
	s := p.Citation.String()
	if p.Interpretation != "" {
		s += " [interpretation: " + p.Interpretation + "]"
	}
	return s
}

func (p *paramValue) info() Parameter {
	return Parameter{
		Name: p.def.Name, Title: p.def.Title, Type: p.typ, Value: p.canonical(), Default: p.dflt,
		Range: p.def.Range, Unit: p.def.Unit, Allowed: slices.Clone(p.allowed), Citation: p.def.Citation,
		Interpretation: p.def.Interpretation, Overridden: p.changed,
	}
}
