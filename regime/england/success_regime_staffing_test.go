package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// staffedArea is an area of one NHS trust with the workforce facts given.
func staffedArea(ws ...economy.Workforce) *economy.Economy {
	return &economy.Economy{ID: "A", Name: "Area", Providers: []economy.Provider{{ID: "T", Name: "Trust", Kind: economy.KindNHSTrust, Workforce: ws}}}
}

// The staffing shortage of the success regime's areas:
// economy.staffing_agency_growth_min (2), economy.staffing_vacancy_rate_min
// (10%) and economy.staffing_agency_share_min (10%) at, below and above,
// reported (economy.sr_staffing_counts off) and counted (on).
func TestStaffingShortage(t *testing.T) {
	y11, y14 := economy.FinancialYear(2011), economy.FinancialYear(2014)
	spend := func(first, planned string) []economy.Workforce {
		return []economy.Workforce{{Period: y11, AgencySpend: nd(first)}, {Period: y14, PlannedAgencySpend: nd(planned)}}
	}
	tests := []struct {
		name   string
		give   *economy.Economy
		counts bool
		want   regime.Verdict
		reason string
	}{
		{"spend trebled, reported", staffedArea(spend("5690000", "16500000")...), false, regime.NotMet, "reported only"},
		{"spend trebled, counted", staffedArea(spend("5690000", "16500000")...), true, regime.Met, "a provider in the area reports a staffing shortage"},
		{"spend exactly doubled", staffedArea(spend("5690000", "11380000")...), true, regime.Met, ""},
		{"spend just under double: the other measures unknown", staffedArea(spend("5690000", "11379999.99")...), true, regime.Unknown, "not given"},
		{"no workforce facts", staffedArea(), true, regime.Unknown, ""},
		{"vacancy rate at 10%", staffedArea(economy.Workforce{Period: y14, VacancyRate: nd("10")}), true, regime.Met, ""},
		{"every measure known, none a shortage", staffedArea(
			economy.Workforce{Period: y11, AgencySpend: nd("5690000")},
			economy.Workforce{Period: y14, VacancyRate: nd("9.99"), AgencyShare: nd("9.99"), AgencySpend: nd("6000000")}), true, regime.NotMet, "no provider's workforce facts show a shortage"},
		{"agency share at 10%", staffedArea(economy.Workforce{Period: y14, AgencyShare: nd("10")}), true, regime.Met, ""},
		{"a year begun after the facts date is not read", staffedArea(economy.Workforce{Period: economy.FinancialYear(2016), VacancyRate: nd("30")}), true, regime.Unknown, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := provFramework(t, "sr2015", regime.Set("economy.sr_staffing_counts", tt.counts))
			d, err := f.Decide(regime.NewEnv(tt.give, provDate("2015-06-02")), england.EconomyIntervention, regime.EconomySubject(tt.give))
			require.NoError(t, err)
			o, ok := d.Node("sr_staffing")
			require.True(t, ok, d.Text())
			assert.Equal(t, tt.want, o.Verdict, d.Text())
			assert.Contains(t, o.Reason, tt.reason)
		})
	}
}
