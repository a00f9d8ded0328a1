package economy

import (
	"fmt"
	"time"
)

// Date is a calendar day in England, with no time of day and no zone: the
// regimes count days, working days and quarters, never hours. The zero Date
// means "not given". Dates are comparable with ==.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// MakeDate returns the Date for year, month and day. It does not normalise:
// an impossible day gives a Date that fails [Date.Valid].
func MakeDate(year int, month time.Month, day int) Date {
	return Date{Year: year, Month: month, Day: day}
}

// MustDate parses "2006-01-02" and panics on error; it is for tests and
// package-level tables with hard-coded literals.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// ParseDate parses an ISO 8601 calendar date, "2006-01-02".
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// IsZero reports whether d is the zero Date ("not given").
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether d names a real day. The zero Date is not valid.
func (d Date) Valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return DateOf(d.Time()) == d
}

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// AddDays returns the date n calendar days after d (before, for negative n).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// AddMonths returns the date n months after d. As with time.AddDate, a day
// past the end of the target month spills into the next one.
func (d Date) AddMonths(n int) Date { return DateOf(d.Time().AddDate(0, n, 0)) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// DaysUntil returns the number of calendar days from d to e (negative when e
// is earlier).
func (d Date) DaysUntil(e Date) int {
	return int(e.Time().Sub(d.Time()).Hours() / 24)
}

// String returns "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// MarshalText encodes d as "2006-01-02"; the zero Date encodes as empty text.
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsZero() && !d.Valid() {
		return nil, fmt.Errorf("economy: invalid date %04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return []byte(d.String()), nil
}

// UnmarshalText decodes "2006-01-02"; empty text gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Period is a span of days, both ends included: a financial year
// (2014-04-01 to 2015-03-31), a quarter or a month.
type Period struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// IsZero reports whether neither end of p is given.
func (p Period) IsZero() bool { return p.From.IsZero() && p.To.IsZero() }

// Contains reports whether d falls within p, ends included.
func (p Period) Contains(d Date) bool {
	return !d.Before(p.From) && !d.After(p.To)
}

// String returns "2014-04-01..2015-03-31".
func (p Period) String() string { return p.From.String() + ".." + p.To.String() }

// FinancialYear returns the NHS financial year (1 April to 31 March) that
// starts in the given calendar year: FinancialYear(2014) is 2014/15.
func FinancialYear(startYear int) Period {
	return Period{From: MakeDate(startYear, time.April, 1), To: MakeDate(startYear+1, time.March, 31)}
}
