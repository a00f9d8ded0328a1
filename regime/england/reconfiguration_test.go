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

func yes() *bool { b := true; return &b }
func no() *bool  { b := false; return &b }

// changeArea is an area with one trust's A&E, commissioned by a CCG and a
// PCT, two councils, and a commissioners' proposal to downgrade it.
func changeArea(change func(r *economy.Reconfiguration)) *economy.Economy {
	r := economy.Reconfiguration{ID: "ae", Name: "Downgrade A&E", Route: economy.CommissionerLed,
		Services: []economy.ServiceRef{{Provider: "T", Service: "ae"}}, Proposed: provDate("2016-01-04"),
		Consultation: economy.Consultation{Start: provDate("2016-01-04"), End: provDate("2016-03-31"),
			Responses: []economy.ConsultationResponse{{Consultee: "ccg", Kind: economy.ConsulteeCommissioner, Supports: yes()}}},
		Engagement: yes(), ClinicalEvidence: yes(), PatientChoice: yes(),
		Beds:    &economy.BedClosure{Significant: no()},
		Decided: provDate("2016-05-01"), Outcome: economy.ChangeApproved,
	}
	if change != nil {
		change(&r)
	}
	return &economy.Economy{ID: "X", Name: "X",
		Commissioners: []economy.Commissioner{{ID: "ccg", Name: "CCG", Kind: economy.CCG}, {ID: "pct", Name: "PCT", Kind: economy.PCT}},
		Providers: []economy.Provider{{ID: "T", Name: "Trust", Kind: economy.KindNHSTrust,
			Services: []economy.Service{{ID: "ae", Name: "A&E", Commissioners: []string{"ccg", "pct"}}, {ID: "other", Name: "Other"}}}},
		LocalAuthorities: []economy.LocalAuthority{{ID: "la1", Name: "Council 1"}, {ID: "la2", Name: "Council 2"}},
		Reconfigurations: []economy.Reconfiguration{r},
	}
}

func changeDecision(t *testing.T, e *economy.Economy, service, date string, settings ...regime.Setting) regime.Decision {
	t.Helper()
	require.NoError(t, e.Validate())
	day := provDate(date)
	f, err := england.InForce(day)
	require.NoError(t, err)
	if len(settings) > 0 {
		f, err = f.With(settings...)
		require.NoError(t, err)
	}
	p := &e.Providers[0]
	svc, ok := p.Service(service)
	require.True(t, ok)
	d, err := f.Decide(regime.NewEnv(e, day), england.ServiceChange, regime.ServiceSubject(p, svc))
	require.NoError(t, err)
	return d
}

