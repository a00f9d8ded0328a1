package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// judgeArea prints one area: its recorded area-wide spells, the economy
// decision as recorded and on its own facts, and each organisation's
// highest regime. It returns the two economy decisions, for -v.
func judgeArea(w io.Writer, f *regime.Framework, e *economy.Economy, day economy.Date, notes *regime.Footnotes) ([]regime.Decision, error) {
	fmt.Fprintf(w, "\n%s (%s)\n", e.Name, e.ID)
	for _, s := range e.Spells {
		if !s.Start.After(day) {
			fmt.Fprintf(w, "  recorded: %s since %s %s\n", s.Regime, s.Start, notes.Ref(s.Source))
		}
	}
	bare := withoutSuccessRegime(e)
	if len(bare.Spells) == len(e.Spells) {
		fmt.Fprintln(w, "  (no success-regime spell in the record: as recorded is on its own facts)")
	}
	recorded, err := f.Decide(regime.NewEnv(e, day), england.EconomyIntervention, regime.EconomySubject(e))
	if err != nil {
		return nil, err
	}
	if len(bare.Spells) != len(e.Spells) {
		fmt.Fprintf(w, "  as recorded:      %s\n", answer(recorded))
		fmt.Fprintf(w, "    because %s %s\n", chosenReason(recorded), notes.Ref(recorded.Outcome.Citation))
	}

	// The spell is the regulators' own decision; without it, the rule set
	// falls through to the criteria, which is what a newcomer wants to
	// check against the record.
	own, err := f.Decide(regime.NewEnv(bare, day), england.EconomyIntervention, regime.EconomySubject(bare))
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(w, "  on its own facts: %s\n", answer(own))
	criteria(w, own, notes)

	a, err := f.Assess(regime.NewEnv(e, day))
	if err != nil {
		return nil, err
	}
	fmt.Fprintln(w, "  organisations, highest regime on the day:")
	// Organisations standing the same way, for the same missing facts,
	// share a line: five CCGs with nothing published read as one.
	var ids []string
	var names, last string
	flush := func() {
		switch len(ids) {
		case 0:
		case 1:
			fmt.Fprintf(w, "    %s %s: %s\n", ids[0], names, last)
		default:
			fmt.Fprintf(w, "    %s: %s\n", strings.Join(ids, ", "), last)
		}
		ids = nil
	}
	for _, st := range a.Summary.Highest {
		if st.Subject.Kind == regime.SubjectEconomy {
			continue
		}
		line := standing(st, a.Decisions)
		if line != last {
			flush()
		}
		ids, names, last = append(ids, st.Subject.ID), st.Subject.Name, line
	}
	flush()
	return []regime.Decision{recorded, own}, nil
}

// answer is the decision in a few words: the verdict and what it chose,
// or, when unknown, what it could not choose between.
func answer(d regime.Decision) string {
	if r, ok := d.Ruling(); ok {
		return "met: " + r.String()
	}
	if d.Verdict == regime.Unknown {
		var alts []string
		for _, c := range d.Undecided {
			alts = append(alts, c.Ruling.String())
		}
		return "UNKNOWN: cannot tell between " + strings.Join(alts, " and ")
	}
	return words(d.Verdict)
}

// words spells a verdict for a reader.
func words(v regime.Verdict) string {
	if v == regime.NotMet {
		return "not met"
	}
	return v.String()
}

// chosenReason is the reason of the entry that decided, or of the whole
// rule set when nothing was chosen.
func chosenReason(d regime.Decision) string {
	if o, ok := d.Node(chosenID(d)); ok {
		return o.Reason
	}
	return d.Outcome.Reason
}

func chosenID(d regime.Decision) string {
	if len(d.Chosen) == 0 {
		return ""
	}
	return d.Chosen[0].Entry
}

// withoutSuccessRegime returns a copy of e with its success-regime spell
// removed; e itself is left alone.
func withoutSuccessRegime(e *economy.Economy) *economy.Economy {
	c := *e
	c.Spells = nil
	for _, s := range e.Spells {
		if s.Regime != economy.SuccessRegime {
			c.Spells = append(c.Spells, s)
		}
	}
	return &c
}
