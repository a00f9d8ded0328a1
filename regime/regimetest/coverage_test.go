package regimetest_test

import (
	"strings"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/regimetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decide makes the quality decision about one trust rated r.
func decide(t *testing.T, f *regime.Framework, r economy.KeyQuestionRatings) regime.Decision {
	t.Helper()
	e := ratedProvider(r)
	d, err := f.Decide(regime.NewEnv(e, economy.MustDate("2015-06-01")), "quality", regime.ProviderSubject(&e.Providers[0]))
	require.NoError(t, err)
	return d
}

// recorder is a regimetest.TestingT that keeps the failure.
type recorder struct{ msgs []string }

func (r *recorder) Helper()                           {}
func (r *recorder) Errorf(format string, args ...any) { r.msgs = append(r.msgs, format) }

func TestCoverage(t *testing.T) {
	f := testFramework()
	tests := []struct {
		name    string
		ratings []economy.KeyQuestionRatings
		gaps    []string
	}{
		{"nothing", nil, []string{"test2015/quality: no decision"}},
		{"all good", []economy.KeyQuestionRatings{allRated(economy.Good)}, []string{
			"test2015/quality entry quality_sm: never met",
			"test2015/quality entry quality_sm rule well_led: never met",
			"test2015/quality entry quality_sm rule safe: never met",
			"test2015/quality entry quality_sm rule effective: never met",
			"test2015/quality entry quality_sm rule caring: never met",
			"test2015/quality entry quality_sm rule responsive: never met",
			"test2015/quality entry concerns: never met",
			"test2015/quality entry concerns rule safe_poor: never met",
			"test2015/quality entry concerns rule effective_poor: never met",
			"test2015/quality entry concerns rule caring_poor: never met",
			"test2015/quality entry concerns rule responsive_poor: never met",
			"test2015/quality entry concerns rule well_led_poor: never met",
		}},
		{"full", []economy.KeyQuestionRatings{
			allRated(economy.Good), allRated(economy.Inadequate), allRated(economy.RequiresImprovement),
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cov := regimetest.NewCoverage()
			cov.Track(f)
			for _, r := range tt.ratings {
				cov.Add(decide(t, f, r))
			}
			var got []string
			for _, g := range cov.Gaps() {
				got = append(got, g.String())
			}
			assert.Equal(t, tt.gaps, got)
			rec := &recorder{}
			assert.Equal(t, tt.gaps == nil, cov.RequireFull(rec, "test2015", "quality"))
			assert.Equal(t, tt.gaps == nil, len(rec.msgs) == 0)
		})
	}
}

func TestCoverageUntracked(t *testing.T) {
	cov := regimetest.NewCoverage()
	cov.Add(decide(t, testFramework(), allRated(economy.Good)))
	assert.Empty(t, cov.Gaps(), "nothing declared, nothing missing")
	assert.Contains(t, cov.Report(), "test2015/quality (not tracked: only what was seen): 1 decision")
	rec := &recorder{}
	assert.False(t, cov.RequireFull(rec, "test2015", "quality"))
}

func TestCoverageScales(t *testing.T) {
	cov := regimetest.NewCoverage()
	cov.Add(decide(t, testFramework(), allRated(economy.Good)), decide(t, testFramework(), allRated(economy.Inadequate)))
	scales := cov.Scales()
	require.Equal(t, "cqc ratings", scales[0].Name)
	assert.Equal(t, []string{"good", "inadequate"}, scales[0].Reached)
	assert.Equal(t, []string{"outstanding", "requires_improvement"}, scales[0].Missing)
	assert.Contains(t, cov.Report(), "  cqc ratings: reached good, inadequate; never outstanding, requires_improvement\n")
	assert.Contains(t, cov.Report(), "  segments: nothing reached\n")
}

func TestDefaultScalesMatch(t *testing.T) {
	scale := func(name string) regimetest.Scale {
		for _, s := range regimetest.DefaultScales() {
			if s.Name == name {
				return s
			}
		}
		t.Fatalf("no scale %s", name)
		return regimetest.Scale{}
	}
	tests := []struct {
		scale string
		fact  regime.Fact
		want  string
	}{
		{"cqc ratings", regime.Fact{Name: "safe", Text: "requires_improvement"}, "requires_improvement"},
		{"monitor ratings", regime.Fact{Name: "financial risk rating", Text: "2"}, "2"},
		{"monitor ratings", regime.Fact{Name: "count", Text: "2"}, ""},
		{"oversight scores", regime.Fact{Name: "finance score", Text: "4"}, "4"},
		{"segments", regime.Fact{Name: "oversight", Text: "segment 5"}, "segment 5"},
		{"segments", regime.Fact{Name: "segment", Value: nd("3")}, "segment 3"},
		{"governance ratings", regime.Fact{Name: "governance risk rating", Text: "amber_red"}, "amber_red"},
		{"governance ratings", regime.Fact{Name: "services", Text: "red"}, ""},
		{"performance categories", regime.Fact{Name: "category", Text: "challenged"}, "challenged"},
	}
	for _, tt := range tests {
		t.Run(tt.scale+" "+tt.want, func(t *testing.T) {
			got, ok := scale(tt.scale).Match(tt.fact)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestRunRecordsCoverage(t *testing.T) {
	cov := regimetest.NewCoverage()
	runSuite(t, suite(`"expect": {}`), regimetest.WithCoverage(cov))
	report := cov.Report()
	assert.True(t, strings.HasPrefix(report, "rule coverage:\n  test2015/quality (first): 1 decision, 1 met, 0 not_met, 0 unknown\n"), report)
	assert.Contains(t, report, "    entry concerns: never evaluated\n")
	assert.Contains(t, report, "      rule caring: never met\n")
}
