package rating

import (
	"github.com/failregime/failregime/internal/enum"
	"github.com/shopspring/decimal"
)

// Rounding is how a weighted mean becomes a whole score. The published
// sources state it for few ratings (the CoSRR's half-up is shown by a worked
// example), so every method names the rule it uses and callers may change
// it.
type Rounding uint8

// Rounding rules. The zero value, RoundingUnknown (written "unstated"),
// means the rule was not stated; Apply then rounds half up, and a Result
// records that the rule was assumed.
const (
	RoundingUnknown Rounding = iota // not stated
	RoundHalfUp                     // 2.5 -> 3; 2.4 -> 2
	RoundHalfDown                   // 2.5 -> 2; 2.6 -> 3
	RoundHalfEven                   // banker's rounding: 2.5 -> 2, 3.5 -> 4
	RoundFloor                      // 2.9 -> 2
	RoundCeil                       // 2.1 -> 3
)

var roundingWords = enum.New("Rounding", "unstated", "half_up", "half_down", "half_even", "floor", "ceil")

// String returns the Rounding as it is published or written.
func (r Rounding) String() string { return roundingWords.Name(uint8(r)) }

// MarshalText encodes r as a lower snake word.
func (r Rounding) MarshalText() ([]byte, error) { return roundingWords.Marshal(uint8(r)) }

// UnmarshalText decodes a lower snake word.
func (r *Rounding) UnmarshalText(b []byte) error { return enum.Unmarshal(roundingWords, b, r) }

var half = decimal.New(5, -1)

// Apply rounds d to a whole number. Scores are positive, so "up" means
// toward the larger number.
func (r Rounding) Apply(d decimal.Decimal) decimal.Decimal {
	switch r {
	case RoundHalfDown:
		return d.Sub(half).Ceil()
	case RoundHalfEven:
		return d.RoundBank(0)
	case RoundFloor:
		return d.Floor()
	case RoundCeil:
		return d.Ceil()
	}
	return d.Add(half).Floor()
}
