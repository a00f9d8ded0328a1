package england_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/failregime/failregime/economy"
	rt "github.com/failregime/failregime/rating"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Boundary tests of the numeric thresholds of the provider intervention
// rule set (intervention_provider_params.go). Each fixture's rating is
// computed with the rating package's typed function inside the test, so a
// change to a rating method shows up here as a fixture error rather than
// as a silently moved boundary. Where the rating's scale ends at the
// threshold (no FRR of 0, no governance rating above red), the parameter
// is moved with regime.Set instead, so that every threshold is seen with
// the rating exactly at it, one step better and one step worse.

// boundaryRow is one decision at a boundary: a fixture whose rating is
// give, the threshold parameter left at the edition's default or, with
// set, moved to threshold; the entry the rule set must choose; and the
// verdict of the rule that reads the parameter.
type boundaryRow struct {
	name      string
	give      int
	set       bool
	threshold int
	wantEntry string
	wantRule  regime.Verdict
}

// decideBoundary decides p under edition id on date (facts of the same
// day), with param moved as row says, and checks the entry chosen, its
// regime, and the verdict of rule ruleID, which must name the threshold it
// compared with.
func decideBoundary(t *testing.T, id, date, param, ruleID string, p *economy.Provider, e *economy.Economy, row boundaryRow) {
	t.Helper()
	var overrides []regime.Setting
	if row.set {
		overrides = append(overrides, regime.Set(param, row.threshold))
	}
	f := provFramework(t, id, overrides...)
	d, err := f.Decide(regime.NewEnv(e, provDate(date)), england.ProviderIntervention, regime.ProviderSubject(p))
	require.NoError(t, err)
	require.Equal(t, regime.Met, d.Verdict, d.Text())
	assert.Equal(t, row.wantEntry, chosenEntry(d), d.Text())
	r, _ := d.Ruling()
	assert.Equal(t, entryRegime[row.wantEntry], r.Regime)
	rule, ok := explainRule(t, f, p, e, date, ruleID)
	require.True(t, ok, "no rule %s in %s", ruleID, id)
	assert.Equal(t, row.wantRule, rule.Verdict, rule.Reason)
	// The rule reports the threshold it compared with: the default or the
	// value set.
	prm, ok := f.Parameter(param)
	require.True(t, ok, param)
	assert.Contains(t, rule.Reason, " "+prm.Value+"): ", "the rule compares with %s", param)
}

// explainRule explains the rule ruleID on its own, through every entry
// of the provider rule set: under the First policy an entry below the one
// chosen is never tried, yet the rule under test must still be seen to
// hold when a more intensive entry decides.
func explainRule(t *testing.T, f *regime.Framework, p *economy.Provider, e *economy.Economy, date, ruleID string) (regime.Outcome, bool) {
	t.Helper()
	rs, ok := f.RuleSet(england.ProviderIntervention)
	require.True(t, ok)
	env := regime.NewEnv(e, provDate(date)).WithParams(f)
	for _, en := range rs.Entries() {
		if o, ok := en.Rule.Explain(&env, regime.ProviderSubject(p)).Node(ruleID); ok {
			return o, true
		}
	}
	return regime.Outcome{}, false
}

// paramDefault is the value an edition gives an integer parameter.
func paramDefault(t *testing.T, id, name string) string {
	t.Helper()
	prm, ok := provFramework(t, id).Parameter(name)
	require.True(t, ok, "%s has no %s", id, name)
	return prm.Default
}

var entryRegime = map[string]economy.Regime{
	"trust_special_administration": economy.TrustSpecialAdministration,
	"mandated_support":             economy.MandatedSupport,
	"investigation_considered":     economy.InvestigationConsidered,
	"enhanced_monitoring":          economy.EnhancedMonitoring,
	"routine_oversight":            economy.RoutineOversight,
	"recovery_support":             economy.RecoverySupportProgramme,
	"provider_improvement":         economy.ProviderImprovementProgramme,
}

// frrAccounts are a year's accounts on which every metric of Monitor's
// financial risk rating scores s (1 to 5), so the weighted mean is s and
// no cap lowers it; with an operating income of 100, operating expenses
// of 360 and average assets employed of 100, each percentage or day count
// is read straight off the figures. The efficiency metric is return on
// assets (surplus + PDC dividend of 3) to 2010/11 and net return after
// financing (surplus alone) after; the surplus chosen scores s on both.
// Every cap's fact is false, so no cap is left unknown.
func frrAccounts(period economy.Period, s int) economy.Accounts {
	// score:                 1       2     3      4      5
	ebitda := []string{"", "0.5", "2", "6", "10", "12"}     // EBITDA margin: 1, 5, 9, 11 %
	achieved := []string{"", "40", "60", "75", "90", "100"} // EBITDA achieved: 50, 70, 85, 100 %
	surplus := []string{"", "-6", "-1", "1.5", "2.5", "4"}  // I&E margin: -2, 1, 2, 3 %; net return -5, -0.5, 2, >3 %; ROA (+3) -2, 3, 5, 6 %
	liquid := []string{"", "5", "12", "20", "30", "70"}     // liquid ratio: 10, 15, 25, 60 days
	no := false
	e := decimal.RequireFromString(ebitda[s])
	planned := e.Mul(decimal.NewFromInt(100)).Div(decimal.RequireFromString(achieved[s]))
	return economy.Accounts{Period: period,
		OperatingIncome: money("100"), OperatingExpenses: money("360"), Depreciation: money("0"),
		EBITDA: decimal.NewNullDecimal(e), PlannedEBITDA: decimal.NewNullDecimal(planned),
		Surplus: money(surplus[s]), PDCDividend: money("3"), AverageAssetsEmployed: money("100"),
		CurrentAssets: money(liquid[s]), Inventories: money("0"), CurrentLiabilities: money("0"), WorkingCapitalFacility: money("0"),
		BorrowingLimitBreached: &no, PlanLate: &no, PlanIncomplete: &no, PDCDividendUnpaid: &no, LoanRepaymentAtRisk: &no,
	}
}

