package economy_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/failregime/failregime/economy"
)

func ExampleParse() {
	data := []byte(`{
		"id": "north-cumbria",
		"name": "North Cumbria",
		"commissioners": [{"id": "01H", "name": "NHS Cumbria CCG", "kind": "ccg"}],
		"providers": [{
			"id": "RNL",
			"name": "North Cumbria University Hospitals",
			"kind": "nhs_trust",
			"accounts": [{
				"period": {"from": "2014-04-01", "to": "2015-03-31"},
				"surplus": "-28000000"
			}]
		}]
	}`)
	e, err := economy.Parse(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	p := e.Providers[0]
	a, _ := p.LatestAccounts(economy.MustDate("2015-06-30"))
	fmt.Printf("%s: %d commissioner(s), %d provider(s)\n", e.Name, len(e.Commissioners), len(e.Providers))
	fmt.Printf("%s (%s, %s): surplus %s in %s\n", p.ID, p.Kind, p.EffectiveOwnership(), a.Surplus.Decimal, a.Period)
	// Output:
	// North Cumbria: 1 commissioner(s), 1 provider(s)
	// RNL (nhs_trust, state_owned): surplus -28000000 in 2014-04-01..2015-03-31
}

func ExampleEconomy_Validate() {
	e := economy.Economy{
		ID: "north-cumbria",
		Providers: []economy.Provider{{
			ID:   "RNL",
			Name: "North Cumbria University Hospitals",
			Kind: economy.KindNHSTrust,
			Services: []economy.Service{{
				ID: "ae", Name: "A&E", Commissioners: []string{"01H"},
			}},
			Accounts: []economy.Accounts{{
				Period:            economy.FinancialYear(2014),
				OperatingExpenses: decimal.NewNullDecimal(decimal.RequireFromString("-5")),
			}},
		}},
	}
	for _, problem := range economy.FieldErrors(e.Validate()) {
		fmt.Println(problem)
	}
	// Output:
	// name: is required
	// providers[0].accounts[0].operating_expenses: must not be negative
	// providers[0].services[0].commissioners[0]: no commissioner "01H" in the economy
}

func ExampleEqual() {
	a := economy.Economy{ID: "e", System: []economy.SystemFinance{{
		Income: decimal.NewNullDecimal(decimal.RequireFromString("1.50")),
	}}}
	b := economy.Economy{ID: "e", System: []economy.SystemFinance{{
		Income: decimal.NewNullDecimal(decimal.RequireFromString("1.5")),
	}}}
	fmt.Println(economy.Equal(a, b))
	// Output: true
}
