// Command specialadministration follows South London Healthcare NHS Trust,
// the first NHS trust put into trust special administration (order of 12
// July 2012): whether the rules of the day made it eligible and why, which
// services had to carry on and who had to agree to changes, which assets
// were protected while the administration lasted, how the administrator's
// recommendations went through consultation, the Secretary of State's
// decision and the courts (Lewisham Hospital's A&E, of another trust,
// quashed), and the statutory deadlines as dates, next to what actually
// happened.
//
//	go run ./examples/specialadministration [-v]
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

// The trust's ODS code, and the days that matter.
const (
	trust     = "RYQ"
	orderDay  = "2012-07-12" // the Secretary of State's order under s.65B
	duringDay = "2012-08-01" // a day inside the administration
)

func main() {
	verbose := flag.Bool("v", false, "also print the eligibility decision in full")
	flag.Parse()
	if err := run(os.Stdout, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "specialadministration:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, verbose bool) error {
	order, err := economy.ParseDate(orderDay)
	if err != nil {
		return err
	}
	during, err := economy.ParseDate(duringDay)
	if err != nil {
		return err
	}
	e, p, err := load("south_london_2012")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s (%s)\n", p.Name, p.ID)
	if err := eligibility(w, e, p, order, verbose); err != nil {
		return err
	}
	se, sp, err := load("south_london_2012_services")
	if err != nil {
		return err
	}
	if err := continuity(w, se, sp, during); err != nil {
		return err
	}
	if err := assets(w, se, sp, during); err != nil {
		return err
	}
	if err := reshaping(w, se); err != nil {
		return err
	}
	return deadlines(w, p, order)
}

// load returns a case and the trust in it.
func load(name string) (*economy.Economy, *economy.Provider, error) {
	e, err := cases.Load(name)
	if err != nil {
		return nil, nil, err
	}
	p, ok := e.Provider(trust)
	if !ok {
		return nil, nil, fmt.Errorf("case %s has no provider %s", name, trust)
	}
	return &e, p, nil
}

// eligibility decides the trust under the edition in force on the day of
// the order, and prints the entry that chose special administration.
func eligibility(w io.Writer, e *economy.Economy, p *economy.Provider, day economy.Date, verbose bool) error {
	f, err := england.InForce(day)
	if err != nil {
		return err
	}
	d, err := f.Decide(regime.NewEnv(e, day), england.ProviderIntervention, regime.ProviderSubject(p))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nEligibility on %s under %s %s [%s]:\n", day, f.Name(), f.Edition(), f.ID())
	r, ok := d.Ruling()
	if !ok {
		fmt.Fprintf(w, "  %s: no regime chosen\n", d.Verdict)
	} else {
		fmt.Fprintf(w, "  %s: %s, by entry %s\n", d.Verdict, r, d.Chosen[0].Entry)
	}
	if len(d.Chosen) > 0 {
		if o, ok := d.Node(d.Chosen[0].Entry); ok {
			fmt.Fprintf(w, "  %s\n", o.Reason)
			last := ""
			for _, c := range o.Children {
				fmt.Fprintf(w, "    %s: %s\n", words(c.Verdict), c.Reason)
				for _, fct := range c.Facts {
					fmt.Fprintf(w, "      - %s\n", fct)
				}
				if c.Citation != nil && c.Citation.String() != last {
					last = c.Citation.String()
					fmt.Fprintf(w, "      source: %s\n", last)
				}
			}
		}
	}
	if verbose {
		fmt.Fprintln(w)
		fmt.Fprint(w, d.Text())
	}
	return nil
}

// words spells a verdict for a reader.
func words(v regime.Verdict) string {
	if v == regime.NotMet {
		return "not met"
	}
	return v.String()
}