// governanceQuarter is a quarter's performance of an acute trust in which
// missed of the four targets of weight 1.0 (A&E 4 hours, RTT admitted and
// non-admitted, cancer 62 days) were missed, in that order: a service
// performance score of missed (when none was missed in the two quarters
// before), so 0 is green, 1 amber-green, 2 or 3 amber-red and 4 red. Only
// these four figures are reported, so no other target applies.
func governanceQuarter(period economy.Period, missed int) economy.Performance {
	met := []string{"99", "99", "99", "99"}
	miss := []string{"80", "80", "80", "70"}
	fig := make([]decimal.NullDecimal, 4)
	for i := range fig {
		if i < missed {
			fig[i] = money(miss[i])
		} else {
			fig[i] = money(met[i])
		}
	}
	return economy.Performance{Period: period, AE4Hours: fig[0], RTTAdmitted18Weeks: fig[1], RTTNonAdmitted18Wks: fig[2], Cancer62Day: fig[3]}
}

// Compliance Framework fixtures: a foundation trust rated on the accounts
// of the year before the decision and the quarter just ended.
type cfEra struct {
	id, date       string
	year, quarter  economy.Period
	interventionAt int // the default of provider.cf_intervention_frr_max
}

var (
	// The Compliance Framework of 2008 as the 2009/10 edition applies
	// it, in July 2009: the first quarter of 2009/10 was over, so its
	// figures were known, and every target it weighs (RTT from December
	// 2008, cancer from January 2009) was in force in each quarter read.
	// No quarter met both in the 2008/09 edition itself: on its last day
	// the last quarter's figures were not yet known. TestCF2008Shares
	// asserts that 2008/09 has the same defaults.
	cf2008Era = cfEra{id: "pf2009", date: "2009-07-15", interventionAt: 1,
		year:    economy.Period{From: provDate("2008-04-01"), To: provDate("2009-03-31")},
		quarter: economy.Period{From: provDate("2009-04-01"), To: provDate("2009-06-30")}}
	cf2011Era = cfEra{id: "cf2011", date: "2011-07-15", interventionAt: 2,
		year:    economy.Period{From: provDate("2010-04-01"), To: provDate("2011-03-31")},
		quarter: economy.Period{From: provDate("2011-04-01"), To: provDate("2011-06-30")}}
)

// cfTrust is a foundation trust whose FRR is frr and whose governance
// targets missed number missed; threat records a loan repayment at risk
// (the Compliance Framework's "threat to financial stability").
func cfTrust(t *testing.T, era cfEra, frr, missed int, threat bool) *economy.Provider {
	t.Helper()
	a := frrAccounts(era.year, frr)
	a.LoanRepaymentAtRisk = &threat
	// Two earlier quarters with every target met: a target missed now is
	// not a repeat, so its weight is not tripled.
	q0 := economy.Period{From: era.quarter.From.AddMonths(-6), To: era.quarter.From.AddMonths(-3).AddDays(-1)}
	q1 := economy.Period{From: era.quarter.From.AddMonths(-3), To: era.quarter.From.AddDays(-1)}
	p := &economy.Provider{ID: "RFT", Kind: economy.KindFoundationTrust, PeerGroup: "acute",
		Accounts: []economy.Accounts{a}, Performance: []economy.Performance{
			governanceQuarter(q0, 0), governanceQuarter(q1, 0), governanceQuarter(era.quarter, missed)},
		// Every mandatory service provided (green), published with the
		// quarter, so that the mandatory services rating decides nothing.
		Ratings: []economy.PublishedRating{seg(economy.MonitorMandatoryServices, "green", era.quarter, era.quarter.To.AddDays(1).String())}}
	// Confirm the fixture with the rating package's own functions.
	d := provDate(era.date)
	fr, err := rt.RateFRRAccounts(&p.Accounts[0], d, nil, rt.DefaultFRRParams())
	require.NoError(t, err)
	require.True(t, fr.Rated(), "FRR fixture %d: %v", frr, fr.Missing)
	require.Equal(t, frr, int(fr.Published().Value), "FRR fixture")
	gp := rt.DefaultGovernanceParams()
	gr, err := rt.RateGovernance(rt.GovernanceInputFrom(p, d, gp), gp)
	require.NoError(t, err)
	require.True(t, gr.Rated(), "governance fixture %d: %v", missed, gr.Missing)
	require.Equal(t, governanceFor(missed), rt.GovernanceRating(gr.Published().Value), "governance fixture")
	return p
}

func governanceFor(missed int) rt.GovernanceRating {
	switch {
	case missed == 0:
		return rt.GovernanceGreen
	case missed == 1:
		return rt.GovernanceAmberGreen
	case missed < 4:
		return rt.GovernanceAmberRed
	}
	return rt.GovernanceRed
}

