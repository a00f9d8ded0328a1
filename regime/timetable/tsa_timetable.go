package timetable

import (
	"fmt"

	"github.com/failregime/failregime/economy"
)

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
	Appointed           economy.Date `json:"appointed,omitzero"`
	DraftPublished      economy.Date `json:"draft_published,omitzero"`
	ConsultationStarted economy.Date `json:"consultation_started,omitzero"`
	ConsultationEnded   economy.Date `json:"consultation_ended,omitzero"`
	FinalReport         economy.Date `json:"final_report,omitzero"` // the day the decider received it
	// NHS trusts.
	Decided           economy.Date `json:"decided,omitzero"`
	NHSEnglandDecided economy.Date `json:"nhs_england_decided,omitzero"`
	// Foundation trusts. RegulatorSatisfied is nil until the regulator has
	// decided; when it is false the timetable follows the resubmission.
	RegulatorDecided   economy.Date   `json:"regulator_decided,omitzero"`
	RegulatorSatisfied *bool          `json:"regulator_satisfied,omitempty"`
	SecretaryDecided   economy.Date   `json:"secretary_decided,omitzero"`
	Resubmitted        economy.Date   `json:"resubmitted,omitzero"`
	RegulatorRedecided economy.Date   `json:"regulator_redecided,omitzero"`
	SecretaryRedecided economy.Date   `json:"secretary_redecided,omitzero"`
	Extensions         []TSAExtension `json:"extensions,omitempty"`
}

// TimetableStep is one step: when its period begins, how long it is, the
// deadline, the actual date if known, and the source of the period.
type TimetableStep struct {
	Step        TSAStep      `json:"step"`
	From        economy.Date `json:"from"` // the day the period begins (counted as day 1)
	FromActual  bool         `json:"from_actual"`
	WorkingDays int          `json:"working_days"`
	Due         economy.Date `json:"due"`
	Actual      economy.Date `json:"actual,omitzero"`
	Extended    bool         `json:"extended,omitempty"`
	// By names who must act by Due: the administrator, the Secretary of
	// State, Monitor or NHS England.
	By string `json:"by"`
	// Computed is true when the count crossed a year whose bank holidays
	// were computed from the standing rules, not announced.
	Computed bool             `json:"computed,omitempty"`
	Source   economy.Citation `json:"source"`
}

