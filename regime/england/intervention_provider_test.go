package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func provFramework(t testing.TB, id string, overrides ...regime.Setting) *regime.Framework {
	t.Helper()
	f, err := england.FrameworkByID(id)
	require.NoError(t, err)
	if len(overrides) > 0 {
		f, err = f.With(overrides...)
		require.NoError(t, err)
	}
	return f
}

func provResult(t *testing.T, f *regime.Framework, p *economy.Provider, date string) (regime.Decision, economy.Regime) {
	t.Helper()
	dec, err := f.Decide(regime.NewEnv(nil, provDate(date)), england.ProviderIntervention, regime.ProviderSubject(p))
	require.NoError(t, err)
	r, _ := dec.Ruling()
	return dec, r.Regime
}

// Under the 2022/23 framework a trust with no support needs recorded is in
// the default segment 2; the mandated-support threshold is tested at,
// above and below it.
func TestMandatedSegmentBoundary(t *testing.T) {
	trust := &economy.Provider{ID: "RXX", Kind: economy.KindNHSTrust}
	tests := []struct {
		give int
		want economy.Regime
	}{
		{1, economy.MandatedSupport},
		{2, economy.MandatedSupport},
		{3, economy.RoutineOversight},
	}
	for _, tt := range tests {
		f := provFramework(t, "nof2022", regime.Set("provider.mandated_segment_min", tt.give))
		_, got := provResult(t, f, trust, "2023-06-01")
		assert.Equal(t, tt.want, got, "mandated_segment_min=%d", tt.give)
	}
	// Recovery support (segment 4) likewise.
	for _, tt := range []struct {
		give int
		want economy.Regime
	}{{1, economy.RecoverySupportProgramme}, {2, economy.RecoverySupportProgramme}, {3, economy.RoutineOversight}} {
		f := provFramework(t, "nof2022", regime.Set("provider.recovery_segment_min", tt.give))
		_, got := provResult(t, f, trust, "2023-06-01")
		assert.Equal(t, tt.want, got, "recovery_segment_min=%d", tt.give)
	}
	// A recovery support spell puts the trust in segment 4.
	rsp := &economy.Provider{ID: "RYY", Kind: economy.KindNHSTrust, Governance: economy.Governance{Spells: []economy.Spell{
		{Regime: economy.RecoverySupportProgramme, Start: provDate("2022-01-01")}}}}
	_, got := provResult(t, provFramework(t, "nof2022"), rsp, "2023-06-01")
	assert.Equal(t, economy.RecoverySupportProgramme, got)
}

func inspected(published string, r economy.KeyQuestionRatings) *economy.Provider {
	return &economy.Provider{ID: "RQQ", Kind: economy.KindFoundationTrust,
		Inspections: []economy.Inspection{{Scope: economy.ScopeProvider, Published: provDate(published), Ratings: r}}}
}

// CQC's test: at least two key questions inadequate, one of them
// well-led; the count is tested at, above and below the parameter.
func TestQualitySMInadequateBoundary(t *testing.T) {
	I, G, RI := economy.Inadequate, economy.Good, economy.RequiresImprovement
	tests := []struct {
		name string
		give economy.KeyQuestionRatings
		want regime.Verdict
	}{
		{"one inadequate (well-led)", economy.KeyQuestionRatings{Safe: G, Effective: G, Caring: G, Responsive: RI, WellLed: I}, regime.NotMet},
		{"two inadequate with well-led", economy.KeyQuestionRatings{Safe: I, Effective: G, Caring: G, Responsive: RI, WellLed: I}, regime.Met},
		{"three inadequate with well-led", economy.KeyQuestionRatings{Safe: I, Effective: I, Caring: G, Responsive: RI, WellLed: I}, regime.Met},
		{"three inadequate, well-led not", economy.KeyQuestionRatings{Safe: I, Effective: I, Caring: G, Responsive: I, WellLed: RI}, regime.NotMet},
		{"well-led unknown", economy.KeyQuestionRatings{Safe: I, Effective: I, Caring: G, Responsive: G}, regime.Unknown},
		{"well-led inadequate, others unknown", economy.KeyQuestionRatings{WellLed: I}, regime.Unknown},
		{"well-led good, others unknown", economy.KeyQuestionRatings{WellLed: G}, regime.NotMet},
	}
	f := provFramework(t, "fsrr2015")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec, _ := provResult(t, f, inspected("2015-06-01", tt.give), "2015-09-01")
			var qsm regime.Outcome
			for _, o := range dec.Outcome.Children {
				if o.ID == "quality_special_measures" {
					qsm = o
				}
			}
			assert.Equal(t, tt.want, qsm.Verdict, qsm.Reason)
		})
	}
	// Raising the parameter to 3 turns the two-inadequate case down.
	f3 := provFramework(t, "fsrr2015", regime.Set("provider.qsm_inadequate_min", 3))
	dec, _ := provResult(t, f3, inspected("2015-06-01", tests[1].give), "2015-09-01")
	assert.Equal(t, regime.NotMet, dec.Outcome.Children[1].Verdict)
}