// provider.cf_intervention_frr_max (citeFRRIntervention, HFMA 2011:
// intervention considered at FRR 1 before 2011/12, at 1 or 2 from it).
// Investigation is chosen at and below the threshold; one step better the
// trust falls to monthly monitoring (FRR 2 under cf2008) or routine
// oversight (FRR 3 under cf2011). Under cf2008 no FRR is worse than 1, so
// the threshold is raised to 2 to put FRR 1 one step below it, and
// lowered to 0 to put it one step above.
func TestCFInterventionFRRBoundary(t *testing.T) {
	const param = "provider.cf_intervention_frr_max"
	tests := []struct {
		era  cfEra
		rows []boundaryRow
	}{
		{cf2008Era, []boundaryRow{
			{"FRR 1 at the default 1", 1, false, 0, "investigation_considered", regime.Met},
			{"FRR 2 one better", 2, false, 0, "enhanced_monitoring", regime.NotMet},
			{"FRR 1 one worse than 2", 1, true, 2, "investigation_considered", regime.Met},
			{"FRR 1 one better than 0", 1, true, 0, "enhanced_monitoring", regime.NotMet},
		}},
		{cf2011Era, []boundaryRow{
			{"FRR 1 one worse", 1, false, 0, "investigation_considered", regime.Met},
			{"FRR 2 at the default 2", 2, false, 0, "investigation_considered", regime.Met},
			{"FRR 3 one better", 3, false, 0, "routine_oversight", regime.NotMet},
		}},
	}
	for _, tt := range tests {
		assert.Equal(t, fmt.Sprint(tt.era.interventionAt), paramDefault(t, tt.era.id, param), "%s default", tt.era.id)
		for _, row := range tt.rows {
			t.Run(tt.era.id+"/"+row.name, func(t *testing.T) {
				p := cfTrust(t, tt.era, row.give, 0, false)
				decideBoundary(t, tt.era.id, tt.era.date, param, "frr_intervention", p, nil, row)
			})
		}
	}
}

// provider.cf_monitoring_frr_max (citeFRRTriggers, HFMA: "FRR below 3:
// monthly monitoring"). Under cf2008 the rule decides on its own at FRR 2;
// at FRR 1 investigation comes first but the monitoring rule still holds.
// Under cf2011 FRR 2 is already an investigation, so the threshold is
// moved around a trust rated 3.
func TestCFMonitoringFRRBoundary(t *testing.T) {
	const param = "provider.cf_monitoring_frr_max"
	assert.Equal(t, "2", paramDefault(t, "cf2008", param))
	assert.Equal(t, "2", paramDefault(t, "cf2011", param))
	tests := []struct {
		era  cfEra
		rows []boundaryRow
	}{
		{cf2008Era, []boundaryRow{
			{"FRR 1 one worse", 1, false, 0, "investigation_considered", regime.Met},
			{"FRR 2 at the default 2", 2, false, 0, "enhanced_monitoring", regime.Met},
			{"FRR 3 one better", 3, false, 0, "routine_oversight", regime.NotMet},
		}},
		{cf2011Era, []boundaryRow{
			{"FRR 3 one better than the default", 3, false, 0, "routine_oversight", regime.NotMet},
			{"FRR 3 at 3", 3, true, 3, "enhanced_monitoring", regime.Met},
			{"FRR 3 one worse than 4", 3, true, 4, "enhanced_monitoring", regime.Met},
		}},
	}
	for _, tt := range tests {
		for _, row := range tt.rows {
			t.Run(tt.era.id+"/"+row.name, func(t *testing.T) {
				p := cfTrust(t, tt.era, row.give, 0, false)
				decideBoundary(t, tt.era.id, tt.era.date, param, "frr_monitoring", p, nil, row)
			})
		}
	}
}

// provider.cf_significant_breach_frr_max (citeFRRTriggers, HFMA: "FRR 1
// with a threat to financial stability: a typical significant breach"),
// for a trust with a loan repayment at risk. No FRR is worse than 1, so
// the threshold is moved to 0 and 2 around a trust rated 1.
func TestCFSignificantBreachFRRBoundary(t *testing.T) {
	const param = "provider.cf_significant_breach_frr_max"
	tests := []struct {
		era  cfEra
		rows []boundaryRow
	}{
		{cf2008Era, []boundaryRow{
			{"FRR 1 at the default 1", 1, false, 0, "mandated_support", regime.Met},
			{"FRR 2 one better", 2, false, 0, "enhanced_monitoring", regime.NotMet},
			{"FRR 1 one worse than 2", 1, true, 2, "mandated_support", regime.Met},
			{"FRR 1 one better than 0", 1, true, 0, "investigation_considered", regime.NotMet},
		}},
		{cf2011Era, []boundaryRow{
			{"FRR 1 at the default 1", 1, false, 0, "mandated_support", regime.Met},
			{"FRR 2 one better", 2, false, 0, "investigation_considered", regime.NotMet},
			{"FRR 2 at 2", 2, true, 2, "mandated_support", regime.Met},
			{"FRR 1 one better than 0", 1, true, 0, "investigation_considered", regime.NotMet},
		}},
	}
	for _, tt := range tests {
		assert.Equal(t, "1", paramDefault(t, tt.era.id, param))
		for _, row := range tt.rows {
			t.Run(tt.era.id+"/"+row.name, func(t *testing.T) {
				p := cfTrust(t, tt.era, row.give, 0, true)
				decideBoundary(t, tt.era.id, tt.era.date, param, "frr_breach_level", p, nil, row)
			})
		}
	}
	// Without the threat FRR 1 is no breach: the threshold alone does not
	// decide.
	p := cfTrust(t, cf2011Era, 1, 0, false)
	_, got := provResult(t, provFramework(t, "cf2011"), p, cf2011Era.date)
	assert.Equal(t, economy.InvestigationConsidered, got)
}

// governanceMissed turns a governance rating (1 green to 4 red) into the
// number of targets the fixture misses.
var governanceMissed = map[int]int{1: 0, 2: 1, 3: 2, 4: 4}

// provider.cf_governance_breach_min (citeGovernanceLadder: red, 4, is a
// likely or actual significant breach) and
// provider.cf_governance_escalation_min (amber-red, 3: escalation), for a
// trust with the best FRR. No rating is worse than red, so the breach
// threshold is moved to 3 and 5 around the red and amber-red trusts.
func TestCF2008Shares(t *testing.T) {
	for _, param := range []string{"provider.cf_intervention_frr_max", "provider.cf_governance_breach_min",
		"provider.cf_governance_escalation_min", "provider.cf_monitoring_frr_max"} {
		assert.Equal(t, paramDefault(t, "pf2009", param), paramDefault(t, "cf2008", param), param)
	}
}

