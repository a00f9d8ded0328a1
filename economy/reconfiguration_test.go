package economy_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
)

// TestReconfigurationValidate checks each fact of a reconfiguration, and
// the days the law changed at, below and above: local authority referrals
// end on 31 January 2024 (SI 2024/16), call-ins begin that day (Health and
// Care Act 2022 Sch 6), and no CQC action is older than 1 April 2009.
func TestReconfigurationValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(e *economy.Economy)
		want   []problem // nil: valid
	}{
		{"the rich economy", func(e *economy.Economy) {}, nil},
		{"referral received the day before referrals ended", func(e *economy.Economy) {
			e.Reconfigurations[0].Referral.Received = date("2024-01-30")
			e.Reconfigurations[0].Referral.PanelAdvice = economy.Date{}
			e.Reconfigurations[0].Referral.Decided = economy.Date{}
			e.Reconfigurations[0].Referral.Outcome = 0
		}, nil},
		{"referral received the day referrals ended", func(e *economy.Economy) {
			e.Reconfigurations[0].Referral.Received = date("2024-01-31")
			e.Reconfigurations[0].Referral.PanelAdvice = economy.Date{}
			e.Reconfigurations[0].Referral.Decided = economy.Date{}
			e.Reconfigurations[0].Referral.Outcome = 0
		}, []problem{{"reconfigurations[0].referral.received", "could not refer proposals to the Secretary of State from 2024-01-31"}}},
		{"referral received the day after", func(e *economy.Economy) {
			e.Reconfigurations[0].Referral.Received = date("2024-02-01")
			e.Reconfigurations[0].Referral.PanelAdvice = economy.Date{}
			e.Reconfigurations[0].Referral.Decided = economy.Date{}
			e.Reconfigurations[0].Referral.Outcome = 0
		}, []problem{{"reconfigurations[0].referral.received", "could not refer"}}},
		{"call-in requested the day before the power", func(e *economy.Economy) {
			e.Reconfigurations[0].CallIn.Requested = date("2024-01-30")
		}, []problem{{"reconfigurations[0].call_in.requested", "exists only from 2024-01-31"}}},
		{"call-in requested the day the power began", func(e *economy.Economy) {
			e.Reconfigurations[0].CallIn.Requested = date("2024-01-31")
		}, nil},
		{"call-in decided before requested", func(e *economy.Economy) {
			e.Reconfigurations[0].CallIn.Decided = date("2024-01-31")
		}, []problem{{"reconfigurations[0].call_in.decided", "must not be before requested (2024-02-01)"}}},
		{"panel advice before the referral", func(e *economy.Economy) {
			e.Reconfigurations[0].Referral.PanelAdvice = date("2017-01-31")
		}, []problem{{"reconfigurations[0].referral.panel_advice", "must not be before received"}}},
		{"consultation starts before the proposal", func(e *economy.Economy) {
			e.Reconfigurations[0].Consultation.Start = date("2016-10-02")
		}, []problem{{"reconfigurations[0].consultation.start", "must not be before proposed (2016-10-03)"}}},
		{"consultation starts on the day of the proposal", func(e *economy.Economy) {
			e.Reconfigurations[0].Consultation.Start = date("2016-10-03")
		}, nil},
		{"consultation ends before it starts", func(e *economy.Economy) {
			e.Reconfigurations[0].Consultation.End = date("2016-10-06")
		}, []problem{{"reconfigurations[0].consultation.end", "must not be before start"}}},
		{"negative meetings", func(e *economy.Economy) { *e.Reconfigurations[0].Consultation.PublicMeetings = -1 },
			[]problem{{"reconfigurations[0].consultation.public_meetings", "must not be negative"}}},
		{"zero meetings", func(e *economy.Economy) { *e.Reconfigurations[0].Consultation.PublicMeetings = 0 }, nil},
		{"a response from a commissioner not in the economy", func(e *economy.Economy) {
			e.Reconfigurations[0].Consultation.Responses[0].Consultee = "02X"
		}, []problem{{"reconfigurations[0].consultation.responses[0].consultee", `no commissioner "02X" in the economy`}}},
		{"a response from a local authority not in the economy", func(e *economy.Economy) {
			e.Reconfigurations[0].Consultation.Responses[0].Kind = economy.ConsulteeLocalAuthority
		}, []problem{{"reconfigurations[0].consultation.responses[0].consultee", `no local authority "01H" in the economy`}}},
		{"a response from a body outside the economy", func(e *economy.Economy) {
			e.Reconfigurations[0].Consultation.Responses[0].Kind = economy.ConsulteeCQC
			e.Reconfigurations[0].Consultation.Responses[0].Consultee = "Care Quality Commission"
		}, nil},
		{"a response without its kind", func(e *economy.Economy) { e.Reconfigurations[0].Consultation.Responses[0].Kind = 0 },
			[]problem{{"reconfigurations[0].consultation.responses[0].kind", "is required"}}},
		{"a service not in the provider", func(e *economy.Economy) { e.Reconfigurations[0].Services[0].Service = "nope" },
			[]problem{{"reconfigurations[0].services[0].service", `no service "nope" in provider RNL`},
				{"reconfigurations[0].rulings[0].services[0]", "RNL/ae-cic is not one of the reconfiguration's services"}}},
		{"a provider not in the economy", func(e *economy.Economy) { e.Reconfigurations[1].Services[0].Provider = "XXX" },
			[]problem{{"reconfigurations[1].services[0].provider", `no provider "XXX" in the economy`}}},
		{"no services", func(e *economy.Economy) { e.Reconfigurations[1].Services = nil },
			[]problem{{"reconfigurations[1].services", "is required"}}},
		{"a service named twice", func(e *economy.Economy) {
			e.Reconfigurations[1].Services = append(e.Reconfigurations[1].Services, e.Reconfigurations[1].Services[0])
		}, []problem{{"reconfigurations[1].services[1]", "is listed twice"}}},
		{"a special administration without its trust", func(e *economy.Economy) { e.Reconfigurations[1].Trust = "" },
			[]problem{{"reconfigurations[1].trust", "is required for a special administration"}}},
		{"a trust for a commissioners' proposal", func(e *economy.Economy) { e.Reconfigurations[0].Trust = "RNL" },
			[]problem{{"reconfigurations[0].trust", "is only for a special administration"}}},
		{"a final report for a commissioners' proposal", func(e *economy.Economy) { e.Reconfigurations[0].Submitted = date("2017-01-01") },
			[]problem{{"reconfigurations[0].submitted", "is only for a special administration's final report"}}},
		{"a referral of a special administration", func(e *economy.Economy) {
			e.Reconfigurations[1].Referral = &economy.Referral{By: []string{"E10000006"}, Received: date("2018-04-01")}
		}, []problem{{"reconfigurations[1].referral", "go to the Secretary of State"}}},
		{"a referral by an unknown council", func(e *economy.Economy) { e.Reconfigurations[0].Referral.By = []string{"E99"} },
			[]problem{{"reconfigurations[0].referral.by[0]", `no local authority "E99" in the economy`}}},
		{"an outcome without a decision", func(e *economy.Economy) { e.Reconfigurations[0].Decided = economy.Date{} },
			[]problem{{"reconfigurations[0].outcome", "is only for a decision"}}},
		{"not called in as a decision's outcome", func(e *economy.Economy) { e.Reconfigurations[0].Outcome = economy.ChangeNotCalledIn },
			[]problem{{"reconfigurations[0].outcome", "is the outcome of a call-in request"}}},
		{"decided before the final report", func(e *economy.Economy) { e.Reconfigurations[1].Decided = date("2018-02-28") },
			[]problem{{"reconfigurations[1].decided", "must not be before submitted (2018-03-01)"}}},
		{"a ruling before the proposal", func(e *economy.Economy) { e.Reconfigurations[0].Rulings[0].Date = date("2016-01-01") },
			[]problem{{"reconfigurations[0].rulings[0].date", "must not be before proposed"}}},
		{"a ruling without its court", func(e *economy.Economy) { e.Reconfigurations[0].Rulings[0].Court = "" },
			[]problem{{"reconfigurations[0].rulings[0].court", "is required"}}},
		{"duplicate reconfiguration IDs", func(e *economy.Economy) { e.Reconfigurations[1].ID = e.Reconfigurations[0].ID },
			[]problem{{"reconfigurations[1].id", `duplicate id "ae-downgrade"`}}},
		{"a CQC action the day before CQC existed", func(e *economy.Economy) {
			e.Providers[0].CQCActions[0].Start = date("2009-03-31")
		}, []problem{{"providers[0].cqc_actions[0].start", "must not be before 2009-04-01"}}},
		{"a CQC action on CQC's first day", func(e *economy.Economy) { e.Providers[0].CQCActions[0].Start = date("2009-04-01") }, nil},
		{"a CQC action the day after", func(e *economy.Economy) { e.Providers[0].CQCActions[0].Start = date("2009-04-02") }, nil},
		{"negative agency spend", func(e *economy.Economy) { e.Providers[0].Workforce[0].AgencySpend = money("-0.01") },
			[]problem{{"providers[0].workforce[0].agency_spend", "must not be negative"}}},
		{"zero planned agency spend", func(e *economy.Economy) { e.Providers[0].Workforce[0].PlannedAgencySpend = money("0") }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := rich()
			tt.change(&e)
			err := e.Validate()
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			assertProblems(t, tt.want, err)
		})
	}
}

