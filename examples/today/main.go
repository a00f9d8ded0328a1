// Command today judges a real integrated care system and its providers
// under the NHS Oversight Framework in force on a day in 2026, and prints
// each decision with its reason and source: Lancashire and South Cumbria,
// whose ICB and three acute trusts entered segment 4 and the Recovery
// Support Programme on 6 February 2025, as the record stood with NHS
// England's Q3 2025/26 segments. It then judges the three areas of the
// 2015 success regime again, on their facts of 3 June 2015, under today's
// rules, beside what the 2015 rules decided.
//
//	go run ./examples/today [-v]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

const (
	// today is the decision date: a day under the 2026/27 framework.
	today = "2026-04-15"
	// system is the case judged today.
	system = "lancashire_south_cumbria_2025"
	// announced is the day of the first success regime areas.
	announced = "2015-06-03"
)

// srAreas are the first three success regime areas.
var srAreas = []string{"essex_2015", "north_cumbria_2015", "north_new_devon_2015"}

func main() {
	verbose := flag.Bool("v", false, "also print every decision about the system in full")
	flag.Parse()
	if err := run(os.Stdout, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "today:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, verbose bool) error {
	day, err := economy.ParseDate(today)
	if err != nil {
		return err
	}
	f, err := england.InForce(day)
	if err != nil {
		return err
	}
	notes := &regime.Footnotes{}
	fmt.Fprintf(w, "Today's regime, judged on %s under %s\n", day, f)
	fmt.Fprintf(w, "(rules hash %s)\n", f.Hash())
	fmt.Fprintln(w, "Unknown means a fact is missing from the record, or a judgement nobody")
	fmt.Fprintln(w, "published; it is never read as a pass. Sources are at the end.")

	e, err := cases.Load(system)
	if err != nil {
		return err
	}
	a, err := f.Assess(regime.NewEnv(&e, day))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s (%s), on the facts of %s\n", e.Name, e.ID, day)
	for _, kind := range []regime.SubjectKind{regime.SubjectEconomy, regime.SubjectCommissioner, regime.SubjectProvider} {
		for _, d := range a.Decisions {
			if d.Subject.Kind == kind {
				decision(w, &e, d, day, notes)
			}
		}
	}
	fmt.Fprintf(w, "\nWhat the Recovery Support Programme brings (%s):\n", f.ID())
	for _, m := range f.Brings(economy.RecoverySupportProgramme) {
		fmt.Fprintf(w, "  - %s %s\n", m.What, notes.Ref(&m.Citation))
	}

	if err := successRegimeToday(w, f, day, notes); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nSources:")
	fmt.Fprint(w, notes)
	if verbose {
		for _, d := range a.Decisions {
			fmt.Fprintln(w)
			fmt.Fprint(w, d.Text())
		}
	}
	return nil
}

// successRegimeToday judges each 2015 success regime area on its facts of
// 3 June 2015 twice: under the 2015 edition on that day, and under the
// edition in force on day.
func successRegimeToday(w io.Writer, now *regime.Framework, day economy.Date, notes *regime.Footnotes) error {
	then, err := economy.ParseDate(announced)
	if err != nil {
		return err
	}
	f2015, err := england.InForce(then)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nThe success regime areas of %s under today's rules (%s), on their facts of %s.\n", then, now.ID(), then)
	fmt.Fprintln(w, "Today's rules place a system by its ICB's segment; these areas had CCGs, not ICBs,")
	fmt.Fprintln(w, "so on the facts of 2015 the system decision is unknown, and names the rating it needs.")
	for _, name := range srAreas {
		e, err := cases.Load(name)
		if err != nil {
			return err
		}
		s := regime.EconomySubject(&e)
		before, err := f2015.Decide(regime.NewEnv(&e, then), england.EconomyIntervention, s)
		if err != nil {
			return err
		}
		after, err := now.Decide(regime.NewEnv(&e, day).WithFactsDate(then), england.EconomyIntervention, s)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\n%s (%s)\n", e.Name, e.ID)
		fmt.Fprintf(w, "  %s on %s: %s\n", f2015.ID(), then, answer(before))
		reason(w, "    ", before, notes)
		fmt.Fprintf(w, "  %s on %s: %s\n", now.ID(), day, answer(after))
		reason(w, "    ", after, notes)
		a, err := now.Assess(regime.NewEnv(&e, day).WithFactsDate(then))
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  its organisations under %s: %s\n", now.ID(), tally(a))
	}
	return nil
}

// decision prints one decision: who, the answer, and why; for a
// provider, also its latest published NOF segment, which a programme
// spell may outrank.
func decision(w io.Writer, e *economy.Economy, d regime.Decision, day economy.Date, notes *regime.Footnotes) {
	who := "system"
	switch d.Subject.Kind {
	case regime.SubjectCommissioner:
		who = "commissioner " + d.Subject.ID
	case regime.SubjectProvider:
		who = "trust " + d.Subject.ID
	}
	if d.Subject.Kind != regime.SubjectEconomy && d.Subject.Name != "" {
		who += " " + d.Subject.Name
	}
	fmt.Fprintf(w, "  %s: %s\n", who, answer(d))
	reason(w, "    ", d, notes)
	if d.Subject.Kind != regime.SubjectProvider {
		return
	}
	if p, ok := e.Provider(d.Subject.ID); ok {
		if r, ok := economy.LatestRating(p.Ratings, economy.NOFSegment, day); ok {
			fmt.Fprintf(w, "    published NOF segment %s for %s: %s %s\n", r.Value, r.Period, r.Note, notes.Ref(r.Source))
		}
	}
}

// answer is the decision in a few words.
func answer(d regime.Decision) string {
	switch d.Verdict {
	case regime.Met:
		r, _ := d.Ruling()
		return r.String()
	case regime.NotMet:
		return "no entry applies"
	}
	var opts []string
	for _, c := range d.Undecided {
		opts = append(opts, c.Ruling.String())
	}
	for _, c := range d.Chosen {
		opts = append(opts, c.Ruling.String())
	}
	return "unknown (" + strings.Join(opts, " or ") + ")"
}

// reason prints why: for a met decision the reason of the deepest met rule
// of the chosen entry, with its source; for an unknown one the facts it
// lacked and what each answer to a pending judgement would decide.
func reason(w io.Writer, indent string, d regime.Decision, notes *regime.Footnotes) {
	if d.Verdict == regime.Met && len(d.Chosen) > 0 {
		if o, ok := d.Node(d.Chosen[0].Entry); ok {
			leaf := metLeaf(o)
			fmt.Fprintf(w, "%sbecause %s %s\n", indent, leaf.Reason, notes.Ref(leaf.Citation))
			return
		}
	}
	var missing []string
	seen := map[string]bool{}
	for _, fd := range d.Outcome.WhyNot() {
		for _, m := range fd.Missing {
			if !seen[m] {
				seen[m] = true
				missing = append(missing, m)
			}
		}
	}
	if len(missing) > 0 {
		more := ""
		if len(missing) > 2 {
			more = fmt.Sprintf(" and %d more", len(missing)-2)
			missing = missing[:2]
		}
		fmt.Fprintf(w, "%smissing %s%s\n", indent, strings.Join(missing, "; "), more)
	}
	for _, sc := range d.Scenarios {
		var as []string
		for _, a := range sc.Assume {
			as = append(as, a.Name+" = "+a.Value)
		}
		what := "unknown"
		if sc.Verdict == regime.Met && len(sc.Chosen) > 0 {
			what = sc.Chosen[0].Ruling.String()
		}
		fmt.Fprintf(w, "%sif %s: %s\n", indent, strings.Join(as, ", "), what)
	}
}

// metLeaf descends through met rules to the deepest one: the fact that
// decided.
func metLeaf(o regime.Outcome) regime.Outcome {
	for {
		next := -1
		for i, c := range o.Children {
			if c.Verdict == regime.Met {
				next = i
				break
			}
		}
		if next < 0 {
			return o
		}
		o = o.Children[next]
	}
}

// tally counts an assessment's organisations (not the area) by their
// standing, in the order first met.
func tally(a regime.Assessment) string {
	count := map[string]int{}
	var order []string
	for _, st := range a.Summary.Highest {
		if st.Subject.Kind == regime.SubjectEconomy {
			continue
		}
		t := st.Text()
		if count[t] == 0 {
			order = append(order, t)
		}
		count[t]++
	}
	parts := make([]string, len(order))
	for i, t := range order {
		parts[i] = fmt.Sprintf("%d %s", count[t], t)
	}
	return strings.Join(parts, "; ")
}
