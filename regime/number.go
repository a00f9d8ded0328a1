package regime

import (
	"errors"
	"slices"
	"strings"

	"github.com/failregime/failregime/economy"
)

// Number is a value derived from a subject's facts, such as a score: the
// band a fact falls in ([Bands]), a count of rules met ([CountMet]), and
// the sum, mean, least, greatest or ceiling of other numbers. A Number is
// compared with a threshold by [CompareNumber], which makes it a Rule, and
// names its steps in explanations ("finance score 3: mean 2.33 rounded
// up").
//
// Values are exact ([Num]): a mean of whole numbers is kept as a fraction,
// so no result depends on decimal.DivisionPrecision. Like a Rule, a
// Number has a verdict path that does not allocate (Value) and an
// explained one (Explain), and is safe for concurrent use. When a fact it
// needs is missing, its value is unknown, and so is every comparison with
// it. The package builds every Number; [FixedInt] is one too.
type Number interface {
	// Info describes the number for validation and hashing: Kind names
	// the operation ("bands", "mean", ...), Detail its arguments,
	// Children the rules it reads and Params the parameters.
	Info() Info
	// Value returns the number, and false when it is unknown.
	Value(env *Env, s Subject) (Num, bool)
	// Explain returns an outcome whose reason gives the value and how it
	// was found; its Verdict is Met when the value is known, else
	// Unknown, and its Children explain the numbers and rules inside.
	Explain(env *Env, s Subject) Outcome
	// explain is Explain with the value.
	explain(env *Env, s Subject) (Outcome, Num, bool)
}

type numKind uint8

const (
	numSum numKind = iota + 1
	numMean
	numMin
	numMax
	numCeil
	numCount
	numIf
	numBands
)

var numKindNames = [...]string{numSum: "sum", numMean: "mean", numMin: "min", numMax: "max",
	numCeil: "ceiling", numCount: "count_met", numIf: "if", numBands: "bands"}

// numNode is every derived number: what differs is how the operands
// combine, kept side by side for the verdict and explained paths as node
// does for rules.
type numNode struct {
	kind      numKind
	id, title string
	cite      economy.Citation
	args      []Number
	rules     []Rule // count_met's rules; if's condition
	bands     *bandSpec
	err       error
	prog      *program // Value's compiled form when a node inside is shared
}

// Sum is the sum of xs; unknown when any is. Sum() is 0.
func Sum(xs ...Number) Number { return newNum(numSum, xs, nil, 0) }

// Mean is the exact mean of xs (a fraction where it does not divide
// evenly); unknown when any is. At least one number is needed.
func Mean(xs ...Number) Number { return newNum(numMean, xs, nil, 1) }

// Min is the least of xs; unknown when any is. At least one is needed.
func Min(xs ...Number) Number { return newNum(numMin, xs, nil, 1) }

// Max is the greatest of xs; unknown when any is. At least one is needed.
func Max(xs ...Number) Number { return newNum(numMax, xs, nil, 1) }

// Ceil is the least whole number not below x: the ceiling of a mean of
// 7/3 is 3. It rounds exactly, with whole numbers, never through a
// decimal division.
func Ceil(x Number) Number { return newNum(numCeil, []Number{x}, nil, 1) }

// CountMet is how many of rules are Met; unknown while any is Unknown,
// since the count might then be higher. Compared with an [IntKey] it
// makes a count that is a parameter ("at least min_failing of these").
func CountMet(rules ...Rule) Number { return newNum(numCount, nil, rules, 0) }

// If is then when cond is Met and otherwise when it is NotMet; unknown
// when cond is Unknown. "A score of at least 3 when any metric scores 4"
// is Max(score, If(anyMetric4, FixedInt(3), FixedInt(1))).
func If(cond Rule, then, otherwise Number) Number {
	return newNum(numIf, []Number{then, otherwise}, []Rule{cond}, 0)
}

// NameNumber gives x an id, a title and a citation, so that explanations
// and comparisons name it as the source does ("finance score"). x must be
// a number this package built; FixedInt cannot be named.
func NameNumber(id, title string, cite economy.Citation, x Number) Number {
	n, ok := x.(*numNode)
	if !ok || n == nil {
		return &numNode{kind: numSum, id: id, title: title, cite: cite,
			err: errorf("number %q: %w: only a derived number can be named", id, ErrInvalidRule)}
	}
	c := *n
	c.id, c.title, c.cite = id, title, cite
	return &c
}

func newNum(k numKind, xs []Number, rules []Rule, least int) *numNode {
	n := &numNode{kind: k, args: slices.Clone(xs), rules: slices.Clone(rules)}
	var errs []error
	for i, x := range xs {
		if isNilNumber(x) {
			errs = append(errs, errorf("%s: number %d: %w", numKindNames[k], i, ErrNilRule))
		}
	}
	for i, r := range rules {
		if isNil(r) {
			errs = append(errs, errorf("%s: rule %d: %w", numKindNames[k], i, ErrNilRule))
		}
	}
	if len(xs)+len(rules) < least {
		errs = append(errs, errorf("%s: %w: needs at least %d number", numKindNames[k], ErrInvalidRule, least))
	}
	n.err = errors.Join(errs...)
	if n.err == nil {
		n.prog = compileNumber(n)
	}
	return n
}

