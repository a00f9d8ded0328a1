package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestServiceContinuity(t *testing.T) {
	with := func(change func(s *economy.Service)) economy.Service {
		s := plainService()
		change(&s)
		return s
	}
	alt := func(km, mins string, capacity *bool) func(s *economy.Service) {
		return func(s *economy.Service) {
			a := economy.Alternative{ProviderID: "ALT", HasCapacity: capacity}
			if km != "" {
				a.DistanceKm = nd(km)
			}
			if mins != "" {
				a.TravelMins = nd(mins)
			}
			s.Alternatives = []economy.Alternative{a}
		}
	}
	unlicensed := func(p *economy.Provider) { p.Licensed = nil }
	tests := []struct {
		name      string
		giveDate  string
		giveID    string
		giveOwner func(p *economy.Provider)
		giveSvc   economy.Service
		giveOther []economy.Service
		want      string
	}{
		// State-owned: kept running; the tests decide what follows.
		{name: "trust, location specific", giveDate: "2015-06-01", giveID: "RT1",
			giveSvc: with(func(s *economy.Service) { s.Designation = economy.LocationSpecific }), want: england.KeepThenContinue.String()},
		{name: "trust, no test met, alternative close", giveDate: "2015-06-01", giveID: "RT1", giveSvc: plainService(), want: england.KeepThenTransfer.String()},
		{name: "trust, 30 km is close enough", giveDate: "2015-06-01", giveID: "RT1", giveSvc: with(alt("30", "", contYes())), want: england.KeepThenTransfer.String()},
		{name: "trust, 29.99 km", giveDate: "2015-06-01", giveID: "RT1", giveSvc: with(alt("29.99", "", contYes())), want: england.KeepThenTransfer.String()},
		{name: "trust, 30.01 km is too far", giveDate: "2015-06-01", giveID: "RT1", giveSvc: with(alt("30.01", "", contYes())), want: england.KeepThenContinue.String()},
		{name: "trust, 45 minutes is close enough", giveDate: "2015-06-01", giveID: "RT1", giveSvc: with(alt("", "45", contYes())), want: england.KeepThenTransfer.String()},
		{name: "trust, 44.99 minutes", giveDate: "2015-06-01", giveID: "RT1", giveSvc: with(alt("", "44.99", contYes())), want: england.KeepThenTransfer.String()},
		{name: "trust, 45.01 minutes is too far", giveDate: "2015-06-01", giveID: "RT1", giveSvc: with(alt("", "45.01", contYes())), want: england.KeepThenContinue.String()},
		{name: "trust, near by road but too long a journey", giveDate: "2015-06-01", giveID: "RT1", giveSvc: with(alt("10", "50", contYes())), want: england.KeepThenContinue.String()},
		{name: "trust, alternative close but full", giveDate: "2015-06-01", giveID: "RT1", giveSvc: with(alt("10", "", contNo())), want: england.KeepThenReshape.String()},
		{name: "trust, alternative capacity not known", giveDate: "2015-06-01", giveID: "RT1", giveSvc: with(alt("10", "", nil)), want: "unknown"},
		{name: "trust, alternative distance not known", giveDate: "2015-06-01", giveID: "RT1", giveSvc: with(alt("", "", contYes())), want: "unknown"},
		{name: "trust, no alternatives listed", giveDate: "2015-06-01", giveID: "RT1",
			giveSvc: with(func(s *economy.Service) { s.Alternatives = nil }), want: "unknown"},
		{name: "trust, designation not given", giveDate: "2015-06-01", giveID: "RT1",
			giveSvc: with(func(s *economy.Service) { s.Designation = economy.DesignationUnknown }), want: "unknown"},
		{name: "trust, inequalities not assessed", giveDate: "2015-06-01", giveID: "RT1",
			giveSvc: with(func(s *economy.Service) { s.WidensInequalities = nil }), want: "unknown"},
		{name: "trust, widens inequalities", giveDate: "2015-06-01", giveID: "RT1",
			giveSvc: with(func(s *economy.Service) { s.WidensInequalities = contYes() }), want: england.KeepThenContinue.String()},
		{name: "trust, dependents unviable", giveDate: "2015-06-01", giveID: "RT1",
			giveSvc: with(func(s *economy.Service) { s.DependentsUnviable = contYes() }), want: england.KeepThenContinue.String()},
		{name: "trust, a designated service depends on it", giveDate: "2015-06-01", giveID: "RT1",
			giveSvc:   with(func(s *economy.Service) { s.Dependents = []string{"dep"} }),
			giveOther: []economy.Service{{ID: "dep", Name: "Dependent", Designation: economy.LocationSpecific}}, want: england.KeepThenContinue.String()},
		{name: "trust, an undesignated service depends on it", giveDate: "2015-06-01", giveID: "RT1",
			giveSvc:   with(func(s *economy.Service) { s.Dependents = []string{"dep"} }),
			giveOther: []economy.Service{{ID: "dep", Name: "Dependent", Designation: economy.DesignationNone}}, want: england.KeepThenTransfer.String()},
		{name: "trust, a dependent of unknown designation", giveDate: "2015-06-01", giveID: "RT1",
			giveSvc:   with(func(s *economy.Service) { s.Dependents = []string{"dep"} }),
			giveOther: []economy.Service{{ID: "dep", Name: "Dependent"}}, want: "unknown"},
		{name: "trust, 2008: the paper applies before any licence", giveDate: "2008-06-01", giveID: "RT1", giveSvc: plainService(), want: england.KeepThenTransfer.String()},
		// Foundation trusts: every service a CRS from the licence to March 2016.
		{name: "FT, day before the licence", giveDate: "2013-03-31", giveID: "RF1", giveSvc: plainService(), want: england.KeepThenTransfer.String()},
		{name: "FT, first day of the licence", giveDate: "2013-04-01", giveID: "RF1", giveSvc: plainService(), want: england.KeepThenContinue.String()},
		{name: "FT, last day services were all CRS", giveDate: "2016-03-31", giveID: "RF1", giveSvc: plainService(), want: england.KeepThenContinue.String()},
		{name: "FT, first day they were not", giveDate: "2016-04-01", giveID: "RF1", giveSvc: plainService(), want: england.KeepThenTransfer.String()},
		{name: "FT, designated CRS in 2017", giveDate: "2017-06-01", giveID: "RF1",
			giveSvc: with(func(s *economy.Service) { s.Designation = economy.CommissionerRequested }), want: england.KeepThenContinue.String()},
		// Private providers: only commissioner requested services, from the licence.
		{name: "private CRS", giveDate: "2015-06-01", giveID: "IP1",
			giveSvc: with(func(s *economy.Service) { s.Designation = economy.CommissionerRequested }), want: england.CRSContinue.String()},
		{name: "private CRS, day before the licence bound it", giveDate: "2014-03-31", giveID: "IP1",
			giveSvc: with(func(s *economy.Service) { s.Designation = economy.CommissionerRequested }), want: england.CreditorsTransfer.String()},
		{name: "private CRS, first day of the licence", giveDate: "2014-04-01", giveID: "IP1",
			giveSvc: with(func(s *economy.Service) { s.Designation = economy.CommissionerRequested }), want: england.CRSContinue.String()},
		{name: "private CRS, licence not known", giveDate: "2015-06-01", giveID: "IP1", giveOwner: unlicensed,
			giveSvc: with(func(s *economy.Service) { s.Designation = economy.CommissionerRequested }), want: "unknown"},
		{name: "private CRS, no licence", giveDate: "2015-06-01", giveID: "IP1", giveOwner: func(p *economy.Provider) { p.Licensed = contNo() },
			giveSvc: with(func(s *economy.Service) { s.Designation = economy.CommissionerRequested }), want: england.CreditorsTransfer.String()},
		{name: "private, designation not given", giveDate: "2015-06-01", giveID: "IP1",
			giveSvc: with(func(s *economy.Service) { s.Designation = economy.DesignationUnknown }), want: "unknown"},
		{name: "private, tests met but not designated", giveDate: "2015-06-01", giveID: "IP1",
			giveSvc: with(func(s *economy.Service) { s.WidensInequalities = contYes() }), want: england.CreditorsTransfer.String()},
		{name: "private, not designated, no alternative", giveDate: "2015-06-01", giveID: "IP1",
			giveSvc: with(func(s *economy.Service) { s.Alternatives = nil }), want: england.CreditorsCease.String()},
		{name: "voluntary, not designated", giveDate: "2015-06-01", giveID: "IP1", giveOwner: func(p *economy.Provider) { p.Kind = economy.KindIndependentVoluntary },
			giveSvc: plainService(), want: england.CreditorsTransfer.String()},
		{name: "owner not known", giveDate: "2015-06-01", giveID: "IP1", giveOwner: func(p *economy.Provider) { p.Kind = economy.KindSocialCare },
			giveSvc: plainService(), want: "unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decideService(t, tt.giveDate, tt.giveID, tt.giveOwner, tt.giveSvc, tt.giveOther...)
			assert.Equal(t, tt.want, contCode(d), d.Outcome.Reason)
		})
	}
}

