package main

import (
	"fmt"
	"io"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/timetable"
)

// happened is one step as it actually went, with the case source that
// says so (found by its title, so that the date is only printed with a
// citation the case carries).
type happened struct {
	step   timetable.TSAStep
	date   string
	what   string
	source string // the document title of one of the trust's sources
}

// record is what happened, from the trust's sources in the case: the
// Secretary of State's statements to Parliament of 8 January 2013 and the
// BMJ's report of the decision.
var record = []happened{
	{timetable.StepAppointment, "2012-07-16", "the administrator took control", "South London Healthcare NHS Trust (urgent question)"},
	{timetable.StepDraftReport, "2012-10-29", "draft report published", "South London Healthcare NHS Trust (urgent question)"},
	{timetable.StepConsultationStart, "2012-11-02", "consultation opened", "South London Healthcare NHS Trust (urgent question)"},
	{timetable.StepConsultationEnd, "2012-12-13", "consultation closed", "South London Healthcare NHS Trust (urgent question)"},
	{timetable.StepFinalReport, "2013-01-07", "final report given to the Secretary of State (laid before Parliament on 8 January)", "South London Healthcare Trust (written ministerial statement)"},
	{timetable.StepDecision, "2013-01-31", "the Secretary of State decided", "Lewisham A&E department will be downgraded, health secretary says"},
}

// timetable works out the statutory deadlines of the order, counting from
// the actual dates where known, with the order of 11 July 2012 that gave
// the draft 75 working days instead of 45, and prints each next to what
// happened.
func deadlines(w io.Writer, p *economy.Provider, order economy.Date) error {
	law, ok := timetable.TSAPeriodsFor(order)
	if !ok {
		return fmt.Errorf("no special administration law on %s", order)
	}
	facts := timetable.TimetableFacts{Extensions: []timetable.TSAExtension{{Step: timetable.StepDraftReport, WorkingDays: 75}}}
	actual := map[timetable.TSAStep]happened{}
	for _, h := range record {
		d, err := economy.ParseDate(h.date)
		if err != nil {
			return err
		}
		actual[h.step] = h
		switch h.step {
		case timetable.StepAppointment:
			facts.Appointed = d
		case timetable.StepDraftReport:
			facts.DraftPublished = d
		case timetable.StepConsultationStart:
			facts.ConsultationStarted = d
		case timetable.StepConsultationEnd:
			facts.ConsultationEnded = d
		case timetable.StepFinalReport:
			facts.FinalReport = d
		case timetable.StepDecision:
			facts.Decided = d
		}
	}
	tt, err := timetable.TSATimetable(p.Kind, order, law, timetable.EnglandAndWales(), facts)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nStatutory timetable (Chapter 5A as of %s law; order of %s):\n", tt.Law, tt.Order)
	var cites regime.Footnotes
	for _, st := range tt.Steps {
		ext := ""
		if st.Extended {
			ext = ", extended"
		}
		fmt.Fprintf(w, "  %-18s due %s  (%d working days from %s%s)\n", st.Step, st.Due, st.WorkingDays, st.From, ext)
		h, ok := actual[st.Step]
		if !ok {
			continue
		}
		c, ok := source(p, h.source)
		if !ok {
			return fmt.Errorf("no source %q in the case", h.source)
		}
		fmt.Fprintf(w, "  %-18s happened %s: %s %s\n", "", h.date, h.what, cites.Ref(&c))
	}
	fmt.Fprintln(w, "Sources of what happened:")
	fmt.Fprint(w, cites.String())
	return nil
}

// source finds the trust's source with the given title.
func source(p *economy.Provider, title string) (economy.Citation, bool) {
	for _, c := range p.Sources {
		if c.Document == title {
			return c, true
		}
	}
	return economy.Citation{}, false
}
