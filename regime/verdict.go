package regime

import "github.com/failregime/failregime/internal/enum"

// Verdict is the three-valued answer of a rule: Met, NotMet, or Unknown when
// a fact it needs is missing or pending. The zero Verdict is Unknown, so a
// verdict nobody computed never reads as a pass. Verdicts combine by
// Kleene's strong three-valued logic: see [Verdict.And], [Verdict.Or] and
// [Verdict.Not].
type Verdict uint8

// Verdicts.
const (
	Unknown Verdict = iota // a fact is missing or pending: never a pass
	Met                    // the condition holds
	NotMet                 // the condition does not hold
)

var verdictWords = enum.New("Verdict", "unknown", "met", "not_met")

// String returns "unknown", "met" or "not_met".
func (v Verdict) String() string { return verdictWords.Name(uint8(v)) }

// MarshalText encodes v as its String word.
func (v Verdict) MarshalText() ([]byte, error) { return verdictWords.Marshal(uint8(v)) }

// UnmarshalText decodes a String word; empty text is Unknown.
func (v *Verdict) UnmarshalText(text []byte) error { return enum.Unmarshal(verdictWords, text, v) }

// VerdictOf returns Met for true and NotMet for false.
func VerdictOf(b bool) Verdict {
	if b {
		return Met
	}
	return NotMet
}

// Known reports whether v is Met or NotMet.
func (v Verdict) Known() bool { return v == Met || v == NotMet }

// And is Kleene conjunction: NotMet if either is NotMet, Met if both are
// Met, else Unknown. Out-of-range values count as Unknown.
func (v Verdict) And(w Verdict) Verdict {
	switch {
	case v == NotMet || w == NotMet:
		return NotMet
	case v == Met && w == Met:
		return Met
	}
	return Unknown
}

// Or is Kleene disjunction: Met if either is Met, NotMet if both are
// NotMet, else Unknown.
func (v Verdict) Or(w Verdict) Verdict {
	switch {
	case v == Met || w == Met:
		return Met
	case v == NotMet && w == NotMet:
		return NotMet
	}
	return Unknown
}

// Not swaps Met and NotMet; Unknown stays Unknown.
func (v Verdict) Not() Verdict {
	switch v {
	case Met:
		return NotMet
	case NotMet:
		return Met
	}
	return Unknown
}

// Text renders v for reasons, in words: "met", "not met", "unknown".
func (v Verdict) Text() string {
	if v == NotMet {
		return "not met"
	}
	return v.String()
}
