package economy_test

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		give    string
		want    economy.Date
		wantErr bool
	}{
		{give: "2014-04-01", want: economy.MakeDate(2014, time.April, 1)},
		{give: "2016-02-29", want: economy.MakeDate(2016, time.February, 29)},
		{give: "2015-02-29", wantErr: true},
		{give: "2015-02-30", wantErr: true},
		{give: "2015-4-1", wantErr: true},
		{give: "01/04/2015", wantErr: true},
		{give: "", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			got, err := economy.ParseDate(tt.give)
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDateValid(t *testing.T) {
	tests := []struct {
		give economy.Date
		want bool
	}{
		{economy.MakeDate(2016, time.February, 29), true},
		{economy.MakeDate(2015, time.February, 29), false},
		{economy.MakeDate(2000, time.February, 29), true},
		{economy.MakeDate(1900, time.February, 29), false},
		{economy.MakeDate(2015, time.December, 31), true},
		{economy.MakeDate(2015, 13, 1), false},
		{economy.MakeDate(2015, time.April, 0), false},
		{economy.Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.give.String(), func(t *testing.T) {
			assert.Equal(t, tt.want, tt.give.Valid())
		})
	}
}

func TestDateArithmetic(t *testing.T) {
	d := date("2016-02-28")
	assert.Equal(t, date("2016-02-29"), d.AddDays(1))
	assert.Equal(t, date("2016-03-01"), d.AddDays(2))
	assert.Equal(t, date("2016-02-27"), d.AddDays(-1))
	assert.Equal(t, date("2015-02-28"), d.AddMonths(-12))

	assert.Equal(t, -1, d.Compare(date("2016-02-29")))
	assert.Equal(t, 0, d.Compare(date("2016-02-28")))
	assert.Equal(t, 1, d.Compare(date("2015-12-31")))
	assert.True(t, d.Before(date("2016-03-01")))
	assert.True(t, d.After(date("2016-01-01")))

	assert.Equal(t, 366, date("2016-01-01").DaysUntil(date("2017-01-01")))
	assert.Equal(t, -365, date("2015-01-01").DaysUntil(date("2014-01-01")))
	assert.Equal(t, 0, d.DaysUntil(d))
}

// TestDateArithmeticAcrossCenturies: days are counted as days, not
// through time.Duration, which stops at 292 years.
func TestDateArithmeticAcrossCenturies(t *testing.T) {
	tests := []struct {
		from, to string
		days     int
	}{
		{"1700-01-01", "2000-01-01", 109572},
		{"2000-01-01", "1700-01-01", -109572},
		{"0001-01-01", "9999-12-31", 3652058},
		{"1948-07-05", "2100-12-31", 55696},
		{"1900-02-28", "1900-03-01", 1},
		{"2000-02-28", "2000-03-01", 2},
	}
	for _, tt := range tests {
		t.Run(tt.from+".."+tt.to, func(t *testing.T) {
			assert.Equal(t, tt.days, date(tt.from).DaysUntil(date(tt.to)))
			assert.Equal(t, date(tt.to), date(tt.from).AddDays(tt.days))
		})
	}
	assert.Equal(t, date("2015-03-02"), economy.MakeDate(2015, time.February, 30).AddDays(0), "normalised as time.Date normalises")
	assert.Equal(t, date("2016-03-02"), date("2016-01-31").AddMonths(1), "spills into the next month")
	assert.Equal(t, date("2014-12-31"), date("2015-12-31").AddMonths(-12))
	assert.Equal(t, time.Thursday, date("1970-01-01").Weekday())
}

// TestDateArithmeticSaturates: counts of any size, such as a parameter of
// 9223372036854775807 months, give the first or last day of the calendar,
// never an overflowed date on the wrong side of the start.
func TestDateArithmeticSaturates(t *testing.T) {
	d := date("2015-06-03")
	first, last := date("0001-01-01"), date("9999-12-31")
	tests := []struct {
		name string
		got  economy.Date
		want economy.Date
	}{
		{"months max", d.AddMonths(math.MaxInt), last},
		{"months min", d.AddMonths(math.MinInt), first},
		{"months -max", d.AddMonths(-math.MaxInt), first},
		{"days max", d.AddDays(math.MaxInt), last},
		{"days min", d.AddDays(math.MinInt), first},
		{"just past the end", last.AddDays(1), last},
		{"just before the start", first.AddDays(-1), first},
		{"months past the end", date("9999-12-15").AddMonths(1), last},
		{"a real span", d.AddMonths(-120), date("2005-06-03")},
		{"an absurd year", economy.MakeDate(math.MaxInt, time.June, 3).AddDays(0), last},
		{"an absurd day", economy.MakeDate(2015, time.June, math.MinInt).AddMonths(1), first},
		{"an absurd month", economy.MakeDate(2015, math.MaxInt, 1).AddMonths(-1), last},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
			assert.True(t, tt.got.Valid())
		})
	}
	assert.Equal(t, 3652058, first.DaysUntil(last))
	assert.Equal(t, time.Monday, date("1700-01-04").Weekday())
}

