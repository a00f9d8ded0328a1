package main

import (
	"fmt"
	"io"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/timetable"
)

func entryCitation(d regime.Decision, id string) string {
	if o, ok := d.Node(id); ok && o.Citation != nil {
		return o.Citation.String()
	}
	return ""
}

// metReason is the reason of the first condition that made o Met: the
// reader wants the ground, not the combinator's summary.
func metReason(o regime.Outcome) string {
	for _, c := range o.Children {
		if c.Verdict == regime.Met {
			return c.Reason
		}
	}
	return o.Reason
}

// answer is a decision in a few words.
func answer(d regime.Decision) string {
	if r, ok := d.Ruling(); ok {
		return r.String()
	}
	if d.Verdict == regime.Unknown && len(d.Undecided) > 0 {
		s := "unknown, undecided between"
		for i, c := range d.Undecided {
			if i > 0 {
				s += ","
			}
			s += " " + c.Ruling.String()
		}
		return s + " for want of facts (-v shows which)"
	}
	return words(d.Verdict)
}

func words(v regime.Verdict) string {
	if v == regime.NotMet {
		return "not met"
	}
	return v.String()
}

// timelines prints when each trust placed in special measures was due to
// be re-inspected, with the months the edition sets.
func timelines(w io.Writer, f *regime.Framework, placed []regime.Decision, entered economy.Date) error {
	reinspect, err := months(f, "provider.qsm_reinspection_months")
	if err != nil {
		return err
	}
	extend, err := months(f, "provider.qsm_extension_months")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nSpecial measures timeline (re-inspection %d months after entry, then an extension of %d):\n", reinspect, extend)
	var src string
	for _, d := range placed {
		tl, ok := timetable.QualitySpecialMeasuresTimeline(entered, reinspect, extend)
		if !ok {
			return fmt.Errorf("no timeline for %s", d.Subject.ID)
		}
		src = tl.Source.String()
		fmt.Fprintf(w, "  %-62s entered %s, re-inspection due %s, extension ends %s\n", d.Subject.Name, tl.Entered, tl.Reinspection, tl.ExtensionEnds)
	}
	fmt.Fprintf(w, "Source of the timeline: %s\n", src)
	fmt.Fprintln(w, "(the timeline was confirmed in February 2015; the edition applies it to the 2013 entrants too)")
	return nil
}

// months reads a whole-month parameter of the edition, so that a variant
// made with Framework.With changes the timeline too.
func months(f *regime.Framework, name string) (int, error) {
	p, ok := f.Parameter(name)
	if !ok {
		return 0, fmt.Errorf("%s has no parameter %s", f.ID(), name)
	}
	var n int
	if _, err := fmt.Sscan(p.Value, &n); err != nil {
		return 0, fmt.Errorf("parameter %s: %w", name, err)
	}
	return n, nil
}
