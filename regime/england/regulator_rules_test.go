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

// healthChecked is an NHS trust (or another kind) with the annual health
// check ratings of 2007/08, published 16 October 2008.
func healthChecked(kind economy.ProviderKind, quality, resources string) *economy.Provider {
	p := &economy.Provider{ID: "T", Name: "Trust", Kind: kind}
	fy := economy.FinancialYear(2007)
	src := &economy.Citation{Document: "test"}
	if quality != "" {
		p.Ratings = append(p.Ratings, economy.PublishedRating{Scheme: economy.HealthCheckQuality, Period: fy, Published: provDate("2008-10-16"), Value: quality, Source: src})
	}
	if resources != "" {
		p.Ratings = append(p.Ratings, economy.PublishedRating{Scheme: economy.HealthCheckResources, Period: fy, Published: provDate("2008-10-16"), Value: resources, Source: src})
	}
	return p
}

func providerDecision(t *testing.T, p *economy.Provider, date string, settings ...regime.Setting) regime.Decision {
	t.Helper()
	day := provDate(date)
	f, err := england.InForce(day)
	require.NoError(t, err)
	if len(settings) > 0 {
		f, err = f.With(settings...)
		require.NoError(t, err)
	}
	e := &economy.Economy{ID: "X", Providers: []economy.Provider{*p}}
	d, err := f.Decide(regime.NewEnv(e, day), england.ProviderIntervention, regime.ProviderSubject(&e.Providers[0]))
	require.NoError(t, err)
	return d
}

// The 2008/09 edition reads an NHS trust's annual health check:
// provider.health_check_escalation (weak) and
// provider.health_check_current_months (12), at, below and above.
func TestHealthCheckEscalation(t *testing.T) {
	tests := []struct {
		name        string
		give        *economy.Provider
		date        string
		settings    []regime.Setting
		wantVerdict regime.Verdict
		wantRegime  economy.Regime
		wantText    string
	}{
		{"fair and weak: escalated", healthChecked(economy.KindNHSTrust, "fair", "weak"), "2008-10-16", nil, regime.Met, economy.InvestigationConsidered, "at or below the escalation rating"},
		{"fair and fair: routine", healthChecked(economy.KindNHSTrust, "fair", "fair"), "2008-10-16", nil, regime.Met, economy.RoutineOversight, "above the escalation rating"},
		{"fair and fair with the bar at fair: escalated", healthChecked(economy.KindNHSTrust, "fair", "fair"), "2008-10-16",
			[]regime.Setting{regime.Set("provider.health_check_escalation", "fair")}, regime.Met, economy.InvestigationConsidered, ""},
		{"the day before publication: unknown", healthChecked(economy.KindNHSTrust, "fair", "weak"), "2008-10-15", nil, regime.Unknown, economy.RegimeUnknown, "health_check_quality and health_check_resources published on or after 2007-10-15"},
		{"one rating only: unknown", healthChecked(economy.KindNHSTrust, "good", ""), "2008-10-16", nil, regime.Unknown, economy.RegimeUnknown, "missing ratings"},
		{"a foundation trust is Monitor's", healthChecked(economy.KindFoundationTrust, "weak", "weak"), "2008-10-16", nil, regime.Unknown, economy.RegimeUnknown, "whose reading of the annual health check is not encoded"},
		{"after the 2008/09 edition the health check is not read", healthChecked(economy.KindNHSTrust, "weak", "weak"), "2009-04-01", nil, regime.Unknown, economy.RegimeUnknown, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := providerDecision(t, tt.give, tt.date, tt.settings...)
			assert.Equal(t, tt.wantVerdict, d.Verdict, d.Text())
			r, _ := d.Ruling()
			assert.Equal(t, tt.wantRegime, r.Regime, d.Text())
			assert.True(t, strings.Contains(d.Text(), tt.wantText), "%q not in\n%s", tt.wantText, d.Text())
		})
	}
}

