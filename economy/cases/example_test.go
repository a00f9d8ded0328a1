package cases_test

import (
	"fmt"

	"github.com/failregime/failregime/economy/cases"
)

// ExampleLoad reads a real economy from the public record; every figure
// in it cites its source.
func ExampleLoad() {
	e, err := cases.Load("north_cumbria_2015")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(e.Name)
	for _, p := range e.Providers {
		fmt.Println(" ", p.ID, p.Name, p.Kind)
	}
	fmt.Println("sources cited by the area:", len(e.Sources) > 0)
	// Output:
	// West, North and East Cumbria
	//   RNL North Cumbria University Hospitals NHS Trust nhs_trust
	//   RNN Cumbria Partnership NHS Foundation Trust nhs_foundation_trust
	//   RX7 North West Ambulance Service NHS Trust nhs_trust
	// sources cited by the area: true
}
