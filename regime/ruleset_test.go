package regime_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ruleSet(t *testing.T, policy regime.Policy, entries ...regime.Entry) *regime.RuleSet {
	t.Helper()
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "rs", Policy: policy, AppliesTo: regime.KindsOf(regime.SubjectProvider), Entries: entries})
	require.NoError(t, err)
	return rs
}

func entry(prio int, id string, v regime.Verdict, r economy.Regime) regime.Entry {
	return regime.Entry{Priority: prio, Rule: regime.Const(id, v), Decides: regime.Ruling{Regime: r}}
}

func TestRuleSetPriorityTie(t *testing.T) {
	_, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "rs", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{entry(1, "a", M, economy.EnhancedMonitoring), entry(2, "b", M, economy.RoutineOversight), entry(1, "c", N, economy.QualitySpecialMeasures)}})
	require.ErrorIs(t, err, regime.ErrPriorityTie)
	assert.Contains(t, err.Error(), `"a" and "c"`)

	// Collect may share priorities: every match is kept anyway
	_, err = regime.NewRuleSet(regime.RuleSetSpec{ID: "rs", Policy: regime.Collect, AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{entry(1, "a", M, economy.EnhancedMonitoring), entry(1, "c", N, economy.QualitySpecialMeasures)}})
	assert.NoError(t, err)
}

func TestRuleSetConstructionErrors(t *testing.T) {
	var nilRule regime.Rule
	_, err := regime.NewRuleSet(regime.RuleSetSpec{Entries: []regime.Entry{
		{Priority: 1, Rule: nilRule, Decides: regime.Ruling{Code: "x"}},
		{Priority: 2, Rule: regime.Const("a", M)},
		{Priority: 3, Rule: regime.Const("a", M), Decides: regime.Ruling{Code: "y"}},
		{Priority: 4, Rule: regime.All(nilRule), Decides: regime.Ruling{Code: "z"}},
	}})
	require.Error(t, err)
	for _, want := range []string{"empty id", "unknown policy", "applies to no subject kind", "nil rule", "decides nothing", "duplicate id"} {
		assert.Contains(t, err.Error(), want)
	}
	assert.ErrorIs(t, err, regime.ErrNilRule)
	assert.ErrorIs(t, err, regime.ErrDuplicateID)
}

func TestRuleSetFirst(t *testing.T) {
	tests := []struct {
		name          string
		give          []regime.Entry
		wantVerdict   regime.Verdict
		wantChosen    []string
		wantUndecided []string
	}{
		{"first match wins", []regime.Entry{entry(2, "b", M, economy.EnhancedMonitoring), entry(1, "a", M, economy.QualitySpecialMeasures)}, M, []string{"a"}, nil},
		{"skips not met", []regime.Entry{entry(1, "a", N, economy.QualitySpecialMeasures), entry(2, "b", M, economy.EnhancedMonitoring)}, M, []string{"b"}, nil},
		{"earlier unknown makes it unknown", []regime.Entry{entry(1, "a", U, economy.QualitySpecialMeasures), entry(2, "b", N, economy.EnhancedMonitoring), entry(3, "c", M, economy.RoutineOversight)}, U, nil, []string{"a", "c"}},
		{"later unknown does not matter", []regime.Entry{entry(1, "a", M, economy.QualitySpecialMeasures), entry(2, "b", U, economy.EnhancedMonitoring)}, M, []string{"a"}, nil},
		{"nothing matches", []regime.Entry{entry(1, "a", N, economy.QualitySpecialMeasures)}, N, nil, nil},
		{"nothing matches, one unknown", []regime.Entry{entry(1, "a", N, economy.QualitySpecialMeasures), entry(2, "b", U, economy.RoutineOversight)}, U, nil, []string{"b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := ruleSet(t, regime.First, tt.give...)
			f, err := regime.NewFramework(regime.FrameworkSpec{ID: "f", Name: "f", From: day, RuleSets: []*regime.RuleSet{rs}})
			require.NoError(t, err)
			e := testEconomy()
			env := regime.NewEnv(e, day)
			s := regime.ProviderSubject(&e.Providers[0])
			d, err := f.Decide(env, "rs", s)
			require.NoError(t, err)
			assert.Equal(t, tt.wantVerdict, d.Verdict)
			assert.Equal(t, tt.wantChosen, entries(d.Chosen))
			assert.Equal(t, tt.wantUndecided, entries(d.Undecided))
			res, v := rs.Match(&env, s)
			assert.Equal(t, tt.wantVerdict, v, "Match agrees with Decide")
			got, ok := d.Ruling()
			assert.Equal(t, tt.wantVerdict == M, ok)
			assert.Equal(t, got, res)
		})
	}
}

