package rating

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func judged(t *testing.T, p *economy.Performance, id StandardID) (StandardOutcome, bool) {
	t.Helper()
	for _, o := range AssessStandards(p, DefaultStandardsParams()) {
		if o.Standard.ID == id {
			return o, true
		}
	}
	return StandardOutcome{}, false
}

func TestStandardEdges(t *testing.T) {
	q3 := quarter("2012-10-01", "2012-12-31")
	tests := []struct {
		name string
		id   StandardID
		give economy.Performance
		want StandardResult
	}{
		{"A&E at 95", StdAE4Hours, economy.Performance{Period: q3, AE4Hours: nd("95")}, StandardMet},
		{"A&E below 95", StdAE4Hours, economy.Performance{Period: q3, AE4Hours: nd("94.99")}, StandardNotMet},
		{"A&E above 95", StdAE4Hours, economy.Performance{Period: q3, AE4Hours: nd("95.01")}, StandardMet},
		{"A&E missing", StdAE4Hours, economy.Performance{Period: q3}, StandardResultUnknown},
		{"RTT incomplete at 92", StdRTTIncomplete, economy.Performance{Period: q3, RTTIncomplete18Weeks: nd("92")}, StandardMet},
		{"RTT incomplete below 92", StdRTTIncomplete, economy.Performance{Period: q3, RTTIncomplete18Weeks: nd("91.99")}, StandardNotMet},
		{"RTT admitted at 90", StdRTTAdmitted, economy.Performance{Period: q3, RTTAdmitted18Weeks: nd("90")}, StandardMet},
		{"RTT admitted below 90", StdRTTAdmitted, economy.Performance{Period: q3, RTTAdmitted18Weeks: nd("89.99")}, StandardNotMet},
		{"RTT non-admitted at 95", StdRTTNonAdmitted, economy.Performance{Period: q3, RTTNonAdmitted18Wks: nd("95")}, StandardMet},
		{"RTT non-admitted below 95", StdRTTNonAdmitted, economy.Performance{Period: q3, RTTNonAdmitted18Wks: nd("94.99")}, StandardNotMet},
		{"2WW at 93", StdCancer2WeekWait, economy.Performance{Period: q3, Cancer2WeekWait: nd("93")}, StandardMet},
		{"2WW below 93", StdCancer2WeekWait, economy.Performance{Period: q3, Cancer2WeekWait: nd("92.99")}, StandardNotMet},
		{"31 day at 96", StdCancer31Day, economy.Performance{Period: q3, Cancer31Day: nd("96")}, StandardMet},
		{"31 day below 96", StdCancer31Day, economy.Performance{Period: q3, Cancer31Day: nd("95.99")}, StandardNotMet},
		{"62 day at 85", StdCancer62Day, economy.Performance{Period: q3, Cancer62Day: nd("85")}, StandardMet},
		{"62 day below 85", StdCancer62Day, economy.Performance{Period: q3, Cancer62Day: nd("84.99")}, StandardNotMet},
		{"diagnostics at 1", StdDiagnostics6Weeks, economy.Performance{Period: q3, DiagnosticsOver6Wks: nd("1")}, StandardMet},
		{"diagnostics above 1", StdDiagnostics6Weeks, economy.Performance{Period: q3, DiagnosticsOver6Wks: nd("1.01")}, StandardNotMet},
		{"diagnostics below 1", StdDiagnostics6Weeks, economy.Performance{Period: q3, DiagnosticsOver6Wks: nd("0.99")}, StandardMet},
		{"Cat A at 75", StdAmbulanceCatA8Min, economy.Performance{Period: q3, AmbulanceCatA8Min: nd("75")}, StandardMet},
		{"Cat A below 75", StdAmbulanceCatA8Min, economy.Performance{Period: q3, AmbulanceCatA8Min: nd("74.99")}, StandardNotMet},
		{"FDS at 75", StdCancer28DayFDS, economy.Performance{Period: quarter("2023-10-01", "2023-12-31"), Cancer28DayFDS: nd("75")}, StandardMet},
		{"FDS below 75", StdCancer28DayFDS, economy.Performance{Period: quarter("2023-10-01", "2023-12-31"), Cancer28DayFDS: nd("74.99")}, StandardNotMet},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, ok := judged(t, &tt.give, tt.id)
			require.True(t, ok)
			assert.Equal(t, tt.want, o.Result)
		})
	}
}

