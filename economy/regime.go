package economy

import "github.com/failregime/failregime/internal/enum"

// Regime is an oversight or intervention regime: what a regulator put an
// organisation or an area into, as the record shows it in a [Spell], and
// what the regime package decides it is eligible for. One vocabulary
// serves both, so a decision and the record compare directly. The words
// of the editions differ (segment 4 in 2021, the provider improvement
// programme in 2025); each constant names the rung, and the rules that
// decide it cite the source that used it. The zero Regime is unknown.
type Regime uint8

// Regimes for providers, then commissioners, then whole health economies.
const (
	RegimeUnknown Regime = iota
	// Providers.
	RoutineOversight             // no concerns beyond routine monitoring
	EnhancedMonitoring           // closer, more frequent monitoring (Monitor, NHS TDA)
	InvestigationConsidered      // a formal investigation or escalation is considered
	SignificantBreach            // Monitor found a significant breach of authorisation or licence
	EnforcementUndertakings      // formal undertakings given to the regulator
	MandatedSupport              // mandated support or enforcement action (undertakings, licence conditions)
	QualitySpecialMeasures       // special measures for quality (from July 2013)
	FinancialSpecialMeasures     // special measures for finance (July 2016 - July 2021)
	RecoverySupportProgramme     // segment 4 support, July 2021 - 2025
	ProviderImprovementProgramme // segment 5 support, from 2025/26
	TrustSpecialAdministration   // NHS Act 2006 Chapter 5A
	// Commissioners.
	CommissionerAssurance       // routine assurance of a PCT, CCG or ICB
	LegalDirections             // directions to a commissioner
	CommissionerSpecialMeasures // CCG special measures (from 2015)
	// Health economies.
	ChallengedHealthEconomy // the 11 areas of February 2014
	SuccessRegime           // the areas of June 2015
)

var regimeWords = enum.New("Regime",
	"unknown", "routine_oversight", "enhanced_monitoring", "investigation_considered",
	"significant_breach", "enforcement_undertakings", "mandated_support",
	"quality_special_measures", "financial_special_measures",
	"recovery_support_programme", "provider_improvement_programme", "trust_special_administration",
	"commissioner_assurance", "legal_directions", "commissioner_special_measures",
	"challenged_health_economy", "success_regime")

// String returns the regime's lower snake word, e.g. "success_regime".
func (r Regime) String() string { return regimeWords.Name(uint8(r)) }

// MarshalText encodes r as its word.
func (r Regime) MarshalText() ([]byte, error) { return regimeWords.Marshal(uint8(r)) }

// UnmarshalText decodes a word; an unknown word is an *EnumError naming
// the allowed words.
func (r *Regime) UnmarshalText(b []byte) error { return enum.Unmarshal(regimeWords, b, r) }

// Valid reports whether r is one of the constants above.
func (r Regime) Valid() bool { return regimeWords.Valid(uint8(r)) }

// Regimes returns every regime but RegimeUnknown, in the order above.
func Regimes() []Regime {
	out := make([]Regime, 0, regimeWords.Len()-1)
	for i := 1; i < regimeWords.Len(); i++ {
		out = append(out, Regime(i))
	}
	return out
}

// Intensity is how intrusive a regime is, on one ordinal scale shared by
// providers, commissioners and economies, so that decisions can be
// ranked. A larger value is more intensive. The zero Intensity is
// unknown. The scale is this library's reading of the ladder, not a
// published one.
type Intensity uint8

// Intensities, least intensive first.
const (
	IntensityUnknown    Intensity = iota
	IntensityRoutine              // routine oversight or assurance
	IntensityMonitoring           // enhanced monitoring
	IntensityEscalation           // investigation or escalation considered; area-wide diagnosis
	IntensityMandated             // mandated support, enforcement, legal directions
	IntensitySpecial              // special measures, recovery support, the success regime
	IntensityFailure              // the failure regime proper: special administration, segment 5
)

var intensityWords = enum.New("Intensity",
	"unknown", "routine", "monitoring", "escalation", "mandated", "special", "failure")

// String returns the intensity's lower snake word, e.g. "special".
func (i Intensity) String() string { return intensityWords.Name(uint8(i)) }

// MarshalText encodes i as its word.
func (i Intensity) MarshalText() ([]byte, error) { return intensityWords.Marshal(uint8(i)) }

// UnmarshalText decodes a word; an unknown word is an *EnumError.
func (i *Intensity) UnmarshalText(b []byte) error { return enum.Unmarshal(intensityWords, b, i) }

// Valid reports whether i is one of the constants above.
func (i Intensity) Valid() bool { return intensityWords.Valid(uint8(i)) }

// rungs gives each regime its usual intensity and the rung a decision
// names for it: a recorded finding of significant breach, or undertakings,
// are the rung of mandated support.
var rungs = [...]struct {
	intensity Intensity
	rung      Regime
}{
	RegimeUnknown:                {IntensityUnknown, RegimeUnknown},
	RoutineOversight:             {IntensityRoutine, RoutineOversight},
	EnhancedMonitoring:           {IntensityMonitoring, EnhancedMonitoring},
	InvestigationConsidered:      {IntensityEscalation, InvestigationConsidered},
	SignificantBreach:            {IntensityMandated, MandatedSupport},
	EnforcementUndertakings:      {IntensityMandated, MandatedSupport},
	MandatedSupport:              {IntensityMandated, MandatedSupport},
	QualitySpecialMeasures:       {IntensitySpecial, QualitySpecialMeasures},
	FinancialSpecialMeasures:     {IntensitySpecial, FinancialSpecialMeasures},
	RecoverySupportProgramme:     {IntensitySpecial, RecoverySupportProgramme},
	ProviderImprovementProgramme: {IntensityFailure, ProviderImprovementProgramme},
	TrustSpecialAdministration:   {IntensityFailure, TrustSpecialAdministration},
	CommissionerAssurance:        {IntensityRoutine, CommissionerAssurance},
	LegalDirections:              {IntensityMandated, LegalDirections},
	CommissionerSpecialMeasures:  {IntensitySpecial, CommissionerSpecialMeasures},
	ChallengedHealthEconomy:      {IntensityEscalation, ChallengedHealthEconomy},
	SuccessRegime:                {IntensitySpecial, SuccessRegime},
}

// Intensity returns r's usual intensity (IntensityUnknown when r is
// unknown or out of range).
func (r Regime) Intensity() Intensity {
	if int(r) < len(rungs) {
		return rungs[r].intensity
	}
	return IntensityUnknown
}

// Rung returns the regime a decision names for a recorded spell in r:
// r itself, except that significant breach and enforcement undertakings
// are the rung of mandated support.
func (r Regime) Rung() Regime {
	if int(r) < len(rungs) {
		return rungs[r].rung
	}
	return RegimeUnknown
}

// Intervention reports whether being in r is an intervention rather than
// routine oversight or assurance, or a step that is only considered: only
// interventions are recorded as spells that change what happens next.
func (r Regime) Intervention() bool {
	switch r {
	case RegimeUnknown, RoutineOversight, InvestigationConsidered, CommissionerAssurance:
		return false
	}
	return r.Valid()
}
