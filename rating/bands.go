package rating

import (
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// Cut is one edge of a band table: a value on the good side of At earns
// Score (or a better score from an earlier cut). Inclusive says whether a
// value exactly At earns Score, because the sources differ on ">=" and ">"
// and the library must say which it used.
type Cut struct {
	Score     uint8           `json:"score"`
	At        decimal.Decimal `json:"at"`
	Inclusive bool            `json:"inclusive"`
	// Citation overrides the table's citation for this edge, where one edge
	// was verified and another was not.
	Citation *economy.Citation `json:"citation,omitempty"`
}

// Bands turns a metric's value into a score. Cuts run from the best score
// to the worst; a value that meets no cut scores Floor.
type Bands struct {
	Metric string `json:"metric"` // e.g. "capital service cover"
	Unit   string `json:"unit"`   // "x", "days", "%", "pp"
	// HigherIsBetter says which side of a cut is the good side for the
	// metric's value (true for liquidity, false for agency overspend).
	HigherIsBetter bool             `json:"higher_is_better"`
	Cuts           []Cut            `json:"cuts"`
	Floor          uint8            `json:"floor"`
	Citation       economy.Citation `json:"citation"`
}

// meets reports whether v is on the good side of c.
func (b Bands) meets(v decimal.Decimal, c Cut) bool {
	cmp := v.Cmp(c.At)
	if !b.HigherIsBetter {
		cmp = -cmp
	}
	return cmp > 0 || (cmp == 0 && c.Inclusive)
}

// Classify returns the score for v, the band it fell in, in words
// ("1.75 <= x < 2.5"), and the citation of the edge that decided it.
func (b Bands) Classify(v decimal.Decimal) (score uint8, band string, cite economy.Citation) {
	for i, c := range b.Cuts {
		if b.meets(v, c) {
			return c.Score, b.describe(i), b.cite(c)
		}
	}
	last := b.Cuts[len(b.Cuts)-1]
	return b.Floor, b.describe(len(b.Cuts)), b.cite(last)
}

func (b Bands) cite(c Cut) economy.Citation {
	if c.Citation != nil {
		return *c.Citation
	}
	return b.Citation
}

// describe writes band i (i == len(Cuts) is the floor band) as an interval.
func (b Bands) describe(i int) string {
	var parts []string
	if i < len(b.Cuts) {
		parts = append(parts, b.side(b.Cuts[i], true))
	}
	if i > 0 {
		parts = append(parts, b.side(b.Cuts[i-1], false))
	}
	return strings.Join(parts, " and ")
}

// side renders the condition of meeting (meet) or missing cut c.
func (b Bands) side(c Cut, meet bool) string {
	higher := b.HigherIsBetter == meet // the value lies above At
	var op string
	switch {
	case higher && c.Inclusive == meet:
		op = ">="
	case higher:
		op = ">"
	case c.Inclusive == meet:
		op = "<="
	default:
		op = "<"
	}
	return op + " " + decimaltext.Format(c.At) + b.Unit
}

// Validate reports whether the table is usable: at least one cut, cuts in
// strictly worsening score order with thresholds moving the right way, and a
// floor worse than every cut.
func (b Bands) Validate() error {
	var p []string
	if len(b.Cuts) == 0 {
		p = append(p, "no cuts")
	}
	for i := 1; i < len(b.Cuts); i++ {
		prev, c := b.Cuts[i-1], b.Cuts[i]
		cmp := c.At.Cmp(prev.At)
		if b.HigherIsBetter && cmp > 0 || !b.HigherIsBetter && cmp < 0 {
			p = append(p, "cut "+decimaltext.Format(c.At)+" is on the good side of the cut before it")
		}
		if c.Score == prev.Score {
			p = append(p, "two cuts give the same score")
		}
	}
	if len(p) > 0 {
		return &TableError{Metric: b.Metric, Problems: p}
	}
	return nil
}

// TableError reports a band table that cannot classify consistently, for
// example after a caller changed a threshold in a variant.
type TableError struct {
	Metric   string
	Problems []string
}

// Error returns the metric and every problem with its table.
func (e *TableError) Error() string {
	return "rating: bands for " + e.Metric + ": " + strings.Join(e.Problems, "; ")
}