func TestServiceChange(t *testing.T) {
	tests := []struct {
		name      string
		change    func(r *economy.Reconfiguration)
		service   string
		date      string
		settings  []regime.Setting
		wantStage england.ChangeStage // ChangeStageUnknown: an Unknown decision
		wantText  []string
	}{
		{"a service nobody proposes to change", nil, "other", "2016-06-01", nil, england.NoChangeProposed, []string{"no reconfiguration in the facts reshapes the service"}},
		{"before the proposal", nil, "ae", "2016-01-03", nil, england.NoChangeProposed, nil},
		{"consultation open", func(r *economy.Reconfiguration) { r.Decided, r.Outcome = economy.Date{}, 0 }, "ae", "2016-02-01", nil,
			england.ChangeInProcess, []string{"consultation open since 2016-01-04", "not yet decided", "supports: ccg"}},
		{"consulted, decided, tests met", nil, "ae", "2016-06-01", nil, england.ChangeMayProceed,
			[]string{"consulted until 2016-03-31", "decided on 2016-05-01: approved", "tests met", "may still refer it", "local authorities: la1, la2"}},
		{"the clinical commissioner opposes", func(r *economy.Reconfiguration) { r.Consultation.Responses[0].Supports = no() }, "ae", "2016-06-01", nil,
			england.ChangeTestsNotMet, []string{"opposes: ccg"}},
		{"the PCT's view does not count where a CCG is named", func(r *economy.Reconfiguration) {
			r.Consultation.Responses = append(r.Consultation.Responses, economy.ConsultationResponse{Consultee: "pct", Kind: economy.ConsulteeCommissioner, Supports: no()})
		}, "ae", "2016-06-01", nil, england.ChangeMayProceed, nil},
		{"the commissioner's support not recorded", func(r *economy.Reconfiguration) { r.Consultation.Responses = nil }, "ae", "2016-06-01", nil,
			england.ChangeStageUnknown, []string{"not recorded: ccg"}},
		{"a response after the facts date does not count", func(r *economy.Reconfiguration) { r.Consultation.Responses[0].Date = provDate("2016-06-02") }, "ae", "2016-06-01", nil,
			england.ChangeStageUnknown, nil},
		{"engagement not held", func(r *economy.Reconfiguration) { r.Engagement = no() }, "ae", "2016-06-01", nil, england.ChangeTestsNotMet, []string{"strengthened public and patient engagement no"}},
		{"clinical evidence unknown", func(r *economy.Reconfiguration) { r.ClinicalEvidence = nil }, "ae", "2016-06-01", nil, england.ChangeStageUnknown, nil},
		{"the day before the four tests", func(r *economy.Reconfiguration) {
			r.Proposed, r.Consultation.Start, r.Consultation.End, r.Decided = provDate("2010-01-04"), provDate("2010-01-04"), provDate("2010-03-31"), provDate("2010-05-01")
			r.Engagement = no()
		}, "ae", "2010-06-20", nil, england.ChangeMayProceed, []string{"no tests of a significant service change before 21 June 2010"}},
		{"the day of the four tests", func(r *economy.Reconfiguration) {
			r.Proposed, r.Consultation.Start, r.Consultation.End, r.Decided = provDate("2010-01-04"), provDate("2010-01-04"), provDate("2010-03-31"), provDate("2010-05-01")
			r.Engagement = no()
		}, "ae", "2010-06-21", nil, england.ChangeTestsNotMet, nil},
		{"significant bed closures the day before the bed test", func(r *economy.Reconfiguration) {
			r.Beds = &economy.BedClosure{Significant: yes(), AlternativeProvision: no(), NewTreatments: no(), EfficiencyPlan: no()}
		},
			"ae", "2017-03-31", nil, england.ChangeMayProceed, nil},
		{"significant bed closures the day of the bed test", func(r *economy.Reconfiguration) {
			r.Beds = &economy.BedClosure{Significant: yes(), AlternativeProvision: no(), NewTreatments: no(), EfficiencyPlan: no()}
		},
			"ae", "2017-04-01", nil, england.ChangeTestsNotMet, []string{"one of the three is needed"}},
		{"one of the bed conditions met", func(r *economy.Reconfiguration) {
			r.Beds = &economy.BedClosure{Significant: yes(), AlternativeProvision: no(), NewTreatments: yes()}
		},
			"ae", "2017-04-01", nil, england.ChangeMayProceed, nil},
		{"bed closures not recorded", func(r *economy.Reconfiguration) { r.Beds = nil }, "ae", "2017-04-01", nil, england.ChangeStageUnknown, nil},
		{"referred and awaiting", func(r *economy.Reconfiguration) {
			r.Referral = &economy.Referral{By: []string{"la1"}, Received: provDate("2016-05-10"), PanelAdvice: provDate("2016-06-20"), Decided: provDate("2016-09-01"), Outcome: economy.ChangeApprovedWithChanges}
		}, "ae", "2016-06-01", nil, england.ChangeAwaitingDecision, []string{"referred by la1, received 2016-05-10", "made under the regulations of 2016-05-10"}},
		{"referred, panel advised, awaiting", func(r *economy.Reconfiguration) {
			r.Referral = &economy.Referral{By: []string{"la1"}, Received: provDate("2016-05-10"), PanelAdvice: provDate("2016-06-20"), Decided: provDate("2016-09-01"), Outcome: economy.ChangeApprovedWithChanges}
		}, "ae", "2016-08-31", nil, england.ChangeAwaitingDecision, []string{"the Independent Reconfiguration Panel advised on 2016-06-20"}},
		{"referred and approved", func(r *economy.Reconfiguration) {
			r.Referral = &economy.Referral{By: []string{"la1"}, Received: provDate("2016-05-10"), Decided: provDate("2016-09-01"), Outcome: economy.ChangeApprovedWithChanges}
		}, "ae", "2016-09-01", nil, england.ChangeApproved, []string{"decided on the local authorities' referral on 2016-09-01: approved_with_changes"}},
		{"referred and rejected", func(r *economy.Reconfiguration) {
			r.Referral = &economy.Referral{By: []string{"la1"}, Received: provDate("2016-05-10"), Decided: provDate("2016-09-01"), Outcome: economy.ChangeRejected}
		}, "ae", "2016-09-01", nil, england.ChangeRejected, nil},
		{"call-in declined leaves the local decision", func(r *economy.Reconfiguration) {
			r.Proposed, r.Consultation.Start, r.Consultation.End, r.Decided = provDate("2024-01-04"), provDate("2024-01-04"), provDate("2024-03-31"), provDate("2024-05-01")
			r.Beds = &economy.BedClosure{Significant: no()}
			r.CallIn = &economy.CallIn{Requested: provDate("2024-05-10"), Decided: provDate("2024-08-01"), Outcome: economy.ChangeNotCalledIn}
		}, "ae", "2024-08-01", nil, england.ChangeMayProceed, []string{"may still be asked to call it in", "no new referral to the Secretary of State from 2024-01-31"}},
		{"a referral made before the end of referrals, awaiting after it: saved", func(r *economy.Reconfiguration) {
			r.Proposed, r.Consultation.Start, r.Consultation.End, r.Decided = provDate("2023-06-01"), provDate("2023-06-01"), provDate("2023-08-31"), provDate("2023-10-01")
			r.Referral = &economy.Referral{By: []string{"la2"}, Received: provDate("2024-01-30")}
		}, "ae", "2024-02-01", nil, england.ChangeAwaitingDecision, []string{"saved: made before 2024-01-31, when new referrals ended"}},
		{"call-in pending", func(r *economy.Reconfiguration) {
			r.Proposed, r.Consultation.Start, r.Consultation.End, r.Decided = provDate("2024-01-04"), provDate("2024-01-04"), provDate("2024-03-31"), provDate("2024-05-01")
			r.CallIn = &economy.CallIn{Requested: provDate("2024-05-10")}
		}, "ae", "2024-08-01", nil, england.ChangeAwaitingDecision, []string{"asked to call the proposal in on 2024-05-10"}},
		{"quashed", func(r *economy.Reconfiguration) {
			r.Rulings = []economy.CourtRuling{{Court: "High Court", Citation: "[2016] EWHC 1 (Admin)", Date: provDate("2016-07-01"), Quashes: true}}
		}, "ae", "2016-07-01", nil, england.ChangeQuashed, []string{"quashed as to this service after High Court on 2016-07-01, [2016] EWHC 1 (Admin)"}},
		{"the day before the ruling", func(r *economy.Reconfiguration) {
			r.Rulings = []economy.CourtRuling{{Court: "High Court", Date: provDate("2016-07-01"), Quashes: true}}
		}, "ae", "2016-06-30", nil, england.ChangeMayProceed, nil},
		{"quashed, then reversed on appeal", func(r *economy.Reconfiguration) {
			r.Rulings = []economy.CourtRuling{{Court: "Court of Appeal", Date: provDate("2016-10-01")}, {Court: "High Court", Date: provDate("2016-07-01"), Quashes: true}}
		}, "ae", "2016-10-01", nil, england.ChangeMayProceed, nil},
		{"majority support: one of two supports", func(r *economy.Reconfiguration) {
			r.Consultation.Responses = []economy.ConsultationResponse{{Consultee: "ccg", Kind: economy.ConsulteeCommissioner, Supports: no()}}
		}, "ae", "2016-06-01", []regime.Setting{regime.Set("change.commissioner_support", "majority")}, england.ChangeTestsNotMet, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := changeDecision(t, changeArea(tt.change), tt.service, tt.date, tt.settings...)
			got, ok := england.ChangeStageOf(d)
			if tt.wantStage == england.ChangeStageUnknown {
				assert.Equal(t, regime.Unknown, d.Verdict, d.Text())
			} else {
				require.True(t, ok, d.Text())
				assert.Equal(t, tt.wantStage, got, d.Text())
			}
			for _, s := range tt.wantText {
				assert.True(t, strings.Contains(d.Text(), s), "%q not in\n%s", s, d.Text())
			}
		})
	}
}

