package rating_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
)

// A registry method rates a provider's facts as they stood on a date: the
// CoSRR reads the latest accounts ending on or before it, with the
// published parameters.
func ExampleMethod_Rate() {
	m, ok := rating.Lookup(rating.MethodCoSRR)
	if !ok {
		return
	}
	trust := &economy.Provider{
		ID: "example-ft", Name: "Example NHS Foundation Trust", Kind: economy.KindFoundationTrust,
		Accounts: []economy.Accounts{{
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
		}},
	}
	for _, d := range []string{"2015-06-30", "2014-06-30"} {
		day := economy.MustDate(d)
		fmt.Println(d, m.InForce(day), m.Rate(rating.Input{Provider: trust, Date: day}))
	}
	// Output:
	// 2015-06-30 true CoSRR 3: capital service cover 1.80x -> 3; liquidity -4.0 days -> 3; mean 3.0 -> 3
	// 2014-06-30 true CoSRR insufficient_data: missing accounts
}
