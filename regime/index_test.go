package regime_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Env's lookups by ID find what a search of the economy's lists finds
// (the first of an ID used twice, nothing for an unknown one), inside
// Decide through the index and outside it through the lists.
func TestEnvLookupsAgreeWithTheLists(t *testing.T) {
	e := &economy.Economy{ID: "E", Name: "E",
		Providers: []economy.Provider{
			{ID: "P1", Services: []economy.Service{{ID: "s1"}, {ID: "s2"}, {ID: "s1", Name: "second"}}},
			{ID: "P2"}, {ID: "P1", Name: "second"},
		},
		Commissioners: []economy.Commissioner{{ID: "C1"}, {ID: "C2"}, {ID: "C1", Name: "second"}},
	}
	check := func(t *testing.T, env *regime.Env) {
		for _, id := range []string{"P1", "P2", "P3", ""} {
			want, wok := e.Provider(id)
			got, ok := env.Provider(id)
			assert.Equal(t, wok, ok, id)
			assert.Same(t, want, got, id)
		}
		for _, id := range []string{"C1", "C2", "C3"} {
			want, wok := e.Commissioner(id)
			got, ok := env.Commissioner(id)
			assert.Equal(t, wok, ok, id)
			assert.Same(t, want, got, id)
		}
		for _, id := range []string{"s1", "s2", "s3"} {
			want, wok := e.Providers[0].Service(id)
			got, ok := env.Service(&e.Providers[0], id)
			assert.Equal(t, wok, ok, id)
			assert.Same(t, want, got, id)
		}
		_, ok := env.Service(nil, "s1")
		assert.False(t, ok)
	}
	t.Run("outside Decide", func(t *testing.T) {
		env := regime.NewEnv(e, day)
		check(t, &env)
	})
	t.Run("inside Decide", func(t *testing.T) {
		checked := false
		rule := regime.Predicate("lookups", "lookups", testCite, func(env *regime.Env, _ regime.Subject, _ *regime.Why) regime.Verdict {
			check(t, env)
			checked = true
			return regime.Met
		})
		f := oneRuleFramework(t, regime.SubjectEconomy, rule)
		_, err := f.Decide(regime.NewEnv(e, day), "rs", regime.EconomySubject(e))
		require.NoError(t, err)
		assert.True(t, checked)
	})
	var none regime.Env
	_, ok := none.Provider("P1")
	assert.False(t, ok)
	_, ok = none.Commissioner("C1")
	assert.False(t, ok)
}

// Env.Memo builds what a rule derives from the economy once per
// assessment, however many subjects read it, and every time outside one.
type countKey struct{}

func TestEnvMemoBuildsOncePerAssessment(t *testing.T) {
	builds := 0
	rule := regime.Predicate("derived", "derived", testCite, func(env *regime.Env, _ regime.Subject, _ *regime.Why) regime.Verdict {
		n := env.Memo(countKey{}, func(e *economy.Economy) any { builds++; return len(e.Providers) }).(int)
		return regime.VerdictOf(n == 3)
	})
	f := oneRuleFramework(t, regime.SubjectProvider, rule)
	e := testEconomy()
	a, err := f.Assess(regime.NewEnv(e, day))
	require.NoError(t, err)
	assert.Equal(t, 3, a.Summary.Met)
	assert.Equal(t, 1, builds, "three providers, one build")

	builds = 0
	env := regime.NewEnv(e, day)
	env.Memo(countKey{}, func(*economy.Economy) any { builds++; return 0 })
	env.Memo(countKey{}, func(*economy.Economy) any { builds++; return 0 })
	assert.Equal(t, 2, builds, "outside Decide and Assess nothing is kept")
}

// oneRuleFramework is a framework whose one rule set, "rs", applies rule
// to subjects of kind k.
func oneRuleFramework(t *testing.T, k regime.SubjectKind, rule regime.Rule) *regime.Framework {
	t.Helper()
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "rs", Policy: regime.First, AppliesTo: regime.KindsOf(k),
		Entries: []regime.Entry{{Priority: 1, Rule: rule, Decides: regime.Ruling{Code: "x", Text: "x"}}}})
	require.NoError(t, err)
	f, err := regime.NewFramework(regime.FrameworkSpec{ID: "one", Name: "one", From: economy.MustDate("2015-04-01"), RuleSets: []*regime.RuleSet{rs}})
	require.NoError(t, err)
	return f
}
