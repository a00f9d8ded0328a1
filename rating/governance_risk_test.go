package rating

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGovernanceBandEdges(t *testing.T) {
	b := DefaultGovernanceParams().Bands
	tests := []struct {
		give string
		want GovernanceRating
	}{
		{"0", GovernanceGreen}, {"0.99", GovernanceGreen}, {"1", GovernanceAmberGreen}, {"1.01", GovernanceAmberGreen},
		{"1.5", GovernanceAmberGreen}, {"1.99", GovernanceAmberGreen}, {"2", GovernanceAmberRed}, {"2.01", GovernanceAmberRed},
		{"3.99", GovernanceAmberRed}, {"4", GovernanceRed}, {"4.01", GovernanceRed},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			got, _, _ := b.Classify(dec(tt.give))
			assert.Equal(t, tt.want, GovernanceRating(got))
		})
	}
	_, _, c := b.Classify(dec("4"))
	assert.Equal(t, citeGovCentralManchester.URL, c.URL, "the 4.0 edge is Central Manchester's case")
	_, _, c = b.Classify(dec("0.5"))
	assert.Equal(t, citeGovEastLancs.URL, c.URL)
}

// The C. difficile objective is a target of the governance rating (HSJ on
// Dudley, 2011): cases above the objective miss it; at it, or below, meet
// it; a provider that never reported it has no such target.
func TestGovernanceCDifficile(t *testing.T) {
	perf := func(cases, objective string) economy.Performance {
		p := economy.Performance{Period: quarter("2011-07-01", "2011-09-30")}
		if cases != "" {
			p.CDifficileCases = nd(cases)
		}
		if objective != "" {
			p.CDifficileObjective = nd(objective)
		}
		return p
	}
	tests := []struct {
		name       string
		cases, obj string
		want       StandardResult
		applies    bool
	}{
		{"Dudley: 75 against 36", "75", "36", StandardNotMet, true},
		{"one above", "37", "36", StandardNotMet, true},
		{"at the objective", "36", "36", StandardMet, true},
		{"one below", "35", "36", StandardMet, true},
		{"objective not given", "75", "", StandardResultUnknown, true},
		{"not reported", "", "", StandardResultUnknown, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pr := &economy.Provider{ID: "P", Performance: []economy.Performance{perf(tt.cases, tt.obj)}}
			in := GovernanceInputFrom(pr, date("2011-10-31"), DefaultGovernanceParams())
			require.Len(t, in.Quarters, 1)
			got, applies := in.Quarters[0].result(StdCDifficile)
			assert.Equal(t, tt.applies, applies)
			assert.Equal(t, tt.want, got)
		})
	}
}

// CQC's views feed the rating: an outstanding compliance action holds it
// at amber-red or worse (C. difficile alone, 1.0, is amber-green; with a
// compliance action, amber-red, as at Dudley); enforcement action makes it
// red; an action lifted before the quarter's end, or issued after the
// rating date, does not count.
func TestGovernanceCQCActions(t *testing.T) {
	pr := func(actions ...economy.CQCAction) *economy.Provider {
		return &economy.Provider{ID: "P", CQCActions: actions, Performance: []economy.Performance{{
			Period: quarter("2011-04-01", "2011-06-30"), CDifficileCases: nd("30"), CDifficileObjective: nd("36"),
		}, {
			Period: quarter("2011-07-01", "2011-09-30"), CDifficileCases: nd("75"), CDifficileObjective: nd("36"),
		}}}
	}
	act := func(k economy.CQCActionKind, start, end string) economy.CQCAction {
		a := economy.CQCAction{Kind: k, Start: date(start)}
		if end != "" {
			a.End = date(end)
		}
		return a
	}
	tests := []struct {
		name string
		give *economy.Provider
		want GovernanceRating
	}{
		{"C. difficile alone", pr(), GovernanceAmberGreen},
		{"with a compliance action (Dudley)", pr(act(economy.ComplianceAction, "2011-05-01", "")), GovernanceAmberRed},
		{"compliance action met before the quarter ended", pr(act(economy.ComplianceAction, "2011-05-01", "2011-09-30")), GovernanceAmberGreen},
		{"compliance action met the day after", pr(act(economy.ComplianceAction, "2011-05-01", "2011-10-01")), GovernanceAmberRed},
		{"a warning notice", pr(act(economy.WarningNotice, "2011-08-01", "")), GovernanceRed},
		{"a warning notice issued after the rating date", pr(act(economy.WarningNotice, "2011-11-01", "")), GovernanceAmberGreen},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := GovernanceInputFrom(tt.give, date("2011-10-31"), DefaultGovernanceParams())
			r, err := RateGovernance(in, DefaultGovernanceParams())
			require.NoError(t, err)
			require.True(t, r.Rated(), r.String())
			assert.Equal(t, tt.want.Score(), r.Score, r.String())
		})
	}
}

