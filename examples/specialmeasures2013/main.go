// Command specialmeasures2013 judges the 14 trusts of the Keogh mortality
// review on 16 July 2013, the day 11 of them were put into special
// measures, under the special measures edition in force that day: which
// are eligible for quality special measures and why, why the other three
// are not, and when each of the eleven was due to be re-inspected.
//
//	go run ./examples/specialmeasures2013 [-v]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// The day the Secretary of State announced the Keogh review's outcome.
const reviewDay = "2013-07-16"

// qsmEntry is the entry of the provider rule set that decides quality
// special measures.
const qsmEntry = england.RuleQualitySpecialMeasures

func main() {
	verbose := flag.Bool("v", false, "also print every decision in full")
	flag.Parse()
	if err := run(os.Stdout, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "specialmeasures2013:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, verbose bool) error {
	day, err := economy.ParseDate(reviewDay)
	if err != nil {
		return err
	}
	f, err := england.InForce(day)
	if err != nil {
		return err
	}
	e, err := cases.Load("keogh_2013")
	if err != nil {
		return err
	}
	env := regime.NewEnv(&e, day)
	fmt.Fprintf(w, "%s, judged on %s under %s %s [%s]\n", e.Name, day, f.Name(), f.Edition(), f.ID())

	var placed, notPlaced []regime.Decision
	for i := range e.Providers {
		d, err := f.Decide(env, england.ProviderIntervention, regime.ProviderSubject(&e.Providers[i]))
		if err != nil {
			return err
		}
		if o, ok := d.Node(qsmEntry); ok && o.Verdict == regime.Met {
			placed = append(placed, d)
		} else {
			notPlaced = append(notPlaced, d)
		}
	}

	fmt.Fprintf(w, "\nEligible for quality special measures: %d\n", len(placed))
	for _, d := range placed {
		r, _ := d.Ruling()
		o, _ := d.Node(qsmEntry)
		fmt.Fprintf(w, "  %s: %s\n    because %s\n", d.Subject.Name, r, metReason(o))
	}
	fmt.Fprintf(w, "\nReviewed but not eligible: %d\n", len(notPlaced))
	for _, d := range notPlaced {
		o, _ := d.Node(qsmEntry)
		fmt.Fprintf(w, "  %s: quality special measures %s\n", d.Subject.Name, words(o.Verdict))
		for _, fd := range o.WhyNot() {
			fmt.Fprintf(w, "    why not: %s\n", fd.Reason)
		}
		fmt.Fprintf(w, "    decided instead: %s\n", answer(d))
	}
	if len(placed) > 0 {
		if c := entryCitation(placed[0], qsmEntry); c != "" {
			fmt.Fprintf(w, "Source of the criteria: %s\n", c)
		}
	}
	if err := timelines(w, f, placed, day); err != nil {
		return err
	}
	if verbose {
		for _, d := range append(placed, notPlaced...) {
			fmt.Fprintln(w)
			fmt.Fprint(w, d.Text())
		}
	}
	return nil
}
