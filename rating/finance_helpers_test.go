package rating_test

import (
	"encoding/json"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// finD parses a decimal literal; the helpers of these tests carry a "fin"
// prefix so that they cannot clash with other test files of the package.
func finD(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func finND(s string) decimal.NullDecimal { return decimal.NewNullDecimal(finD(s)) }

func finTrue() *bool  { b := true; return &b }
func finFalse() *bool { b := false; return &b }

// finAccounts is a healthy trust's year: capital service cover
// (9 + 1) / (2 + 1 + 1 + 0.5 + 0.5) = 2.00x, liquidity
// (30 - 2 - 40 + 10) x 360 / 180 = -4.0 days, I&E margin 2 / 200 = 1.00%,
// variance (2 - 1) / 200 = +0.50 pp, agency (9 - 10) / 10 = -10.0%,
// capital expenditure |11 - 10| / 10 = 10.0%. Amounts in £m.
func finAccounts() *economy.Accounts {
	return &economy.Accounts{
		Period:                    economy.FinancialYear(2014),
		OperatingIncome:           finND("200"),
		OperatingExpenses:         finND("180"),
		EBITDA:                    finND("9"),
		Surplus:                   finND("2"),
		PlannedSurplus:            finND("1"),
		PDCDividend:               finND("2"),
		InterestPayable:           finND("1"),
		InterestReceivable:        finND("1"),
		LoanRepayments:            finND("1"),
		FinanceLeaseRepayments:    finND("0.5"),
		PFIRepayments:             finND("0.5"),
		CurrentAssets:             finND("30"),
		Inventories:               finND("2"),
		CurrentLiabilities:        finND("40"),
		CommittedFacilities:       finND("10"),
		AgencySpend:               finND("9"),
		AgencyCeiling:             finND("10"),
		CapitalExpenditure:        finND("11"),
		PlannedCapitalExpenditure: finND("10"),
		ControlTotalEvents:        finAgreed(true),
	}
}

// finEdge is one band-edge case: a metric value and the score it earns.
type finEdge struct {
	give string
	want uint8
}

// finSpec is one band edge: the edge value and the scores just below it,
// at it and just above it.
type finSpec struct {
	at               string
	below, on, above uint8
}

// finEdges expands each edge into the three cases at, just below and just
// above it, one step away.
func finEdges(step string, specs ...finSpec) []finEdge {
	s := finD(step)
	var out []finEdge
	for _, e := range specs {
		at := finD(e.at)
		out = append(out,
			finEdge{at.Sub(s).String(), e.below},
			finEdge{at.String(), e.on},
			finEdge{at.Add(s).String(), e.above},
		)
	}
	return out
}

// finScore returns the score of the named metric in r.
func finScore(t *testing.T, r rating.Result, metric string) uint8 {
	t.Helper()
	require.Equal(t, rating.Rated, r.Status, r.String())
	for _, m := range r.Metrics {
		// An unbounded metric is asked for with its direction, so the
		// test checks the direction too.
		name := m.Name
		switch {
		case m.Unbounded > 0:
			name += " (unbounded above)"
		case m.Unbounded < 0:
			name += " (unbounded below)"
		}
		if name == metric {
			return m.Score.Value
		}
	}
	require.Failf(t, "no metric", "%q not in %s", metric, r)
	return 0
}

// finOverride returns the named override of r.
func finOverride(t *testing.T, r rating.Result, name string) rating.Override {
	t.Helper()
	for _, o := range r.Overrides {
		if o.Name == name {
			return o
		}
	}
	require.Failf(t, "no override", "%q not in %+v", name, r.Overrides)
	return rating.Override{}
}

func finAssertDecimal(t *testing.T, want string, got decimal.Decimal) {
	t.Helper()
	assert.Truef(t, finD(want).Equal(got), "want %s, got %s", want, got)
}

// finJSONRoundTrip marshals r, reads it back and checks nothing was lost
// by marshalling both again.
func finJSONRoundTrip(t *testing.T, r rating.Result) {
	t.Helper()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back rating.Result
	require.NoError(t, json.Unmarshal(b, &back))
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))
	assert.Equal(t, r.String(), back.String())
	assert.Equal(t, r.Score, back.Score)
}

// finAmount turns a fuzzed integer into tenths of a pound, bounded so
// that sums cannot overflow; positive forces a non-negative amount.
func finAmount(v int64, positive bool) decimal.NullDecimal {
	v %= 1_000_000_000
	if positive && v < 0 {
		v = -v
	}
	return decimal.NewNullDecimal(decimal.New(v, -1))
}

