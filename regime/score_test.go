package regime_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// scoredFramework has one rule set of one entry that is always met, whose
// score is x.
func scoredFramework(t *testing.T, x regime.Number) *regime.Framework {
	t.Helper()
	set, err := regime.NewRuleSet(regime.RuleSetSpec{
		ID: "flags", Title: "flags", Policy: regime.Collect, AppliesTo: regime.KindsOf(regime.SubjectProvider), Citation: testCite,
		Entries: []regime.Entry{{Priority: 1, Rule: regime.Const("always", regime.Met), Decides: regime.Ruling{Code: "flag", Text: "a flag"}}},
		Score:   x,
	})
	require.NoError(t, err)
	f, err := regime.NewFramework(regime.FrameworkSpec{ID: "scored", Name: "Scored", From: day, RuleSets: []*regime.RuleSet{set}})
	require.NoError(t, err)
	return f
}

func decideScored(t *testing.T, f *regime.Framework) regime.Decision {
	t.Helper()
	d, err := f.Decide(regime.NewEnv(&economy.Economy{}, day), "flags", regime.ProviderSubject(&economy.Provider{ID: "P", Name: "P"}))
	require.NoError(t, err)
	return d
}

func TestRuleSetScore(t *testing.T) {
	for _, c := range []struct {
		name  string
		x     regime.Number
		value string
		known bool
	}{
		{"a whole number", regime.Ceil(regime.Mean(repeat(7, 3)...)), "3", true},
		{"a fraction, exact", regime.Mean(repeat(7, 3)...), "7/3", true},
		{"a negative fraction", regime.Mean(repeat(-7, 3)...), "-7/3", true},
		{"unknown for want of a fact", unknownNum(), "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := decideScored(t, scoredFramework(t, c.x))
			require.NotNil(t, d.Score)
			assert.Equal(t, c.value, d.Score.Value)
			v, ok := d.Score.Num()
			assert.Equal(t, c.known, ok)
			if c.known {
				assert.Equal(t, c.value, v.Exact())
				assert.Equal(t, regime.Met, d.Score.Outcome.Verdict)
			} else {
				assert.Equal(t, regime.Unknown, d.Score.Outcome.Verdict)
			}
			assert.Equal(t, regime.Met, d.Verdict, "the score does not change the ruling")
			assert.Contains(t, d.Text(), "\nScore:\n  ")

			b, err := json.Marshal(d)
			require.NoError(t, err)
			var back regime.Decision
			require.NoError(t, json.Unmarshal(b, &back))
			assert.True(t, d.Equal(back), "the score round-trips")
		})
	}
}

func TestRuleSetWithoutScore(t *testing.T) {
	d := decideScored(t, scoredFramework(t, nil))
	assert.Nil(t, d.Score)
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"score"`)
	assert.NotContains(t, d.Text(), "Score:")
}

func TestRuleSetScoreRefused(t *testing.T) {
	_, err := regime.NewRuleSet(regime.RuleSetSpec{
		ID: "flags", Policy: regime.Collect, AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{{Priority: 1, Rule: regime.Const("always", regime.Met), Decides: regime.Ruling{Code: "flag"}}},
		Score:   regime.Mean(), // a mean of nothing
	})
	require.Error(t, err)
	assert.True(t, errors.Is(err, regime.ErrInvalidRule), "%v", err)
	assert.Contains(t, err.Error(), "score")
}

func TestRuleSetScoreInHash(t *testing.T) {
	a := scoredFramework(t, fixedNum(1))
	b := scoredFramework(t, fixedNum(2))
	none := scoredFramework(t, nil)
	assert.NotEqual(t, a.Hash(), b.Hash())
	assert.NotEqual(t, a.Hash(), none.Hash())
}

func TestDecisionScoreJSONRefused(t *testing.T) {
	d := decideScored(t, scoredFramework(t, fixedNum(3)))
	for _, bad := range []string{"three", "1/0", "1/-2", "7/"} {
		d.Score.Value = bad
		b, err := json.Marshal(d)
		require.NoError(t, err)
		var back regime.Decision
		err = json.Unmarshal(b, &back)
		assert.ErrorIs(t, err, regime.ErrInvalidInput, bad)
	}
}

func TestNumExact(t *testing.T) {
	for _, c := range []struct {
		num, den int64
		want     string
	}{{3, 1, "3"}, {7, 3, "7/3"}, {-7, 3, "-7/3"}, {6, 4, "3/2"}, {0, 5, "0"}} {
		x, ok := numValue(t, regime.Mean(repeat(c.num, c.den)...))
		require.True(t, ok)
		assert.Equal(t, c.want, x.Exact())
	}
}
