// Command customrules builds a rule set of its own: a local watch list
// whose first rule is "A&E 4-hour performance below the floor in two
// consecutive quarters, and well-led rated requires improvement or worse",
// from a user predicate and the library's combinators, wraps it in a
// framework with parameters, and judges a real trust with it: verdicts
// alone, then with the explanation, then a why-not with its distance and
// a variant with a changed threshold.
//
//	go run ./examples/customrules
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// The trust judged and the day: North Cumbria University Hospitals at the
// end of 2015/16, when its forecast and plan for the year are on record.
const (
	caseName = "north_cumbria_2015"
	trust    = "RNL"
	onDay    = "2016-03-31"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "customrules:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	f, overspend, err := framework()
	if err != nil {
		return err
	}
	e, err := cases.Load(caseName)
	if err != nil {
		return err
	}
	p, ok := e.Provider(trust)
	if !ok {
		return fmt.Errorf("%s has no provider %s", caseName, trust)
	}
	day, err := economy.ParseDate(onDay)
	if err != nil {
		return err
	}
	s := regime.ProviderSubject(p)
	env := regime.NewEnv(&e, day).WithParams(f)
	rs, ok := f.RuleSet("local_watch")
	if !ok {
		return fmt.Errorf("%s has no rule set local_watch", f.ID())
	}

	fmt.Fprintf(w, "%s judged on %s with %s\n", s, day, f)
	fmt.Fprintln(w, "\nVerdicts alone (Rule.Eval, no explanation built):")
	for _, en := range rs.Entries() {
		fmt.Fprintf(w, "  %-28s %s\n", en.Rule.Info().ID, en.Rule.Eval(&env, s))
	}

	d, err := f.Decide(regime.NewEnv(&e, day), "local_watch", s)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\nWith the explanation (Framework.Decide):")
	fmt.Fprint(w, indent(d.Text()))

	o := overspend.Explain(&env, s)
	fmt.Fprintln(w, "\nWhy not an overspend (Outcome.WhyNot):")
	for _, fd := range o.WhyNot() {
		for _, fct := range fd.Facts {
			fmt.Fprintf(w, "  %s\n", fct)
		}
	}

	variant, err := f.With(regime.Set("local.overspend_min", decimal.NewFromInt(20_000_000)), regime.VariantName("overspend from £20m"))
	if err != nil {
		return err
	}
	venv := regime.NewEnv(&e, day).WithParams(variant)
	vo := overspend.Explain(&venv, s)
	fmt.Fprintf(w, "\nVariant %q: overspend %s\n", variant.Variant(), vo.Verdict)
	for _, fct := range vo.Facts {
		fmt.Fprintf(w, "  %s\n", fct)
	}
	return nil
}

// indent shifts a block of text right by two spaces.
func indent(s string) string {
	return "  " + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n  ") + "\n"
}