func isNilNumber(x Number) bool {
	switch v := x.(type) {
	case nil:
		return true
	case *numNode:
		return v == nil
	}
	return false
}

// numberError is the construction error of x and everything inside it.
func numberError(x Number, depth int) error {
	if isNilNumber(x) {
		return ErrNilRule
	}
	if depth > maxDepth {
		return errorf("%w: nested deeper than %d", ErrInvalidRule, maxDepth)
	}
	n, ok := x.(*numNode)
	if !ok {
		return nil
	}
	errs := []error{n.err}
	for _, a := range n.args {
		if !isNilNumber(a) {
			errs = append(errs, numberError(a, depth+1))
		}
	}
	return errors.Join(errs...)
}

func (n *numNode) Info() Info {
	i := Info{ID: n.id, Title: n.title, Kind: numKindNames[n.kind], Citation: n.cite,
		Detail: n.detail(0), Children: slices.Clone(n.rules), Err: numberError(n, 0)}
	i.Params = numberParams(n, nil, 0)
	return i
}

// detail describes the number for hashing and for Info: its operation
// and, recursively, its operands.
func (n *numNode) detail(depth int) string {
	if depth > maxDepth {
		return "..."
	}
	var b strings.Builder
	b.WriteString(numKindNames[n.kind])
	if n.id != "" {
		b.WriteString(" " + n.id)
	}
	b.WriteString("(")
	if n.bands != nil {
		b.WriteString(n.bands.detail())
	}
	for i, a := range n.args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(numberDetail(a, depth+1))
	}
	for i, r := range n.rules {
		if i > 0 || len(n.args) > 0 {
			b.WriteString(", ")
		}
		if isNil(r) {
			b.WriteString("nil")
		} else {
			b.WriteString("rule " + label(r.Info().ID, r.Info().Kind))
		}
	}
	b.WriteString(")")
	return b.String()
}

func numberDetail(x Number, depth int) string {
	switch v := x.(type) {
	case *numNode:
		if v == nil {
			return "nil"
		}
		return v.detail(depth)
	case nil:
		return "nil"
	}
	return x.Info().Detail
}

// numberRules lists the rules read anywhere inside x, so that a rule
// comparing x can offer them to [Check] and [NewFramework] as its
// children.
func numberRules(x Number, out []Rule, depth int) []Rule {
	n, ok := x.(*numNode)
	if !ok || n == nil || depth > maxDepth {
		return out
	}
	out = append(out, n.rules...)
	for _, a := range n.args {
		out = numberRules(a, out, depth+1)
	}
	return out
}

// numberParams lists the parameters the numbers in x read (not those of
// rules inside, which are walked as children).
func numberParams(x Number, out []ParamRef, depth int) []ParamRef {
	n, ok := x.(*numNode)
	if !ok || n == nil || depth > maxDepth {
		return out
	}
	if n.bands != nil {
		for _, t := range n.bands.ts {
			if t == nil {
				continue
			}
			if r, isParam := t.ref(); isParam {
				out = append(out, r)
			}
		}
	}
	for _, a := range n.args {
		out = numberParams(a, out, depth+1)
	}
	return out
}

// Value is the verdict path: it stops at nothing, since every operand is
// needed, and does not allocate.
func (n *numNode) Value(env *Env, s Subject) (Num, bool) {
	if n.err != nil {
		return Num{}, false
	}
	if n.prog != nil {
		var run run
		run.init(n.prog, env, s)
		defer run.done()
		return run.value(n.prog.roots[0])
	}
	switch n.kind {
	case numBands:
		return n.bands.value(env, s)
	case numCount:
		c := 0
		for _, r := range n.rules {
			switch r.Eval(env, s) {
			case Met:
				c++
			case NotMet:
			default:
				return Num{}, false
			}
		}
		return NumOf(int64(c)), true
	case numIf:
		switch n.rules[0].Eval(env, s) {
		case Met:
			return n.args[0].Value(env, s)
		case NotMet:
			return n.args[1].Value(env, s)
		}
		return Num{}, false
	case numCeil:
		x, ok := n.args[0].Value(env, s)
		if !ok {
			return Num{}, false
		}
		return NumOf(x.Ceil()), true
	}
	acc := NumOf(0)
	for i, a := range n.args {
		x, ok := a.Value(env, s)
		if !ok {
			return Num{}, false
		}
		if acc, ok = n.fold(i, acc, x); !ok {
			return Num{}, false
		}
	}
	return n.finish(acc)
}

// fold combines the i-th operand x into acc for sum, mean, min and max.
func (n *numNode) fold(i int, acc, x Num) (Num, bool) {
	switch n.kind {
	case numMin:
		if i == 0 || x.Cmp(acc) < 0 {
			return x, true
		}
		return acc, true
	case numMax:
		if i == 0 || x.Cmp(acc) > 0 {
			return x, true
		}
		return acc, true
	}
	return addNum(acc, x)
}

// finish turns the folded operands into the result: a mean divides the
// sum by the count, exactly.
func (n *numNode) finish(acc Num) (Num, bool) {
	if n.kind != numMean {
		return acc, true
	}
	d, ok := mul64(acc.denom(), int64(len(n.args)))
	if !ok {
		return Num{}, false
	}
	return fraction(acc.num, d)
}
