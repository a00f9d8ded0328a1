package regime_test

import (
	"fmt"
	"testing"

	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// leaves returns one constant rule per verdict, named l0, l1, ...
func leaves(vs ...regime.Verdict) []regime.Rule {
	out := make([]regime.Rule, len(vs))
	for i, v := range vs {
		out[i] = regime.Const(fmt.Sprintf("l%d", i), v)
	}
	return out
}

// combos lists every assignment of the three verdicts to n leaves.
func combos(n int) [][]regime.Verdict {
	if n == 0 {
		return [][]regime.Verdict{{}}
	}
	var out [][]regime.Verdict
	for _, rest := range combos(n - 1) {
		for _, v := range verdicts {
			out = append(out, append(append([]regime.Verdict{}, rest...), v))
		}
	}
	return out
}

// kleene folds the verdicts with And or Or, the reference for All and Any.
func fold(vs []regime.Verdict, start regime.Verdict, op func(a, b regime.Verdict) regime.Verdict) regime.Verdict {
	acc := start
	for _, v := range vs {
		acc = op(acc, v)
	}
	return acc
}

// countAtLeast is the reference for AtLeast: Met if the Met ones reach n,
// NotMet if even every Unknown turning Met would not.
func countAtLeast(n int, vs []regime.Verdict) regime.Verdict {
	met, unk := 0, 0
	for _, v := range vs {
		switch v {
		case M:
			met++
		case U:
			unk++
		}
	}
	switch {
	case met >= n:
		return M
	case met+unk < n:
		return N
	}
	return U
}

func TestCombinatorTruthTables(t *testing.T) {
	env := regime.Env{}
	var s regime.Subject
	for n := 1; n <= 3; n++ {
		for _, vs := range combos(n) {
			name := fmt.Sprint(vs)
			t.Run(name, func(t *testing.T) {
				cases := map[string]struct {
					rule regime.Rule
					want regime.Verdict
				}{
					"all": {regime.All(leaves(vs...)...), fold(vs, M, regime.Verdict.And)},
					"any": {regime.Any(leaves(vs...)...), fold(vs, N, regime.Verdict.Or)},
					"not": {regime.Not(leaves(vs[0])[0]), vs[0].Not()},
				}
				for k := 1; k <= n; k++ {
					cases[fmt.Sprintf("at_least_%d", k)] = struct {
						rule regime.Rule
						want regime.Verdict
					}{regime.AtLeast(k, leaves(vs...)...), countAtLeast(k, vs)}
				}
				for cname, c := range cases {
					require.NoError(t, regime.Check(c.rule), cname)
					assert.Equal(t, c.want, c.rule.Eval(&env, s), "%s verdict path", cname)
					assert.Equal(t, c.want, c.rule.Explain(&env, s).Verdict, "%s explained path", cname)
				}
			})
		}
	}
}

func TestCombinatorTruthTableAtLeastNamed(t *testing.T) {
	env := regime.Env{}
	tests := []struct {
		give []regime.Verdict
		need int
		want regime.Verdict
	}{
		{[]regime.Verdict{M, M, N}, 2, M},
		{[]regime.Verdict{M, U, N}, 2, U},
		{[]regime.Verdict{M, N, N}, 2, N},
		{[]regime.Verdict{U, U, U}, 3, U},
		{[]regime.Verdict{N, U, U}, 3, N},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.give, tt.need), func(t *testing.T) {
			r := regime.Named("n", "named", testCite, regime.AtLeast(tt.need, leaves(tt.give...)...))
			assert.Equal(t, tt.want, r.Eval(&env, regime.Subject{}))
			o := r.Explain(&env, regime.Subject{})
			assert.Equal(t, tt.want, o.Verdict)
			assert.Equal(t, "n", o.ID, "naming an unnamed combinator names the node itself")
			assert.Equal(t, "at_least", o.Kind)
		})
	}
}

func TestConstructionErrors(t *testing.T) {
	var nilRule regime.Rule
	tests := []struct {
		name string
		give regime.Rule
	}{
		{"all with nil", regime.All(regime.Const("a", M), nilRule)},
		{"any with nil", regime.Any(nilRule)},
		{"not nil", regime.Not(nilRule)},
		{"at_least zero", regime.AtLeast(0, regime.Const("a", M))},
		{"at_least too many", regime.AtLeast(3, regime.Const("a", M))},
		{"named nil", regime.Named("x", "x", testCite, nilRule)},
		{"nested", regime.All(regime.Any(regime.Const("a", M), nilRule))},
		{"predicate nil fn", regime.Predicate("p", "p", testCite, nil)},
		{"compare nil getter", regime.Compare("c", "c", nil, regime.GE, regime.Fixed(dec("1")), "", testCite)},
		{"compare bad op", regime.Compare("c", "c", surplus, regime.OpUnknown, regime.Fixed(dec("1")), "", testCite)},
		{"compare nil threshold", regime.CompareInt("c", "c", failingProviders, regime.GE, nil, "", testCite)},
		{"in empty set", regime.In[int]("i", "i", func(*regime.Env, regime.Subject) (int, bool) { return 1, true }, testCite)},
	}
	env := regime.Env{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Error(t, regime.Check(tt.give))
			assert.NotPanics(t, func() {
				assert.Equal(t, U, tt.give.Eval(&env, regime.Subject{}), "a broken rule is never a pass")
				o := tt.give.Explain(&env, regime.Subject{})
				assert.Equal(t, U, o.Verdict)
			})
		})
	}
	assert.ErrorIs(t, regime.Check(nilRule), regime.ErrNilRule)
}
