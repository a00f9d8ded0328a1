package rating

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestZeroParamsAreDefaults: the zero value of every Params type, filled,
// is its Default...Params exactly; filling the defaults changes nothing;
// and the zero value validates.
func TestZeroParamsAreDefaults(t *testing.T) {
	type validator interface{ Validate() error }
	tests := []struct {
		name               string
		zero, def, defFill any
		zeroValid          validator
	}{
		{"CoSRR", CoSRRParams{}.withDefaults(), DefaultCoSRRParams(), DefaultCoSRRParams().withDefaults(), CoSRRParams{}},
		{"FSRR", FSRRParams{}.withDefaults(), DefaultFSRRParams(), DefaultFSRRParams().withDefaults(), FSRRParams{}},
		{"SOFFinance", SOFFinanceParams{}.withDefaults(), DefaultSOFFinanceParams(), DefaultSOFFinanceParams().withDefaults(), SOFFinanceParams{}},
		{"SOFSegment", SOFSegmentParams{}.withDefaults(), DefaultSOFSegmentParams(), DefaultSOFSegmentParams().withDefaults(), nil},
		{"NOFSegment", NOFSegmentParams{}.withDefaults(), DefaultNOFSegmentParams(), DefaultNOFSegmentParams().withDefaults(), nil},
		{"NOF2025", NOF2025Params{}.withDefaults(), DefaultNOF2025Params(), DefaultNOF2025Params().withDefaults(), nil},
		{"NOF2026", NOF2026Params{}.withDefaults(), DefaultNOF2026Params(), DefaultNOF2026Params().withDefaults(), nil},
		{"CQC", CQCParams{}.withDefaults(), DefaultCQCParams(), DefaultCQCParams().withDefaults(), CQCParams{}},
		{"FRR", FRRParams{}.withDefaults(), DefaultFRRParams(), DefaultFRRParams().withDefaults(), FRRParams{}},
		{"Governance", GovernanceParams{}.withDefaults(), DefaultGovernanceParams(), DefaultGovernanceParams().withDefaults(), GovernanceParams{}},
		{"NHSPF", NHSPFParams{}.withDefaults(), DefaultNHSPFParams(), DefaultNHSPFParams().withDefaults(), nil},
		{"NHSPFEscalation", NHSPFEscalationParams{}.withDefaults(), DefaultNHSPFEscalationParams(), DefaultNHSPFEscalationParams().withDefaults(), nil},
		{"Standards", StandardsParams{}.withDefaults(), DefaultStandardsParams(), DefaultStandardsParams().withDefaults(), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.def, tt.zero, "zero params filled")
			assert.Equal(t, tt.def, tt.defFill, "default params filled")
			if tt.zeroValid != nil {
				assert.NoError(t, tt.zeroValid.Validate())
			}
		})
	}
	// Variants keep what they set: the social care principles are not
	// undone by filling.
	assert.Equal(t, SocialCareCQCParams(), SocialCareCQCParams().withDefaults())
	// A non-nil empty list is a list with nothing in it, not the default.
	assert.Empty(t, StandardsParams{Standards: []Standard{}}.withDefaults().Standards)
	assert.Empty(t, FRRParams{Caps: []FRRCap{}}.withDefaults().Caps)
	assert.Empty(t, GovernanceParams{Targets: []GovernanceTarget{}}.withDefaults().Targets)
	// A peer group that keeps no standard keeps none, never the defaults.
	assert.Equal(t, []Standard{}, StandardsParams{Standards: []Standard{}}.ForPeerGroup("acute").Standards)
}

