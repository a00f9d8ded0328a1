package regimetest_test

import (
	"os"
	"strings"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/golden"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/regimetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Both satisfy the kit's TestingT: the real thing, and the fake the tests
// read messages from.
var (
	_ regimetest.TestingT = (*testing.T)(nil)
	_ regimetest.TestingT = (*fakeTB)(nil)
)

// labelFramework is the fixture's quality rule set beside one whose
// entries decide labels (codes), not regimes.
func labelFramework() *regime.Framework {
	labels := mustRuleSet(regime.RuleSetSpec{
		ID: "labels", Title: "follow-up", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider), Citation: cite,
		Entries: []regime.Entry{
			{Priority: 1, Rule: qualitySM(), Decides: regime.Ruling{Code: "review", Text: "review for special measures"}},
			{Priority: 2, Rule: otherwise(), Decides: regime.Ruling{Code: "no_action", Text: "no action"}},
		},
	})
	f, err := regime.NewFramework(regime.FrameworkSpec{
		ID: "label2015", Name: "Label Framework", Edition: "2015", From: economy.MustDate("2015-04-01"),
		Sources: []economy.Citation{cite}, Params: &regime.Params{}, RuleSets: []*regime.RuleSet{qualitySet(), labels},
	})
	if err != nil {
		panic(err)
	}
	return f
}

// failingReport runs testdata/report/failing.json, whose cases fail on
// purpose, and returns what each case reported, in order.
func failingReport(t *testing.T) []string {
	t.Helper()
	cs, err := regimetest.Load(os.DirFS("testdata/report"), "failing.json", regimetest.WithFrameworks(labelFramework()))
	require.NoError(t, err)
	tb := &fakeTB{}
	regimetest.RunTB(tb, cs)
	var out []string
	for _, sub := range tb.subtests {
		require.Len(t, sub.errors, 1, sub.name)
		out = append(out, sub.errors[0])
	}
	require.Len(t, out, 3)
	return out
}

func TestFailureReport(t *testing.T) {
	msgs := failingReport(t)
	tests := []struct {
		name string
		msg  string
		want []string
	}{
		{"wrong verdict", msgs[0], []string{
			`failing.json:14: case "wrong verdict", cases[0].expect.decisions[0]: the decision of quality about provider RA1 differs`,
			"  - verdict: not_met\n  + verdict: met\n",
			"  decided: met: quality_sm (quality_special_measures (special))\n",
		}},
		{"a label where a regime was expected", msgs[1], []string{
			`failing.json:27: case "a label, not a regime", cases[1].expect.decisions[0]:`,
			"    verdict: met\n",
			"  - regime: enhanced_monitoring\n  + regime: (none: it chose the label no_action (no action))\n",
			"  - code: review\n  + code: no_action\n",
			"  decided: met: otherwise (no_action (no action))\n",
		}},
		{"a why-not finding that does not stand in the way", msgs[2], []string{
			`failing.json:40: case "a why-not that does not stand in the way", cases[2].expect.decisions[0]:`,
			"    why_not: well_led\n",
			"  - why_not: safe\n  + why_not: (not found)\n",
			"  why-not findings available:\n    well_led: well_led rating is good; inadequate needed: not met\n",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, w := range tt.want {
				assert.Contains(t, tt.msg, w)
			}
			assert.NotContains(t, tt.msg, "Error Trace", "no testify frames")
			assert.NotContains(t, tt.msg, "regime: unknown", "a decision that chose nothing, or a label, is not said to choose the unknown regime")
			assert.Contains(t, tt.msg, "\nthe decision it got:\n")
			for _, line := range strings.Split(tt.msg, "\n") {
				if strings.Contains(line, cite.String()) {
					assert.True(t, strings.HasPrefix(strings.TrimSpace(line), "source: "), "a citation is folded onto a line of its own: %q", line)
				}
			}
		})
	}
}

// The report of a failing case, whole: read the golden file to see what
// a policy author sees.
func TestFailureReportGolden(t *testing.T) {
	golden.Check(t, "testdata/report/failing.golden", []byte(strings.Join(failingReport(t), "\n\n")+"\n"))
}

// The file and line come first, as a compiler's do, so that an editor
// can jump to the expectation; a case-level problem names the case's
// "expect".
func TestFailureNamesTheLine(t *testing.T) {
	body := "{\"suite\": \"s\",\n\"cases\": [{\"name\": \"c\", \"framework\": \"test2015\", \"decision_date\": \"2015-06-01\",\n\"economy\": " +
		economyJSON + ",\n\"expect\": {\"framework\": \"test2016\"}}]}"
	tb := runSuite(t, body)
	require.Len(t, tb.subtests[0].errors, 1)
	assert.True(t, strings.HasPrefix(tb.subtests[0].errors[0], `suite.json:6: case "c", cases[0].expect.framework: the edition that decided`), tb.subtests[0].errors[0])
}
