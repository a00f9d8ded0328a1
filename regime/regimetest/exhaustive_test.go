package regimetest_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/regimetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExhaustive(t *testing.T) {
	prov := regime.KindsOf(regime.SubjectProvider)
	// unrated reads the overall rating, which the domain never sets: it
	// is always Unknown.
	unrated := regime.In("overall", "overall rating", func(*regime.Env, regime.Subject) (economy.CQCRating, bool) {
		return economy.CQCRatingUnknown, false
	}, cite, economy.Inadequate)
	// impossible asks well-led to be inadequate and outstanding at once.
	impossible := regime.Named("impossible", "inadequate and outstanding", cite, regime.All(
		inadequate(economy.WellLed),
		regime.In("well_led_outstanding", "well-led rating", rated(economy.WellLed), cite, economy.Outstanding),
	))
	tests := []struct {
		name  string
		rs    *regime.RuleSet
		check func(t *testing.T, r *regimetest.ExhaustiveReport)
	}{
		{"sound", qualitySet(), func(t *testing.T, r *regimetest.ExhaustiveReport) {
			assert.True(t, r.OK(), r.String())
			assert.Equal(t, 1024, r.Combinations)
			assert.Empty(t, r.Gaps)
			// The catch-all overlaps every other match: all but the 2^5
			// combinations of outstanding and good.
			assert.Len(t, r.Overlaps, 1024-32)
			assert.Equal(t, []string{"outstanding", "outstanding", "outstanding", "outstanding", "requires_improvement"}, r.Overlaps[0].Values)
			assert.Equal(t, []string{"concerns", "otherwise"}, r.Overlaps[0].Entries)
			// Quality special measures: well-led inadequate and at least
			// one of the other four inadequate: 4^4 - 3^4 = 175.
			assert.Equal(t, 175, r.Entries[0].Chosen)
			assert.Equal(t, 1024-32-175, r.Entries[1].Chosen)
			assert.Equal(t, 32, r.Entries[2].Chosen)
		}},
		{"gap without a catch-all", mustRuleSet(regime.RuleSetSpec{ID: "gappy", Policy: regime.First, AppliesTo: prov, Entries: []regime.Entry{
			{Priority: 1, Rule: qualitySM(), Decides: regime.Ruling{Regime: economy.QualitySpecialMeasures}},
		}}), func(t *testing.T, r *regimetest.ExhaustiveReport) {
			assert.False(t, r.OK())
			assert.Len(t, r.Gaps, 1024-175)
			assert.Equal(t, regime.NotMet, r.Gaps[0].Verdict)
			assert.Equal(t, []string{"outstanding", "outstanding", "outstanding", "outstanding", "outstanding"}, r.Gaps[0].Values)
		}},
		{"tie under collect", mustRuleSet(regime.RuleSetSpec{ID: "flags", Policy: regime.Collect, AppliesTo: prov, Entries: []regime.Entry{
			{Priority: 1, Rule: regime.Named("safety", "safety concern", cite, inadequate(economy.Safe)), Decides: regime.Ruling{Code: "safety"}},
			{Priority: 1, Rule: regime.Named("leadership", "leadership concern", cite, inadequate(economy.WellLed)), Decides: regime.Ruling{Code: "leadership"}},
			{Priority: 2, Rule: otherwise(), Decides: regime.Ruling{Code: "noted"}},
		}}), func(t *testing.T, r *regimetest.ExhaustiveReport) {
			assert.False(t, r.OK())
			assert.Len(t, r.Ties, 64, "safe and well-led both inadequate, the rest free")
			assert.Equal(t, []string{"safety", "leadership", "otherwise"}, r.Ties[0].Entries)
			assert.Empty(t, r.Overlaps, "overlaps are for First")
		}},
		{"unreachable and shadowed", mustRuleSet(regime.RuleSetSpec{ID: "dead", Policy: regime.First, AppliesTo: prov, Entries: []regime.Entry{
			{Priority: 1, Rule: otherwise(), Decides: regime.Ruling{Regime: economy.RoutineOversight}},
			{Priority: 2, Rule: impossible, Decides: regime.Ruling{Regime: economy.QualitySpecialMeasures}},
			{Priority: 3, Rule: concerns(), Decides: regime.Ruling{Regime: economy.EnhancedMonitoring}},
		}}), func(t *testing.T, r *regimetest.ExhaustiveReport) {
			assert.Equal(t, []string{"impossible"}, r.Unreachable)
			assert.Equal(t, []string{"concerns"}, r.Shadowed)
			assert.Empty(t, r.Gaps)
		}},
		{"unknown", mustRuleSet(regime.RuleSetSpec{ID: "unknowing", Policy: regime.First, AppliesTo: prov, Entries: []regime.Entry{
			{Priority: 1, Rule: unrated, Decides: regime.Ruling{Regime: economy.QualitySpecialMeasures}},
			{Priority: 2, Rule: otherwise(), Decides: regime.Ruling{Regime: economy.RoutineOversight}},
		}}), func(t *testing.T, r *regimetest.ExhaustiveReport) {
			require.Len(t, r.Unknown, 1024)
			assert.Equal(t, []string{"overall"}, r.Unknown[0].Entries)
			assert.Equal(t, regime.Unknown, r.Unknown[0].Verdict)
			assert.Equal(t, []string{"overall"}, r.Unreachable)
			assert.Empty(t, r.Gaps, "otherwise matched, though the set could not decide")
			assert.Contains(t, r.String(), "unknown: 1024\n  safe=outstanding effective=outstanding caring=outstanding responsive=outstanding well_led=outstanding -> unknown: overall\n")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := regimetest.Exhaustive(tt.rs, ratingsDomain())
			require.NoError(t, err)
			tt.check(t, r)
		})
	}
}

