package timetable

import (
	"fmt"
	"sort"
	"time"

	"github.com/failregime/failregime/economy"
)

// Holiday is one bank holiday.
type Holiday struct {
	Date economy.Date `json:"date"`
	Name string       `json:"name"`
}

// Calendar counts working days. The statutes that set the trust special
// administration timetable count "working days": every day but Saturdays,
// Sundays, Christmas Day, Good Friday and bank holidays in England and
// Wales. Which days were bank holidays is data, not arithmetic (2012 and
// 2022 moved the spring holiday; 2011, 2022 and 2023 added one-off days),
// so a Calendar carries the list it was given and refuses to count across
// a year it holds no list for rather than guess.
type Calendar struct {
	Name     string
	FromYear int // first year whose holidays are listed
	ToYear   int // last year whose holidays are listed
	Source   economy.Citation
	holidays map[economy.Date]string
}

// NewCalendar builds a calendar from a list of holidays covering the years
// from and to, inclusive. Holidays outside those years, or invalid dates,
// are errors.
func NewCalendar(name string, from, to int, source economy.Citation, holidays []Holiday) (Calendar, error) {
	if from > to {
		return Calendar{}, invalid("calendar %q: from year %d is after to year %d", name, from, to)
	}
	c := Calendar{Name: name, FromYear: from, ToYear: to, Source: source, holidays: make(map[economy.Date]string, len(holidays))}
	for i, h := range holidays {
		if !h.Date.Valid() {
			return Calendar{}, invalid("calendar %q: holidays[%d]: invalid date %q", name, i, h.Date)
		}
		if h.Date.Year < from || h.Date.Year > to {
			return Calendar{}, invalid("calendar %q: holidays[%d]: %s is outside %d-%d", name, i, h.Date, from, to)
		}
		c.holidays[h.Date] = h.Name
	}
	return c, nil
}