// Key-question ratings not given: a published overall rating better than
// inadequate rules out two inadequate key questions under CQC's ratings
// principles (How we determine your aggregated ratings: NHS trusts,
// cqc.org.uk), unless the interpretation is switched off; an overall
// rating of inadequate leaves the test open.
func TestQualitySMOverallBounds(t *testing.T) {
	trust := func(overall economy.CQCRating) *economy.Provider {
		p := inspected("2015-06-01", economy.KeyQuestionRatings{})
		p.Inspections[0].Overall = overall
		return p
	}
	qsm := func(f *regime.Framework, p *economy.Provider) regime.Outcome {
		dec, _ := provResult(t, f, p, "2015-09-01")
		o, ok := dec.Node("quality_special_measures")
		require.True(t, ok)
		return o
	}
	on, off := provFramework(t, "fsrr2015"), provFramework(t, "fsrr2015", regime.Set("provider.qsm_overall_bounds_key_questions", false))
	assert.Equal(t, regime.NotMet, qsm(on, trust(economy.RequiresImprovement)).Verdict)
	assert.Equal(t, regime.NotMet, qsm(on, trust(economy.Good)).Verdict)
	assert.Equal(t, regime.Unknown, qsm(on, trust(economy.Inadequate)).Verdict, "inadequate overall: two inadequate key questions are possible")
	assert.Equal(t, regime.Unknown, qsm(on, trust(economy.CQCRatingUnknown)).Verdict)
	assert.Equal(t, regime.Unknown, qsm(off, trust(economy.RequiresImprovement)).Verdict, "switched off: the key questions are needed")
}

// A trust with no trust-level report yet: Unknown unless its record of
// inspections is complete, when it had simply not been rated.
func TestQualitySMNotYetRated(t *testing.T) {
	f := provFramework(t, "fsrr2015")
	p := &economy.Provider{ID: "RNR", Kind: economy.KindNHSTrust}
	dec, _ := provResult(t, f, p, "2015-09-01")
	o, _ := dec.Node("quality_special_measures")
	assert.Equal(t, regime.Unknown, o.Verdict)
	p.InspectionsComplete = true
	dec, _ = provResult(t, f, p, "2015-09-01")
	o, _ = dec.Node("quality_special_measures")
	assert.Equal(t, regime.NotMet, o.Verdict)
	assert.Contains(t, o.Children[1].Reason, "no trust-level CQC report published by 2015-09-01")
	// A first report published later is not yet seen.
	p.Inspections = []economy.Inspection{{Scope: economy.ScopeProvider, Published: provDate("2016-01-10"), Overall: economy.Inadequate}}
	dec, _ = provResult(t, f, p, "2015-09-01")
	o, _ = dec.Node("quality_special_measures")
	assert.Equal(t, regime.NotMet, o.Verdict)
}

// A pending inspection gives a scenario per outcome.
func TestQualitySMPending(t *testing.T) {
	p := &economy.Provider{ID: "RPP", Kind: economy.KindNHSTrust, Inspections: []economy.Inspection{
		{Scope: economy.ScopeProvider, Started: provDate("2018-01-10"), Pending: true}}}
	dec, _ := provResult(t, provFramework(t, "sof2016"), p, "2018-02-01")
	assert.Equal(t, regime.Unknown, dec.Verdict)
	require.NotEmpty(t, dec.Scenarios)
	found := false
	for _, sc := range dec.Scenarios {
		if sc.Assume[0].Value == "special_measures" && len(sc.Chosen) > 0 {
			found = sc.Chosen[0].Regime == economy.QualitySpecialMeasures
		}
	}
	assert.True(t, found, "one scenario places the trust in quality special measures")
}

