package regime_test

import (
	"encoding/json"
	"testing"

	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/require"
)

// sharedSet builds a rule set whose entries reuse the rules a and b (so
// that the compiled verdict path and the explain memo have shared nodes
// to work on) and, when twin is set, the same set built from separate but
// identical copies instead, which shares nothing.
func sharedSet(t *testing.T, data []byte, policy regime.Policy, twin bool) *regime.RuleSet {
	t.Helper()
	build := func() (regime.Rule, regime.Rule) {
		tr := &treeReader{data: data}
		a, _ := tr.rule(0)
		b, _ := tr.rule(0)
		return regime.Named("a", "rule a", testCite, a), regime.Named("b", "rule b", testCite, b)
	}
	a, b := build()
	a2, b2, a3 := a, b, a
	if twin {
		a2, b2 = build()
		a3, _ = build()
	}
	entries := []regime.Entry{
		{Priority: 1, Rule: regime.Named("e1", "", testCite, regime.All(a, regime.Not(b))), Decides: regime.Ruling{Code: "one"}},
		{Priority: 2, Rule: regime.Named("e2", "", testCite, regime.Any(b2, regime.Not(a2))), Decides: regime.Ruling{Code: "two"}},
		{Priority: 3, Rule: regime.Named("e3", "", testCite, regime.AtLeast(1, a3, regime.CompareNumber("n", "count", regime.CountMet(a3, b2), regime.GE, regime.FixedInt(1), "", testCite))), Decides: regime.Ruling{Code: "three"}},
	}
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "s", Policy: policy, AppliesTo: regime.KindsOf(regime.SubjectProvider), Entries: entries})
	if err != nil {
		t.Skip("a tree with a construction error is refused: nothing to compare")
	}
	return rs
}

// FuzzCompiledPathsAgree: a rule set with shared rules answers as the
// same set built without sharing, on the verdict path (which runs the
// compiled program for the first and walks the trees for the second) and
// in its decision's JSON (which the explain memo builds for the first).
func FuzzCompiledPathsAgree(f *testing.F) {
	f.Add([]byte{1, 2, 0, 1, 0, 2, 0, 0})
	f.Add([]byte{4, 3, 3, 0, 1, 0, 0, 0, 1, 2, 0})
	f.Add([]byte{3, 5, 2, 2, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, policy := range []regime.Policy{regime.First, regime.Collect} {
			shared, twin := sharedSet(t, data, policy, false), sharedSet(t, data, policy, true)
			env := regime.Env{}
			var s regime.Subject
			r1, v1 := shared.Match(&env, s)
			r2, v2 := twin.Match(&env, s)
			if r1 != r2 || v1 != v2 {
				t.Fatalf("%s: shared %v %s, unshared %v %s", policy, r1, v1, r2, v2)
			}
			m1, _ := shared.AppendMatches(nil, &env, s)
			m2, _ := twin.AppendMatches(nil, &env, s)
			require.Equal(t, m2, m1)

			decide := func(rs *regime.RuleSet) []byte {
				fw, err := regime.NewFramework(regime.FrameworkSpec{ID: "f", Name: "F", From: day, RuleSets: []*regime.RuleSet{rs}})
				require.NoError(t, err)
				d, err := fw.Decide(regime.NewEnv(testEconomy(), day), "s", regime.ProviderSubject(&testEconomy().Providers[0]))
				require.NoError(t, err)
				d.Framework.Hash = "" // the two frameworks are built from different rule values
				j, err := json.Marshal(d)
				require.NoError(t, err)
				return j
			}
			require.JSONEq(t, string(decide(twin)), string(decide(shared)))
		}
	})
}

// TestCompiledPathWithManySharedRules runs a program with more shared
// rules than the stack memo holds (so its memo comes from the pool) from
// several goroutines, against the trees walked directly.
func TestCompiledPathWithManySharedRules(t *testing.T) {
	var leaves []regime.Rule
	for i := range 24 {
		v := regime.NotMet
		if i%5 == 0 {
			v = regime.Met
		}
		leaves = append(leaves, regime.Named("l"+string(rune('a'+i)), "", testCite, regime.All(regime.Const("c", v))))
	}
	var entries []regime.Entry
	for i := range 4 {
		entries = append(entries, regime.Entry{Priority: i, Rule: regime.Named("e"+string(rune('a'+i)), "", testCite,
			regime.AtLeast(2+i, leaves...)), Decides: regime.Ruling{Code: "c" + string(rune('a'+i))}})
	}
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "s", Policy: regime.Collect, AppliesTo: regime.KindsOf(regime.SubjectProvider), Entries: entries})
	require.NoError(t, err)
	env := regime.Env{}
	var want []regime.Ruling
	for _, e := range rs.Entries() {
		if e.Rule.Eval(&env, regime.Subject{}) == regime.Met {
			want = append(want, e.Decides)
		}
	}
	done := make(chan []regime.Ruling)
	for range 4 {
		go func() {
			var got []regime.Ruling
			for range 200 {
				got, _ = rs.AppendMatches(got[:0], &env, regime.Subject{})
			}
			done <- got
		}()
	}
	for range 4 {
		require.Equal(t, want, <-done)
	}
}
