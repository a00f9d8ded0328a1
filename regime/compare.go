package regime

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// DecimalThreshold is what a decimal fact is compared with: a framework
// parameter ([DecimalKey]) or a fixed value ([Fixed]).
type DecimalThreshold interface {
	decThreshold(env *Env) (decimal.Decimal, *paramValue, bool)
	ref() (ParamRef, bool)
}

// IntThreshold is what a whole-number fact is compared with: an [IntKey],
// [DaysKey] or [MonthsKey] parameter, or a [FixedInt] value.
type IntThreshold interface {
	intThreshold(env *Env) (int64, *paramValue, bool)
	ref() (ParamRef, bool)
}

// Fixed is a decimal threshold written into the rule rather than taken
// from a parameter; the rule's citation is its source.
type Fixed decimal.Decimal

// FixedInt is a whole-number threshold written into the rule.
type FixedInt int64

func (f Fixed) decThreshold(*Env) (decimal.Decimal, *paramValue, bool) {
	return decimal.Decimal(f), nil, true
}
func (Fixed) ref() (ParamRef, bool) { return ParamRef{}, false }

func (f FixedInt) intThreshold(*Env) (int64, *paramValue, bool) { return int64(f), nil, true }
func (FixedInt) ref() (ParamRef, bool)                          { return ParamRef{}, false }

func (k DecimalKey) decThreshold(env *Env) (decimal.Decimal, *paramValue, bool) {
	if p := k.k.lookup(env, ParamDecimal); p != nil {
		return p.dec, p, true
	}
	return decimal.Decimal{}, nil, false
}
func (k DecimalKey) ref() (ParamRef, bool) { return k.Ref(), true }

func (k key) intThreshold(env *Env, t ParamType) (int64, *paramValue, bool) {
	if p := k.lookup(env, t); p != nil {
		return p.n, p, true
	}
	return 0, nil, false
}

func (k IntKey) intThreshold(env *Env) (int64, *paramValue, bool) {
	return k.k.intThreshold(env, ParamInt)
}
func (k IntKey) ref() (ParamRef, bool) { return k.Ref(), true }

func (k DaysKey) intThreshold(env *Env) (int64, *paramValue, bool) {
	return k.k.intThreshold(env, ParamDays)
}
func (k DaysKey) ref() (ParamRef, bool) { return k.Ref(), true }

func (k MonthsKey) intThreshold(env *Env) (int64, *paramValue, bool) {
	return k.k.intThreshold(env, ParamMonths)
}
func (k MonthsKey) ref() (ParamRef, bool) { return k.Ref(), true }

// Compare returns a rule that is Met when the decimal fact get reads
// stands in relation op to threshold t: Compare("liquidity", "liquidity",
// liquidityDays, GE, liquidityMin, "days", cite) is Met when liquidity >=
// the parameter. When get reports no value, or the threshold parameter is
// missing, the rule is Unknown and names what is missing. When explaining,
// the outcome holds one [Fact] with value, threshold and, for NotMet, the
// distance to flipping. A nil get, nil t or unknown op is a construction
// error reported by [Check].
func Compare(id, title string, get func(*Env, Subject) (decimal.Decimal, bool), op Op, t DecimalThreshold, unit string, cite economy.Citation) Rule {
	c := &compare{id: id, title: title, unit: unit, cite: cite, op: op, getDec: get, decT: t}
	c.err = c.check(get == nil, t == nil)
	return c
}

// CompareInt is [Compare] for whole-number facts: a rating level, a count
// of organisations, a number of days or months.
func CompareInt(id, title string, get func(*Env, Subject) (int64, bool), op Op, t IntThreshold, unit string, cite economy.Citation) Rule {
	c := &compare{id: id, title: title, unit: unit, cite: cite, op: op, getInt: get, intT: t}
	c.err = c.check(get == nil, t == nil)
	return c
}

type compare struct {
	id, title, unit string
	cite            economy.Citation
	op              Op
	getDec          func(*Env, Subject) (decimal.Decimal, bool)
	decT            DecimalThreshold
	getInt          func(*Env, Subject) (int64, bool)
	intT            IntThreshold
	err             error
}

func (c *compare) check(nilGet, nilT bool) error {
	var problems []string
	if nilGet {
		problems = append(problems, "nil getter")
	}
	if nilT {
		problems = append(problems, "nil threshold")
	}
	if !c.op.valid() {
		problems = append(problems, "unknown comparison "+c.op.String())
	}
	if len(problems) == 0 {
		return nil
	}
	return errorf("compare %q: %w: %s", c.id, ErrInvalidRule, strings.Join(problems, ", "))
}

