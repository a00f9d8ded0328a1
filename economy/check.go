package economy

import (
	"strings"

	"github.com/shopspring/decimal"
)

// The helpers below are the vocabulary of Validate: one kind of check each,
// all writing into the same problems list so that every problem is
// reported at once.

// required reports a missing (empty or blank) string.
func (p *problems) required(path, s string) {
	if strings.TrimSpace(s) == "" {
		p.add(path, "is required")
	}
}

// enumType is the shape every enum type in this package has.
type enumType interface {
	~uint8
	Valid() bool
}

// enumValue reports an enum outside its words (a Go caller can write
// ProviderKind(99)) and, when required is set, a zero (unknown) one.
func enumValue[T enumType](p *problems, path string, v T, required bool) {
	if !v.Valid() { // not MarshalText: validating every enum of an economy would allocate each word
		p.add(path, "value %d is out of range", uint8(v))
		return
	}
	if required && v == 0 {
		p.add(path, "is required")
	}
}

// date reports a date that is not a real day or lies outside the span
// this package describes. The zero date is "not given": an error only when
// required. It reports whether d is a usable, given date.
func (p *problems) date(path string, d Date, required bool) bool {
	switch {
	case d.IsZero():
		if required {
			p.add(path, "is required")
		}
		return false
	}
	if err := CheckDate(d); err != nil {
		p.addErr(path, err)
		return false
	}
	return true
}

// span checks two dates and reports an end before its start, at the end's
// path. Either date may be optional; the order is checked only when both
// are usable.
func (p *problems) span(startPath string, start Date, startRequired bool, endPath string, end Date, endRequired bool) {
	okStart := p.date(startPath, start, startRequired)
	okEnd := p.date(endPath, end, endRequired)
	if okStart && okEnd && end.Before(start) {
		p.add(endPath, "must not be before %s (%s)", lastPart(startPath), start)
	}
}

// period checks a Period whose ends are both required.
func (p *problems) period(path string, x Period) {
	p.span(p.join(path, "from"), x.From, true, p.join(path, "to"), x.To, true)
}

// lastPart returns the field name at the end of a path.
func lastPart(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[i+1:]
	}
	return path
}

// sane reports a decimal that is too large or too finely divided to be an
// honest figure, by [CheckDecimal]. It reports whether d is usable.
func (p *problems) sane(path string, d decimal.Decimal) bool {
	if err := CheckDecimal(d); err != nil {
		p.addErr(path, err)
		return false
	}
	return true
}

// signed checks an optional figure that may be negative.
func (p *problems) signed(path string, d decimal.NullDecimal) {
	if d.Valid {
		p.sane(path, d.Decimal)
	}
}

// nonNegative checks an optional figure that cannot be negative. It
// reports whether d was given and usable.
func (p *problems) nonNegative(path string, d decimal.NullDecimal) bool {
	if !d.Valid || !p.sane(path, d.Decimal) {
		return false
	}
	if d.Decimal.Sign() < 0 {
		p.add(path, "must not be negative")
		return false
	}
	return true
}

var hundred = decimal.NewFromInt(100)

// percent checks a percentage of patients, 0 to 100 inclusive.
func (p *problems) percent(path string, d decimal.Decimal) {
	if p.sane(path, d) && (d.Sign() < 0 || !atMost(d, hundred, 3)) {
		p.add(path, "must be between 0 and 100")
	}
}

// optionalPercent checks a percentage that may be missing.
func (p *problems) optionalPercent(path string, d decimal.NullDecimal) {
	if d.Valid {
		p.percent(path, d.Decimal)
	}
}

// citation checks a source: a date-free value, so only its year.
func (p *problems) citation(path string, c Citation) {
	p.required(p.join(path, "document"), c.Document)
	if c.Year != 0 && (c.Year < 1800 || c.Year > LatestDate().Year) {
		p.add(p.join(path, "year"), "must be between 1800 and %d", LatestDate().Year)
	}
}

// citations checks a list of sources.
func (p *problems) citations(path string, cs []Citation) {
	for i, c := range cs {
		p.citation(p.index(path, i), c)
	}
}

// firstSeen records the first index at which each ID appeared, to report
// duplicates by naming the original.
type firstSeen map[string]int

// check reports id at path when it was already seen, and records it
// otherwise. Empty IDs are left to the required check.
func (f firstSeen) check(p *problems, listPath string, i int, path, id string) {
	if id == "" {
		return
	}
	if j, dup := f[id]; dup {
		p.add(path, "duplicate id %q, first used at %s", id, p.index(listPath, j))
		return
	}
	f[id] = i
}