func TestCFGovernanceBoundaries(t *testing.T) {
	for _, era := range []cfEra{cf2008Era, cf2011Era} {
		assert.Equal(t, "4", paramDefault(t, era.id, "provider.cf_governance_breach_min"))
		assert.Equal(t, "3", paramDefault(t, era.id, "provider.cf_governance_escalation_min"))
		breach := []boundaryRow{
			{"red at the default 4", 4, false, 0, "mandated_support", regime.Met},
			{"amber-red one better", 3, false, 0, "investigation_considered", regime.NotMet},
			{"red one worse than 3", 4, true, 3, "mandated_support", regime.Met},
			{"amber-red at 3", 3, true, 3, "mandated_support", regime.Met},
			{"red one better than 5", 4, true, 5, "investigation_considered", regime.NotMet},
		}
		for _, row := range breach {
			t.Run(era.id+"/breach/"+row.name, func(t *testing.T) {
				p := cfTrust(t, era, 5, governanceMissed[row.give], false)
				decideBoundary(t, era.id, era.date, "provider.cf_governance_breach_min", "governance_breach", p, nil, row)
			})
		}
		escalation := []boundaryRow{
			{"red one worse", 4, false, 0, "mandated_support", regime.Met},
			{"amber-red at the default 3", 3, false, 0, "investigation_considered", regime.Met},
			{"amber-green one better", 2, false, 0, "routine_oversight", regime.NotMet},
		}
		for _, row := range escalation {
			t.Run(era.id+"/escalation/"+row.name, func(t *testing.T) {
				p := cfTrust(t, era, 5, governanceMissed[row.give], false)
				decideBoundary(t, era.id, era.date, "provider.cf_governance_escalation_min", "governance_escalation", p, nil, row)
			})
		}
	}
}

// rafAccounts are accounts on which every metric of the continuity of
// services risk rating (and of the financial sustainability risk rating,
// which adds the I&E margin and its variance from plan) scores s, 1 to 4:
// debt service of 1 makes capital service cover equal to EBITDA, operating
// expenses of 360 make liquidity days equal to working capital, and an
// income of 100 makes the margins read off the surplus.
func rafAccounts(period economy.Period, s int) economy.Accounts {
	// score:                1      2       3      4
	cover := []string{"", "1", "1.3", "2", "3"}        // edges 1.25x, 1.75x, 2.5x
	liquidity := []string{"", "-15", "-10", "-5", "0"} // edges -14, -7, 0 days
	surplus := []string{"", "-5", "-0.5", "0", "2"}    // margin edges -1, 0, 1 %
	planned := []string{"", "0", "1", "0.5", "2"}      // variance -5, -1.5, -0.5, 0 pp; edges -2, -1, 0
	return economy.Accounts{Period: period,
		OperatingIncome: money("100"), OperatingExpenses: money("360"),
		EBITDA: money(cover[s]), InterestReceivable: money("0"),
		PDCDividend: money("1"), InterestPayable: money("0"), LoanRepayments: money("0"),
		FinanceLeaseRepayments: money("0"), PFIRepayments: money("0"),
		CurrentAssets: money(liquidity[s]), Inventories: money("0"), CurrentLiabilities: money("0"), CommittedFacilities: money("0"),
		Surplus: money(surplus[s]), PlannedSurplus: money(planned[s]),
	}
}

// rafTrust is a foundation trust rated s under the risk assessment
// framework, with an inspection that did not recommend special measures
// and was rated good, so that quality special measures are ruled out.
func rafTrust(t *testing.T, year economy.Period, published string, s int, fsrr bool) *economy.Provider {
	t.Helper()
	no := false
	G := economy.Good
	p := &economy.Provider{ID: "RFT", Kind: economy.KindFoundationTrust, PeerGroup: "acute",
		Accounts: []economy.Accounts{rafAccounts(year, s)},
		Inspections: []economy.Inspection{{Scope: economy.ScopeProvider, Published: provDate(published), Overall: G,
			Ratings:                   economy.KeyQuestionRatings{Safe: G, Effective: G, Caring: G, Responsive: G, WellLed: G},
			RecommendsSpecialMeasures: &no}}}
	r := rt.RateCoSRRAccounts(&p.Accounts[0], rt.DefaultCoSRRParams())
	if fsrr {
		r = rt.RateFSRRAccounts(&p.Accounts[0], rt.DefaultFSRRParams())
	}
	require.True(t, r.Rated(), "fixture %d: %v", s, r.Missing)
	require.Equal(t, s, int(r.Published().Value), "fixture")
	return p
}

// provider.raf_investigation_max (citeRAFMonitoring, Monitor's risk
// assessment framework: a rating of 2 or less brings closer monitoring
// and, at the worst, an investigation), read on the continuity of services
// risk rating under raf2013 and on the financial sustainability risk
// rating under fsrr2015.
func TestRAFInvestigationBoundary(t *testing.T) {
	const param = "provider.raf_investigation_max"
	rows := []boundaryRow{
		{"1 one worse", 1, false, 0, "investigation_considered", regime.Met},
		{"2 at the default 2", 2, false, 0, "investigation_considered", regime.Met},
		{"3 one better", 3, false, 0, "routine_oversight", regime.NotMet},
		{"4 two better", 4, false, 0, "routine_oversight", regime.NotMet},
		{"3 at 3", 3, true, 3, "investigation_considered", regime.Met},
	}
	tests := []struct {
		id, date, published, rule string
		year                      economy.Period
		fsrr                      bool
	}{
		{"raf2013", "2013-12-01", "2013-10-01", "monitor_cosrr_investigation", economy.FinancialYear(2012), false},
		{"fsrr2015", "2015-10-01", "2015-06-01", "monitor_fsrr_investigation", economy.FinancialYear(2014), true},
	}
	for _, tt := range tests {
		assert.Equal(t, "2", paramDefault(t, tt.id, param))
		for _, row := range rows {
			t.Run(tt.id+"/"+row.name, func(t *testing.T) {
				p := rafTrust(t, tt.year, tt.published, row.give, tt.fsrr)
				decideBoundary(t, tt.id, tt.date, param, tt.rule, p, nil, row)
			})
		}
	}
}

