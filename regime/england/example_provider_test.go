package england_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// Example_provider decides the most intensive regime one
// provider is eligible for: North Cumbria University Hospitals NHS Trust on
// the day the Keogh trusts entered special measures.
func Example_provider() {
	e, err := cases.Load("keogh_2013")
	if err != nil {
		fmt.Println(err)
		return
	}
	date := economy.MustDate("2013-07-16")
	f, err := england.InForce(date)
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := e.Provider("RNL")
	d, err := f.Decide(regime.NewEnv(&e, date), england.ProviderIntervention, regime.ProviderSubject(p))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, ok := d.Ruling()
	fmt.Println(f.ID(), p.Name+":", r, ok)
	for _, o := range d.Outcome.Children {
		fmt.Printf("  %s: %s\n", o.ID, o.Verdict)
	}
	// Output:
	// sm2013 North Cumbria University Hospitals NHS Trust: quality_special_measures (special) true
	//   trust_special_administration: not_met
	//   quality_special_measures: met
}