func TestExhaustiveIn(t *testing.T) {
	r, err := regimetest.ExhaustiveIn(testFramework(), "quality", ratingsDomain())
	require.NoError(t, err)
	assert.True(t, r.OK(), r.String())

	_, err = regimetest.ExhaustiveIn(testFramework(), "nope", ratingsDomain())
	assert.ErrorIs(t, err, regime.ErrUnknownRuleSet)
}

func TestExhaustiveDomainErrors(t *testing.T) {
	good := ratingsDomain()
	tests := []struct {
		name   string
		change func(d *regimetest.Domain)
		want   string
	}{
		{"no template", func(d *regimetest.Domain) { d.Template = nil }, "no template"},
		{"no date", func(d *regimetest.Domain) { d.Date = economy.Date{} }, "no decision date"},
		{"empty dimension", func(d *regimetest.Domain) { d.Dimensions = append(d.Dimensions, regimetest.Dimension{Name: "x"}) }, "(x) has no values"},
		{"no apply", func(d *regimetest.Domain) {
			d.Dimensions = append(d.Dimensions, regimetest.Dimension{Name: "y", Values: []string{"a"}})
		}, "(y) has no Apply"},
		{"too big", func(d *regimetest.Domain) {
			d.Dimensions = append(d.Dimensions, regimetest.CQCKeyQuestions(func(*economy.Economy) *economy.KeyQuestionRatings { return nil })...)
			d.Dimensions = append(d.Dimensions, regimetest.CQCKeyQuestions(func(*economy.Economy) *economy.KeyQuestionRatings { return nil })...)
		}, "more than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := good
			d.Dimensions = append([]regimetest.Dimension(nil), good.Dimensions...)
			tt.change(&d)
			_, err := regimetest.Exhaustive(qualitySet(), d)
			assert.ErrorContains(t, err, tt.want)
		})
	}
	_, err := regimetest.Exhaustive(nil, good)
	assert.ErrorContains(t, err, "nil rule set")
}

func BenchmarkExhaustive(b *testing.B) {
	rs, d := qualitySet(), ratingsDomain()
	b.ReportAllocs()
	for range b.N {
		if _, err := regimetest.Exhaustive(rs, d); err != nil {
			b.Fatal(err)
		}
	}
}