// nhspfTrust is an NHS trust whose NHS Performance Framework category is
// cat (1 performing, 2 performance under review, 3 underperforming): its
// finance indicators all score 3 and its quality of services domain score
// decides, with the edges at 2.10 and 2.40. It is not acute, so the
// finance override does not apply.
func nhspfTrust(t *testing.T, quarter economy.Period, cat int) *economy.Provider {
	t.Helper()
	quality := []string{"", "3", "2.2", "1.5"}[cat]
	three := decimal.NewFromInt(3)
	other := map[string]decimal.Decimal{
		rt.KeyNHSPFForecastOutturn: three, rt.KeyNHSPFYearToDate: three, rt.KeyNHSPFProcesses: three,
		rt.KeyNHSPFUnderlying: three, rt.KeyNHSPFInitialPlanning: three,
		rt.KeyNHSPFQuality: decimal.RequireFromString(quality),
	}
	p := &economy.Provider{ID: "RTR", Kind: economy.KindNHSTrust, PeerGroup: "non_acute",
		Performance: []economy.Performance{{Period: quarter, Other: other}}}
	acute := false
	r, err := rt.RateNHSPF(rt.NHSPFInput{Kind: p.Kind, Acute: &acute,
		Finance:      rt.NHSPFFinance{ForecastOutturn: 3, YearToDate: 3, Processes: 3, Underlying: 3, InitialPlanning: 3},
		QualityScore: decimal.NewNullDecimal(decimal.RequireFromString(quality))}, rt.DefaultNHSPFParams())
	require.NoError(t, err)
	require.True(t, r.Rated(), "fixture %d: %v", cat, r.Missing)
	require.Equal(t, cat, int(r.Published().Value), "fixture")
	return p
}

// provider.nhspf_mandated_min (citeNHSPFEscalation, HSJ 2009:
// underperforming, 3, brings SHA-led intervention) and
// provider.nhspf_escalation_min (performance under review, 2: the PCT
// requires improvement), under pf2009 and cf2011. The rating method gives
// no category worse than underperforming (challenged comes from the
// escalation history), so the mandated threshold is moved to 2 and 4.
func TestNHSPFBoundaries(t *testing.T) {
	eras := []struct {
		id, date string
		quarter  economy.Period
	}{
		{"pf2009", "2009-10-15", economy.Period{From: provDate("2009-07-01"), To: provDate("2009-09-30")}},
		{"cf2011", "2011-07-15", economy.Period{From: provDate("2011-04-01"), To: provDate("2011-06-30")}},
	}
	for _, era := range eras {
		assert.Equal(t, "3", paramDefault(t, era.id, "provider.nhspf_mandated_min"))
		assert.Equal(t, "2", paramDefault(t, era.id, "provider.nhspf_escalation_min"))
		mandated := []boundaryRow{
			{"underperforming at the default 3", 3, false, 0, "mandated_support", regime.Met},
			{"under review one better", 2, false, 0, "investigation_considered", regime.NotMet},
			{"under review at 2", 2, true, 2, "mandated_support", regime.Met},
			{"underperforming one worse than 2", 3, true, 2, "mandated_support", regime.Met},
			{"underperforming one better than 4", 3, true, 4, "investigation_considered", regime.NotMet},
		}
		for _, row := range mandated {
			t.Run(era.id+"/mandated/"+row.name, func(t *testing.T) {
				decideBoundary(t, era.id, era.date, "provider.nhspf_mandated_min", "nhspf_underperforming", nhspfTrust(t, era.quarter, row.give), nil, row)
			})
		}
		escalation := []boundaryRow{
			{"underperforming one worse", 3, false, 0, "mandated_support", regime.Met},
			{"under review at the default 2", 2, false, 0, "investigation_considered", regime.Met},
			{"performing one better", 1, false, 0, "routine_oversight", regime.NotMet},
		}
		for _, row := range escalation {
			t.Run(era.id+"/escalation/"+row.name, func(t *testing.T) {
				decideBoundary(t, era.id, era.date, "provider.nhspf_escalation_min", "nhspf_under_review", nhspfTrust(t, era.quarter, row.give), nil, row)
			})
		}
	}
}

