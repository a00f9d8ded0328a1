// Command variants changes the rules and watches the decisions move. First
// it makes variants of the 2015 success regime edition with another
// minimum number of failing organisations and lists, with regime.Diff,
// the area decisions that change for the three success regime areas and
// the comparison area, each on its own facts. Then it judges one 2015 area
// under the 2015 edition and under the 2026 one, with the facts of 2015,
// and prints the decisions that change with both explanations.
//
//	go run ./examples/variants
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// The success regime's announcement day, and the areas judged.
const announced = "2015-06-03"

var areas = []string{"essex_2015", "north_cumbria_2015", "north_new_devon_2015", "northumberland_2015"}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "variants:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	day, err := economy.ParseDate(announced)
	if err != nil {
		return err
	}
	f, err := england.InForce(day)
	if err != nil {
		return err
	}
	for _, n := range []int{1, 3} {
		if err := variant(w, f, day, n); err != nil {
			return err
		}
	}
	later, err := england.FrameworkByID("nof2026")
	if err != nil {
		return err
	}
	return editions(w, f, later, "north_cumbria_2015", day)
}

// load returns a case on its own facts: its success-regime spell removed,
// so that the criteria decide and a changed threshold can show.
func load(name string) (*economy.Economy, error) {
	e, err := cases.Load(name)
	if err != nil {
		return nil, err
	}
	var kept []economy.Spell
	for _, s := range e.Spells {
		if s.Regime != economy.SuccessRegime {
			kept = append(kept, s)
		}
	}
	e.Spells = kept
	return &e, nil
}

// variant compares f with a copy whose success regime starts at n failing
// organisations, area by area, and prints the economy decisions that change.
func variant(w io.Writer, f *regime.Framework, day economy.Date, n int) error {
	v, err := f.With(regime.Set("economy.sr_min_failing", n))
	if err != nil {
		return err
	}
	old, _ := f.Parameter("economy.sr_min_failing")
	fmt.Fprintf(w, "Variant %s of %s (published value %s), on %s:\n", v.Variant(), f.ID(), old.Value, day)
	for _, name := range areas {
		e, err := load(name)
		if err != nil {
			return err
		}
		changes, err := regime.Diff(f, v, regime.NewEnv(e, day))
		if err != nil {
			return err
		}
		changed := false
		for _, c := range changes {
			if c.RuleSet != england.EconomyIntervention {
				continue
			}
			changed = true
			fmt.Fprintf(w, "  %s: %s -> %s\n", e.Name, answer(c.A), answer(c.B))
			fmt.Fprintf(w, "    before: %s\n", countReason(c.A))
			fmt.Fprintf(w, "    after:  %s\n", countReason(c.B))
		}
		if !changed {
			fmt.Fprintf(w, "  %s: no change\n", e.Name)
		}
	}
	fmt.Fprintln(w)
	return nil
}
