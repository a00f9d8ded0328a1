package regimetest_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/failregime/failregime/regime/regimetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeTB records what Run tells it, subtest by subtest.
type fakeTB struct {
	name         string
	errors, logs []string
	skips        []string
	subtests     []*fakeTB
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}
func (f *fakeTB) Logf(format string, args ...any) {
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}
func (f *fakeTB) Skipf(format string, args ...any) {
	f.skips = append(f.skips, fmt.Sprintf(format, args...))
}
func (f *fakeTB) Run(name string, fn func(regimetest.TB)) bool {
	sub := &fakeTB{name: name}
	f.subtests = append(f.subtests, sub)
	fn(sub)
	return len(sub.errors) == 0
}

func runSuite(t *testing.T, body string, opts ...regimetest.Option) *fakeTB {
	t.Helper()
	cs, err := load(map[string]string{"suite.json": body}, laterFramework())
	require.NoError(t, err)
	tb := &fakeTB{}
	regimetest.RunTB(tb, cs, opts...)
	return tb
}

func TestRunPasses(t *testing.T) {
	tb := runSuite(t, suite(`"expect": {"framework": "test2015", "kinds": ["provider"], "decisions": [{"subject": "RA1", "rule_set": "quality",
		"verdict": "met", "regime": "quality_special_measures", "intensity": "special", "entries": ["quality_sm"],
		"reasons": ["well_led rating is inadequate"], "why_not": []}]}`))
	require.Len(t, tb.subtests, 1)
	assert.Equal(t, "suite/c", tb.subtests[0].name)
	assert.Empty(t, tb.subtests[0].errors)
}

func TestRunFailureShowsTheDecision(t *testing.T) {
	tb := runSuite(t, suite(`"expect": {"decisions": [{"subject": "RA1", "rule_set": "quality",
		"verdict": "met", "regime": "enhanced_monitoring", "code": "", "entries": ["concerns"], "reasons": ["no such reason"], "why_not": ["caring"]}]}`))
	sub := tb.subtests[0]
	require.Len(t, sub.errors, 1)
	msg := sub.errors[0]
	for _, want := range []string{
		`suite.json:3: case "c", cases[0].expect.decisions[0]: the decision of quality about provider RA1 differs`,
		"  - regime: enhanced_monitoring\n  + regime: quality_special_measures\n",
		"  - entries: concerns\n  + entries: quality_sm\n",
		"  - reason: no such reason\n  + reason: (not found)\n",
		"    verdict: met\n", "    code: \n",
		"the decision it got:\n",
		"quality special measures: all 2 conditions met", // from Decision.Text
	} {
		assert.Contains(t, msg, want)
	}
	assert.Contains(t, msg, "  - why_not: caring\n", "caring stands in the way of no entry that was tried: quality_sm matched first")
}

func TestRunWhyNot(t *testing.T) {
	body := strings.Replace(suite(`"expect": {"decisions": [{"subject": "RA1", "rule_set": "quality", "verdict": "met", "regime": "enhanced_monitoring", "why_not": ["well_led", "needed: not met", "safe"]}]}`),
		`"well_led": "inadequate"`, `"well_led": "good"`, 1)
	tb := runSuite(t, body)
	require.Len(t, tb.subtests[0].errors, 1)
	msg := tb.subtests[0].errors[0]
	assert.Contains(t, msg, "  + why_not: (not found)", "safe is inadequate: it does not stand in the way")
	assert.Contains(t, msg, "  - why_not: safe\n")
	assert.Contains(t, msg, "    why_not: needed: not met\n", "found, so the same on both sides")
}

func TestRunExpectations(t *testing.T) {
	tests := []struct {
		name   string
		expect string
		opts   []regimetest.Option
		want   []string
	}{
		{"wrong framework", `{"framework": "test2016"}`, nil, []string{`expect.framework: the edition that decided`, "  - expected: test2016\n  + decided:  test2015"}},
		{"missing kind", `{"kinds": ["provider", "economy"]}`, nil, []string{"expect.kinds: no decision about any economy under Test Framework 2015 [test2015]"}},
		{"exhaustive in the file", `{"exhaustive": true}`, nil, []string{"exhaustive expectations: decisions no expectation names", "provider RA1 by quality: met: quality_sm (quality_special_measures (special))"}},
		{"exhaustive by option", `{}`, []regimetest.Option{regimetest.ExhaustiveExpectations()}, []string{"provider RA1 by quality"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := runSuite(t, suite(`"expect": `+tt.expect), tt.opts...)
			msgs := strings.Join(tb.subtests[0].errors, "\n")
			for _, w := range tt.want {
				assert.Contains(t, msgs, w)
			}
		})
	}
}

func TestRunTodo(t *testing.T) {
	failing := runSuite(t, suite(`"todo": "rule sets not merged", "expect": {"framework": "test2016"}`))
	sub := failing.subtests[0]
	assert.Empty(t, sub.errors)
	require.Len(t, sub.skips, 1)
	assert.Contains(t, sub.skips[0], "todo: rule sets not merged\n")

	passing := runSuite(t, suite(`"todo": "rule sets not merged", "expect": {"framework": "test2015"}`))
	sub = passing.subtests[0]
	assert.Empty(t, sub.errors)
	assert.Empty(t, sub.skips)
	assert.Equal(t, []string{`suite.json:1: case "c" passes: remove its todo (rule sets not merged)`}, sub.logs)
}

func TestRunNoCases(t *testing.T) {
	tb := &fakeTB{}
	regimetest.RunTB(tb, nil)
	assert.Equal(t, []string{"regimetest: no cases to run"}, tb.errors)
}
