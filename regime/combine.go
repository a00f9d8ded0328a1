package regime

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
)

// The combinators below are one node type: what they do differs only in how
// the children's verdicts combine, which keeps the verdict path and the
// explained path side by side in one place.
type nodeKind uint8

const (
	kindAll nodeKind = iota + 1
	kindAny
	kindNot
	kindAtLeast
	kindNamed
)

var nodeKindNames = [...]string{kindAll: "all", kindAny: "any", kindNot: "not", kindAtLeast: "at_least", kindNamed: "named"}

type node struct {
	kind      nodeKind
	id, title string
	cite      economy.Citation
	n         int // at_least count
	kids      []Rule
	err       error
}

// All is Met when every rule is Met, NotMet when any is NotMet, else
// Unknown (Kleene conjunction). All() with no rules is Met. A nil rule is a
// construction error, reported by [Check]; the node then answers Unknown.
func All(rules ...Rule) Rule { return newNode(kindAll, 0, rules) }

// Any is Met when any rule is Met, NotMet when every rule is NotMet, else
// Unknown (Kleene disjunction). Any() with no rules is NotMet.
func Any(rules ...Rule) Rule { return newNode(kindAny, 0, rules) }

// Not is Met when r is NotMet and NotMet when r is Met; Unknown stays
// Unknown.
func Not(r Rule) Rule { return newNode(kindNot, 0, []Rule{r}) }

// AtLeast is Met when at least n of the rules are Met, NotMet when so many
// are NotMet that n can no longer be reached, else Unknown. n must be
// between 1 and len(rules).
func AtLeast(n int, rules ...Rule) Rule {
	x := newNode(kindAtLeast, n, rules)
	if x.err == nil && (n < 1 || n > len(rules)) {
		x.err = errorf("at_least(%d) of %d rules: %w: count out of range", n, len(rules), ErrInvalidRule)
	}
	return x
}

// Named gives r an id, a title and a citation, so that the explanation and
// the why-not name the condition as the source does ("quality special
// measures trigger"). Naming an unnamed combinator names that node itself;
// anything else is wrapped in a node of kind "named".
func Named(id, title string, cite economy.Citation, r Rule) Rule {
	if x, ok := r.(*node); ok && x.id == "" && x.kind != kindNamed {
		c := *x
		c.id, c.title, c.cite = id, title, cite
		return &c
	}
	x := newNode(kindNamed, 0, []Rule{r})
	x.id, x.title, x.cite = id, title, cite
	return x
}

func newNode(k nodeKind, n int, rules []Rule) *node {
	x := &node{kind: k, n: n, kids: slices.Clone(rules)}
	var errs []error
	for i, r := range rules {
		if isNil(r) {
			errs = append(errs, errorf("%s: rule %d: %w", nodeKindNames[k], i, ErrNilRule))
		}
	}
	x.err = errors.Join(errs...)
	return x
}

// isNil catches both a nil interface and a typed nil pointer to one of this
// package's rules, which would otherwise panic when called.
func isNil(r Rule) bool {
	switch v := r.(type) {
	case nil:
		return true
	case *node:
		return v == nil
	case *predicate:
		return v == nil
	case *constant:
		return v == nil
	case *compare:
		return v == nil
	case *compareNum:
		return v == nil
	}
	return false
}

func (x *node) Info() Info {
	i := Info{ID: x.id, Title: x.title, Kind: nodeKindNames[x.kind], Citation: x.cite, Children: slices.Clone(x.kids), Err: x.err}
	if x.kind == kindAtLeast {
		i.Detail = strconv.Itoa(x.n)
	}
	return i
}

// Eval stops at the first child that settles the answer; Explain visits
// every child so the explanation is complete. Both combine verdicts with
// the same rules, which the tests check on every case.
func (x *node) Eval(env *Env, s Subject) Verdict {
	if x.err != nil {
		return Unknown
	}
	switch x.kind {
	case kindAll:
		res := Met
		for _, r := range x.kids {
			switch r.Eval(env, s) {
			case NotMet:
				return NotMet
			case Met:
			default:
				res = Unknown
			}
		}
		return res
	case kindAny:
		res := NotMet
		for _, r := range x.kids {
			switch r.Eval(env, s) {
			case Met:
				return Met
			case NotMet:
			default:
				res = Unknown
			}
		}
		return res
	case kindNot:
		return x.kids[0].Eval(env, s).Not()
	case kindAtLeast:
		met, unknown := 0, 0
		for i, r := range x.kids {
			switch r.Eval(env, s) {
			case Met:
				if met++; met >= x.n {
					return Met
				}
			case NotMet:
			default:
				unknown++
			}
			if left := len(x.kids) - i - 1; met+unknown+left < x.n {
				return NotMet
			}
		}
		return CountVerdict(x.n, met, unknown)
	case kindNamed:
		return x.kids[0].Eval(env, s)
	}
	return Unknown
}