func (c *compare) threshold() (ParamRef, bool) {
	if c.decT != nil {
		return c.decT.ref()
	}
	if c.intT != nil {
		return c.intT.ref()
	}
	return ParamRef{}, false
}

func (c *compare) Info() Info {
	i := Info{ID: c.id, Title: c.title, Kind: "compare", Citation: c.cite, Err: c.err}
	if r, ok := c.threshold(); ok {
		i.Params = []ParamRef{r}
		i.Detail = c.op.Symbol() + " param " + r.Name
	} else if c.decT != nil {
		v, _, _ := c.decT.decThreshold(nil)
		i.Detail = c.op.Symbol() + " " + decimaltext.Format(v)
	} else if c.intT != nil {
		v, _, _ := c.intT.intThreshold(nil)
		i.Detail = fmt.Sprintf("%s %d", c.op.Symbol(), v)
	}
	if c.unit != "" {
		i.Detail += " " + c.unit
	}
	return i
}

func (c *compare) Eval(env *Env, s Subject) Verdict {
	if c.err != nil {
		return Unknown
	}
	if c.getDec != nil {
		v, ok := c.getDec(env, s)
		t, _, tok := c.decT.decThreshold(env)
		if !ok || !tok {
			return Unknown
		}
		return VerdictOf(c.op.Holds(cmpDec(v, t)))
	}
	v, ok := c.getInt(env, s)
	t, _, tok := c.intT.intThreshold(env)
	if !ok || !tok {
		return Unknown
	}
	return VerdictOf(c.op.Holds(cmp.Compare(v, t)))
}

func (c *compare) Explain(env *Env, s Subject) Outcome {
	o := Outcome{ID: c.id, Title: c.title, Kind: "compare"}
	if c.err != nil {
		o.Citation = citationPtr(c.cite)
		o.Reason = "invalid rule: " + c.err.Error()
		return o
	}
	parts := oneFact(&o, c.cite)
	name := label(c.title, c.id)
	f := Fact{Name: name, Op: c.op, Unit: c.unit}
	var v, t decimal.Decimal
	var p *paramValue
	var ok, tok bool
	if c.getDec != nil {
		v, ok = c.getDec(env, s)
		t, p, tok = c.decT.decThreshold(env)
	} else {
		var vi, ti int64
		vi, ok = c.getInt(env, s)
		ti, p, tok = c.intT.intThreshold(env)
		v, t = decimal.NewFromInt(vi), decimal.NewFromInt(ti)
	}
	if ref, isParam := c.threshold(); isParam {
		f.Param = ref.Name
	}
	if p != nil {
		f.Source = parts.sourcePtr(p.def.Citation)
		f.Interpretation = p.def.Interpretation
	}
	if ok {
		f.Value = decimal.NewNullDecimal(v)
	} else {
		o.Missing = append(o.Missing, name)
	}
	if tok {
		f.Threshold = decimal.NewNullDecimal(t)
	} else {
		o.Missing = append(o.Missing, "parameter "+f.Param)
	}
	if ok && tok {
		f.Verdict = VerdictOf(c.op.Holds(cmpDec(v, t)))
		if f.Verdict == NotMet {
			f.Distance = decimal.NewNullDecimal(distance(c.op, v, t))
		}
	}
	o.Verdict = f.Verdict
	parts.facts[0] = f
	o.Facts = parts.facts[:]
	if o.Verdict == Unknown {
		o.Reason = defaultReason(c.title, c.id, Unknown, o.Missing, nil)
	} else {
		o.Reason = f.String() + ": " + o.Verdict.Text()
	}
	return o
}

// distance is how far v must move to flip a failed comparison with t.
func distance(op Op, v, t decimal.Decimal) decimal.Decimal {
	if op == NE {
		return decimal.Zero
	}
	return v.Sub(t).Abs()
}

