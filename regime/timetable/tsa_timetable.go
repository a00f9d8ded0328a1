package timetable

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/enum"
)

// TSAStep is one step of the statutory timetable of a trust special
// administration (NHS Act 2006 Chapter 5A). The zero TSAStep is unknown.
type TSAStep uint8

// The steps, in statutory order.
const (
	TSAStepUnknown        TSAStep = iota
	StepAppointment               // the administrator's appointment takes effect (s.65B(3), s.65D(3))
	StepDraftReport               // draft report to the Secretary of State or regulator (s.65F)
	StepConsultationStart         // consultation on the draft begins (s.65G)
	StepConsultationEnd           // consultation ends (s.65G)
	StepFinalReport               // final report (s.65I)
	StepDecision                  // the Secretary of State decides (NHS trusts, s.65K)
)

var tsaStepWords = enum.New("TSAStep",
	"unknown", "appointment", "draft_report", "consultation_start", "consultation_end", "final_report", "decision")

// String returns the step's lower snake word, e.g. "draft_report".
func (s TSAStep) String() string { return tsaStepWords.Name(uint8(s)) }

// MarshalText encodes s as its String word.
func (s TSAStep) MarshalText() ([]byte, error) { return tsaStepWords.Marshal(uint8(s)) }

// UnmarshalText decodes a String word.
func (s *TSAStep) UnmarshalText(text []byte) error { return enum.Unmarshal(tsaStepWords, text, s) }

// TSAPeriod is one statutory period: n working days, beginning with the
// day of an earlier step, and the source of n.
type TSAPeriod struct {
	WorkingDays int              `json:"working_days"`
	Source      economy.Citation `json:"source"`
}

// TSAPeriods are the periods of Chapter 5A as one text of the law set
// them. Each counts "the period of n working days beginning with the day"
// of the step before it. The zero TSAPeriods has no periods:
// [TSATimetable] refuses it. Use [TSAPeriodsFor].
type TSAPeriods struct {
	Law               string    `json:"law"`                // "2010" or "2014"
	Appointment       TSAPeriod `json:"appointment"`        // from the order
	DraftReport       TSAPeriod `json:"draft_report"`       // from the appointment
	ConsultationStart TSAPeriod `json:"consultation_start"` // from the draft's publication
	Consultation      TSAPeriod `json:"consultation"`       // its length, from its start
	FinalReport       TSAPeriod `json:"final_report"`       // from the day consultation ends
	Decision          TSAPeriod `json:"decision"`           // NHS trusts: from the day the final report is received
}

// Sources of the timetable.
var (
	citeS65B3 = economy.Citation{Document: "National Health Service Act 2006", Issuer: "legislation.gov.uk", Section: "s.65B(3): appointment within 5 working days of the order",
		URL: "https://www.legislation.gov.uk/ukpga/2006/41/part/2/chapter/5A/2013-04-01?view=plain+extent", Verified: true}
	citeS65F2010 = economy.Citation{Document: "NHS trusts: consequences of failure", Issuer: "Bevan Brittan", Year: 2012, Section: "s.65F as enacted: draft report within 45 working days",
		URL: "https://www.bevanbrittan.com/insights/articles/2012/nhstrustsconsequencesoffailure/", Verified: true}
	citeS65F2014 = economy.Citation{Document: "National Health Service Act 2006", Issuer: "legislation.gov.uk", Section: "s.65F: draft report within 65 working days",
		URL: "https://www.legislation.gov.uk/ukpga/2006/41/section/65F/2019-12-02", Verified: true,
		Note: "65 read in the text in force 2 December 2019; that it took effect with Care Act 2014 s.85 on 15 July 2014 is inferred"}
	citeS65G2010 = economy.Citation{Document: "Health Bill 2009 (HL Bill), clause 16", Issuer: "UK Parliament", Year: 2009, Section: "s.65G: consultation begins within 5 working days of publication and lasts 30 working days",
		URL: "https://publications.parliament.uk/pa/cm200809/cmbills/124/09124.14-20.html", Verified: true}
	citeS65G2014 = economy.Citation{Document: "National Health Service Act 2006 as amended by the Care Act 2014", Section: "s.65G: consultation of 40 working days",
		Note: "unverified: the current period was not read"}
	citeS65I2010 = economy.Citation{Document: "NHS trusts: consequences of failure", Issuer: "Bevan Brittan", Year: 2012, Section: "s.65I as enacted: final report within 15 working days of the end of consultation",
		URL: "https://www.bevanbrittan.com/insights/articles/2012/nhstrustsconsequencesoffailure/", Verified: true}
	citeS65I2014 = economy.Citation{Document: "National Health Service Act 2006 as amended by the Care Act 2014", Section: "s.65I: final report within 25 working days",
		Note: "unverified: the current period was not read"}
	citeS65K2010 = economy.Citation{Document: "NHS trusts: consequences of failure", Issuer: "Bevan Brittan", Year: 2012, Section: "s.65K: Secretary of State decides within 20 working days of receiving the final report",
		URL: "https://www.bevanbrittan.com/insights/articles/2012/nhstrustsconsequencesoffailure/", Verified: true}
	citeS65K2014 = economy.Citation{Document: "National Health Service Act 2006 as amended", Section: "s.65K: decision within 20 working days",
		Note: "the 2010 period, assumed unchanged after 2014: not read in the current text"}
	citeS65J = economy.Citation{Document: "The South London Healthcare National Health Service Trust (Extension of Time for Trust Special Administrator to Provide Draft Report) Order 2012", Issuer: "Orderpaper", Year: 2012,
		Section: "s.65J: periods extended by order", URL: "https://www.orderpaper.co.uk/si/the-south-london-healthcare-national-health-service-trust-extension-of-time-", Verified: true}
)