// atLeastVerdict: Met with n met; NotMet when even all unknowns met would
// fall short; Unknown otherwise.
// CountVerdict is the verdict of "at least n of these", given how many are
// met and how many unknown: Met once met reaches n, NotMet once even the
// unknown ones could not make n, else Unknown. [AtLeast] uses it; so can a
// predicate counting facts of its own.
func CountVerdict(n, met, unknown int) Verdict {
	switch {
	case met >= n:
		return Met
	case met+unknown < n:
		return NotMet
	}
	return Unknown
}

func (x *node) Explain(env *Env, s Subject) Outcome { return explainShared(env, x, s) }

func (x *node) explain(env *Env, s Subject) Outcome {
	o := Outcome{ID: x.id, Title: x.title, Kind: nodeKindNames[x.kind]}
	if x.kind == kindAtLeast {
		o.Need = x.n
	}
	if x.err != nil {
		o.Citation = citationPtr(x.cite)
		o.Reason = "invalid rule: " + x.err.Error()
		return o
	}
	o.Children, o.Citation = childrenAndCite(len(x.kids), x.cite)
	o.Children = o.Children[:len(x.kids)]
	met, notMet, unknown := 0, 0, 0
	for i, r := range x.kids {
		o.Children[i] = r.Explain(env, s)
		switch o.Children[i].Verdict {
		case Met:
			met++
		case NotMet:
			notMet++
		default:
			unknown++
		}
	}
	switch x.kind {
	case kindAll:
		o.Verdict = Met
		if notMet > 0 {
			o.Verdict = NotMet
		} else if unknown > 0 {
			o.Verdict = Unknown
		}
	case kindAny:
		o.Verdict = NotMet
		if met > 0 {
			o.Verdict = Met
		} else if unknown > 0 {
			o.Verdict = Unknown
		}
	case kindNot, kindNamed:
		o.Verdict = o.Children[0].Verdict
		if x.kind == kindNot {
			o.Verdict = o.Verdict.Not()
		}
	case kindAtLeast:
		o.Verdict = CountVerdict(x.n, met, unknown)
	}
	o.Reason = x.reason(&o, met, len(x.kids))
	return o
}

// writeChildLabels names child c for a reason, writing each label to b
// after a ", " when n labels are already written, and returns the count
// written so far. An unnamed combinator says nothing by its kind ("any"),
// so it is named by its own children with the same verdict, which are what
// a reader needs to see.
func writeChildLabels(b *strings.Builder, n int, c *Outcome, v Verdict) int {
	if c.Title != "" || c.ID != "" || len(c.Children) == 0 {
		return writeLabel(b, n, label(c.Title, label(c.ID, c.Kind)))
	}
	m := n
	for i := range c.Children {
		if cc := &c.Children[i]; cc.Verdict == v {
			m = writeChildLabels(b, m, cc, v)
		}
	}
	if m == n {
		return writeLabel(b, n, c.Kind)
	}
	return m
}

func writeLabel(b *strings.Builder, n int, s string) int {
	if n > 0 {
		b.WriteString(", ")
	}
	b.WriteString(s)
	return n + 1
}

// reason says in plain words how the children led to the verdict.
func (x *node) reason(o *Outcome, met, total int) string {
	name := label(x.title, x.id)
	if x.id == "" && x.title == "" {
		name = nodeKindNames[x.kind]
	}
	// names is name, then before, then the labels of the children with
	// verdict v joined by ", ", then after, built in one string.
	names := func(before string, v Verdict, after string) string {
		var b strings.Builder
		// Sized for the labels of the children named, so that the string
		// is written in one allocation in the usual case.
		size := len(name) + len(before) + len(after) + 16
		for i := range o.Children {
			if c := &o.Children[i]; c.Verdict == v {
				size += len(label(c.Title, label(c.ID, c.Kind))) + 2
				if c.Title == "" && c.ID == "" {
					size += 64
				}
			}
		}
		b.Grow(size)
		b.WriteString(name)
		b.WriteString(before)
		n := 0
		for i := range o.Children {
			if c := &o.Children[i]; c.Verdict == v {
				n = writeChildLabels(&b, n, c, v)
			}
		}
		b.WriteString(after)
		return b.String()
	}
	switch x.kind {
	case kindAll:
		switch o.Verdict {
		case Met:
			return name + ": all " + strconv.Itoa(total) + " conditions met"
		case NotMet:
			return names(": not met because ", NotMet, " not met")
		}
		return names(": unknown because ", Unknown, " unknown")
	case kindAny:
		switch o.Verdict {
		case Met:
			return names(": met because ", Met, " met")
		case NotMet:
			return name + ": none of " + strconv.Itoa(total) + " conditions met"
		}
		return names(": unknown because none is met and ", Unknown, " unknown")
	case kindNot:
		c := o.Children[0]
		return name + ": " + o.Verdict.Text() + " because " + label(c.Title, label(c.ID, c.Kind)) + " is " + c.Verdict.Text()
	case kindAtLeast:
		return name + ": " + strconv.Itoa(met) + " of " + strconv.Itoa(total) + " met, " + strconv.Itoa(x.n) + " needed: " + o.Verdict.Text()
	}
	return name + ": " + o.Verdict.Text() + " (" + o.Children[0].Reason + ")"
}
