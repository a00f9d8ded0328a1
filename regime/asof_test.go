package regime_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// seesFuture reports, through its verdict, whether a rule can see any fact
// dated after the facts date: in its subject's provider or commissioner,
// or anywhere in the economy around it. Met: blind to the future.
var seesFuture = regime.Predicate("blind", "no fact from after the facts date", testCite,
	func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		d := env.FactsDate()
		late := func(p *economy.Provider) bool {
			for _, sp := range p.Governance.Spells {
				if sp.Start.After(d) || sp.End.After(d) {
					return true
				}
			}
			for _, i := range p.Inspections {
				if i.Published.After(d) {
					return true
				}
			}
			return false
		}
		if p := s.Provider(); p != nil && late(p) {
			w.Because("the subject shows " + p.ID + "'s future")
			return regime.NotMet
		}
		if c := s.Commissioner(); c != nil {
			for _, sp := range c.Spells {
				if sp.Start.After(d) {
					return regime.NotMet
				}
			}
		}
		if e := env.Economy(); e != nil {
			for i := range e.Providers {
				if late(&e.Providers[i]) {
					w.Because("the economy shows " + e.Providers[i].ID + "'s future")
					return regime.NotMet
				}
			}
		}
		return regime.Met
	})

func blindFramework(t *testing.T) *regime.Framework {
	t.Helper()
	all := regime.KindsOf(regime.SubjectProvider, regime.SubjectCommissioner, regime.SubjectEconomy, regime.SubjectService, regime.SubjectAsset)
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "rs", Policy: regime.First, AppliesTo: all,
		Entries: []regime.Entry{{Priority: 1, Rule: seesFuture, Decides: regime.Ruling{Code: "blind"}}}})
	require.NoError(t, err)
	f, err := regime.NewFramework(regime.FrameworkSpec{ID: "blind", Name: "blind", From: economy.MustDate("2010-01-01"), RuleSets: []*regime.RuleSet{rs}})
	require.NoError(t, err)
	return f
}

// Decide and Assess give rules the economy and the subject as they stood
// on the facts date: spells that began, and reports published, after it
// are out of sight; on a later day they are in sight.
func TestRulesSeeFactsAsTheyStood(t *testing.T) {
	f := blindFramework(t)
	e := testEconomy()
	e.Providers[0].Services = []economy.Service{{ID: "ae", Name: "A&E"}}
	e.Providers[0].Assets = []economy.Asset{{ID: "site", Description: "Main site"}}
	e.Commissioners[0].Spells = []economy.Spell{{Regime: economy.LegalDirections, Start: economy.MustDate("2015-05-01")}}
	before := clone(e)
	early := economy.MustDate("2015-03-15") // before the spells of 1 April 2015

	env := regime.NewEnv(e, day).WithFactsDate(early)
	subjects := []regime.Subject{
		regime.ProviderSubject(&e.Providers[0]),
		regime.ServiceSubject(&e.Providers[0], &e.Providers[0].Services[0]),
		regime.AssetSubject(&e.Providers[0], &e.Providers[0].Assets[0]),
		regime.CommissionerSubject(&e.Commissioners[0]),
		regime.EconomySubject(e),
	}
	for _, s := range subjects {
		d, err := f.Decide(env, "rs", s)
		require.NoError(t, err)
		assert.Equal(t, regime.Met, d.Verdict, "%s: %s", s.ID(), d.Text())
		assert.Equal(t, s.ID(), d.Subject.ID)
	}
	a, err := f.Assess(env)
	require.NoError(t, err)
	assert.Equal(t, a.Summary.Decisions, a.Summary.Met, a.Text())

	// A provider that is not in the economy is read as it stood too.
	stray := e.Providers[1]
	d, err := f.Decide(env, "rs", regime.ProviderSubject(&stray))
	require.NoError(t, err)
	assert.Equal(t, regime.Met, d.Verdict, d.Text())

	// On the day itself the spells are facts, and the rule sees them.
	later := regime.NewEnv(e, day)
	d, err = f.Decide(later, "rs", regime.ProviderSubject(&e.Providers[2]))
	require.NoError(t, err)
	assert.Equal(t, regime.Met, d.Verdict, "no future on 1 June: %s", d.Text())
	assert.True(t, economy.Equal(*before, *e), "Decide must not change the economy")
}

// The subject a decision reads is the one in the economy as it stood: a
// foundation trust authorised after the facts date is judged as the NHS
// trust it then was.
func TestSubjectAsItStood(t *testing.T) {
	kind := regime.Predicate("ft", "a foundation trust", testCite, func(_ *regime.Env, s regime.Subject, _ *regime.Why) regime.Verdict {
		return regime.VerdictOf(s.Provider().Kind == economy.KindFoundationTrust)
	})
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "rs", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{{Priority: 1, Rule: kind, Decides: regime.Ruling{Code: "ft"}}}})
	require.NoError(t, err)
	f, err := regime.NewFramework(regime.FrameworkSpec{ID: "k", Name: "k", From: economy.MustDate("2000-01-01"), RuleSets: []*regime.RuleSet{rs}})
	require.NoError(t, err)
	e := testEconomy()
	e.Providers[1].Authorised = economy.MustDate("2015-05-01")
	for _, tt := range []struct {
		facts string
		want  regime.Verdict
	}{{"2015-04-30", regime.NotMet}, {"2015-05-01", regime.Met}} {
		env := regime.NewEnv(e, day).WithFactsDate(economy.MustDate(tt.facts))
		d, err := f.Decide(env, "rs", regime.ProviderSubject(&e.Providers[1]))
		require.NoError(t, err)
		assert.Equal(t, tt.want, d.Verdict, tt.facts)
	}
}
