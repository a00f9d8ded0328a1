package timetable

import (
	"fmt"
	"slices"
	"time"

	"github.com/failregime/failregime/economy"
)

// Holiday is one bank holiday.
type Holiday struct {
	Date economy.Date `json:"date"`
	Name string       `json:"name"`
}

// Change is an announced change to a year's bank holidays: a one-off
// holiday (a royal wedding, a state funeral), or a standing holiday moved
// to another day (the early May holiday of 2020 moved to VE day). A zero
// Replaces adds a day; otherwise the standing holiday on Replaces moves to
// Date.
type Change struct {
	Date     economy.Date `json:"date"`
	Name     string       `json:"name"`
	Replaces economy.Date `json:"replaces,omitzero"`
}

// Calendar counts working days in England and Wales. The statutes that
// set the trust special administration timetable count "working days":
// every day but Saturdays, Sundays, Christmas Day, Good Friday and bank
// holidays in England and Wales. The bank holidays follow standing rules
// (Banking and Financial Dealings Act 1971, Schedule 1, and the yearly
// proclamations that keep them): New Year's Day, Easter Monday, the first
// and last Mondays of May, the last Monday of August and Boxing Day, with
// a substitute weekday when one falls at a weekend. Years also have
// announced changes, kept as data. A Calendar answers for any year from
// 1948 to 2100, and says which years it computed from the standing rules
// alone because no announcement for them was known to it ([Calendar.Computed]).
//
// A Calendar is a value, safe for concurrent use.
type Calendar struct {
	name        string
	source      economy.Citation
	announcedTo int // last year whose holidays were announced when the calendar was made
	changes     []Change
	firstYear   int
	lastYear    int
}

// Name returns the calendar's name.
func (c Calendar) Name() string { return c.name }

// Source returns the source of the calendar's holidays.
func (c Calendar) Source() economy.Citation { return c.source }

// Computed reports whether the holidays of year come from the standing
// rules alone: a year later than the last one announced, whose one-off
// changes, if any, were not known when the calendar was made.
func (c Calendar) Computed(year int) bool { return year > c.announcedTo }

// AnnouncedTo returns the last year whose holidays were announced.
func (c Calendar) AnnouncedTo() int { return c.announcedTo }

// With returns a copy of c with more announced changes, and the years up
// to announcedTo counted as announced (0 keeps c's).
func (c Calendar) With(announcedTo int, changes ...Change) (Calendar, error) {
	for i, ch := range changes {
		if !ch.Date.Valid() || ch.Date.Year < c.firstYear || ch.Date.Year > c.lastYear {
			return Calendar{}, invalid("calendar %q: changes[%d]: date %q outside %d-%d", c.name, i, ch.Date, c.firstYear, c.lastYear)
		}
		if !ch.Replaces.IsZero() && !ch.Replaces.Valid() {
			return Calendar{}, invalid("calendar %q: changes[%d]: replaces %q is not a real date", c.name, i, ch.Replaces)
		}
	}
	if announcedTo != 0 {
		if announcedTo < c.firstYear || announcedTo > c.lastYear {
			return Calendar{}, invalid("calendar %q: announced to %d outside %d-%d", c.name, announcedTo, c.firstYear, c.lastYear)
		}
		c.announcedTo = announcedTo
	}
	c.changes = append(slices.Clip(c.changes), changes...)
	return c, nil
}

