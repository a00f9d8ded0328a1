package regime

import "github.com/failregime/failregime/economy"

// Regime is the oversight or intervention regime a decision places an
// organisation or an area in, across the editions from 2008 to 2026. The
// words differ between editions (segment 4 in 2021, the provider
// improvement programme in 2025); each constant names the rung, and the
// rule sets of each edition cite the source that used it. The zero Regime
// is unknown.
type Regime uint8

// Regimes for providers, then commissioners, then whole health economies.
const (
	RegimeUnknown Regime = iota
	// Providers.
	RoutineOversight           // no concerns beyond routine monitoring
	EnhancedMonitoring         // closer, more frequent monitoring
	InvestigationConsidered    // a formal investigation or escalation is considered
	MandatedSupport            // mandated support or enforcement action (undertakings, licence conditions)
	QualitySpecialMeasures     // special measures for quality (from July 2013)
	FinancialSpecialMeasures   // special measures for finance (2016-2021)
	RecoverySupport            // recovery support programme, segment 4 (2021-2025)
	ProviderImprovement        // segment 5, provider improvement programme (2025/26)
	TrustSpecialAdministration // NHS Act 2006 Chapter 5A
	// Commissioners.
	CommissionerAssurance       // routine assurance of a CCG or ICB
	LegalDirections             // directions to a commissioner
	CommissionerSpecialMeasures // CCG special measures (from 2015)
	// Health economies.
	ChallengedHealthEconomy // the challenged health economies of 2014
	SuccessRegime           // the success regime of 2015
)

var regimeWords = words{"Regime", []string{
	"unknown", "routine_oversight", "enhanced_monitoring", "investigation_considered",
	"mandated_support", "quality_special_measures", "financial_special_measures",
	"recovery_support", "provider_improvement", "trust_special_administration",
	"commissioner_assurance", "legal_directions", "commissioner_special_measures",
	"challenged_health_economy", "success_regime",
}}

// String returns the regime's lower snake word, e.g. "success_regime".
func (r Regime) String() string { return regimeWords.name(uint8(r)) }

// MarshalText encodes r as its String word.
func (r Regime) MarshalText() ([]byte, error) { return regimeWords.marshal(uint8(r)) }

// UnmarshalText decodes a String word, ignoring case.
func (r *Regime) UnmarshalText(text []byte) error { return unmarshalWord(regimeWords, text, r) }

func (r Regime) valid() bool { return int(r) < len(regimeWords.names) }

// Intensity is how intrusive a regime is, on one ordinal scale shared by
// providers, commissioners and economies, so that decisions can be ranked.
// A larger value is more intensive. The zero Intensity is unknown.
type Intensity uint8

// Intensities, least intensive first.
const (
	IntensityUnknown Intensity = iota
	Routine                    // routine oversight or assurance
	Monitoring                 // enhanced monitoring
	Escalation                 // investigation or escalation considered; area-wide diagnosis
	Mandated                   // mandated support, enforcement, legal directions
	Special                    // special measures, recovery support, the success regime
	Failure                    // the failure regime proper: special administration, segment 5
)

var intensityWords = words{"Intensity", []string{
	"unknown", "routine", "monitoring", "escalation", "mandated", "special", "failure",
}}

// String returns the intensity's lower snake word, e.g. "special".
func (i Intensity) String() string { return intensityWords.name(uint8(i)) }

// MarshalText encodes i as its String word.
func (i Intensity) MarshalText() ([]byte, error) { return intensityWords.marshal(uint8(i)) }

// UnmarshalText decodes a String word, ignoring case.
func (i *Intensity) UnmarshalText(text []byte) error {
	return unmarshalWord(intensityWords, text, i)
}

func (i Intensity) valid() bool { return int(i) < len(intensityWords.names) }

// regimeRungs gives each regime its usual intensity and the economy
// intervention that records a spell in it. The intensities are this
// library's reading of the ladder, not a published scale: the editions
// rank their own steps, and an entry of a rule set may set its own.
var regimeRungs = [...]struct {
	intensity    Intensity
	intervention economy.Intervention
}{
	RegimeUnknown:               {IntensityUnknown, economy.InterventionUnknown},
	RoutineOversight:            {Routine, economy.InterventionUnknown},
	EnhancedMonitoring:          {Monitoring, economy.EnhancedMonitoring},
	InvestigationConsidered:     {Escalation, economy.InterventionUnknown},
	MandatedSupport:             {Mandated, economy.EnforcementUndertakings},
	QualitySpecialMeasures:      {Special, economy.QualitySpecialMeasures},
	FinancialSpecialMeasures:    {Special, economy.FinancialSpecialMeasures},
	RecoverySupport:             {Special, economy.RecoverySupportProgramme},
	ProviderImprovement:         {Failure, economy.ProviderImprovementProgramme},
	TrustSpecialAdministration:  {Failure, economy.TrustSpecialAdministration},
	CommissionerAssurance:       {Routine, economy.InterventionUnknown},
	LegalDirections:             {Mandated, economy.LegalDirections},
	CommissionerSpecialMeasures: {Special, economy.CommissionerSpecialMeasures},
	ChallengedHealthEconomy:     {Escalation, economy.ChallengedHealthEconomy},
	SuccessRegime:               {Special, economy.SuccessRegime},
}

// Intensity returns the usual intensity of r (IntensityUnknown when r is
// unknown or out of range).
func (r Regime) Intensity() Intensity {
	if int(r) < len(regimeRungs) {
		return regimeRungs[r].intensity
	}
	return IntensityUnknown
}

// Intervention returns the economy intervention that records a spell in r,
// or false for regimes that are not an intervention (routine oversight, an
// investigation considered, routine assurance).
func (r Regime) Intervention() (economy.Intervention, bool) {
	if int(r) < len(regimeRungs) && regimeRungs[r].intervention != economy.InterventionUnknown {
		return regimeRungs[r].intervention, true
	}
	return economy.InterventionUnknown, false
}

// RegimeOf returns the regime that an economy intervention records, or
// false when none does.
func RegimeOf(i economy.Intervention) (Regime, bool) {
	if i == economy.SignificantBreach {
		return MandatedSupport, true // a finding of breach leads to the same rung as enforcement
	}
	for r := range regimeRungs {
		if i != economy.InterventionUnknown && regimeRungs[r].intervention == i {
			return Regime(r), true
		}
	}
	return RegimeUnknown, false
}

// MostIntensive returns the decision whose chosen result is the most
// intensive among ds, the earliest on ties, and false when no decision
// chose anything. Only Met decisions count: an Unknown decision might have
// gone either way.
func MostIntensive(ds ...Decision) (Decision, bool) {
	best, found := -1, false
	var bestI Intensity
	for i := range ds {
		r, ok := ds[i].Result()
		if !ok {
			continue
		}
		if in := r.EffectiveIntensity(); !found || in > bestI {
			best, bestI, found = i, in, true
		}
	}
	if !found {
		return Decision{}, false
	}
	return ds[best], true
}
