package regime

import (
	"encoding/json"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// assessFramework is a test-only edition: providers in quality special
// measures are in it; other providers whose licence is known are routine
// (one whose licence is not given is unknown); and
// the area is in the success regime when two or more providers are in
// special measures.
func assessFramework(t *testing.T) *Framework {
	t.Helper()
	cite := economy.Citation{Document: "test"}
	inSM := func(env *Env, s Subject, w *Why) Verdict {
		if s.Provider().Licensed == nil {
			w.Missing("licensed")
			return Unknown
		}
		_, ok := economy.SpellOf(s.Provider().Governance.Spells, economy.QualitySpecialMeasures, env.FactsDate())
		return VerdictOf(ok)
	}
	providers, err := NewRuleSet(RuleSetSpec{ID: "p", Policy: First, AppliesTo: KindsOf(SubjectProvider), Entries: []Entry{
		{Priority: 1, Rule: Predicate("sm", "in special measures", cite, inSM), Decides: Ruling{Regime: economy.QualitySpecialMeasures}},
		{Priority: 2, Rule: Always("routine", "otherwise", cite), Decides: Ruling{Regime: economy.RoutineOversight}},
	}})
	require.NoError(t, err)
	area, err := NewRuleSet(RuleSetSpec{ID: "e", Policy: First, AppliesTo: KindsOf(SubjectEconomy), Entries: []Entry{
		{Priority: 1, Rule: CompareInt("failing", "providers in special measures", func(env *Env, s Subject) (int64, bool) {
			var n int64
			for _, p := range s.Economy().Providers {
				if _, ok := economy.SpellOf(p.Governance.Spells, economy.QualitySpecialMeasures, env.FactsDate()); ok {
					n++
				}
			}
			return n, true
		}, GE, FixedInt(2), "providers", cite), Decides: Ruling{Regime: economy.SuccessRegime}},
	}})
	require.NoError(t, err)
	f, err := NewFramework(FrameworkSpec{ID: "t", Name: "Test", Edition: "2015/16", From: economy.MustDate("2015-04-01"), RuleSets: []*RuleSet{providers, area}})
	require.NoError(t, err)
	return f
}

func assessEconomy() *economy.Economy {
	sm := []economy.Spell{{Regime: economy.QualitySpecialMeasures, Start: economy.MustDate("2013-07-16")}}
	licensed := true
	return &economy.Economy{ID: "E", Name: "Area", Providers: []economy.Provider{
		{ID: "A", Name: "Trust A", Kind: economy.KindNHSTrust, Licensed: &licensed, Governance: economy.Governance{Spells: sm},
			Services: []economy.Service{{ID: "ae", Name: "A&E"}}},
		{ID: "B", Name: "Trust B", Kind: economy.KindNHSTrust, Licensed: &licensed, Governance: economy.Governance{Spells: sm}},
		{ID: "C", Name: "Trust C", Kind: economy.KindNHSTrust},
	}, Commissioners: []economy.Commissioner{{ID: "X", Name: "CCG X", Kind: economy.CCG}}}
}

func TestAssessOrderAndSummary(t *testing.T) {
	f := assessFramework(t)
	e := assessEconomy()
	a, err := f.Assess(NewEnv(e, economy.MustDate("2015-06-03")))
	require.NoError(t, err)

	var got []string
	for _, d := range a.Decisions {
		got = append(got, d.Subject.ID+":"+d.RuleSet+":"+d.Verdict.String())
	}
	// Providers in order (the service has no rule set here), then the area.
	assert.Equal(t, []string{"A:p:met", "B:p:met", "C:p:unknown", "E:e:met"}, got)
	assert.Equal(t, Summary{Decisions: 4, Met: 3, Unknown: 1, Highest: []Standing{
		{Subject: SubjectRef{Kind: SubjectProvider, ID: "A", Name: "Trust A"}, Regime: economy.QualitySpecialMeasures, Intensity: economy.IntensitySpecial, RuleSet: "p", Decided: true},
		{Subject: SubjectRef{Kind: SubjectProvider, ID: "B", Name: "Trust B"}, Regime: economy.QualitySpecialMeasures, Intensity: economy.IntensitySpecial, RuleSet: "p", Decided: true},
		{Subject: SubjectRef{Kind: SubjectProvider, ID: "C", Name: "Trust C"}, Unknown: 1},
		{Subject: SubjectRef{Kind: SubjectEconomy, ID: "E", Name: "Area"}, Regime: economy.SuccessRegime, Intensity: economy.IntensitySpecial, RuleSet: "e", Decided: true},
	}}, a.Summary)
	assert.Equal(t, []Tally{{economy.QualitySpecialMeasures, 2}, {economy.SuccessRegime, 1}, {economy.RegimeUnknown, 1}}, a.Summary.ByRegime())

	text := a.Text()
	assert.Contains(t, text, "Area (E) on 2015-06-03\nunder Test 2015/16 [t, sha256:")
	assert.Contains(t, text, "4 decisions: 3 met, 0 not met, 1 unknown\n")
	assert.Contains(t, text, "  provider C Trust C: not decided: facts missing; 1 decision(s) unknown for lack of facts\n")
	assert.Contains(t, text, "  economy E Area: success_regime (special)\n")
}

func TestAssessFactsDateAndDeterminism(t *testing.T) {
	f := assessFramework(t)
	e := assessEconomy()
	// Judged on 2015 rules but with the facts of 2012, before the spells.
	a, err := f.Assess(NewEnv(e, economy.MustDate("2015-06-03")).WithFactsDate(economy.MustDate("2012-01-01")))
	require.NoError(t, err)
	assert.Equal(t, "2012-01-01", a.FactsDate.String())
	assert.Contains(t, a.Text(), ", facts as of 2012-01-01")
	assert.Equal(t, economy.RoutineOversight, a.Summary.Highest[0].Regime)

	first, err := json.Marshal(a)
	require.NoError(t, err)
	for i := 0; i < 20; i++ {
		again, err := f.Assess(NewEnv(e, economy.MustDate("2015-06-03")).WithFactsDate(economy.MustDate("2012-01-01")))
		require.NoError(t, err)
		b, err := json.Marshal(again)
		require.NoError(t, err)
		require.Equal(t, string(first), string(b))
	}
}

func TestAssessRefusesNothingToJudge(t *testing.T) {
	var nilFramework *Framework
	_, err := nilFramework.Assess(NewEnv(assessEconomy(), economy.MustDate("2015-06-03")))
	assert.ErrorContains(t, err, "nil framework")
	assert.ErrorIs(t, err, ErrInvalidInput)
	_, err = assessFramework(t).Assess(NewEnv(nil, economy.MustDate("2015-06-03")))
	assert.ErrorContains(t, err, "no economy")
	assert.ErrorIs(t, err, ErrInvalidInput)
}

// A Met decision that chose no regime is a decided standing, never shown
// as missing facts; an unknown one is never shown as decided.
func TestStandingText(t *testing.T) {
	ds := []Decision{
		{Subject: SubjectRef{Kind: SubjectEconomy, ID: "N"}, RuleSet: "e", Verdict: Met,
			Chosen: []Choice{{Entry: "otherwise", Verdict: Met, Ruling: Ruling{Code: "no_area_wide_regime", Text: "no area-wide regime"}}}},
		{Subject: SubjectRef{Kind: SubjectProvider, ID: "U"}, RuleSet: "p", Verdict: Unknown},
		{Subject: SubjectRef{Kind: SubjectProvider, ID: "R"}, RuleSet: "p", Verdict: Met,
			Chosen: []Choice{{Entry: "routine", Verdict: Met, Ruling: Ruling{Regime: economy.RoutineOversight}}}},
	}
	s := Summarise(ds)
	require.Len(t, s.Highest, 3)
	assert.Equal(t, Standing{Subject: ds[0].Subject, RuleSet: "e", Decided: true, Code: "no_area_wide_regime"}, s.Highest[0])
	assert.Equal(t, "decided: no regime applies (no_area_wide_regime)", s.Highest[0].Text())
	assert.False(t, s.Highest[1].Decided)
	assert.Equal(t, "not decided: facts missing", s.Highest[1].Text())
	assert.Equal(t, "routine_oversight (routine)", s.Highest[2].Text())
}