// The control total shortfall is tested at, above and below the tolerance.
func TestFinancialSMToleranceBoundary(t *testing.T) {
	trust := func(forecast string) *economy.Provider {
		return &economy.Provider{ID: "RFF", Kind: economy.KindNHSTrust, Accounts: []economy.Accounts{{
			Period: economy.FinancialYear(2016), ControlTotal: decimal.NewNullDecimal(decimal.RequireFromString("-1000")),
			ControlTotalEvents: []economy.ControlTotalEvent{{Date: provDate("2016-04-01"), Status: economy.ControlTotalAccepted}},
			ForecastSurplus:    decimal.NewNullDecimal(decimal.RequireFromString(forecast))}}}
	}
	f := provFramework(t, "fsm2016", regime.Set("provider.fsm_control_total_tolerance", decimal.RequireFromString("100")))
	tests := []struct {
		give string
		want regime.Verdict
	}{
		{"-1099.99", regime.NotMet}, // within tolerance
		{"-1100", regime.NotMet},    // exactly at it
		{"-1100.01", regime.Met},    // beyond it
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			dec, _ := provResult(t, f, trust(tt.give), "2016-08-01")
			var fsm regime.Outcome
			for _, o := range dec.Outcome.Children {
				if o.ID == "financial_special_measures" {
					fsm = o
				}
			}
			assert.Equal(t, tt.want, fsm.Verdict, fsm.Reason)
		})
	}
}

// Every edition builds a provider rule set whose entries are in ladder
// order, and Eval agrees with Explain on the cases.
func TestProviderLadderOrder(t *testing.T) {
	fs, err := england.Frameworks()
	require.NoError(t, err)
	for _, f := range fs {
		rs, ok := f.RuleSet(england.ProviderIntervention)
		require.True(t, ok, f.ID())
		prev := economy.Intensity(255)
		for _, e := range rs.Entries() {
			assert.LessOrEqual(t, e.Decides.Intensity, prev, "%s: %s", f.ID(), e.Rule.Info().ID)
			prev = e.Decides.Intensity
		}
	}
}

// A catastrophic failure recorded (HSJ's account) makes entry to the
// Provider Improvement Programme a question for the region under 2025/26,
// even when the peer group cannot be scored: the decision is unknown
// until it is answered, then follows the answer.
func TestSegment5Catastrophic(t *testing.T) {
	yes := true
	p := &economy.Provider{ID: "RCF", Kind: economy.KindNHSTrust, Governance: economy.Governance{CatastrophicFailure: &yes}}
	f := provFramework(t, "nof2025")
	e := &economy.Economy{ID: "E", Providers: []economy.Provider{*p}}
	d, err := f.Decide(regime.NewEnv(e, provDate("2025-09-01")), england.ProviderIntervention, regime.ProviderSubject(&e.Providers[0]))
	require.NoError(t, err)
	assert.Equal(t, regime.Unknown, d.Verdict, d.Text())
	require.NotEmpty(t, d.Scenarios)
	env := regime.NewEnv(e, provDate("2025-09-01")).Assuming(regime.Assumption{Name: england.RegionEntersPIPFact + ":RCF", Value: "yes"})
	d, err = f.Decide(env, england.ProviderIntervention, regime.ProviderSubject(&e.Providers[0]))
	require.NoError(t, err)
	r, ok := d.Ruling()
	require.True(t, ok, d.Text())
	assert.Equal(t, economy.ProviderImprovementProgramme, r.Regime)
}

// A report that records no recommendation of special measures decides
// over two inadequate key questions including well-led, unless
// provider.qsm_recommendation_decides is switched off; either way the
// decision says which (CQC, Special measures: NHS trusts: the ratings
// "and/or" the Chief Inspector's recommendation).
func TestQualitySMRecommendationDecides(t *testing.T) {
	I, G := economy.Inadequate, economy.Good
	p := inspected("2015-06-01", economy.KeyQuestionRatings{Safe: I, Effective: G, Caring: G, Responsive: G, WellLed: I})
	no := false
	p.Inspections[0].RecommendsSpecialMeasures = &no
	qsm := func(f *regime.Framework) regime.Outcome {
		dec, _ := provResult(t, f, p, "2015-09-01")
		o, ok := dec.Node("quality_sm_criteria")
		require.True(t, ok)
		return o
	}
	on := qsm(provFramework(t, "fsrr2015"))
	assert.Equal(t, regime.NotMet, on.Verdict)
	assert.Contains(t, on.Reason, "did not recommend special measures, which decides over the ratings")
	off := qsm(provFramework(t, "fsrr2015", regime.Set("provider.qsm_recommendation_decides", false)))
	assert.Equal(t, regime.Met, off.Verdict, "the ratings test then applies: two inadequate with well-led")
	p.Inspections[0].RecommendsSpecialMeasures = nil
	assert.Equal(t, regime.Met, qsm(provFramework(t, "fsrr2015")).Verdict, "no recommendation recorded: the ratings decide")
}
