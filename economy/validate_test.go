package economy_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
)

// withProvider returns the rich economy with its first provider changed.
func withProvider(change func(p *economy.Provider)) economy.Economy {
	e := rich()
	change(&e.Providers[0])
	return e
}

func TestValidateBoundaries(t *testing.T) {
	tests := []struct {
		name   string
		change func(p *economy.Provider)
		want   []problem // nil: valid
	}{
		{"date on the NHS's founding", func(p *economy.Provider) { p.Inspections[0].Started = date("1948-07-05") }, nil},
		{"date the day before", func(p *economy.Provider) { p.Inspections[0].Started = date("1948-07-04") },
			[]problem{{"providers[0].inspections[0].started", "must not be before 1948-07-05"}}},
		{"date on the last day", func(p *economy.Provider) { p.Governance.Spells[0].End = date("2100-12-31") }, nil},
		{"date the day after", func(p *economy.Provider) { p.Governance.Spells[0].End = date("2101-01-01") },
			[]problem{{"providers[0].governance.spells[0].end", "must not be after 2100-12-31"}}},
		{"pending inspection with a report date", func(p *economy.Provider) { p.Inspections[0].Pending = true },
			[]problem{{"providers[0].inspections[0].published", "a pending inspection has no published report"},
				{"providers[0].inspections[0].pending", "a pending inspection carries no ratings"}}},
		{"pending inspection, nothing published", func(p *economy.Provider) {
			p.Inspections[0] = economy.Inspection{Scope: economy.ScopeProvider, Started: date("2015-04-14"), Pending: true}
		}, nil},
		{"impossible date", func(p *economy.Provider) { p.Inspections[0].Published = economy.MakeDate(2015, 2, 29) },
			[]problem{{"providers[0].inspections[0].published", "2015-02-29 is not a real date: February 2015 has 28 days"}}},
		{"money zero", func(p *economy.Provider) { p.Accounts[0].OperatingIncome = money("0") }, nil},
		{"money -0.01", func(p *economy.Provider) { p.Accounts[0].OperatingIncome = money("-0.01") },
			[]problem{{"providers[0].accounts[0].operating_income", "must not be negative"}}},
		{"deficit may be negative", func(p *economy.Provider) { p.Accounts[0].Surplus = money("-999999999999999") }, nil},
		{"percentage 100", func(p *economy.Provider) { p.Performance[0].AE4Hours = money("100") }, nil},
		{"percentage 100.01", func(p *economy.Provider) { p.Performance[0].AE4Hours = money("100.01") },
			[]problem{{"providers[0].performance[0].ae_4_hours", "must be between 0 and 100"}}},
		{"percentage 0", func(p *economy.Provider) { p.Performance[0].AE4Hours = money("0") }, nil},
		{"percentage -0.01", func(p *economy.Provider) { p.Performance[0].AE4Hours = money("-0.01") },
			[]problem{{"providers[0].performance[0].ae_4_hours", "must be between 0 and 100"}}},
		{"other percentage 100.01", func(p *economy.Provider) {
			p.Performance[0].Other = map[string]decimal.Decimal{"x": decimal.RequireFromString("100.01")}
		}, []problem{{"providers[0].performance[0].other.x", "must be between 0 and 100"}}},
		{"magnitude at 1e15", func(p *economy.Provider) { p.Accounts[0].ControlTotal = money("-1000000000000000") }, nil},
		{"magnitude just below", func(p *economy.Provider) { p.Accounts[0].ControlTotal = money("999999999999999.99") }, nil},
		{"magnitude just above", func(p *economy.Provider) { p.Accounts[0].ControlTotal = money("1000000000000000.01") },
			[]problem{{"providers[0].accounts[0].control_total", "must not exceed 1e15"}}},
		{"magnitude far above", func(p *economy.Provider) { p.Accounts[0].ControlTotal = money("-1e9000") },
			[]problem{{"providers[0].accounts[0].control_total", "must not exceed 1e15"}}},
		{"too many decimal places", func(p *economy.Provider) { p.Accounts[0].ControlTotal = money("1e-31") },
			[]problem{{"providers[0].accounts[0].control_total", "more than 30 decimal places"}}},
		{"inventories equal to current assets", func(p *economy.Provider) { p.Accounts[0].Inventories = p.Accounts[0].CurrentAssets }, nil},
		{"inventories above current assets", func(p *economy.Provider) { p.Accounts[0].Inventories = money("40000000.01") },
			[]problem{{"providers[0].accounts[0].inventories", "must not exceed current_assets"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := withProvider(tt.change)
			err := e.Validate()
			assert.Equal(t, err == nil, e.Valid(), "Valid agrees with Validate")
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			assertProblems(t, tt.want, err)
		})
	}
}

func TestValidateChecks(t *testing.T) {
	tests := []struct {
		name   string
		change func(e *economy.Economy)
		want   problem
	}{
		{"economy id", func(e *economy.Economy) { e.ID = " " }, problem{"id", "is required"}},
		{"commissioner kind", func(e *economy.Economy) { e.Commissioners[0].Kind = 0 }, problem{"commissioners[0].kind", "is required"}},
		{"commissioner kind out of range", func(e *economy.Economy) { e.Commissioners[0].Kind = 99 },
			problem{"commissioners[0].kind", "value 99 is out of range"}},
		{"provider kind out of range", func(e *economy.Economy) { e.Providers[0].Kind = economy.ProviderKind(99) },
			problem{"providers[0].kind", "value 99 is out of range"}},
		{"negative population", func(e *economy.Economy) { e.Commissioners[0].Population = ptr(int64(-1)) },
			problem{"commissioners[0].population", "must not be negative"}},
		{"duplicate commissioner", func(e *economy.Economy) { e.Commissioners = append(e.Commissioners, e.Commissioners[0]) },
			problem{"commissioners[1].id", `duplicate id "01H", first used at commissioners[0]`}},
		{"duplicate local authority", func(e *economy.Economy) { e.LocalAuthorities = append(e.LocalAuthorities, e.LocalAuthorities[0]) },
			problem{"local_authorities[1].id", `duplicate id "E10000006", first used at local_authorities[0]`}},
		{"duplicate service", func(e *economy.Economy) {
			e.Providers[0].Services = append(e.Providers[0].Services, e.Providers[0].Services[1])
		},
			problem{"providers[0].services[2].id", `duplicate id "maternity-cic", first used at providers[0].services[1]`}},
		{"duplicate asset", func(e *economy.Economy) {
			e.Providers[0].Assets = append(e.Providers[0].Assets, e.Providers[0].Assets[0])
		},
			problem{"providers[0].assets[1].id", `duplicate id "cic-site", first used at providers[0].assets[0]`}},
		{"dependent missing", func(e *economy.Economy) { e.Providers[0].Services[0].Dependents = []string{"x"} },
			problem{"providers[0].services[0].dependents[0]", `no service "x" in this provider`}},
		{"negative distance", func(e *economy.Economy) { e.Providers[0].Services[0].Alternatives[0].DistanceKm = money("-1") },
			problem{"providers[0].services[0].alternatives[0].distance_km", "must not be negative"}},
		{"negative travel time", func(e *economy.Economy) { e.Providers[0].Services[0].Alternatives[0].TravelMins = money("-1") },
			problem{"providers[0].services[0].alternatives[0].travel_minutes", "must not be negative"}},
		{"nhs trust privately owned", func(e *economy.Economy) { e.Providers[0].Ownership = economy.PrivatelyOwned },
			problem{"providers[0].ownership", "must be state_owned for an nhs_trust"}},
		{"authorised non-FT", func(e *economy.Economy) { e.Providers[0].Authorised = date("2010-01-01") },
			problem{"providers[0].authorised", "is only for NHS foundation trusts, not nhs_trust"}},
		{"period reversed", func(e *economy.Economy) { e.System[0].Period.To = date("2015-01-01") },
			problem{"system[0].period.to", "must not be before from (2015-04-01)"}},
		{"period missing end", func(e *economy.Economy) { e.System[0].Period.To = economy.Date{} },
			problem{"system[0].period.to", "is required"}},
		{"spell ends before start", func(e *economy.Economy) { e.Spells[0].End = date("2015-06-02") },
			problem{"spells[0].end", "must not be before start"}},
		{"spell without start", func(e *economy.Economy) { e.Spells[0].Start = economy.Date{} },
			problem{"spells[0].start", "is required"}},
		{"undertaking released before given", func(e *economy.Economy) { e.Providers[0].Governance.Undertakings[0].Released = date("2013-07-15") },
			problem{"providers[0].governance.undertakings[0].released", "must not be before date"}},
		{"direction revoked before issued", func(e *economy.Economy) { e.Commissioners[0].Directions[0].Revoked = date("2015-05-31") },
			problem{"commissioners[0].directions[0].revoked", "must not be before issued"}},
		{"breach resolved before found", func(e *economy.Economy) { e.Providers[0].Governance.Breaches[0].Resolved = date("2013-07-15") },
			problem{"providers[0].governance.breaches[0].resolved", "must not be before date"}},
		{"breach status", func(e *economy.Economy) { e.Providers[0].Governance.Breaches[0].Status = 0 },
			problem{"providers[0].governance.breaches[0].status", "is required"}},
		{"assurance rating", func(e *economy.Economy) { e.Commissioners[0].Ratings[0].Value = "" },
			problem{"commissioners[0].ratings[0].value", "is required"}},
		{"direction issued", func(e *economy.Economy) { e.Commissioners[0].Directions[0].Issued = economy.Date{} },
			problem{"commissioners[0].directions[0].issued", "is required"}},
		{"negative allocation", func(e *economy.Economy) { e.Commissioners[0].Finance[0].Allocation = money("-1") },
			problem{"commissioners[0].finance[0].allocation", "must not be negative"}},
		{"negative system income", func(e *economy.Economy) { e.System[0].Income = money("-1") },
			problem{"system[0].income", "must not be negative"}},
		{"local authority name", func(e *economy.Economy) { e.LocalAuthorities[0].Name = "" },
			problem{"local_authorities[0].name", "is required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := rich()
			tt.change(&e)
			assertProblems(t, []problem{tt.want}, e.Validate())
			assert.False(t, e.Valid(), "Valid agrees with Validate")
		})
	}
}

func TestValidateMissingIsNotAnError(t *testing.T) {
	e := economy.Economy{ID: "e", Name: "E", Providers: []economy.Provider{{
		ID: "P", Name: "p", Kind: economy.KindSocialCare,
		Accounts:    []economy.Accounts{{Period: fy(2014)}},
		Performance: []economy.Performance{{Period: fy(2014)}},
		Services:    []economy.Service{{ID: "S", Name: "s"}},
	}}}
	assert.NoError(t, e.Validate())
}

func TestValidateSingleOrganisations(t *testing.T) {
	p := rich().Providers[0]
	p.Accounts[0].Depreciation = money("-1")
	assertProblems(t, []problem{{"accounts[0].depreciation", "must not be negative"}}, p.Validate())

	c := rich().Commissioners[0]
	c.Name = ""
	assertProblems(t, []problem{{"name", "is required"}}, c.Validate())
}

func TestValidateDoesNotModifyItsInput(t *testing.T) {
	e := rich()
	e.Providers[0].Accounts[0].OperatingIncome = money("-1.50")
	before := rich()
	before.Providers[0].Accounts[0].OperatingIncome = money("-1.50")
	require.Error(t, e.Validate())
	assert.Equal(t, before, e, "Validate changed its input")
}

func TestValidateObligations(t *testing.T) {
	src := &economy.Citation{Document: "d"}
	e := economy.Economy{ID: "E", Name: "E", Obligations: []economy.Obligation{
		{Kind: economy.ShortTermPlan, Regime: economy.SuccessRegime, Amount: money("5"), Model: "x", Source: src},
		{Kind: economy.TransitionalFunding, Regime: economy.SuccessRegime, Amount: money("-1"), Partners: []string{""},
			Events: []economy.ObligationEvent{{Status: economy.ObligationStatus(99)}}},
		{Kind: economy.TransitionalFunding, Regime: economy.SuccessRegime, Amount: money("0"), Source: src},
	}}
	err := e.Validate()
	require.Error(t, err)
	for _, want := range []string{
		"obligations[0].amount: is only for transitional_funding",
		"obligations[0].model: is only for new_care_model",
		"obligations[1].amount: must not be negative",
		"obligations[1].partners[0]",
		"obligations[1].events[0].date",
		"obligations[1].events[0].status",
		"obligations[1].source: is required",
	} {
		assert.Contains(t, err.Error(), want)
	}
	assert.NotContains(t, err.Error(), "obligations[2]")
}

// An inspection without a scope would be read as no trust-level report:
// it is refused, not ignored.
func TestValidateInspectionScopeRequired(t *testing.T) {
	e := economy.Economy{ID: "E", Name: "E", Providers: []economy.Provider{{ID: "P", Name: "P", Kind: economy.KindNHSTrust,
		Inspections: []economy.Inspection{{Published: date("2015-01-01"), Overall: economy.Good}}}}}
	err := e.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "providers[0].inspections[0].scope: is required")
}