// sofTrust is an NHS trust in the Single Oversight Framework's segment 1
// (CQC overall good) or 2 (requires improvement): its accounts give the
// best use of resources score, its control total is agreed and met, and
// every key question is good, so nothing but the segment is in play.
func sofTrust(t *testing.T, date string, segment int, nof2019 bool) *economy.Provider {
	t.Helper()
	a := rafAccounts(economy.FinancialYear(2016), 4)
	a.AgencySpend, a.AgencyCeiling = money("0"), money("100")
	a.ControlTotal, a.ForecastSurplus = money("2"), money("2")
	a.ControlTotalEvents = []economy.ControlTotalEvent{{Date: a.Period.From, Status: economy.ControlTotalAccepted}}
	// The year under way, whose control total financial special measures
	// judges: agreed and forecast to be met.
	d := provDate(date)
	fy := d.Year
	if d.Month < time.April {
		fy--
	}
	cur := economy.Accounts{Period: economy.FinancialYear(fy), ControlTotal: money("2"), ForecastSurplus: money("2")}
	cur.ControlTotalEvents = []economy.ControlTotalEvent{{Date: cur.Period.From, Status: economy.ControlTotalAccepted}}
	G := economy.Good
	overall := map[int]economy.CQCRating{1: G, 2: economy.RequiresImprovement}[segment]
	p := &economy.Provider{ID: "RSO", Kind: economy.KindNHSTrust, PeerGroup: "acute", Accounts: []economy.Accounts{a, cur},
		Inspections: []economy.Inspection{{Scope: economy.ScopeProvider, Published: provDate("2016-06-01"), Overall: overall,
			Ratings: economy.KeyQuestionRatings{Safe: G, Effective: G, Caring: G, Responsive: G, WellLed: G}}}}
	sp := rt.DefaultSOFSegmentParams()
	in := rt.SOFSegmentInputFrom(p, provDate(date), sp)
	r := rt.RateSOFSegment(in, sp)
	if nof2019 {
		r = rt.RateNOF2019(in, sp)
	}
	require.True(t, r.Rated(), "fixture %d: %v", segment, r.Missing)
	require.Equal(t, segment, int(r.Published().Value), "fixture")
	return p
}

// provider.monitoring_segment_min (citeSOFSegments: segment 2, targeted
// support, read as enhanced monitoring) and provider.mandated_segment_min
// (segment 3, mandated support) under sof2016 and nof2019. The fixtures
// reach segments 1 and 2; the mandated threshold is moved down to meet
// segment 2.
func TestSOFSegmentBoundaries(t *testing.T) {
	eras := []struct {
		id, date string
		nof2019  bool
	}{{"sof2016", "2017-06-01", false}, {"nof2019", "2020-06-01", true}}
	for _, era := range eras {
		assert.Equal(t, "2", paramDefault(t, era.id, "provider.monitoring_segment_min"))
		assert.Equal(t, "3", paramDefault(t, era.id, "provider.mandated_segment_min"))
		monitoring := []boundaryRow{
			{"segment 2 at the default 2", 2, false, 0, "enhanced_monitoring", regime.Met},
			{"segment 1 one better", 1, false, 0, "routine_oversight", regime.NotMet},
			{"segment 2 one worse than 1", 2, true, 1, "enhanced_monitoring", regime.Met},
			{"segment 1 at 1", 1, true, 1, "enhanced_monitoring", regime.Met},
		}
		for _, row := range monitoring {
			t.Run(era.id+"/monitoring/"+row.name, func(t *testing.T) {
				p := sofTrust(t, era.date, row.give, era.nof2019)
				decideBoundary(t, era.id, era.date, "provider.monitoring_segment_min", "targeted_support", p, nil, row)
			})
		}
		mandated := []boundaryRow{
			{"segment 2 one better than the default 3", 2, false, 0, "enhanced_monitoring", regime.NotMet},
			{"segment 2 at 2", 2, true, 2, "mandated_support", regime.Met},
			{"segment 2 one worse than 1", 2, true, 1, "mandated_support", regime.Met},
			{"segment 1 one better than 2", 1, true, 2, "routine_oversight", regime.NotMet},
		}
		for _, row := range mandated {
			t.Run(era.id+"/mandated/"+row.name, func(t *testing.T) {
				p := sofTrust(t, era.date, row.give, era.nof2019)
				decideBoundary(t, era.id, era.date, "provider.mandated_segment_min", "mandated_segment", p, nil, row)
			})
		}
	}
}

// provider.mandated_segment_min (citeSOFSegments, segment 3) and
// provider.recovery_segment_min (citeNOF2021Segments, segment 4: the
// Recovery Support Programme) under sof2021 and nof2022, where a trust
// with no support needs recorded sits in segment 2: both thresholds are
// moved to 3, 2 and 1 around it.
func TestNOF2021SegmentBoundaries(t *testing.T) {
	eras := []struct{ id, date string }{{"sof2021", "2021-09-01"}, {"nof2022", "2023-06-01"}}
	for _, era := range eras {
		assert.Equal(t, "3", paramDefault(t, era.id, "provider.mandated_segment_min"))
		assert.Equal(t, "4", paramDefault(t, era.id, "provider.recovery_segment_min"))
		p := &economy.Provider{ID: "RNS", Kind: economy.KindNHSTrust, PeerGroup: "acute"}
		sp := rt.DefaultNOFSegmentParams()
		in := rt.NOFSegmentInputFrom(p, provDate(era.date), sp)
		r := rt.RateNOF2021(in, sp)
		if era.id == "nof2022" {
			r = rt.RateNOF2022(in, sp)
		}
		require.True(t, r.Rated(), r.Missing)
		require.Equal(t, 2, int(r.Published().Value), "fixture")
		for _, tt := range []struct {
			param, rule, entry string
		}{
			{"provider.mandated_segment_min", "mandated_segment", "mandated_support"},
			{"provider.recovery_segment_min", "recovery_segment", "recovery_support"},
		} {
			rows := []boundaryRow{
				{"segment 2 one better than 3", 2, true, 3, "routine_oversight", regime.NotMet},
				{"segment 2 at 2", 2, true, 2, tt.entry, regime.Met},
				{"segment 2 one worse than 1", 2, true, 1, tt.entry, regime.Met},
			}
			for _, row := range rows {
				t.Run(era.id+"/"+tt.param+"/"+row.name, func(t *testing.T) {
					decideBoundary(t, era.id, era.date, tt.param, tt.rule, p, nil, row)
				})
			}
		}
	}
}