// paramsAccounts is a trust's year with every figure any financial method
// reads (£m): a small deficit against a planned surplus.
func paramsAccounts() *economy.Accounts {
	f := false
	return &economy.Accounts{
		Period:          economy.FinancialYear(2014),
		OperatingIncome: nd("200"), OperatingExpenses: nd("190"), Depreciation: nd("10"),
		EBITDA: nd("9"), PlannedEBITDA: nd("12"), Surplus: nd("-1"), PlannedSurplus: nd("1"),
		ForecastSurplus: nd("-1"), ExceptionalIncome: nd("2"), AverageAssetsEmployed: nd("100"),
		PDCDividend: nd("2"), InterestPayable: nd("1"), InterestReceivable: nd("1"),
		LoanRepayments: nd("1"), FinanceLeaseRepayments: nd("0.5"), PFIRepayments: nd("0.5"),
		CurrentAssets: nd("30"), Inventories: nd("2"), CurrentLiabilities: nd("40"),
		CommittedFacilities: nd("10"), WorkingCapitalFacility: nd("10"),
		AgencySpend: nd("12"), AgencyCeiling: nd("10"),
		CapitalExpenditure: nd("11"), PlannedCapitalExpenditure: nd("10"),
		ControlTotalEvents: []economy.ControlTotalEvent{{Date: date("2014-04-01"), Status: economy.ControlTotalRefused}}, BorrowingLimitBreached: &f, PDCDividendUnpaid: &f, PlanLate: &f, PlanIncomplete: &f,
	}
}

