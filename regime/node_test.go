package regime_test

import (
	"testing"

	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOutcomeNode(t *testing.T) {
	tree := regime.Outcome{ID: "root", Kind: "rule_set", Children: []regime.Outcome{
		{ID: "a", Kind: "all", Verdict: regime.NotMet, Children: []regime.Outcome{
			{Kind: "any", Children: []regime.Outcome{{ID: "shared", Reason: "first, deep"}}},
			{ID: "a1", Reason: "a1"},
		}},
		{ID: "shared", Reason: "second, shallow"},
		{ID: "b", Verdict: regime.Met},
	}}
	tests := []struct {
		name       string
		id         string
		wantOK     bool
		wantReason string
		wantID     string
	}{
		{"the root itself", "root", true, "", "root"},
		{"an entry", "b", true, "", "b"},
		{"a condition inside an entry", "a1", true, "a1", "a1"},
		{"depth first: the first in declared order, however deep", "shared", true, "first, deep", "shared"},
		{"no such id", "nope", false, "", ""},
		{"the empty id names nothing, not an anonymous node", "", false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tree.Node(tt.id)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.wantID, got.ID)
			assert.Equal(t, tt.wantReason, got.Reason)
		})
	}
}

func TestDecisionNodeAndWhyNot(t *testing.T) {
	fx := newFixture()
	e := testEconomy()
	d, err := fx.fw.Decide(regime.NewEnv(e, day), "system", regime.EconomySubject(e))
	require.NoError(t, err)
	tests := []struct {
		name        string
		id          string
		wantOK      bool
		wantVerdict regime.Verdict
		wantWhyNot  []string // finding ids; nil for a Met node
	}{
		{"the rule set", "system", true, regime.Met, nil},
		{"an entry that did not match", "success_regime", true, regime.NotMet, []string{"failing"}},
		{"a condition inside it", "failing", true, regime.NotMet, []string{"failing"}},
		{"the entry that matched", "otherwise", true, regime.Met, nil},
		{"no such node", "quality_sm", false, regime.Unknown, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, ok := d.Node(tt.id)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.wantVerdict, o.Verdict)
			why, ok := d.WhyNot(tt.id)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.wantWhyNot, ids(why))
			if len(why) > 0 {
				assert.Equal(t, o.WhyNot(), why, "the same findings as the node's own WhyNot")
				assert.Equal(t, o.Title, why[0].Path[0], "paths start at the node asked for")
			}
		})
	}
}