// nofScoreFor is a score that puts the trust T of nofArea in each
// segment, under 2025/26 (quartiles of T and its seven peers, whose cut
// points fall at 1.60, 2.40 and 3.20) and 2026/27 (thresholds 1.75, 2.50,
// 3.25) alike.
var nofScoreFor = map[int]string{1: "1", 2: "2", 3: "2.8", 4: "3.6"}

// nofArea is an area of eight acute trusts scored under the 2025/26 (or,
// with key "nof2026:a", the 2026/27) oversight framework on one metric;
// the trust T scores score, its seven peers 1.20 to 3.60, 0.40 apart.
// Every trust's accounts are in surplus and on plan, with no deficit
// support; the segment 5 judgements are recorded as made with the answer
// no, except T's low capability when lowCapability is set.
func nofArea(key, score string, lowCapability bool) *economy.Economy {
	no := false
	mk := func(id, v string) economy.Provider {
		a := rafAccounts(economy.FinancialYear(2024), 4)
		a.DeficitSupport = &no
		return economy.Provider{ID: id, Kind: economy.KindNHSTrust, PeerGroup: "acute",
			Accounts: []economy.Accounts{a},
			Performance: []economy.Performance{{Period: economy.Period{From: provDate("2025-04-01"), To: provDate("2025-06-30")},
				Other: map[string]decimal.Decimal{key: decimal.RequireFromString(v)}}},
			Governance: economy.Governance{CatastrophicFailure: &no, LowCapability: &no}}
	}
	e := &economy.Economy{ID: "E", Providers: []economy.Provider{mk("T", score)}}
	for i, v := range []string{"1.20", "1.60", "2.00", "2.40", "2.80", "3.20", "3.60"} {
		e.Providers = append(e.Providers, mk(fmt.Sprint("P", i+1), v))
	}
	e.Providers[0].Governance.LowCapability = &lowCapability
	return e
}

// provider.mandated_segment_min (3), provider.recovery_segment_min (4)
// and provider.segment5 (citeNOF2025Segment5: segment 5, the Provider
// Improvement Programme) under nof2025, and the first two under nof2026,
// on trusts whose scores put them in segments 2 to 4 (confirmed with
// rating.RateNOF2025 and rating.RateNOF2026). Segment 5 is reached by moving its
// threshold down to 4 and 3 around a segment 4 trust.
func TestNOF2025SegmentBoundaries(t *testing.T) {
	eras := []struct {
		id, date, key string
	}{{"nof2025", "2025-09-01", "nof2025:a"}, {"nof2026", "2026-09-01", "nof2026:a"}}
	for _, era := range eras {
		area := func(t *testing.T, segment int) *economy.Economy {
			t.Helper()
			e := nofArea(era.key, nofScoreFor[segment], false)
			d := provDate(era.date)
			var r rt.Result
			if era.id == "nof2025" {
				in, missing := rt.NOF2025InputFrom(&e.Providers[0], e, d)
				require.Empty(t, missing)
				r = rt.RateNOF2025(in, rt.DefaultNOF2025Params())
			} else {
				r = rt.RateNOF2026(rt.NOF2026InputFrom(&e.Providers[0], d), rt.DefaultNOF2026Params())
			}
			require.True(t, r.Rated(), r.Missing)
			require.Equal(t, segment, int(r.Published().Value), "fixture")
			return e
		}
		run := func(param, rule string, rows []boundaryRow) {
			assert.NotEmpty(t, paramDefault(t, era.id, param))
			for _, row := range rows {
				t.Run(era.id+"/"+param+"/"+row.name, func(t *testing.T) {
					e := area(t, row.give)
					decideBoundary(t, era.id, era.date, param, rule, &e.Providers[0], e, row)
				})
			}
		}
		// From 2025/26 segment 4 is a band, and the Recovery Support
		// Programme is "accessed via segment 5" (NHS England's
		// segmentation and league tables page): segment 4 is mandated
		// support, and recovery_segment_min is 5.
		assert.Equal(t, "3", paramDefault(t, era.id, "provider.mandated_segment_min"))
		assert.Equal(t, "5", paramDefault(t, era.id, "provider.recovery_segment_min"))
		run("provider.mandated_segment_min", "mandated_segment", []boundaryRow{
			{"segment 2 one better", 2, false, 0, "routine_oversight", regime.NotMet},
			{"segment 3 at the default 3", 3, false, 0, "mandated_support", regime.Met},
			{"segment 4 one worse", 4, false, 0, "mandated_support", regime.Met},
		})
		run("provider.recovery_segment_min", "recovery_segment", []boundaryRow{
			{"segment 4 one better than the default 5", 4, false, 0, "mandated_support", regime.NotMet},
			{"segment 4 at 4", 4, true, 4, "recovery_support", regime.Met},
			{"segment 4 one worse than 3", 4, true, 3, "recovery_support", regime.Met},
		})
		if era.id != "nof2025" {
			continue
		}
		assert.Equal(t, "5", paramDefault(t, era.id, "provider.segment5"))
		run("provider.segment5", "segment_5", []boundaryRow{
			{"segment 4 one better", 4, false, 0, "mandated_support", regime.NotMet},
			{"segment 4 at 4", 4, true, 4, "provider_improvement", regime.Met},
			{"segment 4 one worse than 3", 4, true, 3, "provider_improvement", regime.Met},
			{"segment 3 one better than 4", 3, true, 4, "mandated_support", regime.NotMet},
		})
	}
	// The segment 5 trusts: segment 4 scores and the region's decision to
	// enter the Provider Improvement Programme (the manual's Step 4), on
	// the record as a spell, or pending when only a low capability rating
	// is recorded.
	e := nofArea("nof2025:a", nofScoreFor[4], true)
	e.Providers[0].Governance.Spells = []economy.Spell{{Regime: economy.ProviderImprovementProgramme, Start: provDate("2025-08-01")}}
	in, _ := rt.NOF2025InputFrom(&e.Providers[0], e, provDate("2025-09-01"))
	r := rt.RateNOF2025(in, rt.DefaultNOF2025Params())
	require.True(t, r.Rated(), r.Missing)
	require.Equal(t, 5, int(r.Published().Value), "segment 4 scores and the region's entry into the PIP")
	decideBoundary(t, "nof2025", "2025-09-01", "provider.segment5", "segment_5", &e.Providers[0], e,
		boundaryRow{"segment 5 at the default 5", 5, false, 0, "provider_improvement", regime.Met})

	e = nofArea("nof2025:a", nofScoreFor[4], true)
	f := provFramework(t, "nof2025")
	d, err := f.Decide(regime.NewEnv(e, provDate("2025-09-01")), england.ProviderIntervention, regime.ProviderSubject(&e.Providers[0]))
	require.NoError(t, err)
	require.Equal(t, regime.Unknown, d.Verdict, "segment 4 with low capability: the region decides")
	require.Len(t, d.Scenarios, 2, d.Text())
	for _, sc := range d.Scenarios {
		want := economy.MandatedSupport
		if sc.Assume[0].Value == "yes" {
			want = economy.ProviderImprovementProgramme
		}
		assert.Equal(t, england.RegionEntersPIPFact+":T", sc.Assume[0].Name)
		require.Equal(t, regime.Met, sc.Verdict)
		assert.Equal(t, want, sc.Chosen[0].Regime, sc.Assume[0].Value)
	}
}

