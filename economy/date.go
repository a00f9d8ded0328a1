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

// ParseDate parses an ISO 8601 calendar date, "2006-01-02". Text not
// in that form is an error that says so; a day that does not exist
// ("2015-02-30") is an error that says why.
func ParseDate(s string) (Date, error) {
	if len(s) != len("2006-01-02") || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	var n [3]int
	for i, part := range [3]string{s[0:4], s[5:7], s[8:10]} {
		for _, c := range []byte(part) {
			if c < '0' || c > '9' {
				return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
			}
			n[i] = n[i]*10 + int(c-'0')
		}
	}
	d := MakeDate(n[0], time.Month(n[1]), n[2])
	if why := d.unreal(); why != "" {
		return Date{}, fmt.Errorf("date %q is not a real date: %s", s, why)
	}
	return d, nil
}

// unreal says why d is not a real day, or returns "" when it is one.
func (d Date) unreal() string {
	switch {
	case d.Year < 1 || d.Year > 9999:
		return "years run from 0001 to 9999"
	case d.Month < time.January || d.Month > time.December:
		return fmt.Sprintf("there is no month %d", int(d.Month))
	case d.Day < 1:
		return fmt.Sprintf("there is no day %d", d.Day)
	case d.Day > daysIn(d.Year, d.Month):
		return fmt.Sprintf("%s %d has %d days", d.Month, d.Year, daysIn(d.Year, d.Month))
	}
	return ""
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// IsZero reports whether d is the zero Date ("not given").
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether d names a real day between the years 1 and 9999.
// The zero Date is not valid.
func (d Date) Valid() bool { return d.unreal() == "" }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// The arithmetic below counts days, never hours: it works on day numbers
// (days since 1970-01-01 in the proleptic Gregorian calendar), so that it
// is exact across any span, where time.Duration stops at 292 years. A
// date whose month or day is out of range is normalised as time.Date
// normalises it: 2015-02-30 is 2015-03-02.
//
// AddDays and AddMonths saturate: a result before 0001-01-01 is
// 0001-01-01 and one after 9999-12-31 is 9999-12-31, so that a count of
// any size (a parameter of 9223372036854775807 months) gives a real date
// and never overflows. Within those days they agree with time.AddDate.

// firstDay and lastDay are the day numbers of 0001-01-01 and 9999-12-31.
var (
	firstDay = civilDay(1, 1, 1)
	lastDay  = civilDay(9999, 12, 31)
)

// maxSpan bounds the counts the arithmetic adds, in days or months: far
// beyond the ten thousand years between firstDay and lastDay, and far
// within int64, so that no sum overflows before it is clamped.
const maxSpan = 1 << 40

// AddDays returns the date n calendar days after d (before, for negative
// n), saturating at 0001-01-01 and 9999-12-31.
func (d Date) AddDays(n int) Date { return dateOfDay(clampDay(d.day() + clampSpan(int64(n)))) }

// AddMonths returns the date n months after d. As with time.AddDate, a day
// past the end of the target month spills into the next one. It saturates
// at 0001-01-01 and 9999-12-31.
func (d Date) AddMonths(n int) Date {
	d = dateOfDay(d.day()) // normalised first, as time.AddDate does
	months := int64(d.Year)*12 + int64(d.Month) - 1 + clampSpan(int64(n))
	y, m := floorDiv(months, 12), floorMod(months, 12)+1
	return dateOfDay(clampDay(civilDay(y, m, int64(d.Day))))
}

func clampSpan(n int64) int64 { return min(max(n, -maxSpan), maxSpan) }

func clampDay(z int64) int64 { return min(max(z, firstDay), lastDay) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	return time.Weekday(floorMod(d.day()+int64(time.Thursday), 7))
}

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
func (d Date) DaysUntil(e Date) int { return int(e.day() - d.day()) }

// day returns d's day number. Fields beyond any real date (a year of a
// billion, a day of 1<<62, as a Go caller can write) are first held to
// maxSpan, so that the sum never overflows.
func (d Date) day() int64 {
	months := clampSpan(int64(d.Month)) - 1
	return civilDay(clampSpan(int64(d.Year))+floorDiv(months, 12), floorMod(months, 12)+1, clampSpan(int64(d.Day)))
}

// civilDay returns the day number of day d of month m (1 to 12) of year
// y; d may be out of the month's range, and counts on from its first day.
// The algorithm is Howard Hinnant's days_from_civil.
func civilDay(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                     // year of era, 0 to 399
	doy := (153*((m+9)%12) + 2) / 5        // day of the year of the month's first day, from 1 March
	doe := yoe*365 + yoe/4 - yoe/100 + doy // day of era
	return era*146097 + doe - 719468 + d - 1
}

// dateOfDay returns the date of a day number: Hinnant's civil_from_days.
func dateOfDay(z int64) Date {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	month := mp + 3
	if month > 12 {
		month -= 12
	}
	year := yoe + era*400
	if month <= 2 {
		year++
	}
	return Date{Year: int(year), Month: time.Month(month), Day: int(day)}
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// String returns "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	// The usual case without fmt: explanations write many dates.
	b := [10]byte{
		byte('0' + d.Year/1000), byte('0' + d.Year/100%10), byte('0' + d.Year/10%10), byte('0' + d.Year%10), '-',
		byte('0' + d.Month/10), byte('0' + d.Month%10), '-',
		byte('0' + d.Day/10), byte('0' + d.Day%10),
	}
	return string(b[:])
}

// MarshalText encodes d as "2006-01-02"; the zero Date encodes as empty text.
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsZero() && !d.Valid() {
		return nil, fmt.Errorf("economy: %04d-%02d-%02d is not a real date: %s", d.Year, int(d.Month), d.Day, d.unreal())
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
