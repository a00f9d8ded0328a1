package rating_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/shopspring/decimal"
)

func finExampleAmount(s string) decimal.NullDecimal {
	return decimal.NewNullDecimal(decimal.RequireFromString(s))
}

// A foundation trust's 2014/15 accounts (£m) under Monitor's continuity of
// services risk rating.
func ExampleRateCoSRRAccounts() {
	a := &economy.Accounts{
		Period:                 economy.FinancialYear(2014),
		OperatingExpenses:      finExampleAmount("180"),
		EBITDA:                 finExampleAmount("8"),
		InterestReceivable:     finExampleAmount("1"),
		PDCDividend:            finExampleAmount("2"),
		InterestPayable:        finExampleAmount("1"),
		LoanRepayments:         finExampleAmount("1"),
		FinanceLeaseRepayments: finExampleAmount("0"),
		PFIRepayments:          finExampleAmount("1"),
		CurrentAssets:          finExampleAmount("25"),
		Inventories:            finExampleAmount("2"),
		CurrentLiabilities:     finExampleAmount("30"),
		CommittedFacilities:    finExampleAmount("5"),
	}
	r := rating.RateCoSRRAccounts(a, rating.DefaultCoSRRParams())
	fmt.Println(r)
	fmt.Println(r.Metrics[0].Band, "|", r.Metrics[0].Citation.Verified)

	a.PFIRepayments = decimal.NullDecimal{} // not reported
	fmt.Println(rating.RateCoSRRAccounts(a, rating.DefaultCoSRRParams()))
	// Output:
	// CoSRR 3: capital service cover 1.80x -> 3; liquidity -4.0 days -> 3; mean 3.0 -> 3
	// >= 1.75x and < 2.5x | false
	// CoSRR insufficient_data: missing accounts.pfi_repayments
}

// The worked example of a council of governors report (February 2015):
// capital service cover rated 2 and liquidity rated 3 give a CoSRR of 3,
// and Monitor may publish a 2 as "2*".
func ExampleRateCoSRR() {
	r := rating.RateCoSRR(rating.CoSRRInput{
		CapitalServiceCover: finExampleAmount("1.5"),
		LiquidityDays:       finExampleAmount("-3.1"),
	}, rating.CoSRRParams{})
	fmt.Println(r)

	two := rating.RateCoSRR(rating.CoSRRInput{
		CapitalServiceCover: finExampleAmount("1.3"),
		LiquidityDays:       finExampleAmount("-8"),
	}, rating.CoSRRParams{})
	starred, ok := rating.MonitorTwoStar(two, "position unlikely to get worse")
	fmt.Println(ok, starred)
	// Output:
	// CoSRR 3: capital service cover 1.50x -> 2; liquidity -3.1 days -> 3; mean 2.5 -> 3
	// true CoSRR 2: capital service cover 1.30x -> 2; liquidity -8.0 days -> 2; mean 2.0 -> 2; Monitor judged 2* (position unlikely to get worse)
}

// A trust whose I&E margin fell more than 2 points short of plan: the
// metric scores 1, which caps the financial sustainability risk rating
// at 2.
func ExampleRateFSRR() {
	r := rating.RateFSRR(rating.FSRRInput{
		CapitalServiceCapacity: finExampleAmount("2.6"),
		LiquidityDays:          finExampleAmount("3"),
		IEMargin:               finExampleAmount("1.5"),
		PlanVariance:           finExampleAmount("-2.5"),
	}, rating.DefaultFSRRParams())
	fmt.Println(r)
	// Output:
	// FSRR 2: capital service capacity 2.60x -> 4; liquidity 3.0 days -> 4; I&E margin 1.50% -> 4; I&E margin variance from plan -2.50 pp -> 1; weighted mean 3.25 -> 3; a metric scored 1: no better than 2
}

// Alder Hey Children's NHS FT, 2017/18: every finance and use of resources
// metric scored 1, and so did the trust.
func ExampleRateSOFFinance() {
	agreed := true
	r := rating.RateSOFFinance(rating.SOFFinanceInput{
		LiquidityDays:          finExampleAmount("30.56"),
		CapitalServiceCapacity: finExampleAmount("2.6"),
		IEMargin:               finExampleAmount("8.46"),
		PlanDistance:           finExampleAmount("8.40"),
		AgencyOverCeiling:      finExampleAmount("-55.96"),
		ControlTotalAgreed:     &agreed,
	}, rating.DefaultSOFFinanceParams())
	fmt.Println(r.Score)

	// Had it declined its control total while planning a surplus, it could
	// have scored no better than 2.
	agreed = false
	r = rating.RateSOFFinance(rating.SOFFinanceInput{
		LiquidityDays:          finExampleAmount("30.56"),
		CapitalServiceCapacity: finExampleAmount("2.6"),
		IEMargin:               finExampleAmount("8.46"),
		PlanDistance:           finExampleAmount("8.40"),
		AgencyOverCeiling:      finExampleAmount("-55.96"),
		ControlTotalAgreed:     &agreed,
		PlannedSurplus:         finExampleAmount("5"),
	}, rating.DefaultSOFFinanceParams())
	fmt.Println(r.Score)
	// Output:
	// 1
	// 2
}

// A trust with a suspected licence breach for which undertakings were
// sought sits in segment 3 of the single oversight framework.
func ExampleRateSOFSegment() {
	yes, no := true, false
	r := rating.RateSOFSegment(rating.SOFSegmentInput{
		SpecialMeasures: &no,
		LicenceBreach:   &yes,
		MandatedSupport: &yes,
		FinanceScore:    3,
		CQCOverall:      economy.RequiresImprovement,
	}, rating.DefaultSOFSegmentParams())
	fmt.Println(r)
	// Output:
	// SOF segment 3: finance and use of resources score 3 -> 3; licence breach with mandated support: no better than segment 3
}

// Under the 2021/22 framework a trust nobody has judged free of support
// needs sits in segment 2; the Recovery Support Programme means segment 4.
func ExampleRateNOF2021() {
	yes, no := true, false
	fmt.Println(rating.RateNOF2021(rating.NOFSegmentInput{IntensiveSupport: &no, MandatedSupport: &no}, rating.NOFSegmentParams{}))
	fmt.Println(rating.RateNOF2021(rating.NOFSegmentInput{IntensiveSupport: &yes}, rating.NOFSegmentParams{}).Score)
	// Output:
	// SOF 2021/22 segment 2: default segment: no better than segment 2
	// segment 4
}

// A 2025/26 trust in the top quartile of its peers but in deficit is held
// at segment 3 by the financial override.
func ExampleRateNOF2025() {
	in := rating.NOF2025Input{
		Scores: []rating.NOF2025Score{
			{Metric: "a_and_e_4_hours", Score: decimal.RequireFromString("1.5")},
			{Metric: "rtt_18_weeks", Score: decimal.RequireFromString("2")},
		},
		PeerAverages: []decimal.Decimal{
			decimal.RequireFromString("2.1"), decimal.RequireFromString("2.4"), decimal.RequireFromString("3.0"),
		},
		Accounts: &economy.Accounts{Surplus: finExampleAmount("-4.2")},
	}
	fmt.Println(rating.RateNOF2025(in, rating.DefaultNOF2025Params()))
	// Output:
	// NOF 2025/26 segment 3: average metric score 1.75 -> segment 1; in deficit: no better than segment 3
}
