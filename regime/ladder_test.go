package regime_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
)

func TestLadder(t *testing.T) {
	tests := []struct {
		give             regime.Regime
		wantIntensity    regime.Intensity
		wantIntervention economy.Intervention
	}{
		{regime.RoutineOversight, regime.Routine, economy.InterventionUnknown},
		{regime.EnhancedMonitoring, regime.Monitoring, economy.EnhancedMonitoring},
		{regime.InvestigationConsidered, regime.Escalation, economy.InterventionUnknown},
		{regime.MandatedSupport, regime.Mandated, economy.EnforcementUndertakings},
		{regime.QualitySpecialMeasures, regime.Special, economy.QualitySpecialMeasures},
		{regime.FinancialSpecialMeasures, regime.Special, economy.FinancialSpecialMeasures},
		{regime.RecoverySupport, regime.Special, economy.RecoverySupportProgramme},
		{regime.ProviderImprovement, regime.Failure, economy.ProviderImprovementProgramme},
		{regime.TrustSpecialAdministration, regime.Failure, economy.TrustSpecialAdministration},
		{regime.CommissionerAssurance, regime.Routine, economy.InterventionUnknown},
		{regime.LegalDirections, regime.Mandated, economy.LegalDirections},
		{regime.CommissionerSpecialMeasures, regime.Special, economy.CommissionerSpecialMeasures},
		{regime.ChallengedHealthEconomy, regime.Escalation, economy.ChallengedHealthEconomy},
		{regime.SuccessRegime, regime.Special, economy.SuccessRegime},
	}
	for _, tt := range tests {
		t.Run(tt.give.String(), func(t *testing.T) {
			assert.Equal(t, tt.wantIntensity, tt.give.Intensity())
			i, ok := tt.give.Intervention()
			assert.Equal(t, tt.wantIntervention, i)
			assert.Equal(t, tt.wantIntervention != economy.InterventionUnknown, ok)
			if ok {
				back, ok := regime.RegimeOf(i)
				assert.True(t, ok)
				assert.Equal(t, tt.give, back)
			}
		})
	}
	assert.Equal(t, regime.IntensityUnknown, regime.RegimeUnknown.Intensity())
	assert.Equal(t, regime.IntensityUnknown, regime.Regime(200).Intensity())
	r, ok := regime.RegimeOf(economy.SignificantBreach)
	assert.True(t, ok)
	assert.Equal(t, regime.MandatedSupport, r)
	_, ok = regime.RegimeOf(economy.InterventionUnknown)
	assert.False(t, ok)
	assert.Equal(t, "quality_special_measures (mandated): label", regime.Result{Regime: regime.QualitySpecialMeasures, Intensity: regime.Mandated, Label: "label"}.String())
}

// Every entry of the fixture agrees with itself on both paths, for every
// subject, on several dates.
func TestPathsAgreeOnFixture(t *testing.T) {
	fx := newFixture()
	e := testEconomy()
	for _, date := range []economy.Date{day, economy.MakeDate(2015, 2, 1), economy.MakeDate(2013, 1, 1)} {
		env := regime.NewEnv(e, date).WithParams(fx.fw)
		for _, s := range regime.Subjects(e) {
			for _, rs := range fx.fw.RuleSets() {
				for _, en := range rs.Entries() {
					assert.Equal(t, en.Rule.Eval(&env, s), en.Rule.Explain(&env, s).Verdict, "%s %s %s", date, s, en.Rule.Info().ID)
				}
			}
		}
	}
}
