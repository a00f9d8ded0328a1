package rating_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/shopspring/decimal"
)

func ExampleRateCQC() {
	r, err := rating.RateCQC(rating.CQCInput{Ratings: []rating.CQCUnderlying{
		{Name: "safe", Rating: economy.Good, Limit: rating.LimitWarningNotice},
		{Name: "effective", Rating: economy.Good},
		{Name: "caring", Rating: economy.Outstanding},
		{Name: "responsive", Rating: economy.Good},
		{Name: "well_led", Rating: economy.Good},
	}}, rating.DefaultCQCParams())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Score)
	for _, o := range r.Overrides {
		if o.Applied {
			fmt.Println(o.Name, "->", o.Limit)
		}
	}
	// Output:
	// requires_improvement
	// safe: warning notice -> inadequate
	// no principle decides -> requires_improvement
}

func ExampleRateFRR() {
	f := false
	pct := func(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decimal.RequireFromString(s)) }
	r, err := rating.RateFRR(rating.FRRInput{
		Date:            economy.MustDate("2012-09-30"),
		PlanAchievement: pct("100"), EBITDAMargin: pct("6"), Efficiency: pct("0"),
		SurplusMargin: pct("1.5"), LiquidRatio: pct("12"),
		BorrowingLimitBreached: &f, PlanLate: &f, PlanIncomplete: &f, PDCDividendUnpaid: &f,
	}, rating.DefaultFRRParams())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("weighted mean", r.Combination.Mean, "rated", r.Score)
	// Output:
	// weighted mean 2.95 rated 3
}

func ExampleRateGovernance() {
	q := func(from, to string, ae, cancer rating.StandardResult) rating.GovernanceQuarter {
		return rating.GovernanceQuarter{
			Period: economy.Period{From: economy.MustDate(from), To: economy.MustDate(to)},
			Results: []rating.TargetResult{
				{Standard: rating.StdAE4Hours, Result: ae},
				{Standard: rating.StdCancer62Day, Result: cancer},
			},
		}
	}
	quarters := []rating.GovernanceQuarter{
		q("2010-04-01", "2010-06-30", rating.StandardNotMet, rating.StandardMet),
		q("2010-07-01", "2010-09-30", rating.StandardNotMet, rating.StandardMet),
		q("2010-10-01", "2010-12-31", rating.StandardNotMet, rating.StandardNotMet),
	}
	r, err := rating.RateGovernance(rating.GovernanceInput{
		Quarters: quarters,
		Override: &rating.Departure{To: rating.GovernanceAmberRed.Score(), Reason: "recovery plan accepted"},
	}, rating.DefaultGovernanceParams())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("score", r.Combination.Mean, "computed", r.Score, "published", r.Published())
	// Output:
	// score 4 computed red published amber_red
}

func ExampleRateServices() {
	no, yes := false, true
	r, err := rating.RateServices(rating.ServicesInput{FailingToProvide: &no, AtRisk: &yes})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Score)
	// Output:
	// amber
}

func ExampleRateNHSPF() {
	no, yes := false, true
	r, err := rating.RateNHSPF(rating.NHSPFInput{
		Kind: economy.KindNHSTrust, Acute: &yes,
		Finance:                      rating.NHSPFFinance{ForecastOutturn: 3, YearToDate: 3, Processes: 3, Underlying: 2, InitialPlanning: 3},
		QualityScore:                 decimal.NewNullDecimal(decimal.RequireFromString("2.57")),
		ForecastDeficitWorseThanPlan: &no, LoanRepaymentAtRisk: &no,
	}, rating.DefaultNHSPFParams())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r)
	// Output:
	// NHSPF performing: finance 2.90 -> performing; quality of services 2.57 -> performing
}

func ExampleEscalateNHSPF() {
	var history []rating.DatedCategory
	for _, d := range []string{"2011-06-30", "2011-09-30", "2011-12-31"} {
		history = append(history, rating.DatedCategory{Date: economy.MustDate(d), Category: rating.Underperforming})
	}
	e, err := rating.EscalateNHSPF(history, rating.DefaultNHSPFEscalationParams())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(e.Category, "from", e.Since, "-", e.Reason)
	// Output:
	// challenged from 2011-12-31 - underperforming in 3 consecutive quarters since 2011-06-30
}

func ExampleRateStandards() {
	perf := &economy.Performance{
		Period:   economy.Period{From: economy.MustDate("2012-10-01"), To: economy.MustDate("2012-12-31")},
		AE4Hours: decimal.NewNullDecimal(decimal.RequireFromString("95")),
	}
	for _, o := range rating.AssessStandards(perf, rating.DefaultStandardsParams()) {
		fmt.Println(o.Standard.ID, o.Standard.Threshold, o.Result)
	}
	// Output:
	// ae_4_hours 95 met
	// rtt_incomplete_18_weeks 92 unknown
	// rtt_admitted_18_weeks 90 unknown
	// rtt_non_admitted_18_weeks 95 unknown
	// cancer_2_week_wait 93 unknown
	// cancer_31_day 96 unknown
	// cancer_62_day 85 unknown
	// diagnostics_over_6_weeks 1 unknown
	// ambulance_cat_a_8_minutes 75 unknown
}
