package england_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// exitReason decides p on date under the edition in force and returns the
// reason of the entry id.
func exitReason(t *testing.T, p *economy.Provider, date, id string) (regime.Decision, string) {
	t.Helper()
	d := economy.MustDate(date)
	f, err := england.InForce(d)
	require.NoError(t, err)
	dec, err := f.Decide(regime.NewEnv(nil, d), england.ProviderIntervention, regime.ProviderSubject(p))
	require.NoError(t, err)
	o, ok := dec.Node(id)
	require.True(t, ok, dec.Text())
	return dec, o.Reason
}

// A trust in quality special measures stays in them on the record (its
// spell decides), but the decision says when its own facts stopped
// meeting the entry criteria, what the exit depends on, and whether the
// re-inspection CQC's timeline asks for came (12 months: CQC, Hospital
// special measures timeline confirmed, 11 February 2015).
func TestQualitySMLeaving(t *testing.T) {
	bad := economy.KeyQuestionRatings{Safe: economy.Inadequate, Effective: economy.RequiresImprovement, Caring: economy.Good,
		Responsive: economy.RequiresImprovement, WellLed: economy.Inadequate}
	good := economy.KeyQuestionRatings{Safe: economy.Good, Effective: economy.Good, Caring: economy.Good,
		Responsive: economy.Good, WellLed: economy.RequiresImprovement}
	trust := func(reports ...economy.Inspection) *economy.Provider {
		return &economy.Provider{ID: "RXX", Kind: economy.KindNHSTrust, Inspections: reports,
			Governance: economy.Governance{Spells: []economy.Spell{{Regime: economy.QualitySpecialMeasures, Start: economy.MustDate("2014-06-01")}}}}
	}
	first := economy.Inspection{Scope: economy.ScopeProvider, Published: economy.MustDate("2014-05-20"), Ratings: bad}
	tests := []struct {
		name  string
		p     *economy.Provider
		date  string
		wants []string
	}{
		{"criteria still met, re-inspection not yet due", trust(first), "2015-05-31",
			[]string{"entry criteria still met on its own facts", "exit depends on CQC's re-inspection", "re-inspection due by 2015-06-01: not yet"}},
		{"re-inspection missed", trust(first), "2015-06-02",
			[]string{"entry criteria still met", "re-inspection due by 2015-06-01: no trust-level report published by then (missed)"}},
		{"re-inspected in time, rated better", trust(first, economy.Inspection{Scope: economy.ScopeProvider, Published: economy.MustDate("2015-03-10"), Ratings: good}), "2015-06-02",
			[]string{"entry criteria no longer met since 2015-03-10", "re-inspection due by 2015-06-01: report published 2015-03-10"}},
		{"never met on its own facts", trust(economy.Inspection{Scope: economy.ScopeProvider, Published: economy.MustDate("2014-05-20"), Ratings: good}), "2014-09-01",
			[]string{"entry criteria not met on its own facts at any time since the spell began on 2014-06-01: it stands on the recorded spell"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec, reason := exitReason(t, tt.p, tt.date, "quality_special_measures")
			r, ok := dec.Ruling()
			require.True(t, ok)
			assert.Equal(t, economy.QualitySpecialMeasures, r.Regime, "the recorded spell still decides")
			for _, w := range tt.wants {
				assert.Contains(t, reason, w)
			}
		})
	}
}

// Financial special measures: a trust that refused its control total and
// accepted it later no longer meets the criterion from the day it
// accepted; the exit is the regulator's judgement (NHS Improvement's
// criteria, National Health Executive, 2018).
func TestFinancialSMLeaving(t *testing.T) {
	p := &economy.Provider{ID: "RFS", Kind: economy.KindNHSTrust,
		Accounts: []economy.Accounts{{Period: economy.FinancialYear(2016), PlannedSurplus: nd("-5000000"), ControlTotal: nd("-2000000"),
			ForecastSurplus: nd("-1000000"),
			ControlTotalEvents: []economy.ControlTotalEvent{
				{Date: economy.MustDate("2016-06-30"), Status: economy.ControlTotalRefused},
				{Date: economy.MustDate("2016-11-15"), Status: economy.ControlTotalAccepted},
			}}},
		Governance: economy.Governance{Spells: []economy.Spell{{Regime: economy.FinancialSpecialMeasures, Start: economy.MustDate("2016-07-21")}}},
	}
	_, reason := exitReason(t, p, "2016-09-01", "financial_special_measures")
	assert.Contains(t, reason, "entry criteria still met")
	_, reason = exitReason(t, p, "2017-01-10", "financial_special_measures")
	assert.Contains(t, reason, "entry criteria no longer met since 2016-11-15")
	assert.Contains(t, reason, "exit depends on the regulator's judgement that the trust has returned to a robust financial recovery plan")
}
