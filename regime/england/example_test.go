package england_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// ExampleInForce is the simplest use of the library: the edition in force
// on a day, an economy from the public record, every decision about it,
// and where each organisation stands.
func ExampleInForce() {
	area, err := cases.Load("north_cumbria_2015")
	if err != nil {
		fmt.Println(err)
		return
	}
	day := economy.MustDate("2015-06-03")
	f, err := england.InForce(day)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := f.Assess(regime.NewEnv(&area, day))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f, "on", day)
	for _, s := range a.Summary.Highest {
		fmt.Printf("%s %s: %s\n", s.Subject.Kind, s.Subject.ID, s.Text())
	}
	// Output:
	// Success regime 2015/16 [sr2015] on 2015-06-03
	// provider RNL: quality_special_measures (special)
	// provider RNN: mandated_support (mandated)
	// provider RX7: not decided: facts missing
	// commissioner 01H: not decided: facts missing
	// economy wne-cumbria: success_regime (special)
}

// ExampleFrameworks lists the editions, each with the days it was in
// force; together they cover every day from 1 April 2008.
func ExampleFrameworks() {
	fs, err := england.Frameworks()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range fs[:3] {
		fmt.Println(f.ID(), f.From(), f.To(), f.Name())
	}
	fmt.Println("...", len(fs), "editions")
	// Output:
	// cf2008 2008-04-01 2009-03-31 Compliance Framework and the 2008 performance regime
	// pf2009 2009-04-01 2010-02-14 NHS Performance Framework and Compliance Framework
	// tsa2010 2010-02-15 2011-03-31 Regime for unsustainable NHS providers
	// ... 21 editions
}