// Holidays returns the calendar's holidays in date order.
func (c Calendar) Holidays() []Holiday {
	out := make([]Holiday, 0, len(c.holidays))
	for d, n := range c.holidays {
		out = append(out, Holiday{Date: d, Name: n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}

// Covers reports whether the calendar lists the holidays of d's year.
func (c Calendar) Covers(d economy.Date) bool { return d.Year >= c.FromYear && d.Year <= c.ToYear }

// IsWorkingDay reports whether d is a working day. It is an error to ask
// about a year the calendar does not cover.
func (c Calendar) IsWorkingDay(d economy.Date) (bool, error) {
	if !d.Valid() {
		return false, invalid("calendar %q: invalid date %q", c.Name, d)
	}
	if !c.Covers(d) {
		return false, fmt.Errorf("timetable: calendar %q lists bank holidays for %d-%d only; %s is outside: %w", c.Name, c.FromYear, c.ToYear, d, ErrNotCovered)
	}
	switch d.Weekday() {
	case time.Saturday, time.Sunday:
		return false, nil
	}
	_, holiday := c.holidays[d]
	return !holiday, nil
}

// NthWorkingDay returns the last day of "the period of n working days
// beginning with the day" start, the form every deadline in NHS Act 2006
// Chapter 5A takes: start itself counts as the first working day when it is
// one. n must be at least 1.
func (c Calendar) NthWorkingDay(start economy.Date, n int) (economy.Date, error) {
	if n < 1 {
		return economy.Date{}, invalid("calendar %q: %d working days: want at least 1", c.Name, n)
	}
	d := start
	for count := 0; ; d = d.AddDays(1) {
		ok, err := c.IsWorkingDay(d)
		if err != nil {
			return economy.Date{}, err
		}
		if ok {
			count++
			if count == n {
				return d, nil
			}
		}
	}
}

// WorkingDaysBetween counts the working days from start to end, both
// included (0 when end is before start).
func (c Calendar) WorkingDaysBetween(start, end economy.Date) (int, error) {
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

// EnglandAndWales returns the bank holidays of England and Wales from 2008
// to 2027, with the working-day rule of NHS Act 2006 Chapter 5A.
func EnglandAndWales() Calendar {
	hs := make([]Holiday, len(englandAndWales))
	for i, h := range englandAndWales {
		hs[i] = Holiday{Date: economy.MustDate(h[0]), Name: h[1]}
	}
	c, err := NewCalendar("England and Wales", 2008, 2027, englandAndWalesSource, hs)
	if err != nil {
		panic(err) // the table below is fixed and tested
	}
	return c
}

var englandAndWalesSource = economy.Citation{
	Document: "UK bank holidays: England and Wales",
	Issuer:   "GOV.UK",
	URL:      "https://www.gov.uk/bank-holidays",
	Verified: false,
	Note:     "listed from the standing rules and the announced one-off days (29 Apr 2011, 5 Jun 2012, 8 May 2020 move, 2-3 Jun 2022, 19 Sep 2022, 8 May 2023); cross-checked against third-party copies of the gov.uk feed, not the feed itself",
}

// englandAndWales lists the bank holidays, substitute days included.
var englandAndWales = [][2]string{
	{"2008-03-21", "Good Friday"},
	{"2008-03-24", "Easter Monday"},
	{"2008-05-05", "Early May bank holiday"},
	{"2008-05-26", "Spring bank holiday"},
	{"2008-08-25", "Summer bank holiday"},
	{"2008-12-25", "Christmas Day"},
	{"2008-12-26", "Boxing Day"},
	{"2009-01-01", "New Year's Day"},
	{"2009-04-10", "Good Friday"},
	{"2009-04-13", "Easter Monday"},
	{"2009-05-04", "Early May bank holiday"},
	{"2009-05-25", "Spring bank holiday"},
	{"2009-08-31", "Summer bank holiday"},
	{"2009-12-25", "Christmas Day"},
	{"2009-12-28", "Boxing Day"},
	{"2010-01-01", "New Year's Day"},
	{"2010-04-02", "Good Friday"},
	{"2010-04-05", "Easter Monday"},
	{"2010-05-03", "Early May bank holiday"},
	{"2010-05-31", "Spring bank holiday"},
	{"2010-08-30", "Summer bank holiday"},
	{"2010-12-27", "Christmas Day"},
	{"2010-12-28", "Boxing Day"},
	{"2011-01-03", "New Year's Day"},
	{"2011-04-22", "Good Friday"},
	{"2011-04-25", "Easter Monday"},
	{"2011-04-29", "Wedding of Prince William and Catherine Middleton"},
	{"2011-05-02", "Early May bank holiday"},
	{"2011-05-30", "Spring bank holiday"},
	{"2011-08-29", "Summer bank holiday"},
	{"2011-12-26", "Boxing Day"},
	{"2011-12-27", "Christmas Day"},
	{"2012-01-02", "New Year's Day"},
	{"2012-04-06", "Good Friday"},
	{"2012-04-09", "Easter Monday"},
	{"2012-05-07", "Early May bank holiday"},
	{"2012-06-04", "Spring bank holiday"},
	{"2012-06-05", "Queen's Diamond Jubilee"},
	{"2012-08-27", "Summer bank holiday"},
	{"2012-12-25", "Christmas Day"},
	{"2012-12-26", "Boxing Day"},
	{"2013-01-01", "New Year's Day"},
	{"2013-03-29", "Good Friday"},
	{"2013-04-01", "Easter Monday"},
	{"2013-05-06", "Early May bank holiday"},
	{"2013-05-27", "Spring bank holiday"},
	{"2013-08-26", "Summer bank holiday"},
	{"2013-12-25", "Christmas Day"},
	{"2013-12-26", "Boxing Day"},
	{"2014-01-01", "New Year's Day"},
	{"2014-04-18", "Good Friday"},
	{"2014-04-21", "Easter Monday"},
	{"2014-05-05", "Early May bank holiday"},
	{"2014-05-26", "Spring bank holiday"},
	{"2014-08-25", "Summer bank holiday"},
	{"2014-12-25", "Christmas Day"},
	{"2014-12-26", "Boxing Day"},
	{"2015-01-01", "New Year's Day"},
	{"2015-04-03", "Good Friday"},
	{"2015-04-06", "Easter Monday"},
	{"2015-05-04", "Early May bank holiday"},
	{"2015-05-25", "Spring bank holiday"},
	{"2015-08-31", "Summer bank holiday"},
	{"2015-12-25", "Christmas Day"},
	{"2015-12-28", "Boxing Day"},
	{"2016-01-01", "New Year's Day"},
	{"2016-03-25", "Good Friday"},
	{"2016-03-28", "Easter Monday"},
	{"2016-05-02", "Early May bank holiday"},
	{"2016-05-30", "Spring bank holiday"},
	{"2016-08-29", "Summer bank holiday"},
	{"2016-12-26", "Boxing Day"},
	{"2016-12-27", "Christmas Day"},
	{"2017-01-02", "New Year's Day"},
	{"2017-04-14", "Good Friday"},
	{"2017-04-17", "Easter Monday"},
	{"2017-05-01", "Early May bank holiday"},
	{"2017-05-29", "Spring bank holiday"},
	{"2017-08-28", "Summer bank holiday"},
	{"2017-12-25", "Christmas Day"},
	{"2017-12-26", "Boxing Day"},
	{"2018-01-01", "New Year's Day"},
	{"2018-03-30", "Good Friday"},
	{"2018-04-02", "Easter Monday"},
	{"2018-05-07", "Early May bank holiday"},
	{"2018-05-28", "Spring bank holiday"},
	{"2018-08-27", "Summer bank holiday"},
	{"2018-12-25", "Christmas Day"},
	{"2018-12-26", "Boxing Day"},
	{"2019-01-01", "New Year's Day"},
	{"2019-04-19", "Good Friday"},
	{"2019-04-22", "Easter Monday"},
	{"2019-05-06", "Early May bank holiday"},
	{"2019-05-27", "Spring bank holiday"},
	{"2019-08-26", "Summer bank holiday"},
	{"2019-12-25", "Christmas Day"},
	{"2019-12-26", "Boxing Day"},
	{"2020-01-01", "New Year's Day"},
	{"2020-04-10", "Good Friday"},
	{"2020-04-13", "Easter Monday"},
	{"2020-05-08", "Early May bank holiday (VE day)"},
	{"2020-05-25", "Spring bank holiday"},
	{"2020-08-31", "Summer bank holiday"},
	{"2020-12-25", "Christmas Day"},
	{"2020-12-28", "Boxing Day"},
	{"2021-01-01", "New Year's Day"},
	{"2021-04-02", "Good Friday"},
	{"2021-04-05", "Easter Monday"},
	{"2021-05-03", "Early May bank holiday"},
	{"2021-05-31", "Spring bank holiday"},
	{"2021-08-30", "Summer bank holiday"},
	{"2021-12-27", "Christmas Day"},
	{"2021-12-28", "Boxing Day"},
	{"2022-01-03", "New Year's Day"},
	{"2022-04-15", "Good Friday"},
	{"2022-04-18", "Easter Monday"},
	{"2022-05-02", "Early May bank holiday"},
	{"2022-06-02", "Spring bank holiday"},
	{"2022-06-03", "Queen's Platinum Jubilee"},
	{"2022-08-29", "Summer bank holiday"},
	{"2022-09-19", "State Funeral of Queen Elizabeth II"},
	{"2022-12-26", "Boxing Day"},
	{"2022-12-27", "Christmas Day"},
	{"2023-01-02", "New Year's Day"},
	{"2023-04-07", "Good Friday"},
	{"2023-04-10", "Easter Monday"},
	{"2023-05-01", "Early May bank holiday"},
	{"2023-05-08", "Coronation of King Charles III"},
	{"2023-05-29", "Spring bank holiday"},
	{"2023-08-28", "Summer bank holiday"},
	{"2023-12-25", "Christmas Day"},
	{"2023-12-26", "Boxing Day"},
	{"2024-01-01", "New Year's Day"},
	{"2024-03-29", "Good Friday"},
	{"2024-04-01", "Easter Monday"},
	{"2024-05-06", "Early May bank holiday"},
	{"2024-05-27", "Spring bank holiday"},
	{"2024-08-26", "Summer bank holiday"},
	{"2024-12-25", "Christmas Day"},
	{"2024-12-26", "Boxing Day"},
	{"2025-01-01", "New Year's Day"},
	{"2025-04-18", "Good Friday"},
	{"2025-04-21", "Easter Monday"},
	{"2025-05-05", "Early May bank holiday"},
	{"2025-05-26", "Spring bank holiday"},
	{"2025-08-25", "Summer bank holiday"},
	{"2025-12-25", "Christmas Day"},
	{"2025-12-26", "Boxing Day"},
	{"2026-01-01", "New Year's Day"},
	{"2026-04-03", "Good Friday"},
	{"2026-04-06", "Easter Monday"},
	{"2026-05-04", "Early May bank holiday"},
	{"2026-05-25", "Spring bank holiday"},
	{"2026-08-31", "Summer bank holiday"},
	{"2026-12-25", "Christmas Day"},
	{"2026-12-28", "Boxing Day"},
	{"2027-01-01", "New Year's Day"},
	{"2027-03-26", "Good Friday"},
	{"2027-03-29", "Easter Monday"},
	{"2027-05-03", "Early May bank holiday"},
	{"2027-05-31", "Spring bank holiday"},
	{"2027-08-30", "Summer bank holiday"},
	{"2027-12-27", "Christmas Day"},
	{"2027-12-28", "Boxing Day"},
	{"2008-01-01", "New Year's Day"},
}