// finFuzzAccounts builds accounts from fuzzed integers. Income is fixed
// and positive, so that a lower surplus always means a lower margin.
func finFuzzAccounts(ebitda, recv, pdc, pay, loan, lease, pfi, ca, inv, cl, cf, opex, surplus, planned, agency, ceiling int64) *economy.Accounts {
	return &economy.Accounts{
		OperatingIncome:        finND("20000"),
		OperatingExpenses:      finAmount(opex, true),
		EBITDA:                 finAmount(ebitda, false),
		InterestReceivable:     finAmount(recv, true),
		PDCDividend:            finAmount(pdc, true),
		InterestPayable:        finAmount(pay, true),
		LoanRepayments:         finAmount(loan, true),
		FinanceLeaseRepayments: finAmount(lease, true),
		PFIRepayments:          finAmount(pfi, true),
		CurrentAssets:          finAmount(ca, true),
		Inventories:            finAmount(inv, true),
		CurrentLiabilities:     finAmount(cl, true),
		CommittedFacilities:    finAmount(cf, true),
		Surplus:                finAmount(surplus, false),
		PlannedSurplus:         finAmount(planned, false),
		AgencySpend:            finAmount(agency, true),
		AgencyCeiling:          finAmount(ceiling, true),
	}
}

// finKnob is a figure and the direction in which it gets worse for a
// rating: lower (-1) or higher (+1). Positive figures stay non-negative.
type finKnob struct {
	name     string
	field    func(*economy.Accounts) *decimal.NullDecimal
	dir      int
	positive bool
}

var finCoSRRKnobs = []finKnob{
	{"ebitda", func(a *economy.Accounts) *decimal.NullDecimal { return &a.EBITDA }, -1, false},
	{"interest_receivable", func(a *economy.Accounts) *decimal.NullDecimal { return &a.InterestReceivable }, -1, true},
	{"pdc_dividend", func(a *economy.Accounts) *decimal.NullDecimal { return &a.PDCDividend }, 1, true},
	{"interest_payable", func(a *economy.Accounts) *decimal.NullDecimal { return &a.InterestPayable }, 1, true},
	{"loan_repayments", func(a *economy.Accounts) *decimal.NullDecimal { return &a.LoanRepayments }, 1, true},
	{"finance_lease_repayments", func(a *economy.Accounts) *decimal.NullDecimal { return &a.FinanceLeaseRepayments }, 1, true},
	{"pfi_repayments", func(a *economy.Accounts) *decimal.NullDecimal { return &a.PFIRepayments }, 1, true},
	{"current_assets", func(a *economy.Accounts) *decimal.NullDecimal { return &a.CurrentAssets }, -1, true},
	{"inventories", func(a *economy.Accounts) *decimal.NullDecimal { return &a.Inventories }, 1, true},
	{"current_liabilities", func(a *economy.Accounts) *decimal.NullDecimal { return &a.CurrentLiabilities }, 1, true},
	{"committed_facilities", func(a *economy.Accounts) *decimal.NullDecimal { return &a.CommittedFacilities }, -1, true},
}

var finSurplusKnob = finKnob{"surplus", func(a *economy.Accounts) *decimal.NullDecimal { return &a.Surplus }, -1, false}

// finFSRRKnobs add the surplus and the planned surplus (a higher plan is
// a worse variance).
var finFSRRKnobs = append(append([]finKnob{}, finCoSRRKnobs...), finSurplusKnob,
	finKnob{"planned_surplus", func(a *economy.Accounts) *decimal.NullDecimal { return &a.PlannedSurplus }, 1, false})

// finSOFKnobs leave out the planned surplus: under the verified control
// total caps a higher planned surplus moves a trust without an agreed
// control total from the cap of 3 to the cap of 2, so it is not a "worse"
// direction for the SOF score.
var finSOFKnobs = append(append([]finKnob{}, finCoSRRKnobs...), finSurplusKnob,
	finKnob{"agency_spend", func(a *economy.Accounts) *decimal.NullDecimal { return &a.AgencySpend }, 1, true},
	finKnob{"agency_ceiling", func(a *economy.Accounts) *decimal.NullDecimal { return &a.AgencyCeiling }, -1, true})

// finWorsen returns a copy of a with the chosen knob moved step tenths in
// its worse direction.
func finWorsen(a *economy.Accounts, knobs []finKnob, knob uint8, step int64) *economy.Accounts {
	k := knobs[int(knob)%len(knobs)]
	b := *a
	f := k.field(&b)
	d := finAmount(step, true).Decimal
	if k.dir < 0 {
		d = d.Neg()
	}
	v := f.Decimal.Add(d)
	if k.positive && v.Sign() < 0 {
		v = decimal.Zero
	}
	*f = decimal.NewNullDecimal(v)
	return &b
}

// finDay is the day the finance fixtures are rated on: after finAccounts'
// year and its control total event.
var finDay = economy.MustDate("2015-06-30")

// finAgreed is a control total event at the start of finAccounts' year:
// accepted when agreed, refused otherwise.
func finAgreed(agreed bool) []economy.ControlTotalEvent {
	st := economy.ControlTotalRefused
	if agreed {
		st = economy.ControlTotalAccepted
	}
	return []economy.ControlTotalEvent{{Date: economy.MustDate("2014-04-01"), Status: st}}
}
