package timetable_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime/timetable"
)

// ExampleTSATimetable works out the statutory timetable of the first trust
// special administration, South London Healthcare NHS Trust, ordered on
// 12 July 2012, with its draft report extended to 75 working days, from
// what happened: every deadline was met, most on the last day.
func ExampleTSATimetable() {
	order := economy.MustDate("2012-07-12")
	law, ok := timetable.TSAPeriodsFor(order)
	if !ok {
		fmt.Println("no special administration law on", order)
		return
	}
	tt, err := timetable.TSATimetable(economy.KindNHSTrust, order, law, timetable.EnglandAndWales(), timetable.TimetableFacts{
		Appointed:           economy.MustDate("2012-07-16"),
		DraftPublished:      economy.MustDate("2012-10-29"),
		ConsultationStarted: economy.MustDate("2012-11-02"),
		ConsultationEnded:   economy.MustDate("2012-12-13"),
		FinalReport:         economy.MustDate("2013-01-07"),
		Extensions:          []timetable.TSAExtension{{Step: timetable.StepDraftReport, WorkingDays: 75}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range tt.Steps {
		fmt.Printf("%-18s %2d working days from %s: due %s (%s)\n", s.Step, s.WorkingDays, s.From, s.Due, s.By)
	}
	// Output:
	// appointment         5 working days from 2012-07-12: due 2012-07-18 (the appointing body)
	// draft_report       75 working days from 2012-07-16: due 2012-10-29 (the administrator)
	// consultation_start  5 working days from 2012-10-29: due 2012-11-02 (the administrator)
	// consultation_end   30 working days from 2012-11-02: due 2012-12-13 (the administrator)
	// final_report       15 working days from 2012-12-13: due 2013-01-07 (the administrator)
	// decision           20 working days from 2013-01-07: due 2013-02-01 (the Secretary of State)
}

// ExampleCalendar_Holidays lists a year's bank holidays: 2022's were
// announced (the spring holiday moved for the Platinum Jubilee, and a
// state funeral); 2031's are computed from the standing rules.
func ExampleCalendar_Holidays() {
	cal := timetable.EnglandAndWales()
	for _, y := range []int{2022, 2031} {
		fmt.Println(y, "computed:", cal.Computed(y))
		for _, h := range cal.Holidays(y) {
			fmt.Println(" ", h.Date, h.Name)
		}
	}
	// Output:
	// 2022 computed: false
	//   2022-01-03 New Year's Day
	//   2022-04-15 Good Friday
	//   2022-04-18 Easter Monday
	//   2022-05-02 Early May bank holiday
	//   2022-06-02 Spring bank holiday
	//   2022-06-03 Queen's Platinum Jubilee
	//   2022-08-29 Summer bank holiday
	//   2022-09-19 State Funeral of Queen Elizabeth II
	//   2022-12-26 Boxing Day
	//   2022-12-27 Christmas Day
	// 2031 computed: true
	//   2031-01-01 New Year's Day
	//   2031-04-11 Good Friday
	//   2031-04-14 Easter Monday
	//   2031-05-05 Early May bank holiday
	//   2031-05-26 Spring bank holiday
	//   2031-08-25 Summer bank holiday
	//   2031-12-25 Christmas Day
	//   2031-12-26 Boxing Day
}
