package regime

import (
	"strconv"
	"strings"
)

// Explain gives the number's outcome; see [Number].
func (n *numNode) Explain(env *Env, s Subject) Outcome {
	o, _, _ := n.explain(env, s)
	return o
}

// explain builds the outcome of n alongside its value: the reason is
// "<name> <value>: <how>", where how names the operands with their values
// ("mean 2.33 rounded up", "mean of cover score 2, liquidity score 3,
// margin score 2").
func (n *numNode) explain(env *Env, s Subject) (Outcome, Num, bool) {
	if k, ok := env.sharedKey(n, s); ok {
		if e, hit := env.memo.recall(k); hit {
			return e.o, e.v, e.ok
		}
		o, v, vok := n.explainOnce(env, s)
		env.memo.remember(k, explained{o: o, v: v, ok: vok})
		return o, v, vok
	}
	return n.explainOnce(env, s)
}

// explainOnce is explain without the memo.
func (n *numNode) explainOnce(env *Env, s Subject) (Outcome, Num, bool) {
	o := Outcome{ID: n.id, Title: n.title, Kind: numKindNames[n.kind], Citation: citationPtr(n.cite)}
	name := label(n.title, label(n.id, o.Kind))
	if n.err != nil {
		o.Reason = "invalid rule: " + n.err.Error()
		return o, Num{}, false
	}
	var v Num
	var ok bool
	var how string
	switch n.kind {
	case numBands:
		v, ok = n.explainBands(env, s, &o)
		how = bandsHow(&o)
	case numCount:
		o.Children = make([]Outcome, len(n.rules))
		met, unknown := 0, 0
		for i, r := range n.rules {
			o.Children[i] = r.Explain(env, s)
			switch o.Children[i].Verdict {
			case Met:
				met++
			case NotMet:
			default:
				unknown++
			}
		}
		v, ok = NumOf(int64(met)), unknown == 0
		how = strings.Join(childLabels(o.Children, Met), ", ") + " met of " + strconv.Itoa(len(n.rules))
		if met == 0 {
			how = "none met of " + strconv.Itoa(len(n.rules))
		}
	case numIf:
		c := n.rules[0].Explain(env, s)
		o.Children = []Outcome{c}
		pick := -1
		switch c.Verdict {
		case Met:
			pick = 0
		case NotMet:
			pick = 1
		}
		if pick >= 0 {
			a, av, aok := n.args[pick].explain(env, s)
			o.Children = append(o.Children, a)
			v, ok = av, aok
			how = numLabel(&a) + " " + av.String() + " because " + label(c.Title, label(c.ID, c.Kind)) + " is " + c.Verdict.Text()
		}
	default:
		o.Children = make([]Outcome, len(n.args))
		vals := make([]Num, len(n.args))
		ok = true
		for i, a := range n.args {
			var aok bool
			o.Children[i], vals[i], aok = a.explain(env, s)
			ok = ok && aok
		}
		if ok {
			v, ok = n.combine(vals)
		}
		how = n.how(o.Children, vals, v)
	}
	if !ok {
		o.Verdict = Unknown
		o.Missing = append(o.Missing, missingIn(o.Children)...)
		o.Reason = defaultReason(name, "", Unknown, o.Missing, nil)
		return o, Num{}, false
	}
	o.Verdict = Met
	o.Reason = name + " " + v.String()
	if how != "" {
		o.Reason += ": " + how
	}
	return o, v, true
}

// combine is Value's arithmetic over values already found.
func (n *numNode) combine(vals []Num) (Num, bool) {
	if n.kind == numCeil {
		return NumOf(vals[0].Ceil()), true
	}
	acc := NumOf(0)
	for i, x := range vals {
		var ok bool
		if acc, ok = n.fold(i, acc, x); !ok {
			return Num{}, false
		}
	}
	return n.finish(acc)
}

// how says how the operands gave the value.
func (n *numNode) how(kids []Outcome, vals []Num, v Num) string {
	var b strings.Builder
	switch n.kind {
	case numCeil:
		b.WriteString(numLabel(&kids[0]) + " " + vals[0].String())
		if vals[0].IsWhole() {
			b.WriteString(", a whole number")
		} else {
			b.WriteString(" rounded up")
		}
		return b.String()
	case numSum:
		b.WriteString("sum of ")
	case numMean:
		b.WriteString("mean of ")
	case numMin:
		b.WriteString("least of ")
	case numMax:
		b.WriteString("greatest of ")
	}
	for i := range kids {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(numLabel(&kids[i]))
		if i < len(vals) && kids[i].Verdict == Met {
			b.WriteString(" " + vals[i].String())
		} else {
			b.WriteString(" unknown")
		}
	}
	if n.kind == numMean && !v.IsWhole() {
		num, den := v.Fraction()
		b.WriteString(" (" + strconv.FormatInt(num, 10) + "/" + strconv.FormatInt(den, 10) + ")")
	}
	return b.String()
}

// numLabel names a number's outcome in another's reason.
func numLabel(o *Outcome) string { return label(o.Title, label(o.ID, o.Kind)) }

// childLabels names the outcomes with verdict v.
func childLabels(os []Outcome, v Verdict) []string {
	var out []string
	for i := range os {
		if os[i].Verdict == v {
			out = append(out, numLabel(&os[i]))
		}
	}
	return out
}

// missingIn gathers what the outcomes' trees miss, each once.
func missingIn(os []Outcome) []string {
	var out []string
	for i := range os {
		for _, m := range os[i].Missing {
			if !containsString(out, m) {
				out = append(out, m)
			}
		}
		for _, m := range missingIn(os[i].Children) {
			if !containsString(out, m) {
				out = append(out, m)
			}
		}
	}
	return out
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