// A decision names where a service may go and who must agree.
func TestServiceContinuityNamesProvidersAndCommissioners(t *testing.T) {
	d := decideService(t, "2015-06-01", "RT1", nil, plainService())
	require.Equal(t, england.KeepThenTransfer.String(), contCode(d))
	to, ok := contFact(d.Outcome, "may transfer to")
	require.True(t, ok)
	assert.Equal(t, "ALT", to, "named by ID: its name is in the decisions about it")
	buyers, ok := contFact(d.Outcome, "commissioners who must agree")
	require.True(t, ok)
	assert.Equal(t, "01A, NHSE", buyers)
	local, ok := contFact(d.Outcome, "local commissioners to involve")
	require.True(t, ok)
	assert.Equal(t, "01A, 02B, NHSE, LA1", local)
}

// An alternative's distance is reported against its parameter, with the
// parameter's interpretation, so a reader sees the number is ours.
func TestServiceContinuityDistanceFact(t *testing.T) {
	s := plainService()
	s.Alternatives[0].DistanceKm = nd("31")
	d := decideService(t, "2015-06-01", "RT1", nil, s)
	var found *regime.Fact
	var walk func(o regime.Outcome)
	walk = func(o regime.Outcome) {
		for i := range o.Facts {
			if o.Facts[i].Name == "distance to ALT" && found == nil {
				found = &o.Facts[i]
			}
		}
		for _, c := range o.Children {
			walk(c)
		}
	}
	walk(d.Outcome)
	require.NotNil(t, found)
	assert.Equal(t, "continuity.alternative_max_km", found.Param)
	assert.Contains(t, found.Interpretation, "library's reading")
	assert.True(t, found.Distance.Decimal.Equal(dec("1")))
}

