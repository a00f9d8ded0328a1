package rating

import (
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/failregime/failregime/internal/enum"
	"github.com/shopspring/decimal"
)

// Status says whether a method could rate.
type Status uint8

// Statuses. The zero value, StatusUnknown, means not known: the method was
// not run.
const (
	StatusUnknown Status = iota
	Rated
	InsufficientData // a needed fact was missing; see Result.Missing
)

var statusWords = enum.New("Status", "unknown", "rated", "insufficient_data")

// String returns the Status as it is published or written.
func (s Status) String() string { return statusWords.Name(uint8(s)) }

// MarshalText encodes s as a lower snake word.
func (s Status) MarshalText() ([]byte, error) { return statusWords.Marshal(uint8(s)) }

// UnmarshalText decodes a lower snake word.
func (s *Status) UnmarshalText(b []byte) error { return enum.Unmarshal(statusWords, b, s) }

// Result is a rating and all of its working: every metric with its value,
// band and score, how they were combined and rounded, every override
// considered, any regulator judgement layered on top, and the citation of
// every threshold used. A Result with Status InsufficientData has no Score
// and names what was missing; the library never guesses a score.
type Result struct {
	Method  string   `json:"method"` // Method.ID
	Short   string   `json:"short"`  // e.g. "CoSRR"
	Status  Status   `json:"status"`
	Score   Score    `json:"score"`
	Missing []string `json:"missing,omitempty"` // facts needed and not given
	Metrics []Metric `json:"metrics,omitempty"`
	// Combination is how metric scores became one score, if they did.
	Combination *Combination       `json:"combination,omitempty"`
	Overrides   []Override         `json:"overrides,omitempty"`
	Judgements  []Judgement        `json:"judgements,omitempty"`
	Citations   []economy.Citation `json:"citations,omitempty"` // the method's own sources
}

// Metric is one measured input of a rating.
type Metric struct {
	Name    string          `json:"name"`              // "capital service cover"
	Formula string          `json:"formula,omitempty"` // how Value was computed
	Value   decimal.Decimal `json:"value"`
	Unit    string          `json:"unit,omitempty"` // "x", "days", "%", "pp"
	Places  int32           `json:"places"`         // decimal places when shown
	Band    string          `json:"band,omitempty"` // ">= 1.75x and < 2.5x"
	Score   Score           `json:"score"`
	Weight  decimal.Decimal `json:"weight"` // share of the overall score; 0 when not weighted
	// Unbounded is +1 or -1 when the ratio had nothing to divide by (no
	// debt service, no expenses): the value is then unbounded in that
	// direction, Value is zero, and the band is the one such a value falls in.
	Unbounded int8 `json:"unbounded,omitempty"`
	// Citation is the source of the band edge that decided the score.
	Citation economy.Citation `json:"citation"`
}

// Combination records how metric scores were averaged and rounded.
type Combination struct {
	Rule     string           `json:"rule"` // "mean", "weighted mean"
	Mean     decimal.Decimal  `json:"mean"`
	Rounding Rounding         `json:"rounding"`
	Rounded  Score            `json:"rounded"`
	Citation economy.Citation `json:"citation"`
}

// Override is a rule that can limit (cap) or set a score after the metrics
// are combined. Every override a method knows is listed, applied or not, so
// a reader can see what was checked.
type Override struct {
	Name    string `json:"name"`    // "any metric scores 1"
	Applied bool   `json:"applied"` // the trigger held and the score changed or was held at the cap
	// Triggered is nil when the trigger could not be checked for lack of
	// facts; the Result then lists the missing fact.
	Triggered *bool            `json:"triggered"`
	Limit     Score            `json:"limit"`            // the best score allowed when triggered
	Reason    string           `json:"reason,omitempty"` // why it held, in words
	Citation  economy.Citation `json:"citation"`
}

// Judgement is a regulator's departure from, or qualification of, the
// computed score, such as Monitor's "2*" or CQC rating otherwise than its
// principles "normally" give. A judgement always carries who made it and
// why; the computed score stays in the Result beside it.
type Judgement struct {
	Label  string `json:"label"` // "2*", "departure from ratings principles"
	From   Score  `json:"from"`  // the computed score
	To     Score  `json:"to"`    // the published score
	By     string `json:"by"`    // "Monitor", "CQC"
	Reason string `json:"reason"`
}

// Rated reports whether r holds a score.
func (r Result) Rated() bool { return r.Status == Rated && r.Score.Known() }

// Published returns the score after judgements: the last judgement's To, or
// the computed Score when there is none.
func (r Result) Published() Score {
	if n := len(r.Judgements); n > 0 {
		return r.Judgements[n-1].To
	}
	return r.Score
}

// String renders r on one line a person can read, for example
//
//	CoSRR 3: capital service cover 1.80x -> 3; liquidity -3.1 days -> 3; mean 3.0 -> 3
func (r Result) String() string {
	var b strings.Builder
	b.WriteString(r.Short)
	if r.Status != Rated {
		b.WriteString(" " + r.Status.String())
		if len(r.Missing) > 0 {
			b.WriteString(": missing " + strings.Join(r.Missing, ", "))
		}
		return b.String()
	}
	b.WriteString(" " + r.Published().String() + ":")
	sep := " "
	for _, m := range r.Metrics {
		b.WriteString(sep + m.Name + " " + m.valueText() + " -> " + m.Score.String())
		sep = "; "
	}
	if c := r.Combination; c != nil {
		b.WriteString(sep + c.Rule + " " + meanText(c.Mean) + " -> " + c.Rounded.String())
		sep = "; "
	}
	for _, o := range r.Overrides {
		if o.Applied {
			b.WriteString(sep + o.Name + ": no better than " + o.Limit.String())
			sep = "; "
		}
	}
	for _, j := range r.Judgements {
		b.WriteString(sep + j.By + " judged " + j.Label + " (" + j.Reason + ")")
		sep = "; "
	}
	return b.String()
}

// valueText shows the value to its places with its unit, or says which way
// it is unbounded.
func (m Metric) valueText() string {
	switch {
	case m.Unbounded > 0:
		return "unbounded above"
	case m.Unbounded < 0:
		return "unbounded below"
	}
	return m.Value.StringFixed(m.Places) + unitSuffix(m.Unit)
}

// meanText shows a mean exactly, with at least one decimal place: 3.0,
// 2.5, 2.95. Rounding it for display would hide the tie a rounding rule
// decides.
func meanText(d decimal.Decimal) string {
	s := decimaltext.Format(d)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func unitSuffix(u string) string {
	switch u {
	case "", "x", "%":
		return u
	}
	return " " + u
}

// insufficient builds the Result of a method that lacked facts.
func insufficient(m *Method, missing ...string) Result {
	return Result{Method: m.ID, Short: m.Short, Status: InsufficientData, Missing: missing, Citations: m.Sources}
}
