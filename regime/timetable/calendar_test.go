package timetable

import (
	"testing"
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEnglandAndWalesHolidays(t *testing.T) {
	c := EnglandAndWales()
	byYear := map[int]int{}
	for _, h := range c.Holidays() {
		byYear[h.Date.Year]++
		wd := h.Date.Weekday()
		assert.True(t, wd != time.Saturday && wd != time.Sunday, "%s %s falls at a weekend", h.Date, h.Name)
	}
	// Eight a year, plus the one-off days.
	extra := map[int]int{2011: 1, 2012: 1, 2022: 2, 2023: 1}
	for y := 2008; y <= 2027; y++ {
		assert.Equal(t, 8+extra[y], byYear[y], "holidays in %d", y)
	}
	for _, d := range []string{"2012-06-04", "2012-06-05", "2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08", "2011-04-29", "2016-12-27", "2021-12-28"} {
		ok, err := c.IsWorkingDay(economy.MustDate(d))
		require.NoError(t, err)
		assert.False(t, ok, d)
	}
	// The usual days the one-off years moved away from are working days.
	for _, d := range []string{"2012-05-28", "2020-05-04", "2022-05-30"} {
		ok, err := c.IsWorkingDay(economy.MustDate(d))
		require.NoError(t, err)
		assert.True(t, ok, d)
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
		// 16 July 2012: the published timetable gave 29 October 2012.
		{"SLHT extended draft report", "2012-07-16", 75, "2012-10-29"},
		// Mid Staffordshire: administrators in post 16 April 2013, 45
		// working days for the draft; the extension was confirmed on
		// 19 June 2013, the day the draft fell due.
		{"Mid Staffs draft report", "2013-04-16", 45, "2013-06-19"},
		{"start on a weekend counts from Monday", "2012-07-14", 1, "2012-07-16"},
		{"start on a bank holiday", "2012-08-27", 1, "2012-08-28"},
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

func TestCalendarRefusesToGuess(t *testing.T) {
	c := EnglandAndWales()
	_, err := c.IsWorkingDay(economy.MustDate("2028-01-04"))
	assert.ErrorContains(t, err, "2008-2027 only")
	_, err = c.NthWorkingDay(economy.MustDate("2027-12-20"), 30)
	assert.ErrorContains(t, err, "2028-01-01 is outside")
	_, err = c.NthWorkingDay(economy.MustDate("2015-01-05"), 0)
	assert.ErrorContains(t, err, "want at least 1")
	_, err = c.IsWorkingDay(economy.Date{})
	assert.ErrorContains(t, err, "invalid date")

	_, err = NewCalendar("x", 2015, 2014, economy.Citation{}, nil)
	assert.ErrorContains(t, err, "after to year")
	_, err = NewCalendar("x", 2015, 2015, economy.Citation{}, []Holiday{{Date: economy.MustDate("2016-01-01")}})
	assert.ErrorContains(t, err, "holidays[0]: 2016-01-01 is outside 2015-2015")
}
