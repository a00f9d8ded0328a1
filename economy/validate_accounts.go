package economy

import "github.com/shopspring/decimal"

// figure is one amount of an Accounts, named as in JSON. Signed figures
// (surpluses, EBITDA, control totals) may be negative; the others are
// amounts of money that cannot be.
type figure struct {
	name   string
	value  decimal.NullDecimal
	signed bool
}

// accountsFigures is every amount of an Accounts: an array, so that
// listing them allocates nothing (Valid checks every Accounts of an
// economy before each assessment).
type accountsFigures [26]figure

// figures lists every amount in a, in field order.
func (a *Accounts) figures() accountsFigures {
	return accountsFigures{
		{"operating_income", a.OperatingIncome, false},
		{"operating_expenses", a.OperatingExpenses, false},
		{"depreciation", a.Depreciation, false},
		{"ebitda", a.EBITDA, true},
		{"planned_ebitda", a.PlannedEBITDA, true},
		{"surplus", a.Surplus, true},
		{"planned_surplus", a.PlannedSurplus, true},
		{"forecast_surplus", a.ForecastSurplus, true},
		// A one-off item can be reversed in a later period.
		{"exceptional_income", a.ExceptionalIncome, true},
		{"pdc_dividend", a.PDCDividend, false},
		{"interest_payable", a.InterestPayable, false},
		{"interest_receivable", a.InterestReceivable, false},
		{"loan_repayments", a.LoanRepayments, false},
		{"finance_lease_repayments", a.FinanceLeaseRepayments, false},
		{"pfi_repayments", a.PFIRepayments, false},
		{"current_assets", a.CurrentAssets, false},
		{"inventories", a.Inventories, false},
		{"current_liabilities", a.CurrentLiabilities, false},
		{"committed_facilities", a.CommittedFacilities, false},
		{"working_capital_facility", a.WorkingCapitalFacility, false},
		{"average_assets_employed", a.AverageAssetsEmployed, false},
		{"agency_spend", a.AgencySpend, false},
		{"agency_ceiling", a.AgencyCeiling, false},
		{"capital_expenditure", a.CapitalExpenditure, false},
		{"planned_capital_expenditure", a.PlannedCapitalExpenditure, false},
		{"control_total", a.ControlTotal, true},
	}
}

func (p *problems) accounts(path string, a *Accounts) {
	p.period(p.join(path, "period"), a.Period)
	p.published(p.join(path, "published"), a.Published, a.Period)
	p.controlTotalEvents(p.join(path, "control_total_events"), a.ControlTotalEvents)
	figs := a.figures()
	for _, f := range &figs {
		if f.signed {
			p.signed(p.join(path, f.name), f.value)
		} else {
			p.nonNegative(p.join(path, f.name), f.value)
		}
	}
	// Inventories are part of current assets, so cannot exceed them. The
	// figures are compared only when both are usable, to avoid reporting
	// one mistake twice.
	if usable(a.Inventories) && usable(a.CurrentAssets) &&
		a.Inventories.Decimal.Cmp(a.CurrentAssets.Decimal) > 0 {
		p.add(p.join(path, "inventories"), "must not exceed current_assets")
	}
}

// usable reports, without reporting anything, whether d is a given,
// non-negative, sane amount.
func usable(d decimal.NullDecimal) bool {
	return d.Valid && CheckDecimal(d.Decimal) == nil && d.Decimal.Sign() >= 0
}

// published checks an optional publication day: a real day, not before
// the period it reports.
func (p *problems) published(path string, d Date, period Period) {
	if p.date(path, d, false) && period.From.Valid() && d.Before(period.From) {
		p.add(path, "must not be before the period it reports (%s)", period.From)
	}
}
