package rating

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// The metric formulas shared by the CoSRR, the FSRR and the SOF finance
// score. They are FROM MEMORY (Monitor's risk assessment framework and
// NHS Improvement's single oversight framework, not read): the sources
// read confirm what each metric measures, not its exact numerator and
// denominator. Every figure must be given; a missing one is named
// ("accounts.pfi_repayments") and the metric is not computed.

var (
	finDays360 = decimal.NewFromInt(360)
	finPercent = decimal.NewFromInt(100)
)

// finCapitalServiceCover is revenue available for capital service (EBITDA
// plus interest receivable) over annual debt service (PDC dividend,
// interest payable, and the capital element of loan, finance lease and PFI
// repayments). With no debt service at all (a non-positive total) there is
// nothing to cover: the cover is unbounded and scores best, whatever the
// EBITDA, because this metric measures capacity to service debt only.
func finCapitalServiceCover(r *finReader, a *economy.Accounts) finValue {
	rev := r.get(a.EBITDA, "ebitda").Add(r.get(a.InterestReceivable, "interest_receivable"))
	ds := r.get(a.PDCDividend, "pdc_dividend").
		Add(r.get(a.InterestPayable, "interest_payable")).
		Add(r.get(a.LoanRepayments, "loan_repayments")).
		Add(r.get(a.FinanceLeaseRepayments, "finance_lease_repayments")).
		Add(r.get(a.PFIRepayments, "pfi_repayments"))
	f := "(ebitda + interest_receivable) / (pdc_dividend + interest_payable + loan_repayments + finance_lease_repayments + pfi_repayments) = " +
		decimaltext.Format(rev) + " / " + decimaltext.Format(ds)
	if ds.Sign() <= 0 {
		return finValue{Inf: 1, Formula: f + "; no debt service: cover unbounded"}
	}
	return finValue{Value: rev.DivRound(ds, finPrecision), Formula: f}
}

// finLiquidityDays is the working capital balance (current assets less
// inventories less current liabilities) plus unconditionally committed
// facilities, times 360, over operating expenses. With no operating
// expenses the sign of the balance decides (see finQuotient).
func finLiquidityDays(r *finReader, a *economy.Accounts) finValue {
	wc := r.get(a.CurrentAssets, "current_assets").
		Sub(r.get(a.Inventories, "inventories")).
		Sub(r.get(a.CurrentLiabilities, "current_liabilities")).
		Add(r.get(a.CommittedFacilities, "committed_facilities"))
	opex := r.get(a.OperatingExpenses, "operating_expenses")
	f := "(current_assets - inventories - current_liabilities + committed_facilities) x 360 / operating_expenses = " +
		decimaltext.Format(wc) + " x 360 / " + decimaltext.Format(opex)
	return finQuotient(wc, opex, finDays360, f)
}

// finIEMargin is the surplus (negative: deficit) as a percentage of
// operating income. With no income the sign of the surplus decides.
func finIEMargin(r *finReader, a *economy.Accounts) finValue {
	s := r.get(a.Surplus, "surplus")
	inc := r.get(a.OperatingIncome, "operating_income")
	f := "surplus / operating_income x 100 = " + decimaltext.Format(s) + " / " + decimaltext.Format(inc) + " x 100"
	return finQuotient(s, inc, finPercent, f)
}

// finPlanVariance is the I&E margin less the planned I&E margin, in
// percentage points. Accounts carry no planned income, so both margins are
// taken on actual operating income: the variance is (surplus - planned
// surplus) / operating income x 100. Negative: behind plan.
func finPlanVariance(r *finReader, a *economy.Accounts) finValue {
	s := r.get(a.Surplus, "surplus")
	ps := r.get(a.PlannedSurplus, "planned_surplus")
	inc := r.get(a.OperatingIncome, "operating_income")
	f := "(surplus - planned_surplus) / operating_income x 100 = (" + decimaltext.Format(s) + " - " + decimaltext.Format(ps) + ") / " + decimaltext.Format(inc) + " x 100"
	return finQuotient(s.Sub(ps), inc, finPercent, f)
}

// finAgencyOver is agency spend above the agency ceiling, as a percentage
// of the ceiling (negative: below it). With no ceiling any agency spend is
// unboundedly over it.
func finAgencyOver(r *finReader, a *economy.Accounts) finValue {
	sp := r.get(a.AgencySpend, "agency_spend")
	c := r.get(a.AgencyCeiling, "agency_ceiling")
	f := "(agency_spend - agency_ceiling) / agency_ceiling x 100 = (" + decimaltext.Format(sp) + " - " + decimaltext.Format(c) + ") / " + decimaltext.Format(c) + " x 100"
	return finQuotient(sp.Sub(c), c, finPercent, f)
}

// finCapexVariance is the distance of capital expenditure from plan, in
// either direction, as a percentage of planned capital expenditure. With
// no planned capital expenditure any spend is unboundedly off plan.
func finCapexVariance(r *finReader, a *economy.Accounts) finValue {
	c := r.get(a.CapitalExpenditure, "capital_expenditure")
	pc := r.get(a.PlannedCapitalExpenditure, "planned_capital_expenditure")
	f := "|capital_expenditure - planned_capital_expenditure| / planned_capital_expenditure x 100 = |" +
		decimaltext.Format(c) + " - " + decimaltext.Format(pc) + "| / " + decimaltext.Format(pc) + " x 100"
	return finQuotient(c.Sub(pc).Abs(), pc, finPercent, f)
}

// finGiven turns a published metric value into a finValue, naming it as
// missing when absent.
func finGiven(r *finReader, v decimal.NullDecimal, name string) finValue {
	x := r.get(v, name)
	return finValue{Value: x, Formula: "given"}
}