// Holidays returns the bank holidays of year in date order, substitute
// days and announced changes included. It is empty for a year outside
// 1948-2100.
func (c Calendar) Holidays(year int) []Holiday {
	if year < c.firstYear || year > c.lastYear {
		return nil
	}
	hs := standing(year)
	for _, ch := range c.changes {
		if ch.Date.Year != year && ch.Replaces.Year != year {
			continue
		}
		if !ch.Replaces.IsZero() {
			hs = slices.DeleteFunc(hs, func(h Holiday) bool { return h.Date == ch.Replaces })
		}
		if ch.Date.Year == year {
			hs = append(hs, Holiday{Date: ch.Date, Name: ch.Name})
		}
	}
	slices.SortFunc(hs, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	return hs
}

// IsWorkingDay reports whether d is a working day: not a Saturday or
// Sunday, not Christmas Day or Good Friday, not a bank holiday. It is an
// error for a date that is not a real day or lies outside 1948-2100.
func (c Calendar) IsWorkingDay(d economy.Date) (bool, error) {
	if !d.Valid() {
		return false, invalid("calendar %q: %q is not a real date", c.name, d)
	}
	if d.Year < c.firstYear || d.Year > c.lastYear {
		return false, fmt.Errorf("timetable: calendar %q: %s is outside %d-%d: %w", c.name, d, c.firstYear, c.lastYear, ErrNotCovered)
	}
	switch d.Weekday() {
	case time.Saturday, time.Sunday:
		return false, nil
	}
	if d.Month == time.December && d.Day == 25 || d == goodFriday(d.Year) {
		return false, nil
	}
	for _, h := range c.Holidays(d.Year) {
		if h.Date == d {
			return false, nil
		}
	}
	return true, nil
}

// MaxWorkingDays bounds the periods NthWorkingDay counts: no statutory
// period the library knows is longer than 65 working days, and an
// extension by order is a few months at most.
const MaxWorkingDays = 2000

// NthWorkingDay returns the last day of "the period of n working days
// beginning with the day" start, the form every deadline in NHS Act 2006
// Chapter 5A takes: start itself counts as the first working day when it
// is one. n must be from 1 to MaxWorkingDays.
func (c Calendar) NthWorkingDay(start economy.Date, n int) (economy.Date, error) {
	if n < 1 || n > MaxWorkingDays {
		return economy.Date{}, invalid("calendar %q: %d working days: want 1 to %d", c.name, n, MaxWorkingDays)
	}
	d := start
	for count := 0; ; d = d.AddDays(1) {
		ok, err := c.IsWorkingDay(d)
		if err != nil {
			return economy.Date{}, err
		}
		if ok {
			if count++; count == n {
				return d, nil
			}
		}
	}
}

// WorkingDaysBetween counts the working days from start to end, both
// included (0 when end is before start). The span may be at most
// MaxWorkingDays*2 calendar days.
func (c Calendar) WorkingDaysBetween(start, end economy.Date) (int, error) {
	if !start.Valid() || !end.Valid() {
		return 0, invalid("calendar %q: %q to %q: not real dates", c.name, start, end)
	}
	if days := start.DaysUntil(end); days > 2*MaxWorkingDays {
		return 0, invalid("calendar %q: %d days from %s to %s: want at most %d", c.name, days, start, end, 2*MaxWorkingDays)
	}
	n := 0
	for d := start; !d.After(end); d = d.AddDays(1) {
		ok, err := c.IsWorkingDay(d)
		if err != nil {
			return 0, err
		}
		if ok {
			n++
		}
	}
	return n, nil
}

// standing returns year's bank holidays under the standing rules, with
// their substitute days.
func standing(year int) []Holiday {
	date := func(m time.Month, d int) economy.Date { return economy.MakeDate(year, m, d) }
	var hs []Holiday
	// New Year's Day (from 1974): a weekend day moves to the Monday after.
	if year >= 1974 {
		hs = append(hs, Holiday{Date: weekdayOnOrAfter(date(time.January, 1)), Name: "New Year's Day"})
	}
	gf := goodFriday(year)
	hs = append(hs, Holiday{Date: gf, Name: "Good Friday"}, Holiday{Date: gf.AddDays(3), Name: "Easter Monday"})
	if year >= 1978 {
		hs = append(hs, Holiday{Date: nthMonday(year, time.May, 1), Name: "Early May bank holiday"})
	}
	hs = append(hs, Holiday{Date: lastMonday(year, time.May), Name: "Spring bank holiday"},
		Holiday{Date: lastMonday(year, time.August), Name: "Summer bank holiday"})
	// Christmas and Boxing Day: a day at a weekend moves to the next
	// weekday not already a holiday; Boxing Day on a Monday keeps its day
	// and Christmas's substitute comes after it.
	xmas, boxing := date(time.December, 25), date(time.December, 26)
	x, b := weekdayOnOrAfter(xmas), weekdayOnOrAfter(boxing)
	switch {
	case b == boxing && x == b:
		x = weekdayOnOrAfter(b.AddDays(1))
	case x == b:
		b = weekdayOnOrAfter(x.AddDays(1))
	}
	hs = append(hs, Holiday{Date: x, Name: "Christmas Day"}, Holiday{Date: b, Name: "Boxing Day"})
	return hs
}

func weekdayOnOrAfter(d economy.Date) economy.Date {
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDays(1)
	}
	return d
}

func nthMonday(year int, m time.Month, n int) economy.Date {
	d := economy.MakeDate(year, m, 1)
	for d.Weekday() != time.Monday {
		d = d.AddDays(1)
	}
	return d.AddDays(7 * (n - 1))
}

func lastMonday(year int, m time.Month) economy.Date {
	d := economy.MakeDate(year, m+1, 1).AddDays(-1)
	for d.Weekday() != time.Monday {
		d = d.AddDays(-1)
	}
	return d
}

// goodFriday is two days before Easter Sunday, found by the anonymous
// Gregorian algorithm (Meeus/Jones/Butcher).
func goodFriday(year int) economy.Date {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return economy.MakeDate(year, time.Month(month), day).AddDays(-2)
}
