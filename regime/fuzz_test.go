package regime_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/failregime/failregime/regime"
)

// treeFrom builds a rule tree from fuzz bytes: each byte picks a node,
// the next ones its verdict, count or children. It also returns the
// tree's verdict as a reference computed from Kleene's tables alone.
type treeReader struct {
	data []byte
	n    int // leaves made, for unique ids
}

func (r *treeReader) next() byte {
	if len(r.data) == 0 {
		return 0
	}
	b := r.data[0]
	r.data = r.data[1:]
	return b
}

func (r *treeReader) rule(depth int) (regime.Rule, regime.Verdict) {
	op := r.next() % 6
	if depth > 6 {
		op = 0
	}
	kids := func() ([]regime.Rule, []regime.Verdict) {
		k := int(r.next() % 4)
		var rs []regime.Rule
		var vs []regime.Verdict
		for range k {
			x, v := r.rule(depth + 1)
			rs, vs = append(rs, x), append(vs, v)
		}
		return rs, vs
	}
	switch op {
	case 1:
		rs, vs := kids()
		return regime.All(rs...), fold(vs, regime.Met, regime.Verdict.And)
	case 2:
		rs, vs := kids()
		return regime.Any(rs...), fold(vs, regime.NotMet, regime.Verdict.Or)
	case 3:
		x, v := r.rule(depth + 1)
		return regime.Not(x), v.Not()
	case 4:
		n := int(r.next()%5) - 1 // -1..3: some counts are construction errors
		rs, vs := kids()
		if n < 1 || n > len(rs) {
			return regime.AtLeast(n, rs...), regime.Unknown
		}
		return regime.AtLeast(n, rs...), countAtLeast(n, vs)
	case 5:
		x, v := r.rule(depth + 1)
		return regime.Named(fmt.Sprint("n", r.n), "named", testCite, x), v
	}
	r.n++
	v := regime.Verdict(r.next() % 3)
	return regime.Const(fmt.Sprint("l", r.n), v), v
}

func FuzzEvaluator(f *testing.F) {
	f.Add([]byte{})                          // a single unknown leaf
	f.Add([]byte{1, 2, 0, 1, 0, 2})          // all(met, not met)
	f.Add([]byte{4, 3, 3, 0, 1, 0, 0, 0, 1}) // at_least(2) of three
	f.Add([]byte{3, 5, 2, 2, 0, 0, 0, 1})    // not(named(any(...)))
	f.Add([]byte{4, 0, 2, 0, 1, 0, 1})       // at_least(-1): a construction error
	f.Fuzz(func(t *testing.T, data []byte) {
		tr := &treeReader{data: data}
		rule, want := tr.rule(0)
		env := regime.Env{}
		var s regime.Subject
		got := rule.Eval(&env, s)
		o := rule.Explain(&env, s)
		if got != want || o.Verdict != got {
			t.Fatalf("verdict path %s, explained %s, Kleene reference %s", got, o.Verdict, want)
		}
		if nn := regime.Not(regime.Not(rule)).Eval(&env, s); nn != got {
			t.Fatalf("not(not(r)) = %s, r = %s", nn, got)
		}
		if regime.All(rule, regime.Not(rule)).Eval(&env, s) == regime.Met {
			t.Fatal("r and not r is met")
		}
		if regime.Any(rule, regime.Not(rule)).Eval(&env, s) == regime.NotMet {
			t.Fatal("r or not r is not met")
		}
		other, _ := tr.rule(0)
		lhs := regime.Not(regime.All(rule, other)).Eval(&env, s)
		rhs := regime.Any(regime.Not(rule), regime.Not(other)).Eval(&env, s)
		if lhs != rhs {
			t.Fatalf("De Morgan: %s != %s", lhs, rhs)
		}
		if why := o.WhyNot(); (got == regime.Met) != (len(why) == 0) {
			t.Fatalf("verdict %s with %d why-not findings", got, len(why))
		}
		// The explanation is in proportion to the rule: each byte makes
		// at most one rule, whose outcome is a few hundred bytes.
		j, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		if limit := 4096 + outcomePerByte*len(data); len(j) > limit {
			t.Fatalf("a %d-byte explanation of a rule made from %d bytes: more than %d a byte", len(j), len(data), outcomePerByte)
		}
	})
}

// outcomePerByte bounds the explanation of a rule FuzzEvaluator makes,
// per byte it makes the rule from.
const outcomePerByte = 1024

// FuzzDecisionText: a decision's text is in proportion to its JSON, for
// any decision that decodes: the text renders each part of the JSON
// once, indented by at most two spaces a level of the outcome tree, which
// the decoder holds to its depth limit (so at most some ten bytes of
// text for the fifteen of JSON a nested outcome takes).
func FuzzDecisionText(f *testing.F) {
	for _, d := range decideAll(f, newFixture().fw, testEconomy()) {
		b, err := json.Marshal(d)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d regime.Decision
		if err := json.Unmarshal(data, &d); err != nil {
			return
		}
		if text := d.Text(); len(text) > 4096+16*len(data) {
			t.Fatalf("a %d-byte text for a %d-byte decision", len(text), len(data))
		}
	})
}

func FuzzDecisionJSON(f *testing.F) {
	for _, d := range decideAll(f, newFixture().fw, testEconomy()) {
		b, err := json.Marshal(d)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b) // every decision the fixture makes, including pending scenarios
	}
	f.Add([]byte(`{"schema":1}`))       // the smallest valid decision
	f.Add([]byte(`{"schema":1,"x":1}`)) // an unknown field
	f.Add([]byte(`null`))               // JSON null leaves the value as it is
	f.Fuzz(func(t *testing.T, data []byte) {
		var d regime.Decision
		if err := json.Unmarshal(data, &d); err != nil {
			return
		}
		m1, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("parsed but does not marshal: %v", err)
		}
		var back regime.Decision
		if err := json.Unmarshal(m1, &back); err != nil {
			t.Fatalf("re-marshalled form does not parse: %v\n%s", err, m1)
		}
		m2, err := json.Marshal(back)
		if err != nil || !bytes.Equal(m1, m2) {
			t.Fatalf("unstable: %s\n%s", m1, m2)
		}
		_ = d.Text()
		_ = d.Outcome.WhyNot()
	})
}
