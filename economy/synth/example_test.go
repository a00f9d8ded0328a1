package synth_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/synth"
)

// ExampleGenerate makes a synthetic England and counts what is in it.
func ExampleGenerate() {
	es, err := synth.Generate(42, synth.England(economy.MustDate("2016-10-01")))
	if err != nil {
		fmt.Println(err)
		return
	}
	providers, services := 0, 0
	for _, e := range es {
		providers += len(e.Providers)
		for _, p := range e.Providers {
			services += len(p.Services)
		}
	}
	fmt.Println(len(es), "economies,", providers, "providers")
	fmt.Println(services > 2*providers)
	// Output:
	// 45 economies, 250 providers
	// true
}