// FuzzDateArithmetic checks AddDays, DaysUntil, AddMonths and Weekday
// against time.Time, counting seconds rather than durations so that the
// reference is exact across any span, and checks that the round trips
// hold.
func FuzzDateArithmetic(f *testing.F) {
	f.Add(1700, 1, 1, 109572, 12)
	f.Add(2016, 2, 29, -366, -1)
	f.Add(1, 1, 1, 3652058, 119987)
	f.Add(2015, 2, 30, 0, 0)
	f.Fuzz(func(t *testing.T, y, m, d, n, months int) {
		if y < 1 || y > 9999 || m < -24 || m > 36 || d < -100 || d > 100 || n < -4_000_000 || n > 4_000_000 || months < -120_000 || months > 120_000 {
			t.Skip()
		}
		a := economy.MakeDate(y, time.Month(m), d)
		ref := a.Time()
		day := func(x economy.Date) int64 { return x.Time().Unix() / 86400 }

		// Within 0001-01-01 to 9999-12-31 the arithmetic is time's;
		// beyond, it saturates at those days.
		first, last := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
		clamp := func(t time.Time) economy.Date {
			switch {
			case t.Before(first):
				return economy.DateOf(first)
			case t.After(last):
				return economy.DateOf(last)
			}
			return economy.DateOf(t)
		}
		got := a.AddDays(n)
		if want := clamp(ref.AddDate(0, 0, n)); got != want {
			t.Fatalf("%v.AddDays(%d) = %v, want %v", a, n, got, want)
		}
		if ref.AddDate(0, 0, n) == got.Time() {
			if want := int(day(got) - ref.Unix()/86400); a.DaysUntil(got) != want || want != n {
				t.Fatalf("%v.DaysUntil(%v) = %d, want %d", a, got, a.DaysUntil(got), want)
			}
			if back := got.AddDays(-n); back != clamp(ref) {
				t.Fatalf("%v.AddDays(%d).AddDays(%d) = %v, want %v", a, n, -n, back, economy.DateOf(ref))
			}
		}
		if got, want := a.AddMonths(months), clamp(ref.AddDate(0, months, 0)); got != want {
			t.Fatalf("%v.AddMonths(%d) = %v, want %v", a, months, got, want)
		}
		if !got.Valid() || !a.AddMonths(months).Valid() {
			t.Fatalf("%v plus %d days or %d months is not a real date", a, n, months)
		}
		if a.Weekday() != ref.Weekday() {
			t.Fatalf("%v.Weekday() = %v, want %v", a, a.Weekday(), ref.Weekday())
		}
	})
}

func TestFinancialYear(t *testing.T) {
	p := economy.FinancialYear(2014)
	assert.Equal(t, "2014-04-01..2015-03-31", p.String())
	tests := []struct {
		give economy.Date
		want bool
	}{
		{date("2014-03-31"), false},
		{date("2014-04-01"), true},
		{date("2015-03-31"), true},
		{date("2015-04-01"), false},
	}
	for _, tt := range tests {
		t.Run(tt.give.String(), func(t *testing.T) {
			assert.Equal(t, tt.want, p.Contains(tt.give))
		})
	}
}

func TestDateText(t *testing.T) {
	text, err := economy.Date{}.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)

	text, err = date("1948-07-05").MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "1948-07-05", string(text))

	_, err = economy.MakeDate(2015, time.February, 30).MarshalText()
	assert.Error(t, err)

	d := date("2014-04-01")
	require.NoError(t, d.UnmarshalText(nil))
	assert.True(t, d.IsZero())
	require.NoError(t, d.UnmarshalText([]byte("2014-04-01")))
	assert.Equal(t, date("2014-04-01"), d)
	assert.Error(t, d.UnmarshalText([]byte("2014-04-31")))

	assert.Equal(t, date("1948-07-05"), economy.EarliestDate())
	assert.Equal(t, date("2100-12-31"), economy.LatestDate())
}

func TestSpellAndDirectionInForce(t *testing.T) {
	spell := economy.Spell{Regime: economy.QualitySpecialMeasures, Start: date("2013-07-16"), End: date("2016-03-01")}
	direction := economy.Direction{Issued: date("2013-07-16"), Revoked: date("2016-03-01")}
	tests := []struct {
		give economy.Date
		want bool
	}{
		{date("2013-07-15"), false},
		{date("2013-07-16"), true},
		{date("2016-02-29"), true},
		{date("2016-03-01"), false},
	}
	for _, tt := range tests {
		t.Run(tt.give.String(), func(t *testing.T) {
			assert.Equal(t, tt.want, spell.InForce(tt.give))
			assert.Equal(t, tt.want, direction.InForce(tt.give))
		})
	}
	open := economy.Spell{Regime: economy.SuccessRegime, Start: date("2015-06-03")}
	assert.True(t, open.InForce(date("2100-01-01")), "an open spell stays in force")
	assert.False(t, economy.Spell{}.InForce(date("2015-01-01")), "a spell without a start is never in force")
	assert.Equal(t, []economy.Regime{economy.QualitySpecialMeasures, economy.SuccessRegime},
		economy.RegimesOn([]economy.Spell{spell, open}, date("2015-07-01")))
}

// TestDateStringAsFmt holds Date.String's fast path to the format it
// replaces, at the edges of the fast path and beyond them.
func TestDateStringAsFmt(t *testing.T) {
	for _, d := range []economy.Date{
		{2015, 6, 1}, {1, 1, 1}, {9999, 12, 31}, {10000, 1, 1}, {-1, 1, 1}, {0, 0, 1},
		{2015, 99, 99}, {2015, 100, 1}, {2015, 1, 100}, {2015, -1, 1}, {2015, 1, -1}, {999, 9, 9},
	} {
		if got, want := d.String(), fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day); got != want {
			t.Errorf("%#v: %q, want %q", d, got, want)
		}
	}
}