func TestStandardsInForce(t *testing.T) {
	at := func(to string) *economy.Performance {
		return &economy.Performance{Period: economy.Period{From: date(to).AddDays(-30), To: date(to)}, AE4Hours: nd("96")}
	}
	o, _ := judged(t, at("2010-06-20"), StdAE4Hours)
	assert.Equal(t, StandardNotMet, o.Result, "98% until 20 June 2010")
	o, _ = judged(t, at("2010-06-21"), StdAE4Hours)
	assert.Equal(t, StandardMet, o.Result, "95% from 21 June 2010")

	tests := []struct {
		id          StandardID
		last, first string // last day out of force before, first day in force
		end, after  string // last day in force, first day out (empty: none)
	}{
		{StdRTTIncomplete, "2012-03-31", "2012-04-01", "", ""},
		{StdRTTAdmitted, "2008-11-30", "2008-12-01", "2015-06-30", "2015-07-01"},
		{StdCancer2WeekWait, "2008-12-31", "2009-01-01", "2023-09-30", "2023-10-01"},
		{StdCancer28DayFDS, "2023-09-30", "2023-10-01", "", ""},
		{StdAmbulanceCatA8Min, "2001-03-31", "2001-04-01", "2017-07-12", "2017-07-13"},
	}
	for _, tt := range tests {
		t.Run(string(tt.id), func(t *testing.T) {
			_, ok := judged(t, at(tt.last), tt.id)
			assert.False(t, ok)
			_, ok = judged(t, at(tt.first), tt.id)
			assert.True(t, ok)
			if tt.end != "" {
				_, ok = judged(t, at(tt.end), tt.id)
				assert.True(t, ok)
				_, ok = judged(t, at(tt.after), tt.id)
				assert.False(t, ok)
			}
		})
	}
	assert.Nil(t, AssessStandards(&economy.Performance{}, DefaultStandardsParams()))
	assert.Nil(t, AssessStandards(nil, DefaultStandardsParams()))
}

func TestRateStandards(t *testing.T) {
	q3 := quarter("2012-10-01", "2012-12-31")
	full := economy.Performance{Period: q3, AE4Hours: nd("95"), RTTIncomplete18Weeks: nd("93"), RTTAdmitted18Weeks: nd("91"),
		RTTNonAdmitted18Wks: nd("96"), Cancer2WeekWait: nd("94"), Cancer31Day: nd("97"), Cancer62Day: nd("86"),
		DiagnosticsOver6Wks: nd("0.5"), AmbulanceCatA8Min: nd("76")}
	r := RateStandards(&full, DefaultStandardsParams())
	assert.Equal(t, StandardMet.Score(), r.Score)
	assert.Len(t, r.Metrics, 9)

	missing := full
	missing.AE4Hours.Valid = false
	r = RateStandards(&missing, DefaultStandardsParams())
	assert.Equal(t, InsufficientData, r.Status, "a missing figure is never met")
	assert.Equal(t, []string{"performance.ae_4_hours"}, r.Missing)

	missing.Cancer62Day = nd("80")
	r = RateStandards(&missing, DefaultStandardsParams())
	assert.Equal(t, StandardNotMet.Score(), r.Score, "a miss is a fact whatever is missing")

	r = RateStandards(&economy.Performance{}, DefaultStandardsParams())
	assert.Equal(t, []string{"performance.period.to"}, r.Missing)
	r = RateStandards(nil, DefaultStandardsParams())
	assert.Equal(t, []string{"performance"}, r.Missing)

	one := economy.Performance{Period: q3, AE4Hours: nd("94.5")}
	r = RateStandards(&one, StandardsParams{Standards: DefaultStandardsParams().Standards[1:2]})
	assert.Equal(t, "Standards not_met: ae_4_hours 94.5% -> not_met", r.String())
}
