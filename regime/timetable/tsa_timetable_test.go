package timetable_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime/timetable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var provDate = economy.MustDate

// South London Healthcare NHS Trust (RYQ), the first special
// administration: every deadline of the published timetable.
func TestTSATimetableSouthLondon(t *testing.T) {
	law, ok := timetable.TSAPeriodsFor(provDate("2012-07-12"))
	require.True(t, ok)
	assert.Equal(t, "2010", law.Law)
	tt, err := timetable.TSATimetable(economy.KindNHSTrust, provDate("2012-07-12"), law, timetable.EnglandAndWales(), timetable.TimetableFacts{
		Appointed:         provDate("2012-07-16"),
		DraftPublished:    provDate("2012-10-29"),
		ConsultationEnded: provDate("2012-12-14"),
		FinalReport:       provDate("2013-01-08"),
		Decided:           provDate("2013-01-31"),
		Extensions:        []timetable.TSAExtension{{Step: timetable.StepDraftReport, WorkingDays: 75}},
	})
	require.NoError(t, err)
	tests := []struct {
		step     timetable.TSAStep
		wantFrom string
		wantDays int
		wantDue  string
	}{
		{timetable.StepAppointment, "2012-07-12", 5, "2012-07-18"},  // actual 16 July
		{timetable.StepDraftReport, "2012-07-16", 75, "2012-10-29"}, // extended from 45 by order of 11 July 2012
		{timetable.StepConsultationStart, "2012-10-29", 5, "2012-11-02"},
		{timetable.StepFinalReport, "2012-12-14", 15, "2013-01-08"}, // published timetable: by 8 January
		{timetable.StepDecision, "2013-01-08", 20, "2013-02-04"},    // published timetable: by 4 February; decided 31 January
	}
	for _, tc := range tests {
		t.Run(tc.step.String(), func(t *testing.T) {
			st, ok := tt.Step(tc.step)
			require.True(t, ok)
			assert.Equal(t, provDate(tc.wantFrom), st.From)
			assert.Equal(t, tc.wantDays, st.WorkingDays)
			assert.Equal(t, provDate(tc.wantDue), st.Due)
		})
	}
	st, _ := tt.Step(timetable.StepDraftReport)
	assert.True(t, st.Extended)
	assert.True(t, st.FromActual, "counted from the actual appointment")
	dec, _ := tt.Step(timetable.StepDecision)
	assert.False(t, dec.Actual.After(dec.Due), "decided within the period")
}

// Mid Staffordshire NHS FT: administrators in post 16 April 2013, draft
// due 19 June 2013, the day the extension was confirmed.
func TestTSATimetableMidStaffordshire(t *testing.T) {
	law, _ := timetable.TSAPeriodsFor(provDate("2013-04-15"))
	tt, err := timetable.TSATimetable(economy.KindFoundationTrust, provDate("2013-04-15"), law, timetable.EnglandAndWales(), timetable.TimetableFacts{Appointed: provDate("2013-04-16")})
	require.NoError(t, err)
	st, _ := tt.Step(timetable.StepDraftReport)
	assert.Equal(t, provDate("2013-06-19"), st.Due)
	assert.Equal(t, 45, st.WorkingDays)
	_, ok := tt.Step(timetable.StepDecision)
	assert.False(t, ok, "a foundation trust's decisions have unverified periods and are left out")
}

// The law switches on the day of the Care Act 2014 commencement.
func TestTSAPeriodsFor(t *testing.T) {
	tests := []struct {
		give     string
		wantOK   bool
		wantLaw  string
		wantDraf int
	}{
		{"2010-02-14", false, "", 0},
		{"2010-02-15", true, "2010", 45},
		{"2014-07-14", true, "2010", 45},
		{"2014-07-15", true, "2014", 65},
		{"2014-07-16", true, "2014", 65},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			p, ok := timetable.TSAPeriodsFor(provDate(tt.give))
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.wantLaw, p.Law)
			assert.Equal(t, tt.wantDraf, p.DraftReport.WorkingDays)
		})
	}
	p, _ := timetable.TSAPeriodsFor(provDate("2015-01-01"))
	assert.False(t, p.Consultation.Source.Verified, "40 working days is from memory")
	assert.False(t, p.FinalReport.Source.Verified, "25 working days is from memory")
	assert.True(t, p.DraftReport.Source.Verified)
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
		want  string
	}{
		{"independent", economy.KindIndependentPrivate, provDate("2012-07-12"), law, timetable.TimetableFacts{}, "only NHS trusts"},
		{"no order", economy.KindNHSTrust, economy.Date{}, law, timetable.TimetableFacts{}, "invalid order date"},
		{"zero law", economy.KindNHSTrust, provDate("2012-07-12"), timetable.TSAPeriods{}, timetable.TimetableFacts{}, "want at least 1"},
		{"bad extension", economy.KindNHSTrust, provDate("2012-07-12"), law, timetable.TimetableFacts{Extensions: []timetable.TSAExtension{{Step: timetable.TSAStepUnknown, WorkingDays: 3}}}, "extensions[0]"},
		{"beyond calendar", economy.KindNHSTrust, provDate("2027-12-01"), law, timetable.TimetableFacts{}, "outside"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := timetable.TSATimetable(tt.kind, tt.order, tt.law, cal, tt.facts)
			assert.ErrorContains(t, err, tt.want)
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
