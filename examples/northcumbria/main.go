// Command northcumbria loads West, North and East Cumbria as the public
// record showed it in 2015, validates it, and prints what was known about
// the area on a date: its commissioners, its providers, the regimes in
// force and the money.
//
//	go run ./examples/northcumbria [-date 2015-06-03]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/shopspring/decimal"
)

func main() {
	date := flag.String("date", "2015-06-03", "the date to describe, YYYY-MM-DD")
	flag.Parse()
	if err := run(os.Stdout, *date); err != nil {
		fmt.Fprintln(os.Stderr, "northcumbria:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, dateText string) error {
	on, err := economy.ParseDate(dateText)
	if err != nil {
		return err
	}
	e, err := cases.Load("north_cumbria_2015")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s (%s) on %s\n", e.Name, e.Region, on)
	fmt.Fprintf(w, "area regimes in force: %s\n", spells(e.Spells, on))

	fmt.Fprintln(w, "commissioners:")
	for _, c := range e.Commissioners {
		fmt.Fprintf(w, "  %s %s (%s)\n", c.ID, c.Name, c.Kind)
	}
	fmt.Fprintln(w, "local authorities:")
	for _, la := range e.LocalAuthorities {
		fmt.Fprintf(w, "  %s %s\n", la.ID, la.Name)
	}
	fmt.Fprintln(w, "providers:")
	for i := range e.Providers {
		describe(w, &e.Providers[i], on)
	}
	fmt.Fprintf(w, "sources: %d for the area, %d for its organisations\n", len(e.Sources), countSources(&e))
	return nil
}

func describe(w io.Writer, p *economy.Provider, on economy.Date) {
	fmt.Fprintf(w, "  %s %s: %s, %s\n", p.ID, p.Name, p.Kind, p.EffectiveOwnership())
	fmt.Fprintf(w, "    regimes in force: %s\n", spells(p.Governance.Spells, on))
	designated := 0
	for _, s := range p.Services {
		if s.Designation.IsDesignated() {
			designated++
		}
	}
	fmt.Fprintf(w, "    services: %d listed, %d designated\n", len(p.Services), designated)
	// Show every year begun by the date: an in-year plan matters as
	// much as last year's outturn. The data does not say when each
	// forecast was made, and the sources do.
	for _, a := range p.Accounts {
		if a.Period.From.After(on) {
			continue
		}
		fmt.Fprintf(w, "    %s: planned surplus %s, forecast %s, deficit support %s\n",
			a.Period, money(a.PlannedSurplus), money(a.ForecastSurplus), yesNo(a.DeficitSupport))
	}
	if in, ok := p.LatestInspection(on); ok {
		fmt.Fprintf(w, "    CQC (published %s): overall %s\n", in.Published, in.Overall)
	} else {
		fmt.Fprintln(w, "    CQC: no report in the data published by this date")
	}
}

func spells(ss []economy.Spell, on economy.Date) string {
	var out []string
	for _, s := range ss {
		if s.InForce(on) {
			out = append(out, fmt.Sprintf("%s since %s", s.Regime, s.Start))
		}
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, "; ")
}

var million = decimal.NewFromInt(1_000_000)

func money(d decimal.NullDecimal) string {
	if !d.Valid {
		return "unknown"
	}
	m := d.Decimal.Div(million)
	if m.IsNegative() {
		return "-£" + m.Neg().StringFixed(1) + "m"
	}
	return "£" + m.StringFixed(1) + "m"
}

func yesNo(b *bool) string {
	switch {
	case b == nil:
		return "unknown"
	case *b:
		return "yes"
	}
	return "no"
}

func countSources(e *economy.Economy) int {
	n := 0
	for _, p := range e.Providers {
		n += len(p.Sources)
	}
	for _, c := range e.Commissioners {
		n += len(c.Sources)
	}
	return n
}
