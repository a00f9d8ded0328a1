package england_test

import (
	"strings"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var pctSource = &economy.Citation{Document: "test", Verified: true}

// pctRated is a PCT with the annual health check ratings of 2008/09,
// published on 15 October 2009, and optionally a World Class
// Commissioning governance rating.
func pctRated(quality, resources, wcc string) *economy.Commissioner {
	c := &economy.Commissioner{ID: "pct-x", Name: "PCT X", Kind: economy.PCT}
	fy := economy.FinancialYear(2008)
	if quality != "" {
		c.Ratings = append(c.Ratings, economy.PublishedRating{Scheme: economy.HealthCheckQuality, Period: fy, Published: provDate("2009-10-15"), Value: quality, Source: pctSource})
	}
	if resources != "" {
		c.Ratings = append(c.Ratings, economy.PublishedRating{Scheme: economy.HealthCheckResources, Period: fy, Published: provDate("2009-10-15"), Value: resources, Source: pctSource})
	}
	if wcc != "" {
		c.Ratings = append(c.Ratings, economy.PublishedRating{Scheme: economy.WCCGovernance, Period: economy.FinancialYear(2009), Published: provDate("2010-04-14"), Value: wcc, Source: pctSource})
	}
	return c
}

// The PCT ladder, 2008-2013: commissioner.pct_escalation_health_check
// (weak), commissioner.pct_escalation_wcc_governance (red) and
// commissioner.pct_rating_current_months (12), each at, below and above.
func TestPCTLadder(t *testing.T) {
	tests := []struct {
		name        string
		give        *economy.Commissioner
		date        string
		wantVerdict regime.Verdict
		wantCode    string
		wantRegime  economy.Regime
		wantReason  string
	}{
		{"fair and good: routine", pctRated("fair", "good", ""), "2009-10-15", regime.Met, "", economy.CommissionerAssurance, "none at or below"},
		{"weak quality: escalated", pctRated("weak", "good", ""), "2009-10-15", regime.Met, england.CodePCTEscalated, economy.CommissionerAssurance, "performance-managed"},
		{"weak resources: escalated", pctRated("good", "weak", ""), "2009-10-15", regime.Met, england.CodePCTEscalated, economy.CommissionerAssurance, "at or below"},
		{"the day before publication: nothing current", pctRated("weak", "weak", ""), "2009-10-14", regime.Unknown, "", economy.RegimeUnknown, "no current published assessment"},
		{"12 months on: still current", pctRated("fair", "good", ""), "2010-10-15", regime.Met, "", economy.CommissionerAssurance, ""},
		{"12 months and a day: lapsed", pctRated("fair", "good", ""), "2010-10-16", regime.Unknown, "", economy.RegimeUnknown, "published on or after 2009-10-16"},
		{"one axis only: unknown", pctRated("fair", "", ""), "2009-10-15", regime.Unknown, "", economy.RegimeUnknown, "health_check_resources"},
		{"one axis weak: escalated whatever the other", pctRated("weak", "", ""), "2009-10-15", regime.Met, england.CodePCTEscalated, economy.CommissionerAssurance, ""},
		{"WCC governance amber: routine", pctRated("", "", "amber"), "2010-04-14", regime.Met, "", economy.CommissionerAssurance, ""},
		{"WCC governance red: escalated", pctRated("", "", "red"), "2010-04-14", regime.Met, england.CodePCTEscalated, economy.CommissionerAssurance, ""},
		{"WCC governance green: routine", pctRated("", "", "green"), "2010-04-14", regime.Met, "", economy.CommissionerAssurance, ""},
		{"nothing published: unknown, naming the ratings", pctRated("", "", ""), "2012-08-01", regime.Unknown, "", economy.RegimeUnknown, "missing ratings: health_check_quality"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := commissionerDecision(t, tt.give, tt.date, "yes")
			assert.Equal(t, tt.wantVerdict, d.Verdict, d.Text())
			r, _ := d.Ruling()
			assert.Equal(t, tt.wantCode, r.Code)
			assert.Equal(t, tt.wantRegime, r.Regime)
			if tt.wantCode == england.CodePCTEscalated {
				assert.Equal(t, economy.IntensityEscalation, r.EffectiveIntensity())
			}
			assert.True(t, strings.Contains(d.Text(), tt.wantReason), "reason %q not in\n%s", tt.wantReason, d.Text())
		})
	}
}

// The escalation parameters are the interpretation they say they are:
// with "fair", a fair PCT is escalated.
func TestPCTLadderVariant(t *testing.T) {
	f, err := england.FrameworkByID("pf2009")
	require.NoError(t, err)
	v, err := f.With(regime.Set("commissioner.pct_escalation_health_check", "fair"))
	require.NoError(t, err)
	e := &economy.Economy{ID: "X", Commissioners: []economy.Commissioner{*pctRated("fair", "good", "")}}
	d, err := v.Decide(regime.NewEnv(e, provDate("2009-10-15")), england.CommissionerIntervention, regime.CommissionerSubject(&e.Commissioners[0]))
	require.NoError(t, err)
	r, ok := d.Ruling()
	require.True(t, ok, d.Text())
	assert.Equal(t, england.CodePCTEscalated, r.Code)
	for _, name := range []string{"commissioner.pct_escalation_health_check", "commissioner.pct_escalation_wcc_governance", "commissioner.pct_rating_current_months"} {
		p, ok := f.Parameter(name)
		require.True(t, ok, name)
		assert.NotEmpty(t, p.Interpretation, name)
		assert.NotEmpty(t, p.Citation.URL, name)
	}
}