// provider.qsm_reinspection_months (12) and provider.qsm_extension_months
// (6) (citeSMTimeline, CQC, 11 February 2015) decide no entry: they date
// the re-inspection and the end of the extension in the reason given for
// a trust in quality special measures. Each is moved a month either side
// of its default for a trust that entered on 16 July 2013.
func TestQualitySMTimelineMonths(t *testing.T) {
	p := &economy.Provider{ID: "RQS", Kind: economy.KindNHSTrust, Governance: economy.Governance{Spells: smSpell}}
	tests := []struct {
		name              string
		reinspect, extend int
		want              string
	}{
		{"the defaults", 12, 6, "re-inspection due by 2014-07-16; if not improved enough, by 2015-01-16"},
		{"re-inspection a month sooner", 11, 6, "re-inspection due by 2014-06-16; if not improved enough, by 2014-12-16"},
		{"re-inspection a month later", 13, 6, "re-inspection due by 2014-08-16; if not improved enough, by 2015-02-16"},
		{"extension a month shorter", 12, 5, "re-inspection due by 2014-07-16; if not improved enough, by 2014-12-16"},
		{"extension a month longer", 12, 7, "re-inspection due by 2014-07-16; if not improved enough, by 2015-02-16"},
	}
	assert.Equal(t, "12", paramDefault(t, "sm2013", "provider.qsm_reinspection_months"))
	assert.Equal(t, "6", paramDefault(t, "sm2013", "provider.qsm_extension_months"))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := provFramework(t, "raf2013", regime.Set("provider.qsm_reinspection_months", tt.reinspect), regime.Set("provider.qsm_extension_months", tt.extend))
			d, got := provResult(t, f, p, "2013-12-01")
			assert.Equal(t, economy.QualitySpecialMeasures, got)
			spell, ok := d.Node("quality_sm_spell")
			require.True(t, ok)
			assert.Contains(t, spell.Reason, tt.want)
		})
	}
}

// provider.cf_services_breach_min (red, 3) and
// provider.cf_services_escalation_min (amber, 2): the mandatory services
// rating Monitor published with the financial and governance ratings to
// 2010 (Monitor, How Monitor regulates NHS foundation trusts), for a
// trust otherwise at FRR 5 and governance green. Each threshold is moved
// around the rating to test it at, above and below.
func TestCFServicesBoundaries(t *testing.T) {
	era := cf2008Era
	assert.Equal(t, "3", paramDefault(t, era.id, "provider.cf_services_breach_min"))
	assert.Equal(t, "2", paramDefault(t, era.id, "provider.cf_services_escalation_min"))
	values := map[int]string{1: "green", 2: "amber", 3: "red"}
	trust := func(score int) *economy.Provider {
		p := cfTrust(t, era, 5, 0, false)
		p.Ratings[0].Value = values[score]
		return p
	}
	breach := []boundaryRow{
		{"red at the default 3", 3, false, 0, "mandated_support", regime.Met},
		{"amber one better", 2, false, 0, "investigation_considered", regime.NotMet},
		{"amber at 2", 2, true, 2, "mandated_support", regime.Met},
		{"red one worse than 2", 3, true, 2, "mandated_support", regime.Met},
		{"green one better than 2", 1, true, 2, "routine_oversight", regime.NotMet},
	}
	for _, row := range breach {
		t.Run("breach/"+row.name, func(t *testing.T) {
			decideBoundary(t, era.id, era.date, "provider.cf_services_breach_min", "services_breach", trust(row.give), nil, row)
		})
	}
	escalation := []boundaryRow{
		{"amber at the default 2", 2, false, 0, "investigation_considered", regime.Met},
		{"green one better", 1, false, 0, "routine_oversight", regime.NotMet},
		{"green at 1", 1, true, 1, "investigation_considered", regime.Met},
		{"amber one better than 3", 2, true, 3, "routine_oversight", regime.NotMet},
	}
	for _, row := range escalation {
		t.Run("escalation/"+row.name, func(t *testing.T) {
			decideBoundary(t, era.id, era.date, "provider.cf_services_escalation_min", "services_escalation", trust(row.give), nil, row)
		})
	}
}