// Timetable is the statutory timetable of one special administration.
type Timetable struct {
	Kind  economy.ProviderKind `json:"kind"`
	Order economy.Date         `json:"order"`
	Law   string               `json:"law"`
	Steps []TimetableStep      `json:"steps"`
	// OuterLimit is, for a foundation trust whose regulator was not
	// satisfied, the 60 working days of s.65KD(9) counted from the
	// resubmitted report (what they run from was not read at source).
	OuterLimit *TimetableStep `json:"outer_limit,omitempty"`
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
// trust), under the periods law, counting working days with cal. Each
// deadline counts from the actual date of the step before it when known,
// else from that step's deadline. The consultation's end is the last day
// of its period counted from its first day. An NHS trust's timetable ends
// with the Secretary of State's decision (and, from 1 July 2022, NHS
// England's); a foundation trust's goes on to the regulator's decision
// and the Secretary of State's, or, when the facts say the regulator was
// not satisfied, through the resubmitted report.
//
// It is an error (wrapping ErrInvalid) when kind is not an NHS trust or
// foundation trust, when order is not a valid date, when law has a period
// under one working day, or when an extension names an unknown step or is
// under one day; and (wrapping ErrNotCovered) when cal cannot count a date
// it must count across.
func TSATimetable(kind economy.ProviderKind, order economy.Date, law TSAPeriods, cal Calendar, known TimetableFacts) (Timetable, error) {
	if !kind.IsNHS() {
		return Timetable{}, invalid("tsa timetable: %s: only NHS trusts and foundation trusts can be in special administration", kind)
	}
	if !order.Valid() {
		return Timetable{}, invalid("tsa timetable: invalid order date %q", order)
	}
	type plan struct {
		step   TSAStep
		from   TSAStep // the step it counts from; TSAStepUnknown: the order
		period TSAPeriod
		actual economy.Date
		by     string
	}
	regulator := law.Regulator
	if regulator == "" {
		regulator = "the regulator"
	}
	plans := []plan{
		{StepAppointment, TSAStepUnknown, law.Appointment, known.Appointed, "the appointing body"},
		{StepDraftReport, StepAppointment, law.DraftReport, known.DraftPublished, "the administrator"},
		{StepConsultationStart, StepDraftReport, law.ConsultationStart, known.ConsultationStarted, "the administrator"},
		{StepConsultationEnd, StepConsultationStart, law.Consultation, known.ConsultationEnded, "the administrator"},
		{StepFinalReport, StepConsultationEnd, law.FinalReport, known.FinalReport, "the administrator"},
	}
	if kind == economy.KindNHSTrust {
		plans = append(plans, plan{StepDecision, StepFinalReport, law.Decision, known.Decided, "the Secretary of State"})
		if law.NHSEnglandDecision.WorkingDays > 0 {
			plans = append(plans, plan{StepNHSEnglandDecision, StepFinalReport, law.NHSEnglandDecision, known.NHSEnglandDecided, "NHS England"})
		}
	} else {
		plans = append(plans, plan{StepRegulatorDecision, StepFinalReport, law.RegulatorDecision, known.RegulatorDecided, regulator})
		if known.RegulatorSatisfied != nil && !*known.RegulatorSatisfied {
			plans = append(plans,
				plan{StepResubmission, StepRegulatorDecision, law.Resubmission, known.Resubmitted, "the administrator"},
				plan{StepRegulatorRedecision, StepResubmission, law.RegulatorRedecision, known.RegulatorRedecided, regulator},
				plan{StepSecretaryRedecision, StepRegulatorRedecision, law.SecretaryRedecision, known.SecretaryRedecided, "the Secretary of State"})
		} else {
			plans = append(plans, plan{StepSecretaryDecision, StepRegulatorDecision, law.SecretaryDecision, known.SecretaryDecided, "the Secretary of State"})
		}
	}
	index := map[TSAStep]int{}
	for i, p := range plans {
		index[p.step] = i
		if p.period.WorkingDays < 1 {
			return Timetable{}, invalid("tsa timetable: %s period of %d working days: want at least 1", p.step, p.period.WorkingDays)
		}
	}
	extended := map[TSAStep]bool{}
	for i, x := range known.Extensions {
		j, ok := index[x.Step]
		if !ok || x.WorkingDays < 1 {
			return Timetable{}, invalid("tsa timetable: extensions[%d]: step %s, %d working days: want a step of this timetable and at least 1 day", i, x.Step, x.WorkingDays)
		}
		plans[j].period = TSAPeriod{x.WorkingDays, x.Source}
		if x.Source.IsZero() {
			plans[j].period.Source = citeS65J // the power to extend, when the order itself is not cited
		}
		extended[x.Step] = true
	}
	t := Timetable{Kind: kind, Order: order, Law: law.Law}
	for _, p := range plans {
		from, fromActual := order, true
		if p.from != TSAStepUnknown {
			prev := t.Steps[index[p.from]]
			from, fromActual = prev.Due, false
			if !prev.Actual.IsZero() {
				from, fromActual = prev.Actual, true
			}
		}
		st, err := step(cal, p.step, from, p.period)
		if err != nil {
			return Timetable{}, err
		}
		st.FromActual, st.Actual, st.Extended, st.By = fromActual, p.actual, extended[p.step], p.by
		t.Steps = append(t.Steps, st)
	}
	if _, ok := index[StepResubmission]; ok {
		re := t.Steps[index[StepResubmission]]
		from := re.Due
		if !re.Actual.IsZero() {
			from = re.Actual
		}
		st, err := step(cal, TSAStepUnknown, from, law.OuterLimit)
		if err != nil {
			return Timetable{}, err
		}
		st.FromActual, st.By = !re.Actual.IsZero(), "the Secretary of State"
		t.OuterLimit = &st
	}
	return t, nil
}

// step counts one period.
func step(cal Calendar, s TSAStep, from economy.Date, p TSAPeriod) (TimetableStep, error) {
	due, err := cal.NthWorkingDay(from, p.WorkingDays)
	if err != nil {
		return TimetableStep{}, fmt.Errorf("timetable: tsa timetable: %s: %w", s, err)
	}
	return TimetableStep{Step: s, From: from, WorkingDays: p.WorkingDays, Due: due,
		Computed: cal.Computed(from.Year) || cal.Computed(due.Year), Source: p.Source}, nil
}