// tsa2014From is the day Care Act 2014 ss.84, 85 and 120 came into force.
var tsa2014From = economy.MustDate("2014-07-15")

// TSAPeriodsFor returns the periods of the law in force on the day of the
// order, and false before Chapter 5A came into force (15 February 2010).
// Orders from 15 July 2014 take the Care Act 2014 periods: 65 working days
// for the draft (verified) and, from memory and unverified, 40 for
// consultation and 25 for the final report.
func TSAPeriodsFor(order economy.Date) (TSAPeriods, bool) {
	switch {
	case order.Before(economy.MustDate("2010-02-15")):
		return TSAPeriods{}, false
	case order.Before(tsa2014From):
		return TSAPeriods{Law: "2010",
			Appointment: TSAPeriod{5, citeS65B3}, DraftReport: TSAPeriod{45, citeS65F2010},
			ConsultationStart: TSAPeriod{5, citeS65G2010}, Consultation: TSAPeriod{30, citeS65G2010},
			FinalReport: TSAPeriod{15, citeS65I2010}, Decision: TSAPeriod{20, citeS65K2010}}, true
	}
	return TSAPeriods{Law: "2014",
		Appointment: TSAPeriod{5, citeS65B3}, DraftReport: TSAPeriod{65, citeS65F2014},
		ConsultationStart: TSAPeriod{5, citeS65G2010}, Consultation: TSAPeriod{40, citeS65G2014},
		FinalReport: TSAPeriod{25, citeS65I2014}, Decision: TSAPeriod{20, citeS65K2014}}, true
}

// TSAExtension is an order under s.65J that extends the period of one
// step to a new total of working days (the South London order of 11 July
// 2012 made the draft's 45 working days 75). A zero Source is cited as
// the power of s.65J, with the South London order as its example.
type TSAExtension struct {
	Step        TSAStep          `json:"step"`
	WorkingDays int              `json:"working_days"`
	Source      economy.Citation `json:"source"`
}

// TimetableFacts are the dates the steps actually happened, where known
// (zero: not yet, or not known), and any extensions. A later deadline
// counts from the actual date of the step before it when that is known,
// and from that step's deadline otherwise.
type TimetableFacts struct {
	Appointed           economy.Date   `json:"appointed,omitzero"`
	DraftPublished      economy.Date   `json:"draft_published,omitzero"`
	ConsultationStarted economy.Date   `json:"consultation_started,omitzero"`
	ConsultationEnded   economy.Date   `json:"consultation_ended,omitzero"`
	FinalReport         economy.Date   `json:"final_report,omitzero"`
	Decided             economy.Date   `json:"decided,omitzero"`
	Extensions          []TSAExtension `json:"extensions,omitempty"`
}