// TestRateWithZeroParams: for every method, rating with zero params gives
// what rating with the Default...Params gives, and so does every builder.
func TestRateWithZeroParams(t *testing.T) {
	a := paramsAccounts()
	day := date("2015-07-01") // the day after the last quarter ends: its figures are known
	pr := &economy.Provider{ID: "rxx", Kind: economy.KindFoundationTrust, PeerGroup: "acute",
		Accounts: []economy.Accounts{*a},
		Performance: []economy.Performance{
			perf("2014-10-01", "2014-12-31", "94", "80"),
			perf("2015-01-01", "2015-03-31", "93", "86"),
			perf("2015-04-01", "2015-06-30", "94", "80"),
		},
		Governance: economy.Governance{Breaches: []economy.Breach{{Date: date("2015-01-10"), Status: economy.BreachSuspected}}},
	}
	must := func(r Result, err error) Result {
		t.Helper()
		require.NoError(t, err)
		return r
	}
	same := func(name string, zero, def any) {
		t.Helper()
		assert.Equal(t, def, zero, name)
		if r, ok := def.(Result); ok {
			assert.Equal(t, Rated, r.Status, "%s: %v", name, r)
		}
	}

	same("RateCoSRR", RateCoSRR(CoSRRInput{CapitalServiceCover: nd("1.5"), LiquidityDays: nd("-3.1")}, CoSRRParams{}),
		RateCoSRR(CoSRRInput{CapitalServiceCover: nd("1.5"), LiquidityDays: nd("-3.1")}, DefaultCoSRRParams()))
	same("RateCoSRRAccounts", RateCoSRRAccounts(a, CoSRRParams{}), RateCoSRRAccounts(a, DefaultCoSRRParams()))

	fsrr := FSRRInput{CapitalServiceCapacity: nd("2.6"), LiquidityDays: nd("3"), IEMargin: nd("1.5"), PlanVariance: nd("-2.5")}
	same("RateFSRR", RateFSRR(fsrr, FSRRParams{}), RateFSRR(fsrr, DefaultFSRRParams()))
	same("RateFSRRAccounts", RateFSRRAccounts(a, FSRRParams{}), RateFSRRAccounts(a, DefaultFSRRParams()))

	sof := SOFFinanceInput{CapitalServiceCapacity: nd("2.6"), LiquidityDays: nd("30.56"), IEMargin: nd("8.46"),
		PlanDistance: nd("8.40"), AgencyOverCeiling: nd("-55.96"), ControlTotalAgreed: bp(false), PlannedSurplus: nd("5")}
	same("RateSOFFinance", RateSOFFinance(sof, SOFFinanceParams{}), RateSOFFinance(sof, DefaultSOFFinanceParams()))
	same("RateSOFFinanceAccounts", RateSOFFinanceAccounts(a, day, bp(false), SOFFinanceParams{}),
		RateSOFFinanceAccounts(a, day, bp(false), DefaultSOFFinanceParams()))

	seg := SOFSegmentInputFrom(pr, day, DefaultSOFSegmentParams())
	same("SOFSegmentInputFrom", SOFSegmentInputFrom(pr, day, SOFSegmentParams{}), seg)
	require.NotZero(t, seg.FinanceScore)
	same("RateSOFSegment", RateSOFSegment(seg, SOFSegmentParams{}), RateSOFSegment(seg, DefaultSOFSegmentParams()))
	same("RateNOF2019", RateNOF2019(seg, SOFSegmentParams{}), RateNOF2019(seg, DefaultSOFSegmentParams()))

	nseg := NOFSegmentInputFrom(pr, day, DefaultNOFSegmentParams())
	same("NOFSegmentInputFrom", NOFSegmentInputFrom(pr, day, NOFSegmentParams{}), nseg)
	same("RateNOF2021", RateNOF2021(nseg, NOFSegmentParams{}), RateNOF2021(nseg, DefaultNOFSegmentParams()))
	same("RateNOF2022", RateNOF2022(nseg, NOFSegmentParams{}), RateNOF2022(nseg, DefaultNOFSegmentParams()))

	scores := []NOF2025Score{{Metric: "a", Score: dec("1.5")}, {Metric: "b", Score: dec("2")}}
	n25 := NOF2025Input{Scores: scores, PeerAverages: []decimal.Decimal{dec("2.1"), dec("2.4"), dec("3")}, Accounts: a}
	same("RateNOF2025", RateNOF2025(n25, NOF2025Params{}), RateNOF2025(n25, DefaultNOF2025Params()))
	n26 := NOF2026Input{Scores: scores, Accounts: a}
	same("RateNOF2026", RateNOF2026(n26, NOF2026Params{}), RateNOF2026(n26, DefaultNOF2026Params()))

	cqc := CQCInput{Ratings: kq(g, g, o, g, g)}
	cqc.Ratings[0].Limit = LimitWarningNotice
	same("RateCQC", must(RateCQC(cqc, CQCParams{})), must(RateCQC(cqc, DefaultCQCParams())))

	frrDay := date("2013-03-31")
	frr, missing := FRRInputFrom(accounts2012(), frrDay, DefaultFRRParams())
	require.Empty(t, missing)
	zfrr, _ := FRRInputFrom(accounts2012(), frrDay, FRRParams{})
	same("FRRInputFrom", zfrr, frr)
	same("RateFRR", must(RateFRR(frr, FRRParams{})), must(RateFRR(frr, DefaultFRRParams())))
	norm := &Normalisation{Reason: "one-off support"}
	same("RateFRRAccounts", must(RateFRRAccounts(accounts2012(), frrDay, norm, FRRParams{})),
		must(RateFRRAccounts(accounts2012(), frrDay, norm, DefaultFRRParams())))

	gov := GovernanceInputFrom(pr, day, DefaultGovernanceParams())
	require.Len(t, gov.Quarters, 3)
	same("GovernanceInputFrom", GovernanceInputFrom(pr, day, GovernanceParams{}), gov)
	same("RateGovernance", must(RateGovernance(gov, GovernanceParams{})), must(RateGovernance(gov, DefaultGovernanceParams())))
	cm := GovernanceInput{Quarters: centralManchester()}
	same("RateGovernance (Central Manchester)", must(RateGovernance(cm, GovernanceParams{})),
		must(RateGovernance(cm, DefaultGovernanceParams())))

	same("RateNHSPF", must(RateNHSPF(sandwell(), NHSPFParams{})), must(RateNHSPF(sandwell(), DefaultNHSPFParams())))
	same("InitialPlanningScore", InitialPlanningScore(dec("-3"), dec("200"), nd("1"), NHSPFParams{}),
		InitialPlanningScore(dec("-3"), dec("200"), nd("1"), DefaultNHSPFParams()))

	h := hist("2011-06-30", PerformanceUnderReview, "2011-09-30", PerformanceUnderReview, "2011-12-31", Underperforming,
		"2012-03-31", Underperforming)
	esc, err := EscalateNHSPF(h, DefaultNHSPFEscalationParams())
	require.NoError(t, err)
	zesc, err := EscalateNHSPF(h, NHSPFEscalationParams{})
	require.NoError(t, err)
	same("EscalateNHSPF", zesc, esc)
	assert.Equal(t, Challenged, esc.Category)

	p := &pr.Performance[2]
	same("AssessStandards", AssessStandards(p, StandardsParams{}), AssessStandards(p, DefaultStandardsParams()))
	same("RateStandards", RateStandards(p, StandardsParams{}), RateStandards(p, DefaultStandardsParams()))
	same("ForPeerGroup", StandardsParams{}.ForPeerGroup("acute"), DefaultStandardsParams().ForPeerGroup("acute"))
}
