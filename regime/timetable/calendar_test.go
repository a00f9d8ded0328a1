package timetable

import (
	"testing"
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// announced2008to2027 is the list of bank holidays in England and Wales
// as announced for 2008 to 2027 (GOV.UK), substitute days included: the
// standing rules and the announced changes must give exactly these days.
var announced2008to2027 = [][2]string{
	{"2008-01-01", "New Year's Day"},
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
}

func TestEnglandAndWalesMatchesTheAnnouncedDays(t *testing.T) {
	c := EnglandAndWales()
	var got [][2]string
	for y := 2008; y <= 2027; y++ {
		for _, h := range c.Holidays(y) {
			got = append(got, [2]string{h.Date.String(), h.Name})
			wd := h.Date.Weekday()
			assert.True(t, wd != time.Saturday && wd != time.Sunday, "%s %s falls at a weekend", h.Date, h.Name)
		}
	}
	assert.Equal(t, announced2008to2027, got, "the same days with the same names")
	for _, d := range []string{"2012-05-28", "2020-05-04", "2022-05-30"} {
		ok, err := c.IsWorkingDay(economy.MustDate(d))
		require.NoError(t, err)
		assert.True(t, ok, "%s: the standing day the year moved away from is a working day", d)
	}
}

// The standing rules, year by year, where a weekend moves a holiday.
func TestStandingRules(t *testing.T) {
	tests := []struct {
		year int
		want []string
	}{
		// Christmas on a Saturday: Monday 27 and Tuesday 28.
		{2032, []string{"2032-01-01", "2032-03-26", "2032-03-29", "2032-05-03", "2032-05-31", "2032-08-30", "2032-12-27", "2032-12-28"}},
		// Christmas on a Sunday: Boxing Day Monday 26, Christmas Tuesday 27; New Year on a Sunday: Monday 2 January.
		{2033, []string{"2033-01-03", "2033-04-15", "2033-04-18", "2033-05-02", "2033-05-30", "2033-08-29", "2033-12-26", "2033-12-27"}},
		// Boxing Day on a Saturday: Monday 28.
		{2036, []string{"2036-01-01", "2036-04-11", "2036-04-14", "2036-05-05", "2036-05-26", "2036-08-25", "2036-12-25", "2036-12-26"}},
		{2037, []string{"2037-01-01", "2037-04-03", "2037-04-06", "2037-05-04", "2037-05-25", "2037-08-31", "2037-12-25", "2037-12-28"}},
	}
	c := EnglandAndWales()
	for _, tt := range tests {
		var got []string
		for _, h := range c.Holidays(tt.year) {
			got = append(got, h.Date.String())
		}
		assert.Equal(t, tt.want, got, "%d", tt.year)
		assert.True(t, c.Computed(tt.year), "%d is computed, not announced", tt.year)
	}
	assert.False(t, c.Computed(2027))
	assert.True(t, c.Computed(2028))
}

// Easter, checked against known dates.
func TestGoodFriday(t *testing.T) {
	for year, want := range map[int]string{1948: "1948-03-26", 2000: "2000-04-21", 2008: "2008-03-21", 2011: "2011-04-22",
		2019: "2019-04-19", 2038: "2038-04-23", 2100: "2100-03-26"} {
		assert.Equal(t, want, goodFriday(year).String(), "%d", year)
	}
}

func TestNthWorkingDayRealTimetables(t *testing.T) {
	c := EnglandAndWales()
	tests := []struct {
		name  string
		start string
		n     int
		want  string
	}{
		// South London Healthcare: order made Thursday 12 July 2012; the
		// appointment had to take effect within 5 working days.
		{"SLHT appointment window", "2012-07-12", 5, "2012-07-18"},
		// Draft report, extended to 75 working days from the appointment on
		// 16 July 2012: published on 29 October 2012.
		{"SLHT extended draft report", "2012-07-16", 75, "2012-10-29"},
		// Consultation: 30 working days beginning with 2 November 2012,
		// closing on 13 December 2012, as it did.
		{"SLHT consultation", "2012-11-02", 30, "2012-12-13"},
		// Mid Staffordshire: administrators in post 16 April 2013, 45
		// working days for the draft; the extension was confirmed on
		// 19 June 2013, the day the draft fell due.
		{"Mid Staffs draft report", "2013-04-16", 45, "2013-06-19"},
		{"start on a weekend counts from Monday", "2012-07-14", 1, "2012-07-16"},
		{"start on a bank holiday", "2012-08-27", 1, "2012-08-28"},
		{"an administration ordered in October 2027 runs into 2028", "2027-10-01", 65, "2028-01-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := c.NthWorkingDay(economy.MustDate(tt.start), tt.n)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.String())
			n, err := c.WorkingDaysBetween(economy.MustDate(tt.start), got)
			require.NoError(t, err)
			assert.Equal(t, tt.n, n, "counting back gives the same number")
		})
	}
}

func TestCalendarErrors(t *testing.T) {
	c := EnglandAndWales()
	_, err := c.IsWorkingDay(economy.MustDate("2101-01-04"))
	assert.ErrorIs(t, err, ErrNotCovered)
	_, err = c.NthWorkingDay(economy.MustDate("2100-12-20"), 30)
	assert.ErrorIs(t, err, ErrNotCovered)
	_, err = c.NthWorkingDay(economy.MustDate("2015-01-05"), 0)
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = c.NthWorkingDay(economy.MustDate("2015-01-05"), MaxWorkingDays+1)
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = c.IsWorkingDay(economy.Date{})
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = c.WorkingDaysBetween(economy.MustDate("2015-01-05"), economy.MustDate("2099-01-05"))
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = c.With(0, Change{Date: economy.MustDate("2200-01-01")})
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = c.With(3000)
	assert.ErrorIs(t, err, ErrInvalid)
}

// An announced change added to a computed year makes it a holiday, and
// the year announced; the original calendar is unchanged.
func TestCalendarWith(t *testing.T) {
	c := EnglandAndWales()
	day := economy.MustDate("2029-06-01")
	c2, err := c.With(2029, Change{Date: day, Name: "an announced one-off day"})
	require.NoError(t, err)
	ok, err := c2.IsWorkingDay(day)
	require.NoError(t, err)
	assert.False(t, ok)
	assert.False(t, c2.Computed(2029))
	ok, err = c.IsWorkingDay(day)
	require.NoError(t, err)
	assert.True(t, ok, "the original calendar is unchanged")
}
