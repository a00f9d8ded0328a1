package economy

import "github.com/shopspring/decimal"

// Accounts are a provider's financial figures for one period, as reported
// to the regulator: the inputs of every financial rating from Monitor's
// 2008 financial risk rating to the 2025/26 oversight framework.
//
// Amounts are in pounds, as decimals: a rating band edge such as 1.75x must
// classify exactly. A figure that was not reported is left invalid
// (decimal.NullDecimal{}), never set to zero: a missing figure makes a
// rating "insufficient data", a zero one is a fact.
//
// Signs follow the accounts: a deficit is a negative Surplus; expenses,
// liabilities, repayments and spend are positive amounts.
type Accounts struct {
	Period Period `json:"period"`
	// YearToDate marks in-year figures (for example months 1-6); plans are
	// then the plan for the same months.
	YearToDate bool `json:"year_to_date,omitempty"`

	OperatingIncome   decimal.NullDecimal `json:"operating_income,omitzero"`
	OperatingExpenses decimal.NullDecimal `json:"operating_expenses,omitzero"`
	Depreciation      decimal.NullDecimal `json:"depreciation,omitzero"` // included in operating expenses
	EBITDA            decimal.NullDecimal `json:"ebitda,omitzero"`
	PlannedEBITDA     decimal.NullDecimal `json:"planned_ebitda,omitzero"`
	// Surplus is the income and expenditure surplus (negative: deficit),
	// after financing costs and PDC dividend, normalised for impairments.
	Surplus         decimal.NullDecimal `json:"surplus,omitzero"`
	PlannedSurplus  decimal.NullDecimal `json:"planned_surplus,omitzero"`
	ForecastSurplus decimal.NullDecimal `json:"forecast_surplus,omitzero"` // full-year forecast outturn
	// ExceptionalIncome is one-off income (a bail-out, income advanced by
	// commissioners) that Monitor could remove before rating, from 2012/13.
	ExceptionalIncome decimal.NullDecimal `json:"exceptional_income,omitzero"`

	PDCDividend            decimal.NullDecimal `json:"pdc_dividend,omitzero"`
	InterestPayable        decimal.NullDecimal `json:"interest_payable,omitzero"`
	InterestReceivable     decimal.NullDecimal `json:"interest_receivable,omitzero"`
	LoanRepayments         decimal.NullDecimal `json:"loan_repayments,omitzero"`          // capital element
	FinanceLeaseRepayments decimal.NullDecimal `json:"finance_lease_repayments,omitzero"` // capital element
	PFIRepayments          decimal.NullDecimal `json:"pfi_repayments,omitzero"`           // capital element of PFI unitary payments

	CurrentAssets      decimal.NullDecimal `json:"current_assets,omitzero"`
	Inventories        decimal.NullDecimal `json:"inventories,omitzero"`
	CurrentLiabilities decimal.NullDecimal `json:"current_liabilities,omitzero"`
	// CommittedFacilities are unconditionally committed credit lines, the
	// only ones the 2013 continuity of services rating counts as liquid.
	CommittedFacilities decimal.NullDecimal `json:"committed_facilities,omitzero"`
	// WorkingCapitalFacility is a committed working capital facility, which
	// the Compliance Framework's liquid ratio counted.
	WorkingCapitalFacility decimal.NullDecimal `json:"working_capital_facility,omitzero"`
	AverageAssetsEmployed  decimal.NullDecimal `json:"average_assets_employed,omitzero"`

	AgencySpend   decimal.NullDecimal `json:"agency_spend,omitzero"`
	AgencyCeiling decimal.NullDecimal `json:"agency_ceiling,omitzero"`

	CapitalExpenditure        decimal.NullDecimal `json:"capital_expenditure,omitzero"`
	PlannedCapitalExpenditure decimal.NullDecimal `json:"planned_capital_expenditure,omitzero"`

	// ControlTotal is the surplus (negative: deficit) the provider was
	// offered as its control total, from 2016/17. ControlTotalEvents say,
	// dated, what became of it: accepted or refused, forecast to be met or
	// missed, met or missed.
	ControlTotal       decimal.NullDecimal `json:"control_total,omitzero"`
	ControlTotalEvents []ControlTotalEvent `json:"control_total_events,omitempty"`

	// Published is the day the period's actual figures were published
	// (the annual accounts, or the in-year return). They are facts only
	// from that day; when it is not given, from the day after the period
	// ends, the earliest anyone could know them. Plans, the control total
	// offered and forecasts are known while the period is under way.
	Published Date `json:"published,omitzero"`

	// Facts behind the overrides of the financial ratings; nil: not known.
	BorrowingLimitBreached *bool `json:"borrowing_limit_breached,omitempty"` // unplanned breach of the prudential borrowing limit
	PDCDividendUnpaid      *bool `json:"pdc_dividend_unpaid,omitempty"`      // PDC dividend not paid in full
	PlanLate               *bool `json:"plan_late,omitempty"`                // annual plan not submitted on time
	PlanIncomplete         *bool `json:"plan_incomplete,omitempty"`          // annual plan not complete and correct
	LoanRepaymentAtRisk    *bool `json:"loan_repayment_at_risk,omitempty"`   // cannot repay loans for lack of cash
	DeficitSupport         *bool `json:"deficit_support,omitempty"`          // receives deficit support funding
}