// A special administrator's recommendations: consulted under the law of
// the day, decided by the Secretary of State; a service of another trust
// was outside the administrator's powers until 15 July 2014.
func TestServiceChangeSpecialAdministration(t *testing.T) {
	area := func(proposed, decided string) *economy.Economy {
		e := changeArea(func(r *economy.Reconfiguration) {
			r.Route, r.Trust = economy.SpecialAdministration, "T"
			r.Proposed, r.Consultation.Start, r.Consultation.End = provDate(proposed), provDate(proposed), provDate(proposed).AddDays(40)
			r.Submitted, r.Decided, r.Outcome = provDate(decided).AddDays(-20), provDate(decided), economy.ChangeApprovedWithChanges
			r.Services = append(r.Services, economy.ServiceRef{Provider: "U", Service: "ae"})
		})
		e.Providers = append(e.Providers, economy.Provider{ID: "U", Name: "Another trust", Kind: economy.KindNHSTrust,
			Services: []economy.Service{{ID: "ae", Name: "A&E", Commissioners: []string{"ccg"}}}})
		return e
	}
	decide := func(e *economy.Economy, provider, date string) regime.Decision {
		require.NoError(t, e.Validate())
		day := provDate(date)
		f, err := england.InForce(day)
		require.NoError(t, err)
		p, _ := e.Provider(provider)
		d, err := f.Decide(regime.NewEnv(e, day), england.ServiceChange, regime.ServiceSubject(p, &p.Services[0]))
		require.NoError(t, err)
		return d
	}
	e := area("2012-10-29", "2013-01-31")
	d := decide(e, "T", "2012-11-05")
	stage, ok := england.ChangeStageOf(d)
	require.True(t, ok, d.Text())
	assert.Equal(t, england.ChangeInProcess, stage)
	assert.Contains(t, d.Text(), "law of 2010): the strategic health authority")
	assert.Contains(t, d.Text(), "take effect only by the Secretary of State's decision")

	d = decide(e, "T", "2013-01-15")
	stage, _ = england.ChangeStageOf(d)
	assert.Equal(t, england.ChangeAwaitingDecision, stage, d.Text())

	d = decide(e, "U", "2013-01-31")
	stage, _ = england.ChangeStageOf(d)
	assert.Equal(t, england.ChangeApproved, stage, d.Text())
	assert.Contains(t, d.Text(), "which Chapter 5A reached only from 15 July 2014")

	e = area("2015-01-05", "2015-06-01")
	d = decide(e, "U", "2015-06-01")
	assert.Contains(t, d.Text(), "a service of an affected trust (U), within the administrator's powers (Care Act 2014 s.120)")
	d = decide(e, "T", "2015-01-06")
	assert.Contains(t, d.Text(), "law of 2014): the Board (NHS England)")

	e = area("2023-01-09", "2023-06-01")
	d = decide(e, "T", "2023-01-10")
	assert.Contains(t, d.Text(), "law of 2022")
	assert.NotContains(t, d.Text(), "the Board (NHS England)")

	// Not bound by the tests: the Lewisham-style opposition no longer
	// decides.
	e = area("2012-10-29", "2013-01-31")
	e.Reconfigurations[0].Consultation.Responses[0].Supports = no()
	d = decide(e, "T", "2012-12-20")
	stage, _ = england.ChangeStageOf(d)
	assert.Equal(t, england.ChangeTestsNotMet, stage, d.Text())
	f, err := england.InForce(provDate("2012-12-20"))
	require.NoError(t, err)
	v, err := f.With(regime.Set("change.tests_bind_administrator", false))
	require.NoError(t, err)
	p := &e.Providers[0]
	d, err = v.Decide(regime.NewEnv(e, provDate("2012-12-20")), england.ServiceChange, regime.ServiceSubject(p, &p.Services[0]))
	require.NoError(t, err)
	stage, _ = england.ChangeStageOf(d)
	assert.Equal(t, england.ChangeInProcess, stage, d.Text())
}

