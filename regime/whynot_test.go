package regime_test

import (
	"testing"

	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
)

func ids(fs []regime.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.ID)
	}
	return out
}

func TestWhyNot(t *testing.T) {
	c := func(id string, v regime.Verdict) regime.Rule { return regime.Const(id, v) }
	tests := []struct {
		name string
		give regime.Rule
		want []string
	}{
		{"met has no why-not", regime.All(c("a", M), c("b", M)), nil},
		{"all: the not-met children", regime.All(c("a", M), c("b", N), c("c", N)), []string{"b", "c"}},
		{"all unknown: the unknown children", regime.All(c("a", M), c("b", U)), []string{"b"}},
		{"any: every child would have to flip", regime.Any(c("a", N), c("b", N), c("c", U)), []string{"a", "b", "c"}},
		{"at_least: the nearest shortfall", regime.AtLeast(2, c("a", M), regime.All(c("b1", N), c("b2", N)), c("c", N)), []string{"c"}},
		{"at_least: two short", regime.AtLeast(3, c("a", M), c("b", N), c("c", N), c("d", N)), []string{"b", "c"}},
		{"not: what would have to fail", regime.Not(regime.All(c("a", M), c("b", M))), []string{"a", "b"}},
		{"not: the inner leaves must become not met", regime.Not(regime.Const("x", M)), []string{"x"}},
		{"named passes through", regime.Named("n", "named", testCite, regime.All(c("a", N), c("b", M))), []string{"a"}},
		{"nested", regime.All(c("a", M), regime.Any(c("b", N), regime.All(c("c", N), c("d", M)))), []string{"b", "c"}},
	}
	env := regime.Env{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.give.Explain(&env, regime.Subject{}).WhyNot()
			assert.Equal(t, tt.want, ids(got))
			for _, f := range got {
				assert.NotEqual(t, f.Verdict, f.Want, "each finding must change")
				assert.NotEmpty(t, f.Path)
			}
		})
	}
}

func TestWhyNotDistanceInTree(t *testing.T) {
	fx := newFixture()
	e := testEconomy()
	d, err := fx.fw.Decide(regime.NewEnv(e, day), "system", regime.EconomySubject(e))
	assert.NoError(t, err)
	// the success regime entry failed: two failing organisations, three needed
	why := d.Outcome.Children[0].WhyNot()
	if assert.Len(t, why, 1) {
		assert.Equal(t, "failing", why[0].ID)
		assert.Equal(t, []string{"success regime trigger", "organisations failing"}, why[0].Path)
		assert.Equal(t, "organisations failing 2 organisations; at least 3 needed: 1 organisations short", why[0].Facts[0].String())
	}
}
