// Command quickstart is the README's quick start: judge a real area on a
// real date under the edition in force, and print the most intensive
// regime each organisation is eligible for.
package main

import (
	"fmt"
	"log"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

func main() {
	area, err := cases.Load("essex_2015") // mid and south Essex, from the public record
	if err != nil {
		log.Fatal(err)
	}
	day := economy.MustDate("2015-06-03") // the day the success regime was announced
	f, err := england.InForce(day)        // the edition in force that day
	if err != nil {
		log.Fatal(err)
	}
	a, err := f.Assess(regime.NewEnv(&area, day))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Economy.Name, "under", f.Name(), f.Edition())
	for _, s := range a.Summary.Highest { // an unknown is never shown as a pass
		fmt.Printf("  %-12s %-66s %s\n", s.Subject.Kind, s.Subject.Name, s.Text())
	}
	for _, d := range a.Decisions {
		if d.Subject.Kind == regime.SubjectEconomy {
			fmt.Println(d.Outcome.Reason)
		}
	}
}