func q(from, to string, rs ...TargetResult) GovernanceQuarter {
	return GovernanceQuarter{Period: quarter(from, to), Results: rs}
}

func missed(id StandardID) TargetResult { return TargetResult{Standard: id, Result: StandardNotMet} }
func met(id StandardID) TargetResult    { return TargetResult{Standard: id, Result: StandardMet} }
func unknownT(id StandardID) TargetResult {
	return TargetResult{Standard: id, Result: StandardResultUnknown}
}

// centralManchester is Q1-Q3 2010/11: A&E missed three quarters running
// (1.0 tripled) and a cancer target missed in Q3 (1.0): 4.0, red.
func centralManchester() []GovernanceQuarter {
	return []GovernanceQuarter{
		q("2010-04-01", "2010-06-30", missed(StdAE4Hours), met(StdCancer62Day)),
		q("2010-07-01", "2010-09-30", missed(StdAE4Hours), met(StdCancer62Day)),
		q("2010-10-01", "2010-12-31", missed(StdAE4Hours), missed(StdCancer62Day)),
	}
}

func TestRateGovernanceCentralManchester(t *testing.T) {
	r, err := RateGovernance(GovernanceInput{Quarters: centralManchester()}, DefaultGovernanceParams())
	require.NoError(t, err)
	assert.Equal(t, GovernanceRed.Score(), r.Score)
	assertDec(t, "4", r.Combination.Mean)
	assertDec(t, "3", r.Metrics[0].Value)

	r, err = RateGovernance(GovernanceInput{Quarters: centralManchester(), Override: &Departure{
		To: GovernanceAmberRed.Score(), Reason: "recovery plan heard on a teleconference; no formal escalation"}}, DefaultGovernanceParams())
	require.NoError(t, err)
	assert.Equal(t, GovernanceRed.Score(), r.Score, "the computed rating stays")
	assert.Equal(t, GovernanceAmberRed.Score(), r.Published())
	assert.Equal(t, "Governance amber_red: ae_4_hours 3.0 -> not_met; cancer_62_day 1.0 -> not_met; "+
		"service performance score 4.0 -> red; Monitor judged regulator's discretion "+
		"(recovery plan heard on a teleconference; no formal escalation)", r.String())

	_, err = RateGovernance(GovernanceInput{Quarters: centralManchester(), Override: &Departure{To: GovernanceAmberRed.Score()}}, DefaultGovernanceParams())
	assert.ErrorIs(t, err, ErrNoReason)
}