var pow10u64 = [...]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// cmpDec compares a and b by value without allocating for the figures the
// regimes use (up to 18 significant digits): decimal's own Cmp allocates a
// big.Int whenever the two scales differ (-16.0 against -14).
func cmpDec(a, b decimal.Decimal) int {
	ea, eb := a.Exponent(), b.Exponent()
	if ea == eb {
		return a.Cmp(b)
	}
	sa, sb := a.Sign(), b.Sign()
	if sa != sb {
		return cmp.Compare(int64(sa), int64(sb))
	}
	if sa == 0 {
		return 0
	}
	if a.NumDigits() > 18 || b.NumDigits() > 18 {
		return a.Cmp(b)
	}
	ua, ub := absU64(a.CoefficientInt64()), absU64(b.CoefficientInt64())
	var mag int // magnitude of a against b
	if ea > eb {
		mag = cmpScaled(ua, int64(ea)-int64(eb), ub)
	} else {
		mag = -cmpScaled(ub, int64(eb)-int64(ea), ua)
	}
	return mag * sa
}

// cmpScaled compares u*10^k with w, where u >= 1, k >= 1 and w has at most
// 18 digits.
func cmpScaled(u uint64, k int64, w uint64) int {
	if k >= int64(len(pow10u64)) {
		return 1 // u*10^k >= 10^20 > any 18-digit w
	}
	hi, lo := bits.Mul64(u, pow10u64[k])
	if hi > 0 || lo > w {
		return 1
	}
	if lo < w {
		return -1
	}
	return 0
}

func absU64(n int64) uint64 {
	if n < 0 {
		return uint64(-n)
	}
	return uint64(n)
}

// In returns a rule that is Met when the value get reads is one of set: a
// CQC rating among {requires improvement, inadequate}, a segment among
// {4, 5}. When get reports no value the rule is Unknown. A nil get or an
// empty set is a construction error reported by [Check].
func In[T comparable](id, title string, get func(*Env, Subject) (T, bool), cite economy.Citation, set ...T) Rule {
	r := &inRule[T]{id: id, title: title, cite: cite, get: get, set: slices.Clone(set)}
	r.text = r.setText()
	switch {
	case get == nil:
		r.err = errorf("in %q: %w: nil getter", id, ErrInvalidRule)
	case len(set) == 0:
		r.err = errorf("in %q: %w: empty set", id, ErrInvalidRule)
	}
	return r
}

// Flag returns a rule that is Met when the yes/no fact get reads is true,
// and Unknown when it is not known.
func Flag(id, title string, get func(*Env, Subject) (value, ok bool), cite economy.Citation) Rule {
	return In(id, title, get, cite, true)
}

type inRule[T comparable] struct {
	id, title string
	cite      economy.Citation
	get       func(*Env, Subject) (T, bool)
	set       []T
	text      string // the set in words, rendered once
	err       error
}

func (r *inRule[T]) setText() string {
	parts := make([]string, len(r.set))
	for i, x := range r.set {
		parts[i] = fmt.Sprint(x)
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return "one of " + strings.Join(parts, ", ")
}

// valueText is fmt.Sprint(v), without its allocation for a bool.
func valueText[T comparable](v T) string {
	if b, ok := any(v).(bool); ok {
		return strconv.FormatBool(b)
	}
	return fmt.Sprint(v)
}

func (r *inRule[T]) Info() Info {
	return Info{ID: r.id, Title: r.title, Kind: "in", Detail: r.text, Citation: r.cite, Err: r.err}
}

func (r *inRule[T]) Eval(env *Env, s Subject) Verdict {
	if r.err != nil {
		return Unknown
	}
	v, ok := r.get(env, s)
	if !ok {
		return Unknown
	}
	return VerdictOf(slices.Contains(r.set, v))
}

func (r *inRule[T]) Explain(env *Env, s Subject) Outcome {
	o := Outcome{ID: r.id, Title: r.title, Kind: "in"}
	if r.err != nil {
		o.Citation = citationPtr(r.cite)
		o.Reason = "invalid rule: " + r.err.Error()
		return o
	}
	parts := oneFact(&o, r.cite)
	name := label(r.title, r.id)
	v, ok := r.get(env, s)
	f := Fact{Name: name, ThresholdText: r.text}
	if !ok {
		o.Missing = []string{name}
		parts.facts[0] = f
		o.Facts = parts.facts[:]
		o.Reason = defaultReason(r.title, r.id, Unknown, o.Missing, nil)
		return o
	}
	f.Text = valueText(v)
	f.Verdict = VerdictOf(slices.Contains(r.set, v))
	o.Verdict = f.Verdict
	parts.facts[0] = f
	o.Facts = parts.facts[:]
	o.Reason = name + " is " + f.Text + "; " + f.ThresholdText + " needed: " + o.Verdict.Text()
	return o
}
