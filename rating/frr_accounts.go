package rating

import (
	"errors"
	"strings"
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// ErrNormaliseTooEarly is returned for a normalisation before Monitor could
// make one (2012/13).
var ErrNormaliseTooEarly = errors.New("rating: exceptional income could be removed only from 2012/13")

// Normalisation is Monitor's explicit decision, from 2012/13, to remove a
// provider's exceptional one-off income (a bail-out, income advanced by
// commissioners) before rating it. Monitor said it would do so "extremely
// rarely"; the library never does it unasked. Reason must not be empty.
type Normalisation struct {
	By     string `json:"by,omitempty"` // defaults to "Monitor"
	Reason string `json:"reason"`
}

// divPlaces is the precision of every ratio the financial ratings compute:
// six decimal places, well below the one-decimal band edges.
const divPlaces = 6

var hundred = decimal.NewFromInt(100)

// FRRInputFrom computes the financial risk rating's inputs from a,
// rated on date, and lists every accounts field it lacked. Formulas (FROM
// MEMORY; Monitor's Compliance Framework, not read):
//
//   - EBITDA achieved = EBITDA / PlannedEBITDA x 100;
//   - EBITDA margin = EBITDA / OperatingIncome x 100;
//   - net return after financing = Surplus / AverageAssetsEmployed x 100,
//     or, to 2010/11, return on assets = (Surplus + PDCDividend) /
//     AverageAssetsEmployed x 100;
//   - I&E surplus margin = Surplus / OperatingIncome x 100;
//   - liquid ratio = (CurrentAssets - Inventories + WorkingCapitalFacility -
//     CurrentLiabilities) / (OperatingExpenses - Depreciation) x p.DaysInYear.
//     A provider without a facility must say 0: a missing one is unknown.
//
// A divisor of zero or less leaves the metric out and names the field with
// "(not positive)": a percentage of a zero or negative plan, income or asset
// base has no meaning, so no score is guessed.
func FRRInputFrom(a *economy.Accounts, date economy.Date, p FRRParams) (FRRInput, []string) {
	p = p.withDefaults()
	in := FRRInput{
		Date: date, BorrowingLimitBreached: a.BorrowingLimitBreached, PlanLate: a.PlanLate,
		PlanIncomplete: a.PlanIncomplete, PDCDividendUnpaid: a.PDCDividendUnpaid,
	}
	var missing []string
	need := func(name string, vs ...decimal.NullDecimal) bool {
		ok := true
		for i, v := range vs {
			if !v.Valid {
				missing = appendOnce(missing, "accounts."+fieldNames[name][i])
				ok = false
			}
		}
		return ok
	}
	ratio := func(num decimal.Decimal, den decimal.NullDecimal, field string, scale decimal.Decimal) decimal.NullDecimal {
		if !den.Decimal.IsPositive() {
			missing = appendOnce(missing, "accounts."+field+" (not positive)")
			return decimal.NullDecimal{}
		}
		return decimal.NewNullDecimal(num.Mul(scale).DivRound(den.Decimal, divPlaces))
	}
	if need("plan", a.EBITDA, a.PlannedEBITDA) {
		in.PlanAchievement = ratio(a.EBITDA.Decimal, a.PlannedEBITDA, "planned_ebitda", hundred)
	}
	if need("margin", a.EBITDA, a.OperatingIncome) {
		in.EBITDAMargin = ratio(a.EBITDA.Decimal, a.OperatingIncome, "operating_income", hundred)
	}
	if !date.After(p.ReturnOnAssetsUntil) {
		if need("roa", a.Surplus, a.PDCDividend, a.AverageAssetsEmployed) {
			in.Efficiency = ratio(a.Surplus.Decimal.Add(a.PDCDividend.Decimal), a.AverageAssetsEmployed, "average_assets_employed", hundred)
		}
	} else if need("nraf", a.Surplus, a.AverageAssetsEmployed) {
		in.Efficiency = ratio(a.Surplus.Decimal, a.AverageAssetsEmployed, "average_assets_employed", hundred)
	}
	if need("surplus", a.Surplus, a.OperatingIncome) {
		in.SurplusMargin = ratio(a.Surplus.Decimal, a.OperatingIncome, "operating_income", hundred)
	}
	if need("liquid", a.CurrentAssets, a.Inventories, a.WorkingCapitalFacility, a.CurrentLiabilities, a.OperatingExpenses, a.Depreciation) {
		liquid := a.CurrentAssets.Decimal.Sub(a.Inventories.Decimal).Add(a.WorkingCapitalFacility.Decimal).Sub(a.CurrentLiabilities.Decimal)
		spend := decimal.NewNullDecimal(a.OperatingExpenses.Decimal.Sub(a.Depreciation.Decimal))
		in.LiquidRatio = ratio(liquid, spend, "operating_expenses less depreciation", decimal.NewFromInt(p.DaysInYear))
	}
	return in, missing
}

var fieldNames = map[string][]string{
	"plan":    {"ebitda", "planned_ebitda"},
	"margin":  {"ebitda", "operating_income"},
	"roa":     {"surplus", "pdc_dividend", "average_assets_employed"},
	"nraf":    {"surplus", "average_assets_employed"},
	"surplus": {"surplus", "operating_income"},
	"liquid":  {"current_assets", "inventories", "working_capital_facility", "current_liabilities", "operating_expenses", "depreciation"},
}

func appendOnce(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// RateFRRAccounts rates a on date. With norm, Monitor's normalisation, the
// exceptional income is first taken out of operating income, EBITDA and
// surplus; the Result then holds the normalised working and a Judgement
// whose From is the rating on the figures as reported. It returns
// ErrNoReason for a normalisation without a reason, ErrNormaliseTooEarly
// before p.NormaliseFrom, and a *TableError for unusable params.
func RateFRRAccounts(a *economy.Accounts, date economy.Date, norm *Normalisation, p FRRParams) (Result, error) {
	p = p.withDefaults()
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	m := frrMethod()
	if a == nil {
		return insufficient(&m, "accounts"), nil
	}
	if norm == nil {
		return rateFRRAccounts(&m, a, date, p), nil
	}
	if strings.TrimSpace(norm.Reason) == "" {
		return Result{}, ErrNoReason
	}
	if date.Before(p.NormaliseFrom) {
		return Result{}, ErrNormaliseTooEarly
	}
	reported := rateFRRAccounts(&m, a, date, p)
	if !a.ExceptionalIncome.Valid {
		return insufficient(&m, "accounts.exceptional_income"), nil
	}
	adj := *a
	ex := a.ExceptionalIncome.Decimal
	for _, f := range []*decimal.NullDecimal{&adj.OperatingIncome, &adj.EBITDA, &adj.Surplus} {
		if f.Valid {
			f.Decimal = f.Decimal.Sub(ex)
		}
	}
	r := rateFRRAccounts(&m, &adj, date, p)
	if r.Rated() && reported.Rated() {
		by := norm.By
		if by == "" {
			by = "Monitor"
		}
		r.Judgements = append(r.Judgements, Judgement{
			Label: "normalised: exceptional income of " + decimaltext.Format(ex) + " removed",
			From:  reported.Score, To: r.Score, By: by, Reason: norm.Reason,
		})
		r.Citations = append(append([]economy.Citation(nil), r.Citations...), citeFRRNormalise)
	}
	return r, nil
}

func rateFRRAccounts(m *Method, a *economy.Accounts, date economy.Date, p FRRParams) Result {
	in, missing := FRRInputFrom(a, date, p)
	if len(missing) > 0 {
		return insufficient(m, missing...)
	}
	return rateFRR(m, in, p, "accounts.")
}

// frrMethod describes the financial risk rating as a registry Method: in
// force for the Compliance Framework, 1 April 2008 to 30 September 2013,
// when the Risk Assessment Framework replaced it. It reads the latest
// accounts ending on or before the date and never normalises.
func frrMethod() Method {
	return Method{
		ID: MethodFRR, Name: "Monitor Compliance Framework financial risk rating", Short: "FRR",
		From: day(2008, time.April, 1), To: day(2013, time.September, 30), Scale: ScaleMonitor5,
		Sources: []economy.Citation{citeFRRHFMA, citeFRRKingston, citeFRRReplaced},
		rate: func(m *Method, in Input) Result {
			a, ok := in.Provider.LatestAccounts(in.Date)
			if !ok {
				return insufficient(m, "accounts")
			}
			return rateFRRAccounts(m, a, in.Date, DefaultFRRParams())
		},
	}
}