func entries(cs []regime.Choice) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Entry)
	}
	return out
}

func TestRuleSetCollect(t *testing.T) {
	tests := []struct {
		name          string
		give          []regime.Entry
		wantVerdict   regime.Verdict
		wantChosen    []string
		wantUndecided []string
	}{
		{"all matches in priority order", []regime.Entry{entry(3, "c", M, economy.RoutineOversight), entry(1, "a", M, economy.QualitySpecialMeasures), entry(2, "b", N, economy.EnhancedMonitoring)}, M, []string{"a", "c"}, nil},
		{"an unknown leaves it open", []regime.Entry{entry(1, "a", M, economy.QualitySpecialMeasures), entry(2, "b", U, economy.EnhancedMonitoring)}, U, []string{"a"}, []string{"b"}},
		{"none", []regime.Entry{entry(1, "a", N, economy.QualitySpecialMeasures)}, N, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := ruleSet(t, regime.Collect, tt.give...)
			f, err := regime.NewFramework(regime.FrameworkSpec{ID: "f", Name: "f", From: day, RuleSets: []*regime.RuleSet{rs}})
			require.NoError(t, err)
			e := testEconomy()
			env := regime.NewEnv(e, day)
			s := regime.ProviderSubject(&e.Providers[0])
			d, err := f.Decide(env, "rs", s)
			require.NoError(t, err)
			assert.Equal(t, tt.wantVerdict, d.Verdict)
			assert.Equal(t, tt.wantChosen, entries(d.Chosen))
			assert.Equal(t, tt.wantUndecided, entries(d.Undecided))
			_, v := rs.Match(&env, s)
			assert.Equal(t, tt.wantVerdict, v)
		})
	}
}

func TestDecideErrors(t *testing.T) {
	fx := newFixture()
	e := testEconomy()
	_, err := fx.fw.Decide(regime.NewEnv(e, day), "nope", regime.EconomySubject(e))
	assert.ErrorIs(t, err, regime.ErrUnknownRuleSet)
	_, err = fx.fw.Decide(regime.NewEnv(e, day), "intervention", regime.EconomySubject(e))
	assert.ErrorIs(t, err, regime.ErrSubjectKind)
	_, err = fx.fw.Decide(regime.NewEnv(e, day), "intervention", regime.Subject{})
	assert.ErrorIs(t, err, regime.ErrSubjectKind)
}

func TestMostIntensive(t *testing.T) {
	fx := newFixture()
	e := testEconomy()
	var ds []regime.Decision
	for i := range e.Providers {
		d, err := fx.fw.Decide(regime.NewEnv(e, day), "intervention", regime.ProviderSubject(&e.Providers[i]))
		require.NoError(t, err)
		ds = append(ds, d)
	}
	top, ok := regime.MostIntensive(ds...)
	require.True(t, ok)
	assert.Equal(t, "RA1", top.Subject.ID)
	r, _ := top.Ruling()
	assert.Equal(t, economy.QualitySpecialMeasures, r.Regime)
	assert.Equal(t, economy.IntensitySpecial, r.EffectiveIntensity())
	_, ok = regime.MostIntensive(ds[2]) // unknown: fails closed
	assert.False(t, ok)
}