// TimetableStep is one step: when its period begins, how long it is, the
// deadline, the actual date if known, and the source of the period.
type TimetableStep struct {
	Step        TSAStep          `json:"step"`
	From        economy.Date     `json:"from"` // the day the period begins (counted as day 1)
	FromActual  bool             `json:"from_actual"`
	WorkingDays int              `json:"working_days"`
	Due         economy.Date     `json:"due"`
	Actual      economy.Date     `json:"actual,omitzero"`
	Extended    bool             `json:"extended,omitempty"`
	Source      economy.Citation `json:"source"`
}

// Timetable is the statutory timetable of one special administration.
type Timetable struct {
	Kind  economy.ProviderKind `json:"kind"`
	Order economy.Date         `json:"order"`
	Law   string               `json:"law"`
	Steps []TimetableStep      `json:"steps"`
}

// Step returns the timetable's step s, and false when it has none.
func (t Timetable) Step(s TSAStep) (TimetableStep, bool) {
	for _, x := range t.Steps {
		if x.Step == s {
			return x, true
		}
	}
	return TimetableStep{}, false
}

// TSATimetable works out the dated deadlines of a special administration
// ordered on order for a provider of kind (an NHS trust or a foundation
// trust), under the periods law, counting working days with cal. The
// consultation's end is the last day of its period counted from its
// (actual or latest) start. For foundation trusts the timetable stops at
// the final report: the regulator's and the Secretary of State's decisions
// (ss.65KA-65KD) have day counts this library has not verified.
//
// It is an error when kind is not an NHS trust or foundation trust, when
// order is not a valid date, when law has a period under one working day,
// when an extension names an unknown step or is under one day, or when cal
// does not cover a date it must count across.
func TSATimetable(kind economy.ProviderKind, order economy.Date, law TSAPeriods, cal Calendar, known TimetableFacts) (Timetable, error) {
	if !kind.IsNHS() {
		return Timetable{}, invalid("tsa timetable: %s: only NHS trusts and foundation trusts can be in special administration", kind)
	}
	if !order.Valid() {
		return Timetable{}, invalid("tsa timetable: invalid order date %q", order)
	}
	periods := map[TSAStep]TSAPeriod{
		StepAppointment: law.Appointment, StepDraftReport: law.DraftReport, StepConsultationStart: law.ConsultationStart,
		StepConsultationEnd: law.Consultation, StepFinalReport: law.FinalReport, StepDecision: law.Decision,
	}
	for s, p := range periods {
		if p.WorkingDays < 1 {
			return Timetable{}, invalid("tsa timetable: %s period of %d working days: want at least 1", s, p.WorkingDays)
		}
	}
	extended := map[TSAStep]bool{}
	for i, x := range known.Extensions {
		p, ok := periods[x.Step]
		if !ok || x.WorkingDays < 1 {
			return Timetable{}, invalid("tsa timetable: extensions[%d]: step %s, %d working days: want a known step and at least 1 day", i, x.Step, x.WorkingDays)
		}
		p.WorkingDays, p.Source = x.WorkingDays, x.Source
		if p.Source.IsZero() {
			p.Source = citeS65J // the power to extend, when the order itself is not cited
		}
		periods[x.Step], extended[x.Step] = p, true
	}
	t := Timetable{Kind: kind, Order: order, Law: law.Law}
	actuals := []economy.Date{known.Appointed, known.DraftPublished, known.ConsultationStarted, known.ConsultationEnded, known.FinalReport, known.Decided}
	steps := []TSAStep{StepAppointment, StepDraftReport, StepConsultationStart, StepConsultationEnd, StepFinalReport, StepDecision}
	if kind == economy.KindFoundationTrust {
		steps = steps[:5]
	}
	from, fromActual := order, true
	for i, s := range steps {
		p := periods[s]
		due, err := cal.NthWorkingDay(from, p.WorkingDays)
		if err != nil {
			return Timetable{}, fmt.Errorf("timetable: tsa timetable: %s: %w", s, err)
		}
		st := TimetableStep{Step: s, From: from, FromActual: fromActual, WorkingDays: p.WorkingDays, Due: due,
			Actual: actuals[i], Extended: extended[s], Source: p.Source}
		t.Steps = append(t.Steps, st)
		from, fromActual = due, false
		if !st.Actual.IsZero() {
			from, fromActual = st.Actual, true
		}
	}
	return t, nil
}
