package economy_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
)

func TestRegimeLadder(t *testing.T) {
	tests := []struct {
		give         economy.Regime
		intensity    economy.Intensity
		rung         economy.Regime
		intervention bool
	}{
		{economy.RoutineOversight, economy.IntensityRoutine, economy.RoutineOversight, false},
		{economy.EnhancedMonitoring, economy.IntensityMonitoring, economy.EnhancedMonitoring, true},
		{economy.InvestigationConsidered, economy.IntensityEscalation, economy.InvestigationConsidered, false},
		{economy.SignificantBreach, economy.IntensityMandated, economy.MandatedSupport, true},
		{economy.EnforcementUndertakings, economy.IntensityMandated, economy.MandatedSupport, true},
		{economy.MandatedSupport, economy.IntensityMandated, economy.MandatedSupport, true},
		{economy.QualitySpecialMeasures, economy.IntensitySpecial, economy.QualitySpecialMeasures, true},
		{economy.FinancialSpecialMeasures, economy.IntensitySpecial, economy.FinancialSpecialMeasures, true},
		{economy.RecoverySupportProgramme, economy.IntensitySpecial, economy.RecoverySupportProgramme, true},
		{economy.ProviderImprovementProgramme, economy.IntensityFailure, economy.ProviderImprovementProgramme, true},
		{economy.TrustSpecialAdministration, economy.IntensityFailure, economy.TrustSpecialAdministration, true},
		{economy.CommissionerAssurance, economy.IntensityRoutine, economy.CommissionerAssurance, false},
		{economy.LegalDirections, economy.IntensityMandated, economy.LegalDirections, true},
		{economy.CommissionerSpecialMeasures, economy.IntensitySpecial, economy.CommissionerSpecialMeasures, true},
		{economy.ChallengedHealthEconomy, economy.IntensityEscalation, economy.ChallengedHealthEconomy, true},
		{economy.SuccessRegime, economy.IntensitySpecial, economy.SuccessRegime, true},
	}
	assert.Len(t, economy.Regimes(), len(tests), "every regime is in the table")
	for _, tt := range tests {
		t.Run(tt.give.String(), func(t *testing.T) {
			assert.Equal(t, tt.intensity, tt.give.Intensity())
			assert.Equal(t, tt.rung, tt.give.Rung())
			assert.Equal(t, tt.intervention, tt.give.Intervention())
		})
	}
	assert.Equal(t, economy.IntensityUnknown, economy.RegimeUnknown.Intensity())
	assert.Equal(t, economy.IntensityUnknown, economy.Regime(200).Intensity())
	assert.Equal(t, economy.RegimeUnknown, economy.Regime(200).Rung())
	assert.False(t, economy.Regime(200).Intervention())
	assert.False(t, economy.RegimeUnknown.Intervention())
}