func TestRateGovernanceRepeat(t *testing.T) {
	tests := []struct {
		name string
		give []GovernanceQuarter
		want GovernanceRating
		miss []string
	}{
		{"two quarters missed: not tripled", []GovernanceQuarter{
			q("2010-04-01", "2010-06-30", met(StdAE4Hours), met(StdCancer62Day)),
			q("2010-07-01", "2010-09-30", missed(StdAE4Hours), met(StdCancer62Day)),
			q("2010-10-01", "2010-12-31", missed(StdAE4Hours), missed(StdCancer62Day)),
		}, GovernanceAmberRed, nil},
		{"earlier quarters unknown: tripling possible", centralManchester()[1:], GovernanceRatingUnknown,
			[]string{"quarters before 2010-10-01.ae_4_hours"}},
		{"gap breaks the run", []GovernanceQuarter{
			q("2010-01-01", "2010-03-31", missed(StdAE4Hours)),
			q("2010-07-01", "2010-09-30", missed(StdAE4Hours)),
			q("2010-10-01", "2010-12-31", missed(StdAE4Hours)),
		}, GovernanceRatingUnknown, []string{"quarters before 2010-10-01.ae_4_hours"}},
		{"met in between", []GovernanceQuarter{
			q("2010-04-01", "2010-06-30", missed(StdAE4Hours)),
			q("2010-07-01", "2010-09-30", met(StdAE4Hours)),
			q("2010-10-01", "2010-12-31", missed(StdAE4Hours)),
		}, GovernanceAmberGreen, nil},
		{"all met", []GovernanceQuarter{q("2010-10-01", "2010-12-31", met(StdAE4Hours))}, GovernanceGreen, nil},
		{"half weights", []GovernanceQuarter{
			q("2010-04-01", "2010-06-30", met(StdCancer2WeekWait), met(StdCancer31Day)),
			q("2010-07-01", "2010-09-30", met(StdCancer2WeekWait), met(StdCancer31Day)),
			q("2010-10-01", "2010-12-31", missed(StdCancer2WeekWait), missed(StdCancer31Day)),
		}, GovernanceAmberGreen, nil},
		{"one quarter of history, a half weight missed: 0.5 or 1.5", []GovernanceQuarter{
			q("2010-10-01", "2010-12-31", missed(StdCancer2WeekWait)),
		}, GovernanceRatingUnknown, []string{"quarters before 2010-10-01.cancer_2_week_wait"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := RateGovernance(GovernanceInput{Quarters: tt.give}, DefaultGovernanceParams())
			require.NoError(t, err)
			assert.Equal(t, tt.want.Score().Value, r.Score.Value)
			assert.Equal(t, tt.miss, r.Missing)
		})
	}
}

func TestRateGovernanceUnknown(t *testing.T) {
	// An unknown 0.5 target met in the two quarters before cannot move 0.0
	// out of green; a 1.0 one can.
	r, err := RateGovernance(GovernanceInput{Quarters: []GovernanceQuarter{
		q("2010-04-01", "2010-06-30", met(StdCancer2WeekWait)),
		q("2010-07-01", "2010-09-30", met(StdCancer2WeekWait)),
		q("2010-10-01", "2010-12-31", met(StdAE4Hours), unknownT(StdCancer2WeekWait))}}, DefaultGovernanceParams())
	require.NoError(t, err)
	assert.Equal(t, Rated, r.Status)
	assert.Equal(t, GovernanceGreen.Score(), r.Score)
	assert.Equal(t, []string{"quarters[2].cancer_2_week_wait"}, r.Missing)

	r, err = RateGovernance(GovernanceInput{Quarters: []GovernanceQuarter{
		q("2010-10-01", "2010-12-31", met(StdAE4Hours), unknownT(StdCancer62Day))}}, DefaultGovernanceParams())
	require.NoError(t, err)
	assert.Equal(t, InsufficientData, r.Status)
	assert.False(t, r.Score.Known())

	r, err = RateGovernance(GovernanceInput{}, DefaultGovernanceParams())
	require.NoError(t, err)
	assert.Equal(t, []string{"quarters"}, r.Missing)
}

func perf(from, to, ae, c62 string) economy.Performance {
	p := economy.Performance{Period: quarter(from, to)}
	if ae != "" {
		p.AE4Hours = nd(ae)
	}
	if c62 != "" {
		p.Cancer62Day = nd(c62)
	}
	return p
}

