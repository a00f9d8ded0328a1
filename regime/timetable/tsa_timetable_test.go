package timetable_test

import (
	"strconv"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime/timetable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var provDate = economy.MustDate

// South London Healthcare NHS Trust (RYQ), the first special
// administration, against the record: appointment on 16 July 2012; the
// draft, extended to 75 working days, published on 29 October;
// consultation from 2 November to 13 December; the final report given on
// 7 January 2013; the Secretary of State's statutory deadline 1 February,
// the decision on 31 January (Hansard, 8 January 2013; BMJ, 31 January
// 2013). Every deadline equals the record or is met by it.
func TestTSATimetableSouthLondon(t *testing.T) {
	law, ok := timetable.TSAPeriodsFor(provDate("2012-07-12"))
	require.True(t, ok)
	assert.Equal(t, "2010", law.Law)
	tt, err := timetable.TSATimetable(economy.KindNHSTrust, provDate("2012-07-12"), law, timetable.EnglandAndWales(), timetable.TimetableFacts{
		Appointed:           provDate("2012-07-16"),
		DraftPublished:      provDate("2012-10-29"),
		ConsultationStarted: provDate("2012-11-02"),
		ConsultationEnded:   provDate("2012-12-13"),
		FinalReport:         provDate("2013-01-07"),
		Decided:             provDate("2013-01-31"),
		Extensions:          []timetable.TSAExtension{{Step: timetable.StepDraftReport, WorkingDays: 75}},
	})
	require.NoError(t, err)
	tests := []struct {
		step     timetable.TSAStep
		wantFrom string
		wantDays int
		wantDue  string
	}{
		{timetable.StepAppointment, "2012-07-12", 5, "2012-07-18"},       // actual 16 July
		{timetable.StepDraftReport, "2012-07-16", 75, "2012-10-29"},      // extended from 45 by order of 11 July 2012; published that day
		{timetable.StepConsultationStart, "2012-10-29", 5, "2012-11-02"}, // began on the last day allowed
		{timetable.StepConsultationEnd, "2012-11-02", 30, "2012-12-13"},  // closed on 13 December, as it did
		{timetable.StepFinalReport, "2012-12-13", 15, "2013-01-07"},      // given on 7 January, the last day
		{timetable.StepDecision, "2013-01-07", 20, "2013-02-01"},         // "a decision by 1 February"; decided 31 January
	}
	require.Len(t, tt.Steps, len(tests), "an NHS trust's timetable before 2022 ends with the Secretary of State")
	for i, tc := range tests {
		t.Run(tc.step.String(), func(t *testing.T) {
			st := tt.Steps[i]
			assert.Equal(t, tc.step, st.Step)
			assert.Equal(t, provDate(tc.wantFrom), st.From)
			assert.Equal(t, tc.wantDays, st.WorkingDays)
			assert.Equal(t, provDate(tc.wantDue), st.Due)
			assert.False(t, st.Actual.After(st.Due), "the record met the deadline")
			assert.False(t, st.Computed)
		})
	}
	dec, _ := tt.Step(timetable.StepDecision)
	assert.Equal(t, "the Secretary of State", dec.By)
	assert.True(t, dec.FromActual, "counted from the day the report was received")
}

// Mid Staffordshire NHS FT, the first foundation trust: administrators in
// post 16 April 2013; the draft due 19 June 2013, the day its extension
// was confirmed; the consultation, extended by 10 to 40 working days, from
// 6 August to 1 October 2013; Monitor passed the report to the Secretary
// of State on 16 January 2014 (s.65KA), who decided on 26 February 2014,
// the last day of the 30 working days of s.65KB.
func TestTSATimetableMidStaffordshire(t *testing.T) {
	law, _ := timetable.TSAPeriodsFor(provDate("2013-04-15"))
	assert.Equal(t, "Monitor", law.Regulator)
	tt, err := timetable.TSATimetable(economy.KindFoundationTrust, provDate("2013-04-15"), law, timetable.EnglandAndWales(), timetable.TimetableFacts{
		Appointed:           provDate("2013-04-16"),
		ConsultationStarted: provDate("2013-08-06"),
		ConsultationEnded:   provDate("2013-10-01"),
		RegulatorDecided:    provDate("2014-01-16"),
		RegulatorSatisfied:  ptr(true),
		SecretaryDecided:    provDate("2014-02-26"),
		Extensions:          []timetable.TSAExtension{{Step: timetable.StepConsultationEnd, WorkingDays: 40}},
	})
	require.NoError(t, err)
	draft, _ := tt.Step(timetable.StepDraftReport)
	assert.Equal(t, provDate("2013-06-19"), draft.Due)
	assert.Equal(t, 45, draft.WorkingDays)
	end, _ := tt.Step(timetable.StepConsultationEnd)
	assert.Equal(t, provDate("2013-10-01"), end.Due, "40 working days beginning with 6 August")
	// The Act counts the final report's 15 working days beginning with the
	// day the consultation ends: 21 October. The administrators gave 22
	// October, counting from the day after; the report was in any case
	// extended (BBC, 21 October 2013).
	final, _ := tt.Step(timetable.StepFinalReport)
	assert.Equal(t, provDate("2013-10-21"), final.Due)
	sos, ok := tt.Step(timetable.StepSecretaryDecision)
	require.True(t, ok)
	assert.Equal(t, provDate("2014-01-16"), sos.From)
	assert.Equal(t, provDate("2014-02-26"), sos.Due, "decided on the last day")
	assert.Equal(t, sos.Due, sos.Actual)
	_, ok = tt.Step(timetable.StepDecision)
	assert.False(t, ok, "s.65K is for NHS trusts")
	reg, _ := tt.Step(timetable.StepRegulatorDecision)
	assert.Equal(t, "Monitor", reg.By)
	assert.Equal(t, 20, reg.WorkingDays)
}

func ptr[T any](v T) *T { return &v }

// When the regulator is not satisfied, the foundation trust's timetable
// goes through the resubmission: 20 working days to resubmit, 10 for the
// regulator, 30 for the Secretary of State, and the 60 of s.65KD(9).
func TestTSATimetableResubmission(t *testing.T) {
	law, _ := timetable.TSAPeriodsFor(provDate("2016-03-01"))
	tt, err := timetable.TSATimetable(economy.KindFoundationTrust, provDate("2016-03-01"), law, timetable.EnglandAndWales(), timetable.TimetableFacts{
		FinalReport: provDate("2016-09-01"), RegulatorDecided: provDate("2016-09-20"), RegulatorSatisfied: ptr(false),
	})
	require.NoError(t, err)
	var got []string
	for _, s := range tt.Steps[5:] {
		got = append(got, s.Step.String()+" "+s.From.String()+" +"+itoa(s.WorkingDays)+" "+s.Due.String())
	}
	assert.Equal(t, []string{
		"regulator_decision 2016-09-01 +20 2016-09-28",
		"resubmission 2016-09-20 +20 2016-10-17",
		"regulator_redecision 2016-10-17 +10 2016-10-28",
		"secretary_redecision 2016-10-28 +30 2016-12-08",
	}, got)
	require.NotNil(t, tt.OuterLimit)
	assert.Equal(t, 60, tt.OuterLimit.WorkingDays)
	assert.Equal(t, provDate("2017-01-11"), tt.OuterLimit.Due)
}

func itoa(n int) string { return strconv.Itoa(n) }

// From 1 July 2022 NHS England decides in the regulator's place and, on an
// NHS trust, alongside the Secretary of State, with the same day counts.
func TestTSATimetable2022(t *testing.T) {
	law, _ := timetable.TSAPeriodsFor(provDate("2023-01-10"))
	assert.Equal(t, "2022", law.Law)
	assert.Equal(t, "NHS England", law.Regulator)
	tt, err := timetable.TSATimetable(economy.KindNHSTrust, provDate("2023-01-10"), law, timetable.EnglandAndWales(), timetable.TimetableFacts{})
	require.NoError(t, err)
	d, _ := tt.Step(timetable.StepDecision)
	n, ok := tt.Step(timetable.StepNHSEnglandDecision)
	require.True(t, ok)
	assert.Equal(t, d.From, n.From)
	assert.Equal(t, d.Due, n.Due)
	ft, err := timetable.TSATimetable(economy.KindFoundationTrust, provDate("2023-01-10"), law, timetable.EnglandAndWales(), timetable.TimetableFacts{})
	require.NoError(t, err)
	reg, _ := ft.Step(timetable.StepRegulatorDecision)
	assert.Equal(t, "NHS England", reg.By)
}

// The periods switch on the days the law changed, each at, before and
// after: Chapter 5A from 15 February 2010, the Care Act 2014 periods from
// 15 July 2014 (draft 45 -> 65, consultation 30 -> 40; the final report's
// 15 and the decisions' periods unchanged), NHS England from 1 July 2022.
func TestTSAPeriodsFor(t *testing.T) {
	tests := []struct {
		give                       string
		wantOK                     bool
		wantLaw                    string
		draft, consult, final, dec int
		nhse                       int
	}{
		{"2010-02-14", false, "", 0, 0, 0, 0, 0},
		{"2010-02-15", true, "2010", 45, 30, 15, 20, 0},
		{"2014-07-14", true, "2010", 45, 30, 15, 20, 0},
		{"2014-07-15", true, "2014", 65, 40, 15, 20, 0},
		{"2014-07-16", true, "2014", 65, 40, 15, 20, 0},
		{"2022-06-30", true, "2014", 65, 40, 15, 20, 0},
		{"2022-07-01", true, "2022", 65, 40, 15, 20, 20},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			p, ok := timetable.TSAPeriodsFor(provDate(tt.give))
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.wantLaw, p.Law)
			assert.Equal(t, tt.draft, p.DraftReport.WorkingDays)
			assert.Equal(t, tt.consult, p.Consultation.WorkingDays)
			assert.Equal(t, tt.final, p.FinalReport.WorkingDays)
			assert.Equal(t, tt.dec, p.Decision.WorkingDays)
			assert.Equal(t, tt.nhse, p.NHSEnglandDecision.WorkingDays)
			if ok {
				assert.Equal(t, 20, p.RegulatorDecision.WorkingDays)
				assert.Equal(t, 30, p.SecretaryDecision.WorkingDays)
				assert.Equal(t, 20, p.Resubmission.WorkingDays)
				assert.Equal(t, 10, p.RegulatorRedecision.WorkingDays)
				assert.Equal(t, 30, p.SecretaryRedecision.WorkingDays)
				assert.Equal(t, 60, p.OuterLimit.WorkingDays)
			}
		})
	}
	p, _ := timetable.TSAPeriodsFor(provDate("2015-01-01"))
	assert.True(t, p.Consultation.Source.Verified)
	assert.True(t, p.FinalReport.Source.Verified)
	assert.True(t, p.DraftReport.Source.Verified)
}

