// Command successregime judges the first three success regime areas of
// 3 June 2015 (mid and south Essex; West, North and East Cumbria; North,
// East and West Devon) and a comparison area (Northumberland) under the
// edition in force that day, and prints for each area the whole-economy
// decision and why, twice: as the record shows it (with the area's
// success-regime spell) and on its own facts (the spell removed, so the
// published criteria decide). It then lists each organisation's highest
// regime and what the success regime brings, with the sources as notes.
//
//	go run ./examples/successregime [-v]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/failregime/failregime/regime/england"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
)

// The day NHS England, Monitor and the NHS TDA named the first three areas.
const announced = "2015-06-03"

// areas are the cases judged, the three success regime areas first.
var areas = []string{"essex_2015", "north_cumbria_2015", "north_new_devon_2015", "northumberland_2015"}

func main() {
	verbose := flag.Bool("v", false, "also print every area decision in full")
	flag.Parse()
	if err := run(os.Stdout, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "successregime:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, verbose bool) error {
	day, err := economy.ParseDate(announced)
	if err != nil {
		return err
	}
	f, err := england.InForce(day)
	if err != nil {
		return err
	}
	notes := &regime.Footnotes{}
	fmt.Fprintf(w, "The success regime, judged on %s under %s\n", day, f)
	fmt.Fprintf(w, "(rules hash %s)\n", f.Hash())
	fmt.Fprintln(w, "Each area twice: as recorded (its success-regime spell counts) and on its own")
	fmt.Fprintln(w, "facts (the spell removed, so the criteria decide). Unknown means a fact is")
	fmt.Fprintln(w, "missing from the record; it is never read as a pass. Sources are at the end.")
	var full []regime.Decision
	for _, name := range areas {
		e, err := cases.Load(name)
		if err != nil {
			return err
		}
		ds, err := judgeArea(w, f, &e, day, notes)
		if err != nil {
			return err
		}
		full = append(full, ds...)
	}
	fmt.Fprintf(w, "\nWhat the success regime brings (%s):\n", f.ID())
	for _, m := range f.Brings(economy.SuccessRegime) {
		fmt.Fprintf(w, "  - %s %s\n", m.What, notes.Ref(&m.Citation))
	}
	fmt.Fprintln(w, "\nSources:")
	fmt.Fprint(w, notes)
	if verbose {
		for _, d := range full {
			fmt.Fprintln(w)
			fmt.Fprint(w, d.Text())
		}
	}
	return nil
}
