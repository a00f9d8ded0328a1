package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadCase loads a case; without the success-regime spell when strip is
// set, so that the criteria alone decide.
func loadAreaCase(t *testing.T, name string, strip bool) *economy.Economy {
	t.Helper()
	e, err := cases.Load(name)
	require.NoError(t, err)
	if strip {
		var kept []economy.Spell
		for _, s := range e.Spells {
			if s.Regime != economy.SuccessRegime {
				kept = append(kept, s)
			}
		}
		e.Spells = kept
	}
	return &e
}

func decideOn(t *testing.T, ruleSet string, s regime.Subject, e *economy.Economy, date string, as ...regime.Assumption) regime.Decision {
	t.Helper()
	d := economy.MustDate(date)
	f, err := england.InForce(d)
	require.NoError(t, err)
	dec, err := f.Decide(regime.NewEnv(e, d).Assuming(as...), ruleSet, s)
	require.NoError(t, err)
	return dec
}

func chosenEntry(d regime.Decision) string {
	if len(d.Chosen) == 0 {
		return ""
	}
	return d.Chosen[0].Entry
}

// The success regime's first areas on the day it was announced, and a
// comparison area, as the public record shows them.
func TestSuccessRegimeRealAreas(t *testing.T) {
	tests := []struct {
		name        string
		giveCase    string
		giveStrip   bool
		wantVerdict regime.Verdict
		wantEntry   string
		wantRegime  economy.Regime
	}{
		{"essex in the regime", "essex_2015", false, regime.Met, "success_regime_spell", economy.SuccessRegime},
		{"devon in the regime", "north_new_devon_2015", false, regime.Met, "success_regime_spell", economy.SuccessRegime},
		{"cumbria in the regime", "north_cumbria_2015", false, regime.Met, "success_regime_spell", economy.SuccessRegime},
		// On its figures alone Essex meets every criterion: two failing
		// trusts, £21.2m of deficits, Mid Essex rated requires improvement,
		// Basildon in special measures from 2013.
		{"essex on its facts", "essex_2015", true, regime.Met, "success_regime_criteria", economy.SuccessRegime},
		// Devon's problem was money: NEW Devon CCG's deficits (with the
		// trusts' quality unknown in the record) meet "financial or
		// quality problems, or sometimes both".
		{"devon on its facts", "north_new_devon_2015", true, regime.Met, "success_regime_criteria", economy.SuccessRegime},
		// Two Cumbrian organisations were failing before the announcement:
		// NCUH in quality special measures since July 2013, and Cumbria
		// Partnership FT under Monitor's enforcement undertakings since
		// January 2014.
		{"cumbria on its facts", "north_cumbria_2015", true, regime.Met, "success_regime_criteria", economy.SuccessRegime},
		{"northumberland", "northumberland_2015", false, regime.Met, "no_area_regime", economy.RegimeUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := loadAreaCase(t, tt.giveCase, tt.giveStrip)
			d := decideOn(t, england.EconomyIntervention, regime.EconomySubject(e), e, "2015-06-03")
			assert.Equal(t, tt.wantVerdict, d.Verdict, d.Text())
			assert.Equal(t, tt.wantEntry, chosenEntry(d))
			r, _ := d.Ruling()
			assert.Equal(t, tt.wantRegime, r.Regime)
		})
	}
}

// A Met success-regime decision lists what the regime brings.
func TestSuccessRegimeDecisionBrings(t *testing.T) {
	e := loadAreaCase(t, "essex_2015", false)
	d := decideOn(t, england.EconomyIntervention, regime.EconomySubject(e), e, "2015-06-03")
	text := d.Text()
	assert.Contains(t, text, "Brings:\n")
	assert.Contains(t, text, "Essex £6.4m")
	assert.Contains(t, text, "support from high-performing health economies (NHS England, Monitor and NHS TDA, Success regime: programme descriptions (from memory), 2015 [unverified]")
}

// Devon and Cumbria were among the 11 challenged health economies of
// February 2014.
func TestChallengedEconomies2014(t *testing.T) {
	for _, name := range []string{"north_new_devon_2015", "north_cumbria_2015", "essex_2015"} {
		e := loadAreaCase(t, name, false)
		d := decideOn(t, england.EconomyIntervention, regime.EconomySubject(e), e, "2014-06-01")
		r, ok := d.Ruling()
		require.True(t, ok, d.Text())
		assert.Equal(t, economy.ChallengedHealthEconomy, r.Regime, name)
		assert.Equal(t, "che2014", d.Framework.ID)
	}
}

// NEW Devon CCG: rated inadequate for 2015/16 and under directions since
// August 2015, yet not one of the nine CCGs put into special measures in
// July 2016. Its deficits make its problems persistent; what kept it out
// of special measures was NHS England's judgement, which the decision
// asks for rather than guesses.
func TestNewDevonCCGLegalDirections(t *testing.T) {
	e := loadAreaCase(t, "north_new_devon_2015", false)
	s := regime.CommissionerSubject(&e.Commissioners[0])
	d := decideOn(t, england.CommissionerIntervention, s, e, "2016-07-21")
	require.Equal(t, regime.Unknown, d.Verdict)
	require.Len(t, d.Scenarios, 2)
	assert.Equal(t, economy.LegalDirections, d.Scenarios[0].Chosen[0].Regime, "can improve alone: directions")
	assert.Equal(t, economy.CommissionerSpecialMeasures, d.Scenarios[1].Chosen[0].Regime, "cannot: special measures")

	d = decideOn(t, england.CommissionerIntervention, s, e, "2016-07-21", regime.Assumption{Name: england.LeadershipCapabilityFact, Value: "yes"})
	r, ok := d.Ruling()
	require.True(t, ok, d.Text())
	assert.Equal(t, economy.LegalDirections, r.Regime)
	assert.Contains(t, d.Text(), "a direction issued on 2015-08-01 is in force")
	assert.Contains(t, d.Text(), "financial recovery plan, a leadership capability review")
}

// Northumberland CCG was rated inadequate for 2015/16 and directed from
// 1 September 2016; before its directions, its rating alone made it
// eligible.
func TestNorthumberlandCCG(t *testing.T) {
	e := loadAreaCase(t, "northumberland_2015", false)
	s := regime.CommissionerSubject(&e.Commissioners[0])
	yes := regime.Assumption{Name: england.LeadershipCapabilityFact, Value: "yes"}
	for _, date := range []string{"2016-07-21", "2016-09-01"} {
		d := decideOn(t, england.CommissionerIntervention, s, e, date, yes)
		r, ok := d.Ruling()
		require.True(t, ok, d.Text())
		assert.Equal(t, economy.LegalDirections, r.Regime, date)
	}
}
