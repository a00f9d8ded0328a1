package rating

import (
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// Keys of economy.Performance.Other from which the registry method reads
// the NHS Performance Framework scores that economy has no field for.
const (
	KeyNHSPFForecastOutturn = "nhspf.finance.forecast_outturn" // 1-3
	KeyNHSPFYearToDate      = "nhspf.finance.year_to_date"     // 1-3
	KeyNHSPFProcesses       = "nhspf.finance.processes"        // 1-3
	KeyNHSPFUnderlying      = "nhspf.finance.underlying"       // 1-3
	KeyNHSPFInitialPlanning = "nhspf.finance.initial_planning" // 1-3; computed from accounts when absent
	KeyNHSPFQuality         = "nhspf.quality_of_services"      // domain score, 1-3
)

// nhspfMethod describes the NHS Performance Framework as a registry Method,
// in force from 1 April 2009 (first results for Q1 2009/10) to 31 March
// 2013, before the NHS TDA's Accountability Framework.
func nhspfMethod() Method {
	return Method{
		ID: MethodNHSPF, Name: "Department of Health NHS Performance Framework", Short: "NHSPF",
		From: day(2009, time.April, 1), To: day(2013, time.March, 31), Scale: ScalePerformance,
		Sources: []economy.Citation{citePFHFMA2009, citePFHFMA2012, citePFSandwell, citePFHSJ},
		rate:    rateNHSPFProvider,
	}
}

// rateNHSPFProvider builds an NHSPFInput from the provider: the kind; acute
// from PeerGroup ("acute" or another group; empty is unknown); the scores
// from the latest performance's Other under the Key... constants, the
// initial planning score computed from the latest accounts when not given
// (operating income standing in for planned income, no SHA expectation);
// the forecast deficit override from ForecastSurplus below both zero and
// PlannedSurplus; LoanRepaymentAtRisk as reported.
func rateNHSPFProvider(m *Method, in Input) Result {
	p := DefaultNHSPFParams()
	pv := in.Provider
	x := NHSPFInput{Kind: pv.Kind}
	if pv.PeerGroup != "" {
		acute := pv.PeerGroup == "acute"
		x.Acute = &acute
	}
	var other map[string]decimal.Decimal
	if perf, ok := pv.LatestPerformance(in.Date); ok {
		other = perf.Other
	}
	score := func(key string) uint8 {
		v, ok := other[key]
		if !ok || !v.IsInteger() || v.LessThan(decimal.NewFromInt(1)) || v.GreaterThan(decimal.NewFromInt(3)) {
			return 0
		}
		return uint8(v.IntPart())
	}
	x.Finance = NHSPFFinance{
		ForecastOutturn: score(KeyNHSPFForecastOutturn), YearToDate: score(KeyNHSPFYearToDate),
		Processes: score(KeyNHSPFProcesses), Underlying: score(KeyNHSPFUnderlying),
		InitialPlanning: score(KeyNHSPFInitialPlanning),
	}
	if q, ok := other[KeyNHSPFQuality]; ok {
		x.QualityScore = decimal.NewNullDecimal(q)
	}
	if a, ok := pv.LatestAccounts(in.Date); ok {
		if x.Finance.InitialPlanning == 0 && a.PlannedSurplus.Valid && a.OperatingIncome.Valid {
			x.Finance.InitialPlanning = InitialPlanningScore(a.PlannedSurplus.Decimal, a.OperatingIncome.Decimal, decimal.NullDecimal{}, p)
		}
		if a.ForecastSurplus.Valid && a.PlannedSurplus.Valid {
			worse := a.ForecastSurplus.Decimal.IsNegative() && a.ForecastSurplus.Decimal.LessThan(a.PlannedSurplus.Decimal)
			x.ForecastDeficitWorseThanPlan = &worse
		}
		x.LoanRepaymentAtRisk = a.LoanRepaymentAtRisk
	}
	return rateNHSPF(m, x, p)
}
