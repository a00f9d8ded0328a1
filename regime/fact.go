package regime

import (
	"encoding/json"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/failregime/failregime/internal/enum"
	"github.com/shopspring/decimal"
)

// Op is a comparison between a fact and its threshold. The zero Op is
// unknown and compares nothing.
type Op uint8

// Comparisons: the fact is on the left, the threshold on the right.
const (
	OpUnknown Op = iota
	LT           // value < threshold
	LE           // value <= threshold
	EQ           // value == threshold
	NE           // value != threshold
	GE           // value >= threshold
	GT           // value > threshold
)

var opWords = enum.New("Op", "unknown", "lt", "le", "eq", "ne", "ge", "gt")
var opSymbols = [...]string{"?", "<", "<=", "==", "!=", ">=", ">"}

// String returns the word of o: "lt", "le", "eq", "ne", "ge" or "gt".
func (o Op) String() string { return opWords.Name(uint8(o)) }

// Symbol returns "<", "<=", "==", "!=", ">=" or ">".
func (o Op) Symbol() string {
	if int(o) < len(opSymbols) {
		return opSymbols[o]
	}
	return "?"
}

// MarshalText encodes o as its String word.
func (o Op) MarshalText() ([]byte, error) { return opWords.Marshal(uint8(o)) }

// UnmarshalText decodes a String word.
func (o *Op) UnmarshalText(text []byte) error { return enum.Unmarshal(opWords, text, o) }

func (o Op) valid() bool { return o >= LT && o <= GT }

// Holds reports whether a comparison result c (-1, 0, +1 for value against
// threshold) satisfies o.
func (o Op) Holds(c int) bool {
	switch o {
	case LT:
		return c < 0
	case LE:
		return c <= 0
	case EQ:
		return c == 0
	case NE:
		return c != 0
	case GE:
		return c >= 0
	case GT:
		return c > 0
	}
	return false
}

// strict reports whether reaching the threshold is not enough: the value
// must pass it.
func (o Op) strict() bool { return o == LT || o == GT || o == NE }

// phrase is how a reason states what is needed: "at least -14.0".
func (o Op) phrase() string {
	switch o {
	case LT:
		return "less than"
	case LE:
		return "at most"
	case EQ:
		return "exactly"
	case NE:
		return "other than"
	case GE:
		return "at least"
	case GT:
		return "more than"
	}
	return "compared with"
}

// Fact is one fact a rule used: its value, the threshold it was compared
// with and how, where the threshold comes from, and, when the comparison
// failed, how far the value is from flipping it. Numbers are decimals; a
// fact that is a word (a CQC rating) is in Text and ThresholdText.
type Fact struct {
	Name          string              `json:"name"`
	Value         decimal.NullDecimal `json:"value,omitzero"`
	Text          string              `json:"text,omitempty"`
	Op            Op                  `json:"op,omitempty"`
	Threshold     decimal.NullDecimal `json:"threshold,omitzero"`
	ThresholdText string              `json:"threshold_text,omitempty"`
	Unit          string              `json:"unit,omitempty"`
	// Param names the framework parameter that set the threshold, with its
	// source and, if the source gave no number, the interpretation.
	Param          string            `json:"param,omitempty"`
	Source         *economy.Citation `json:"source,omitempty"`
	Interpretation string            `json:"interpretation,omitempty"`
	Verdict        Verdict           `json:"verdict"`
	// Distance is how far Value must move towards the threshold to flip a
	// NotMet comparison: reaching it is enough for <=, >= and ==, passing
	// it is needed for <, > and !=.
	Distance decimal.NullDecimal `json:"distance,omitzero"`
}

// String renders f for a reader: "liquidity -16.0 days; at least -14.0
// needed: 2.0 days short".
func (f Fact) String() string {
	var b strings.Builder
	b.WriteString(f.Name)
	val := f.Text
	if f.Value.Valid {
		val = fmtDec(f.Value.Decimal)
	}
	if val != "" {
		b.WriteString(" " + val)
		if f.Unit != "" && f.Value.Valid {
			b.WriteString(" " + f.Unit)
		}
	}
	thr := f.ThresholdText
	if f.Threshold.Valid {
		thr = fmtDec(f.Threshold.Decimal)
	}
	if f.Op != OpUnknown && thr != "" {
		b.WriteString("; " + f.Op.phrase() + " " + thr + " needed")
	} else if thr != "" {
		b.WriteString("; " + thr + " needed")
	}
	if f.Distance.Valid && f.Verdict == NotMet {
		b.WriteString(": " + fmtDec(f.Distance.Decimal))
		if f.Unit != "" {
			b.WriteString(" " + f.Unit)
		}
		if f.Op.strict() {
			b.WriteString(" short of passing it")
		} else {
			b.WriteString(" short")
		}
	}
	return b.String()
}

// fmtDec keeps the scale the figure was given with ("-16.0", not "-16"),
// within reason: absurd scales fall back to decimal's own form.
func fmtDec(d decimal.Decimal) string {
	if e := d.Exponent(); e < 0 && e > -40 {
		return d.StringFixed(-e)
	}
	return decimaltext.Format(d)
}

// factJSON is Fact with its numbers written in canonical form.
type factJSON struct {
	Name           string            `json:"name"`
	Value          decimaltext.Null  `json:"value,omitzero"`
	Text           string            `json:"text,omitempty"`
	Op             Op                `json:"op,omitempty"`
	Threshold      decimaltext.Null  `json:"threshold,omitzero"`
	ThresholdText  string            `json:"threshold_text,omitempty"`
	Unit           string            `json:"unit,omitempty"`
	Param          string            `json:"param,omitempty"`
	Source         *economy.Citation `json:"source,omitempty"`
	Interpretation string            `json:"interpretation,omitempty"`
	Verdict        Verdict           `json:"verdict"`
	Distance       decimaltext.Null  `json:"distance,omitzero"`
}

// MarshalJSON writes f with its numbers in canonical form, whatever
// decimal's process-wide settings.
func (f Fact) MarshalJSON() ([]byte, error) {
	return json.Marshal(factJSON{
		Name: f.Name, Value: decimaltext.Null(f.Value), Text: f.Text, Op: f.Op,
		Threshold: decimaltext.Null(f.Threshold), ThresholdText: f.ThresholdText, Unit: f.Unit,
		Param: f.Param, Source: f.Source, Interpretation: f.Interpretation, Verdict: f.Verdict,
		Distance: decimaltext.Null(f.Distance),
	})
}
