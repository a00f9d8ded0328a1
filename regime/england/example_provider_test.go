package england_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/failregime/failregime/regime/timetable"
)

// ExampleTSATimetable works out the statutory timetable of the first trust
// special administration, South London Healthcare NHS Trust, ordered on
// 12 July 2012, with its draft report extended to 75 working days.
func ExampleTSATimetable() {
	order := economy.MustDate("2012-07-12")
	law, ok := timetable.TSAPeriodsFor(order)
	if !ok {
		fmt.Println("no special administration law on", order)
		return
	}
	tt, err := timetable.TSATimetable(economy.KindNHSTrust, order, law, timetable.EnglandAndWales(), timetable.TimetableFacts{
		Appointed:         economy.MustDate("2012-07-16"),
		DraftPublished:    economy.MustDate("2012-10-29"),
		ConsultationEnded: economy.MustDate("2012-12-14"),
		FinalReport:       economy.MustDate("2013-01-08"),
		Extensions:        []timetable.TSAExtension{{Step: timetable.StepDraftReport, WorkingDays: 75}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range tt.Steps {
		fmt.Printf("%-18s %2d working days from %s: due %s\n", s.Step, s.WorkingDays, s.From, s.Due)
	}
	// Output:
	// appointment         5 working days from 2012-07-12: due 2012-07-18
	// draft_report       75 working days from 2012-07-16: due 2012-10-29
	// consultation_start  5 working days from 2012-10-29: due 2012-11-02
	// consultation_end   30 working days from 2012-11-02: due 2012-12-13
	// final_report       15 working days from 2012-12-14: due 2013-01-08
	// decision           20 working days from 2013-01-08: due 2013-02-04
}

// ExampleFramework_Decide_provider decides the most intensive regime one
// provider is eligible for: North Cumbria University Hospitals NHS Trust on
// the day the Keogh trusts entered special measures.
func ExampleFramework_Decide_provider() {
	e, err := cases.Load("keogh_2013")
	if err != nil {
		fmt.Println(err)
		return
	}
	date := economy.MustDate("2013-07-16")
	f, err := england.InForce(date)
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := e.Provider("RNL")
	d, err := f.Decide(regime.NewEnv(&e, date), england.ProviderIntervention, regime.ProviderSubject(p))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, ok := d.Ruling()
	fmt.Println(f.ID(), p.Name+":", r, ok)
	for _, o := range d.Outcome.Children {
		fmt.Printf("  %s: %s\n", o.ID, o.Verdict)
	}
	// Output:
	// sm2013 North Cumbria University Hospitals NHS Trust: quality_special_measures (special) true
	//   trust_special_administration: not_met
	//   quality_special_measures: met
}
