package rating

import (
	"encoding/json"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQualityMethodsInForce(t *testing.T) {
	tests := []struct {
		id               string
		dayBefore, first string
		last, dayAfter   string
	}{
		{"cqc_overall", "2013-12-31", "2014-01-01", "", ""},
		{"monitor_frr", "2008-03-31", "2008-04-01", "2013-09-30", "2013-10-01"},
		{"monitor_governance", "2008-03-31", "2008-04-01", "2013-09-30", "2013-10-01"},
		{"monitor_mandatory_services", "2008-03-31", "2008-04-01", "2010-12-31", "2011-01-01"},
		{"dh_nhs_performance_framework", "2009-03-31", "2009-04-01", "2013-03-31", "2013-04-01"},
		{"operational_standards", "2001-03-31", "2001-04-01", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			m, ok := Lookup(tt.id)
			require.True(t, ok)
			assert.False(t, m.InForce(date(tt.dayBefore)))
			assert.True(t, m.InForce(date(tt.first)))
			if tt.last != "" {
				assert.True(t, m.InForce(date(tt.last)))
				assert.False(t, m.InForce(date(tt.dayAfter)))
			}
			assert.NotEmpty(t, m.Sources)
			ids := map[string]bool{}
			for _, x := range MethodsInForce(date(tt.first)) {
				ids[x.ID] = true
			}
			assert.True(t, ids[tt.id])
		})
	}
}

func TestQualityMethodsNilProvider(t *testing.T) {
	for _, m := range qualityMethods() {
		r := m.Rate(Input{Provider: &economy.Provider{}, Date: date("2012-06-30")})
		assert.Equal(t, InsufficientData, r.Status, m.ID)
		assert.NotEmpty(t, r.Missing, m.ID)
	}
}

// TestQualityResultsJSON round-trips one rated Result of each method.
func TestQualityResultsJSON(t *testing.T) {
	cqc, err := RateCQC(CQCInput{Ratings: kq(o, o, g, g, g)}, DefaultCQCParams())
	require.NoError(t, err)
	frr, err := RateFRR(frrIn(5, 3, 3, 3, 2), DefaultFRRParams())
	require.NoError(t, err)
	gov, err := RateGovernance(GovernanceInput{Quarters: centralManchester(),
		Override: &Departure{To: GovernanceAmberRed.Score(), Reason: "recovery plan"}}, DefaultGovernanceParams())
	require.NoError(t, err)
	pf, err := RateNHSPF(sandwell(), DefaultNHSPFParams())
	require.NoError(t, err)
	svc, err := RateServices(ServicesInput{FailingToProvide: bp(false), AtRisk: bp(true)})
	require.NoError(t, err)
	std := RateStandards(&economy.Performance{Period: quarter("2012-10-01", "2012-12-31"), AE4Hours: nd("94")}, DefaultStandardsParams())
	for _, r := range []Result{cqc, frr, gov, pf, svc, std} {
		t.Run(r.Method, func(t *testing.T) {
			b, err := json.Marshal(r)
			require.NoError(t, err)
			var back Result
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, r.String(), back.String())
			b2, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(b), string(b2))
		})
	}
}
