package regime

import (
	"slices"
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// FixedInt is a Number as well as a threshold: a constant in a derived
// value, such as the 3 of "at least 3".
var _ Number = FixedInt(0)

// Info describes the constant.
func (f FixedInt) Info() Info {
	return Info{Kind: "fixed", Detail: strconv.FormatInt(int64(f), 10)}
}

// Value returns the constant.
func (f FixedInt) Value(*Env, Subject) (Num, bool) { return NumOf(int64(f)), true }

// Explain returns a Met outcome naming the constant.
func (f FixedInt) Explain(env *Env, s Subject) Outcome {
	o, _, _ := f.explain(env, s)
	return o
}

func (f FixedInt) explain(*Env, Subject) (Outcome, Num, bool) {
	v := strconv.FormatInt(int64(f), 10)
	return Outcome{Kind: "fixed", Verdict: Met, Reason: "fixed " + v}, NumOf(int64(f)), true
}

// CompareNumber returns a rule that is Met when the number x stands in
// relation op to the whole-number threshold t: CompareNumber("finance_3",
// "finance score at least 3", finance, GE, FixedInt(3), "", cite). t may
// be a parameter ([IntKey]), so that a limit or a count is the
// framework's to set. A mean is compared exactly (7/3 is above 2 and
// below 3). The rule is Unknown when x or t is. When explaining, the
// outcome holds one [Fact] (the value, as a decimal when whole and in
// Text otherwise, the threshold and, for NotMet, the distance) and the
// number's own outcome as its only child, which says how it was found.
func CompareNumber(id, title string, x Number, op Op, t IntThreshold, unit string, cite economy.Citation) Rule {
	c := &compareNum{id: id, title: title, unit: unit, cite: cite, op: op, x: x, t: t}
	var errs []string
	if isNilNumber(x) {
		errs = append(errs, "nil number")
	}
	if t == nil {
		errs = append(errs, "nil threshold")
	}
	if !op.valid() {
		errs = append(errs, "unknown comparison "+op.String())
	}
	if len(errs) > 0 {
		c.err = errorf("compare_number %q: %w: %s", id, ErrInvalidRule, joinWords(errs))
	} else if err := numberError(x, 0); err != nil {
		c.err = errorf("compare_number %q: %w", id, err)
	}
	return c
}

func joinWords(ws []string) string {
	s := ""
	for i, w := range ws {
		if i > 0 {
			s += ", "
		}
		s += w
	}
	return s
}

var _ Rule = (*compareNum)(nil)

type compareNum struct {
	id, title, unit string
	cite            economy.Citation
	op              Op
	x               Number
	t               IntThreshold
	err             error
}

func (c *compareNum) Info() Info {
	i := Info{ID: c.id, Title: c.title, Kind: "compare_number", Citation: c.cite, Err: c.err}
	if isNilNumber(c.x) || c.t == nil {
		return i
	}
	i.Detail = numberDetail(c.x, 0) + " " + c.op.Symbol()
	if r, ok := c.t.ref(); ok {
		i.Params = append(i.Params, r)
		i.Detail += " param " + r.Name
	} else {
		v, _, _ := c.t.intThreshold(nil)
		i.Detail += " " + strconv.FormatInt(v, 10)
	}
	if c.unit != "" {
		i.Detail += " " + c.unit
	}
	i.Params = numberParams(c.x, i.Params, 0)
	i.Children = numberRules(c.x, nil, 0)
	return i
}

func (c *compareNum) Eval(env *Env, s Subject) Verdict {
	if c.err != nil {
		return Unknown
	}
	v, ok := c.x.Value(env, s)
	t, _, tok := c.t.intThreshold(env)
	if !ok || !tok {
		return Unknown
	}
	return VerdictOf(c.op.Holds(v.Cmp(NumOf(t))))
}

func (c *compareNum) Explain(env *Env, s Subject) Outcome { return explainShared(env, c, s) }

func (c *compareNum) explain(env *Env, s Subject) Outcome {
	o := Outcome{ID: c.id, Title: c.title, Kind: "compare_number", Citation: citationPtr(c.cite)}
	if c.err != nil {
		o.Reason = "invalid rule: " + c.err.Error()
		return o
	}
	xo, v, ok := c.x.explain(env, s)
	o.Children = []Outcome{xo}
	name := numLabel(&xo)
	f := Fact{Name: name, Op: c.op, Unit: c.unit}
	t, p, tok := c.t.intThreshold(env)
	if r, isParam := c.t.ref(); isParam {
		f.Param = r.Name
	}
	if p != nil {
		f.Source = citationPtr(p.def.Citation)
		f.Interpretation = p.def.Interpretation
	}
	if ok {
		if v.IsWhole() {
			f.Value = decimal.NewNullDecimal(decimal.NewFromInt(v.num))
		} else {
			f.Text = v.String()
		}
	} else {
		o.Missing = append(o.Missing, name)
	}
	if tok {
		f.Threshold = decimal.NewNullDecimal(decimal.NewFromInt(t))
	} else {
		o.Missing = append(o.Missing, "parameter "+f.Param)
	}
	if ok && tok {
		f.Verdict = VerdictOf(c.op.Holds(v.Cmp(NumOf(t))))
		if f.Verdict == NotMet && v.IsWhole() {
			f.Distance = decimal.NewNullDecimal(distance(c.op, decimal.NewFromInt(v.num), decimal.NewFromInt(t)))
		}
	}
	o.Verdict = f.Verdict
	o.Facts = []Fact{f}
	if o.Verdict == Unknown {
		o.Reason = defaultReason(c.title, c.id, Unknown, slices.Clone(o.Missing), nil)
	} else {
		o.Reason = f.String() + ": " + o.Verdict.Text()
	}
	return o
}