// The months a rating stays current: a rating published 18 October 2007
// is current on 17 October 2008 (12 months less a day), and 18 October,
// and lapsed on 19 October.
func TestHealthCheckCurrentMonths(t *testing.T) {
	p := &economy.Provider{ID: "T", Name: "Trust", Kind: economy.KindNHSTrust}
	src := &economy.Citation{Document: "test"}
	for _, s := range []economy.RatingScheme{economy.HealthCheckQuality, economy.HealthCheckResources} {
		p.Ratings = append(p.Ratings, economy.PublishedRating{Scheme: s, Period: economy.FinancialYear(2006), Published: provDate("2007-10-18"), Value: "weak", Source: src})
	}
	for date, want := range map[string]economy.Regime{"2008-10-17": economy.InvestigationConsidered, "2008-10-18": economy.InvestigationConsidered, "2008-10-19": economy.RegimeUnknown} {
		d := providerDecision(t, p, date)
		r, _ := d.Ruling()
		assert.Equal(t, want, r.Regime, "%s\n%s", date, d.Text())
	}
}

// Monitor acting on CQC's finding in the Compliance Framework editions:
// provider.cqc_action_breach_min (warning_notice), and the days the
// action is in force.
func TestCQCFindingRule(t *testing.T) {
	ft := func(kind economy.ProviderKind, action economy.CQCActionKind) *economy.Provider {
		return &economy.Provider{ID: "F", Name: "FT", Kind: kind, CQCActions: []economy.CQCAction{
			{Kind: action, Start: provDate("2009-10-31"), End: provDate("2009-12-04")},
		}}
	}
	tests := []struct {
		name       string
		give       *economy.Provider
		date       string
		settings   []regime.Setting
		wantRegime economy.Regime
		wantText   string
	}{
		{"the day before the warning notice", ft(economy.KindFoundationTrust, economy.WarningNotice), "2009-10-30", nil, economy.RegimeUnknown, "no CQC action of kind warning_notice or more severe"},
		{"the day of the warning notice", ft(economy.KindFoundationTrust, economy.WarningNotice), "2009-10-31", nil, economy.MandatedSupport, "Monitor considers whether the trust is in significant breach"},
		{"the last day in force", ft(economy.KindFoundationTrust, economy.WarningNotice), "2009-12-03", nil, economy.MandatedSupport, ""},
		{"the day it was met", ft(economy.KindFoundationTrust, economy.WarningNotice), "2009-12-04", nil, economy.RegimeUnknown, ""},
		{"registration conditions are more severe", ft(economy.KindFoundationTrust, economy.RegistrationConditions), "2009-11-01", nil, economy.MandatedSupport, ""},
		{"a compliance action is less severe", ft(economy.KindFoundationTrust, economy.ComplianceAction), "2009-11-01", nil, economy.RegimeUnknown, ""},
		{"a compliance action with the bar lowered", ft(economy.KindFoundationTrust, economy.ComplianceAction), "2009-11-01",
			[]regime.Setting{regime.Set("provider.cqc_action_breach_min", "compliance_action")}, economy.MandatedSupport, ""},
		{"an NHS trust's CQC actions go to its SHA", ft(economy.KindNHSTrust, economy.WarningNotice), "2009-11-01", nil, economy.RegimeUnknown, "went to its strategic health authority"},
		{"after the Compliance Framework", ft(economy.KindFoundationTrust, economy.WarningNotice), "2013-10-01", nil, economy.RegimeUnknown, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.give
			if tt.date == "2013-10-01" {
				p.CQCActions[0].Start, p.CQCActions[0].End = provDate("2013-09-01"), economy.Date{}
			}
			d := providerDecision(t, p, tt.date, tt.settings...)
			r, _ := d.Ruling()
			assert.Equal(t, tt.wantRegime, r.Regime, d.Text())
			assert.True(t, strings.Contains(d.Text(), tt.wantText), "%q not in\n%s", tt.wantText, d.Text())
			if tt.date == "2013-10-01" {
				assert.NotContains(t, d.Text(), "cqc_finding")
			}
		})
	}
}