func TestReconfigurationHelpers(t *testing.T) {
	r := rich().Reconfigurations[0]
	assert.True(t, r.Names("RNL", "ae-cic"))
	assert.False(t, r.Names("RNL", "maternity-cic"))
	assert.True(t, r.Rulings[0].Covers("RNL", "ae-cic"))
	assert.False(t, r.Rulings[0].Covers("RNL", "maternity-cic"))
	assert.True(t, economy.CourtRuling{}.Covers("X", "y"), "a ruling naming no service covers them all")
	assert.Equal(t, "RNL/ae-cic", r.Services[0].String())
	assert.True(t, economy.ChangeApproved.Approves())
	assert.True(t, economy.ChangeApprovedWithChanges.Approves())
	assert.False(t, economy.ChangeRejected.Approves())
	assert.False(t, economy.ChangeNotCalledIn.Approves())
	assert.True(t, economy.ConsulteeLocalAuthority.InEconomy())
	assert.False(t, economy.ConsulteeCQC.InEconomy())
	assert.Equal(t, economy.MustDate("2024-01-31"), economy.ReferralsEnd())
	assert.Equal(t, economy.MustDate("2024-01-31"), economy.CallInFrom())
	e := rich()
	la, ok := e.LocalAuthority("E10000006")
	require.True(t, ok)
	assert.Equal(t, "Cumbria County Council", la.Name)
	_, ok = e.LocalAuthority("nope")
	assert.False(t, ok)
}
