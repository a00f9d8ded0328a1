package economy

// Intervention is a regime a regulator has put an organisation or an area
// into. Providers, commissioners and economies record the spells they were
// in; the regime package decides which they are eligible for.
type Intervention uint8

// Interventions. The zero value means not given.
const (
	InterventionUnknown          Intervention = iota
	EnhancedMonitoring                        // closer, more frequent monitoring (Monitor, NHS TDA)
	SignificantBreach                         // Monitor found a significant breach of authorisation or licence
	EnforcementUndertakings                   // formal undertakings or licence conditions imposed
	QualitySpecialMeasures                    // special measures for quality (from July 2013)
	FinancialSpecialMeasures                  // special measures for finance (July 2016 - July 2021)
	TrustSpecialAdministration                // NHS Act 2006 Chapter 5A
	RecoverySupportProgramme                  // segment 4 support, July 2021 - 2025
	ProviderImprovementProgramme              // segment 5 support, 2025/26
	LegalDirections                           // directions to a CCG or ICB
	CommissionerSpecialMeasures               // CCG special measures (from 2015)
	ChallengedHealthEconomy                   // the 11 areas of February 2014
	SuccessRegime                             // the areas of June 2015
)

var interventionWords = enumWords{"Intervention", []string{
	"unknown", "enhanced_monitoring", "significant_breach", "enforcement_undertakings",
	"quality_special_measures", "financial_special_measures", "trust_special_administration",
	"recovery_support_programme", "provider_improvement_programme", "legal_directions",
	"commissioner_special_measures", "challenged_health_economy", "success_regime",
}}

// String returns the lower snake word of the Intervention.
func (i Intervention) String() string { return interventionWords.name(uint8(i)) }

// MarshalText encodes the Intervention as its lower snake word.
func (i Intervention) MarshalText() ([]byte, error) { return interventionWords.marshal(uint8(i)) }

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (i *Intervention) UnmarshalText(b []byte) error { return unmarshalEnum(interventionWords, b, i) }

// Spell is a period an organisation or area spent in an intervention. An
// open spell has a zero End.
type Spell struct {
	Intervention Intervention `json:"intervention"`
	Start        Date         `json:"start"`
	End          Date         `json:"end,omitzero"`
	Reason       string       `json:"reason,omitempty"`
	Source       *Citation    `json:"source,omitempty"`
}

// InForce reports whether the spell covers date.
func (s Spell) InForce(date Date) bool {
	return !s.Start.IsZero() && !date.Before(s.Start) && (s.End.IsZero() || date.Before(s.End))
}

// BreachStatus says how far a licence or authorisation breach is
// established.
type BreachStatus uint8

// Breach statuses. The zero value means not given.
const (
	BreachStatusUnknown BreachStatus = iota
	BreachSuspected
	BreachFound
)

var breachStatusWords = enumWords{"BreachStatus", []string{"unknown", "suspected", "found"}}

// String returns the lower snake word of the BreachStatus.
func (s BreachStatus) String() string { return breachStatusWords.name(uint8(s)) }

// MarshalText encodes the BreachStatus as its lower snake word.
func (s BreachStatus) MarshalText() ([]byte, error) { return breachStatusWords.marshal(uint8(s)) }

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (s *BreachStatus) UnmarshalText(b []byte) error { return unmarshalEnum(breachStatusWords, b, s) }

// Breach is a suspected or established breach of a provider licence
// condition or of a foundation trust's terms of authorisation.
type Breach struct {
	Condition   string       `json:"condition"` // e.g. "FT4", "CoS3", "terms of authorisation"
	Status      BreachStatus `json:"status"`
	Date        Date         `json:"date"`
	Resolved    Date         `json:"resolved,omitzero"`
	Description string       `json:"description,omitempty"`
}

// Undertaking is an enforcement undertaking a provider gave the regulator.
type Undertaking struct {
	Date        Date   `json:"date"`
	Released    Date   `json:"released,omitzero"`
	Description string `json:"description,omitempty"`
}

// Governance holds the facts about how a provider is run and what
// regulators have already done about it.
type Governance struct {
	Breaches     []Breach      `json:"breaches,omitempty"`
	Undertakings []Undertaking `json:"undertakings,omitempty"`
	Spells       []Spell       `json:"spells,omitempty"` // interventions, past and present
	// Judgements a regulator makes that no formula gives; nil: not made.
	LowCapability         *bool `json:"low_capability,omitempty"`          // capability to improve judged low (NOF 2025/26)
	CatastrophicFailure   *bool `json:"catastrophic_failure,omitempty"`    // catastrophic failure of quality or finance governance
	UnableToPayDebts      *bool `json:"unable_to_pay_debts,omitempty"`     // is or is likely to become unable to pay its debts (s.65D)
	SeriousQualityFailure *bool `json:"serious_quality_failure,omitempty"` // serious failure to provide services of sufficient quality (s.65D)
}

// InForce returns the interventions whose spells cover date, in the order
// they are listed.
func InForce(spells []Spell, date Date) []Intervention {
	var out []Intervention
	for _, s := range spells {
		if s.InForce(date) {
			out = append(out, s.Intervention)
		}
	}
	return out
}

// SpellOf returns the latest-starting spell of intervention i that covers
// date.
func SpellOf(spells []Spell, i Intervention, date Date) (Spell, bool) {
	var best Spell
	found := false
	for _, s := range spells {
		if s.Intervention == i && s.InForce(date) && (!found || s.Start.After(best.Start)) {
			best, found = s, true
		}
	}
	return best, found
}