func TestWhoMustAgree(t *testing.T) {
	e := contEconomy()
	e.LocalAuthorities = []economy.LocalAuthority{{ID: "E1", Name: "County Council"}}
	tests := []struct {
		name      string
		giveEcon  *economy.Economy
		giveSvc   *economy.Service
		wantBuy   []string
		wantLocal []string
		wantScru  []string
	}{
		{name: "nil service", giveEcon: e, giveSvc: nil},
		{name: "area commissioners and NHS England as a buyer", giveEcon: e,
			giveSvc: &economy.Service{Commissioners: []string{"NHSE"}}, wantBuy: []string{"NHSE"}, wantLocal: []string{"01A", "02B", "NHSE", "LA1"}, wantScru: []string{"E1"}},
		{name: "NHS England not a buyer", giveEcon: e,
			giveSvc: &economy.Service{Commissioners: []string{"02B"}}, wantBuy: []string{"02B"}, wantLocal: []string{"01A", "02B", "LA1"}, wantScru: []string{"E1"}},
		{name: "no economy", giveEcon: nil,
			giveSvc: &economy.Service{Commissioners: []string{"02B"}}, wantBuy: []string{"02B"}, wantLocal: []string{"02B"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := england.WhoMustAgree(tt.giveEcon, tt.giveSvc)
			assert.Equal(t, tt.wantBuy, a.Commissioners)
			assert.Equal(t, tt.wantLocal, a.Local)
			assert.Equal(t, tt.wantScru, a.Scrutiny)
		})
	}
}

// The verdict path of the rule set allocates nothing and agrees with the
// explained one, in every edition.
func TestServiceContinuityVerdictPath(t *testing.T) {
	fws, err := england.Frameworks()
	require.NoError(t, err)
	e := contEconomy()
	p, _ := e.Provider("RT1")
	p.Services = []economy.Service{plainService()}
	s := regime.ServiceSubject(p, &p.Services[0])
	for _, f := range fws {
		rs, ok := f.RuleSet(england.ServiceContinuity)
		require.True(t, ok, f.ID())
		env := regime.NewEnv(e, f.From()).WithParams(f)
		_, v := rs.Match(&env, s)
		d, err := f.Decide(regime.NewEnv(e, f.From()), england.ServiceContinuity, s)
		require.NoError(t, err)
		assert.Equal(t, d.Verdict, v, f.ID())
		assert.Zero(t, testing.AllocsPerRun(50, func() { rs.Match(&env, s) }), f.ID())
	}
}