func TestGovernanceMethod(t *testing.T) {
	m, ok := Lookup("monitor_governance")
	require.True(t, ok)
	assert.True(t, m.InForce(date("2008-04-01")))
	assert.False(t, m.InForce(date("2013-10-01")))
	pv := &economy.Provider{Kind: economy.KindFoundationTrust, Performance: []economy.Performance{
		perf("2010-10-01", "2010-12-31", "94", "80"),
		perf("2010-04-01", "2010-06-30", "93", "90"),
		perf("2010-07-01", "2010-09-30", "94.9", "85"),
	}}
	r := m.Rate(Input{Provider: pv, Date: date("2011-01-15")})
	assert.Equal(t, GovernanceRed.Score(), r.Score)
	// By the end of Q2, A&E was missed twice and the quarter before Q1 is
	// not known: 1.0 or, tripled, 3.0.
	r = m.Rate(Input{Provider: pv, Date: date("2010-09-30")})
	assert.Equal(t, InsufficientData, r.Status)
	r = m.Rate(Input{Provider: pv, Date: date("2010-06-29")})
	assert.Equal(t, []string{"performance"}, r.Missing)
}

func TestGovernanceParamsValidate(t *testing.T) {
	p := DefaultGovernanceParams()
	p.RepeatQuarters = -1 // 0 would mean the default
	_, err := RateGovernance(GovernanceInput{Quarters: centralManchester()}, p)
	assert.Error(t, err)
	p = DefaultGovernanceParams()
	p.Targets[0].Weight = dec("-1")
	_, err = RateGovernance(GovernanceInput{Quarters: centralManchester()}, p)
	assert.Error(t, err)
}

func TestRateServices(t *testing.T) {
	tests := []struct {
		name    string
		give    ServicesInput
		want    ServicesRating
		missing []string
	}{
		{"failing", ServicesInput{FailingToProvide: bp(true)}, ServicesRed, nil},
		{"at risk", ServicesInput{FailingToProvide: bp(false), AtRisk: bp(true)}, ServicesAmber, nil},
		{"neither", ServicesInput{FailingToProvide: bp(false), AtRisk: bp(false)}, ServicesGreen, nil},
		{"failing unknown", ServicesInput{AtRisk: bp(false)}, ServicesRatingUnknown, []string{"failing_to_provide"}},
		{"risk unknown", ServicesInput{FailingToProvide: bp(false)}, ServicesRatingUnknown, []string{"at_risk"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := RateServices(tt.give)
			require.NoError(t, err)
			assert.Equal(t, tt.want.Score().Value, r.Score.Value)
			assert.Equal(t, tt.missing, r.Missing)
		})
	}
	_, err := RateServices(ServicesInput{Override: &Departure{To: ServicesAmber.Score()}})
	assert.ErrorIs(t, err, ErrNoReason)
}

func TestServicesMethod(t *testing.T) {
	m, ok := Lookup("monitor_mandatory_services")
	require.True(t, ok)
	assert.True(t, m.InForce(date("2010-12-31")))
	assert.False(t, m.InForce(date("2011-01-01")))
	pv := &economy.Provider{Kind: economy.KindFoundationTrust}
	r := m.Rate(Input{Provider: pv, Date: date("2009-06-30")})
	assert.Equal(t, InsufficientData, r.Status)
	pv.Governance.Breaches = []economy.Breach{{Condition: MandatoryServicesCondition, Status: economy.BreachSuspected, Date: date("2009-01-01")}}
	r = m.Rate(Input{Provider: pv, Date: date("2009-06-30")})
	assert.Equal(t, ServicesAmber.Score(), r.Score)
	pv.Governance.Breaches = append(pv.Governance.Breaches, economy.Breach{Condition: MandatoryServicesCondition, Status: economy.BreachFound, Date: date("2009-03-01")})
	r = m.Rate(Input{Provider: pv, Date: date("2009-06-30")})
	assert.Equal(t, ServicesRed.Score(), r.Score)
}
