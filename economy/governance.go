package economy

import "github.com/failregime/failregime/internal/enum"

// Spell is a period an organisation or area spent in a regime, as the
// record shows it. An open spell has a zero End.
type Spell struct {
	Regime Regime    `json:"regime"`
	Start  Date      `json:"start"`
	End    Date      `json:"end,omitzero"`
	Reason string    `json:"reason,omitempty"`
	Source *Citation `json:"source,omitempty"`

	// EndNote says how far End is to be trusted when the record does not
	// give the day ("in October 2018: the month's last day"); EndSource
	// is where the exit is recorded. Both need an End.
	EndNote   string    `json:"end_note,omitempty"`
	EndSource *Citation `json:"end_source,omitempty"`
}

// EndExact reports whether the spell's end, if it has one, is a recorded
// day rather than an estimate.
func (s Spell) EndExact() bool { return !s.End.IsZero() && s.EndNote == "" }

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

var breachStatusWords = enum.New("BreachStatus", "unknown", "suspected", "found")

// String returns the lower snake word of the BreachStatus.
func (s BreachStatus) String() string { return breachStatusWords.Name(uint8(s)) }

// MarshalText encodes the BreachStatus as its lower snake word.
func (s BreachStatus) MarshalText() ([]byte, error) { return breachStatusWords.Marshal(uint8(s)) }

// Valid reports whether s is one of the BreachStatus constants.
func (s BreachStatus) Valid() bool { return breachStatusWords.Valid(uint8(s)) }

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (s *BreachStatus) UnmarshalText(b []byte) error { return enum.Unmarshal(breachStatusWords, b, s) }

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
	Spells       []Spell       `json:"spells,omitempty"` // regimes, past and present
	// Judgements a regulator makes that no formula gives; nil: not made.
	LowCapability         *bool `json:"low_capability,omitempty"`          // capability to improve judged low (NOF 2025/26)
	CatastrophicFailure   *bool `json:"catastrophic_failure,omitempty"`    // catastrophic failure of quality or finance governance
	UnableToPayDebts      *bool `json:"unable_to_pay_debts,omitempty"`     // is or is likely to become unable to pay its debts (s.65D)
	SeriousQualityFailure *bool `json:"serious_quality_failure,omitempty"` // serious failure to provide services of sufficient quality (s.65D)
}

// RegimesOn returns the regimes whose spells cover date, in the order
// they are listed.
func RegimesOn(spells []Spell, date Date) []Regime {
	var out []Regime
	for _, s := range spells {
		if s.InForce(date) {
			out = append(out, s.Regime)
		}
	}
	return out
}

// SpellOf returns the latest-starting spell in regime r that covers date.
func SpellOf(spells []Spell, r Regime, date Date) (Spell, bool) {
	var best Spell
	found := false
	for _, s := range spells {
		if s.Regime == r && s.InForce(date) && (!found || s.Start.After(best.Start)) {
			best, found = s, true
		}
	}
	return best, found
}
