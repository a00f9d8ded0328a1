package economy_test

import (
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
