package regimetest_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/regimetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var conformCite = economy.Citation{Document: "conformance test", Issuer: "failregime tests", Year: 2015}

func conformEnv() ([]regime.Env, []regime.Subject) {
	e := &economy.Economy{ID: "E", Name: "Area", Providers: []economy.Provider{{ID: "P", Name: "Trust", Kind: economy.KindNHSTrust}}}
	envs := []regime.Env{regime.NewEnv(e, economy.MustDate("2015-06-01"))}
	return envs, []regime.Subject{regime.ProviderSubject(&e.Providers[0]), regime.EconomySubject(e)}
}

func TestCheckRuleAcceptsAConformingRule(t *testing.T) {
	envs, subjects := conformEnv()
	nhs := regime.Predicate("nhs", "an NHS trust", conformCite, func(_ *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		p := s.Provider()
		if p == nil {
			w.Missing("provider")
			return regime.Unknown
		}
		return regime.VerdictOf(p.Kind == economy.KindNHSTrust)
	})
	r := regime.Named("rule", "a rule", conformCite, regime.Not(regime.Not(nhs)))
	assert.NoError(t, regimetest.CheckRule(r, envs, subjects))
}

// A rule breaking each part of the contract is reported, every violation
// at once.
func TestCheckRuleReportsEveryViolation(t *testing.T) {
	envs, subjects := conformEnv()
	calls := 0
	flaky := regime.Predicate("", "flaky", economy.Citation{}, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		calls++
		if w != nil {
			return regime.Met // the explained path disagrees
		}
		if calls%2 == 0 {
			return regime.NotMet
		}
		return regime.Unknown
	})
	mutates := regime.Predicate("mutates", "changes the economy", conformCite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		if p := s.Provider(); p != nil {
			p.Name += "!"
		}
		return regime.Met
	})
	err := regimetest.CheckRule(regime.All(flaky, mutates), envs, subjects)
	require.Error(t, err)
	broken := regimetest.CheckRule(regime.Named("broken", "broken", conformCite, regime.All(nil)), envs, subjects)
	require.Error(t, broken)
	msg := err.Error() + "\n" + broken.Error()
	for _, want := range []string{
		"construction:",
		`rule of kind "predicate" has no ID`,
		`rule "all" has no citation`,
		`rule "predicate" has no citation`,
		"the two paths must agree",
		"a rule must be deterministic",
		"changed the economy",
	} {
		assert.Contains(t, msg, want)
	}
}