func TestChangeStageWords(t *testing.T) {
	for c := england.NoChangeProposed; c <= england.ChangeInProcess; c++ {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back england.ChangeStage
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
		assert.NotEqual(t, c.String(), c.Text())
		assert.Equal(t, c.String(), c.Ruling().Code)
	}
	_, ok := england.ChangeStageOf(regime.Decision{})
	assert.False(t, ok)
}

// A continuity plan carries where the reshaping of each service stands,
// and the local authorities that scrutinise it.
func TestContinuityPlanCarriesTheChange(t *testing.T) {
	e := changeArea(nil)
	day := provDate("2016-06-01")
	f, err := england.InForce(day)
	require.NoError(t, err)
	plans, err := england.ContinuityPlan(f, regime.NewEnv(e, day), "T")
	require.NoError(t, err)
	require.Len(t, plans, 2)
	require.NotNil(t, plans[0].Change)
	stage, ok := england.ChangeStageOf(*plans[0].Change)
	require.True(t, ok)
	assert.Equal(t, england.ChangeMayProceed, stage)
	stage, _ = england.ChangeStageOf(*plans[1].Change)
	assert.Equal(t, england.NoChangeProposed, stage)
	assert.Equal(t, []string{"la1", "la2"}, plans[0].Agreement.Scrutiny)
}