// An administration ordered in October 2027 counts across into 2028, whose
// holidays are computed, and says so.
func TestTSATimetableAcrossComputedYears(t *testing.T) {
	law, _ := timetable.TSAPeriodsFor(provDate("2027-10-04"))
	tt, err := timetable.TSATimetable(economy.KindNHSTrust, provDate("2027-10-04"), law, timetable.EnglandAndWales(), timetable.TimetableFacts{})
	require.NoError(t, err)
	draft, _ := tt.Step(timetable.StepDraftReport)
	assert.Equal(t, 2028, draft.Due.Year)
	assert.True(t, draft.Computed)
	app, _ := tt.Step(timetable.StepAppointment)
	assert.False(t, app.Computed)
}

func TestTSATimetableErrors(t *testing.T) {
	law, _ := timetable.TSAPeriodsFor(provDate("2012-07-12"))
	cal := timetable.EnglandAndWales()
	tests := []struct {
		name  string
		kind  economy.ProviderKind
		order economy.Date
		law   timetable.TSAPeriods
		facts timetable.TimetableFacts
		want  error
	}{
		{"independent", economy.KindIndependentPrivate, provDate("2012-07-12"), law, timetable.TimetableFacts{}, timetable.ErrInvalid},
		{"no order", economy.KindNHSTrust, economy.Date{}, law, timetable.TimetableFacts{}, timetable.ErrInvalid},
		{"zero law", economy.KindNHSTrust, provDate("2012-07-12"), timetable.TSAPeriods{}, timetable.TimetableFacts{}, timetable.ErrInvalid},
		{"bad extension", economy.KindNHSTrust, provDate("2012-07-12"), law, timetable.TimetableFacts{Extensions: []timetable.TSAExtension{{Step: timetable.TSAStepUnknown, WorkingDays: 3}}}, timetable.ErrInvalid},
		{"an FT step for an NHS trust", economy.KindNHSTrust, provDate("2012-07-12"), law, timetable.TimetableFacts{Extensions: []timetable.TSAExtension{{Step: timetable.StepRegulatorDecision, WorkingDays: 3}}}, timetable.ErrInvalid},
		{"beyond the calendar", economy.KindNHSTrust, provDate("2100-12-01"), law, timetable.TimetableFacts{}, timetable.ErrNotCovered},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := timetable.TSATimetable(tt.kind, tt.order, tt.law, cal, tt.facts)
			assert.ErrorIs(t, err, tt.want)
		})
	}
}

func TestQualitySpecialMeasuresTimeline(t *testing.T) {
	tl, ok := timetable.QualitySpecialMeasuresTimeline(provDate("2013-07-16"), 12, 6)
	require.True(t, ok)
	assert.Equal(t, provDate("2014-07-16"), tl.Reinspection)
	assert.Equal(t, provDate("2015-01-16"), tl.ExtensionEnds)
	assert.True(t, tl.Source.Verified)
	_, ok = timetable.QualitySpecialMeasuresTimeline(economy.Date{}, 12, 6)
	assert.False(t, ok)
	_, ok = timetable.QualitySpecialMeasuresTimeline(provDate("2013-07-16"), -1, 6)
	assert.False(t, ok)
}
