package regimetest_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/shopspring/decimal"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/regimetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// economyJSON is an inline economy: one trust rated inadequate in safe
// and well-led.
const economyJSON = `{"id": "E1", "name": "Test area", "providers": [{"id": "RA1", "name": "Alpha Trust", "kind": "nhs_trust",
  "inspections": [{"scope": "provider", "published": "2015-03-01",
    "ratings": {"safe": "inadequate", "effective": "good", "caring": "good", "responsive": "good", "well_led": "inadequate"}}]}]}`

// suite wraps one case body in a suite file.
func suite(caseBody string) string {
	return `{"suite": "test", "cases": [{"name": "c", "framework": "test2015", "decision_date": "2015-06-01", "economy": ` +
		economyJSON + `, ` + caseBody + `}]}`
}

func load(files map[string]string, more ...*regime.Framework) ([]regimetest.Case, error) {
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return regimetest.Load(fsys, "*.json", regimetest.WithFrameworks(append([]*regime.Framework{testFramework()}, more...)...))
}

func TestLoad(t *testing.T) {
	cs, err := load(map[string]string{"a.json": suite(`"expect": {"framework": "test2015", "kinds": ["provider"],
		"decisions": [{"subject": "RA1", "rule_set": "quality", "verdict": "met", "regime": "quality_special_measures",
		"intensity": "special", "entries": ["quality_sm"], "reasons": ["well_led"], "why_not": []}]}`)})
	require.NoError(t, err)
	require.Len(t, cs, 1)
	c := cs[0]
	assert.Equal(t, "a.json", c.File)
	assert.Equal(t, "cases[0]", c.Path)
	assert.Equal(t, "test2015", c.Framework.ID())
	assert.Equal(t, "RA1", c.Economy.Providers[0].ID)
	require.Len(t, c.Expect.Decisions, 1)
	e := c.Expect.Decisions[0]
	assert.Equal(t, regime.SubjectProvider, e.Kind, "the kind is found from the economy")
	assert.Equal(t, regime.Met, *e.Verdict)
	assert.Equal(t, economy.QualitySpecialMeasures, *e.Regime)
	assert.Nil(t, e.Code)
	assert.Equal(t, []string{"quality_sm"}, e.Entries)
}

func TestLoadVariantAndInForce(t *testing.T) {
	var ps regime.Params
	ps.Int(regime.ParamDef{Name: "min_inadequate", Citation: cite, Range: regime.Whole(0, 5)}, 2)
	f, err := regime.NewFramework(regime.FrameworkSpec{ID: "p2015", Name: "P", From: economyDate("2015-04-01"), Params: &ps, RuleSets: []*regime.RuleSet{qualitySet()}})
	require.NoError(t, err)
	fsys := fstest.MapFS{"v.json": {Data: []byte(`{"cases": [{"name": "v", "framework": "in_force", "decision_date": "2015-06-01",
		"variant": {"name": "three", "params": {"min_inadequate": 3}}, "economy": ` + economyJSON + `, "expect": {}}]}`)}}
	cs, err := regimetest.Load(fsys, "*.json", regimetest.WithFrameworks(f))
	require.NoError(t, err)
	assert.Equal(t, "three", cs[0].Framework.Variant())
	p, _ := cs[0].Framework.Parameter("min_inadequate")
	assert.Equal(t, "3", p.Value)
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // each *Error, rendered
	}{
		{"syntax", map[string]string{"bad.json": "{\n  \"cases\": [,]\n}"},
			[]string{"bad.json: cases[0]: invalid JSON at byte 15 (line 2, column 13): invalid character ',' looking for beginning of value"}},
		{"not an object", map[string]string{"a.json": `[]`}, []string{"a.json: the case file must be a JSON object, not an array"}},
		{"invalid UTF-8", map[string]string{"a.json": "{\"suite\": \"s\xff\", \"cases\": []}"},
			[]string{"a.json: suite: invalid UTF-8 at byte 13 (line 1, column 13)", "a.json: cases: no cases"}},
		{"lone surrogate", map[string]string{"a.json": `{"description": "\ud800", "cases": []}`},
			[]string{`a.json: description: lone surrogate \ud800 at byte 18 (line 1, column 18): half of a UTF-16 pair is not a character; write the character itself, or both halves`,
				"a.json: cases: no cases"}},
		{"byte order mark", map[string]string{"a.json": "\uFEFF" + `{"cases": []}`},
			[]string{"a.json: the case file starts with a UTF-8 byte order mark (bytes EF BB BF), which JSON does not allow; remove it", "a.json: cases: no cases"}},
		{"no cases", map[string]string{"a.json": `{"cases": []}`}, []string{"a.json: cases: no cases"}},
		{"unknown top field", map[string]string{"a.json": `{"cases": [], "extra": 1}`},
			[]string{"a.json: extra: unknown field; known fields: suite, description, cases", "a.json: cases: no cases"}},
		{"unknown case field", map[string]string{"a.json": suite(`"expect": {}, "frameworks": "x"`)},
			[]string{"a.json: cases[0].frameworks: unknown field; known fields: name, todo, framework, variant, decision_date, facts_date, assume, economy, economy_case, expect"}},
		{"duplicate field", map[string]string{"a.json": suite(`"expect": {}, "name": "d"`)},
			[]string{"a.json: cases[0].name: appears more than once"}},
		{"unknown framework", map[string]string{"a.json": `{"cases": [{"name": "c", "framework": "cf2099", "decision_date": "2015-06-01", "economy": ` + economyJSON + `, "expect": {"framework": "nof1990"}}]}`},
			[]string{`a.json: cases[0].framework: unknown framework "cf2099" (known: test2015, or "in_force")`,
				`a.json: cases[0].expect.framework: unknown framework "nof1990" (known: test2015)`}},
		{"none in force", map[string]string{"a.json": `{"cases": [{"name": "c", "framework": "in_force", "decision_date": "2001-06-01", "economy": ` + economyJSON + `, "expect": {}}]}`},
			[]string{`a.json: cases[0].framework: no framework in force on 2001-06-01`}},
		{"bad date and missing fields", map[string]string{"a.json": `{"cases": [{"name": "", "decision_date": "2015-02-30", "expect": {}}]}`},
			[]string{"a.json: cases[0].name: must not be empty", `a.json: cases[0].decision_date: date "2015-02-30" is not a real date: February 2015 has 28 days`,
				"a.json: cases[0]: missing field framework", "a.json: cases[0]: missing field economy or economy_case"}},
		{"unknown subject", map[string]string{"a.json": suite(`"expect": {"decisions": [{"subject": "RZZ", "rule_set": "quality"}]}`)},
			[]string{`a.json: cases[0].expect.decisions[0].subject: unknown subject "RZZ" (known: RA1, E1)`}},
		{"wrong kind", map[string]string{"a.json": suite(`"expect": {"decisions": [{"subject": "RA1", "kind": "commissioner", "rule_set": "quality"}]}`)},
			[]string{`a.json: cases[0].expect.decisions[0].kind: subject "RA1" is a provider, not a commissioner`}},
		{"unknown rule set and entry", map[string]string{"a.json": suite(`"expect": {"decisions": [
			{"subject": "RA1", "rule_set": "qualty"},
			{"subject": "E1", "rule_set": "quality"},
			{"subject": "RA1", "rule_set": "quality", "entries": ["quality_sm", "qsm"]}]}`)},
			[]string{`a.json: cases[0].expect.decisions[0].rule_set: framework test2015 has no rule set "qualty" (it has: quality)`,
				`a.json: cases[0].expect.decisions[1].rule_set: rule set "quality" judges provider, not a economy`,
				`a.json: cases[0].expect.decisions[2].entries[1]: rule set "quality" has no entry "qsm" (it has: quality_sm, concerns, otherwise)`}},
		{"bad words", map[string]string{"a.json": suite(`"expect": {"kinds": ["trust"], "decisions": [{"subject": "RA1", "rule_set": "quality", "verdict": "yes", "regime": 3, "code": null}]}`)},
			[]string{`a.json: cases[0].expect.kinds[0]: unknown SubjectKind "trust" (allowed: unknown, provider, commissioner, economy, service, asset)`,
				`a.json: cases[0].expect.decisions[0].verdict: unknown Verdict "yes" (allowed: unknown, met, not_met)`,
				"a.json: cases[0].expect.decisions[0].regime: must be a string, not a number",
				"a.json: cases[0].expect.decisions[0].code: must be a string, not null"}},
		{"a kind listed twice", map[string]string{"a.json": suite(`"expect": {"kinds": ["provider", "provider"]}`)},
			[]string{`a.json: cases[0].expect.kinds[1]: "provider" is listed twice, first at cases[0].expect.kinds[0]`}},
		{"dates beyond the economy's span", map[string]string{"a.json": `{"cases": [{"name": "c", "framework": "test2015", "decision_date": "1900-01-01",
			"facts_date": "2101-01-01", "economy": ` + economyJSON + `, "expect": {}}]}`},
			[]string{"a.json: cases[0].decision_date: must not be before 1948-07-05, when the NHS was founded",
				"a.json: cases[0].facts_date: must not be after 2100-12-31"}},
		{"a bad economy and its validation", map[string]string{"a.json": `{"cases": [{"name": "c", "framework": "test2015", "decision_date": "2015-06-01",
			"economy": {"id": "E1", "name": "x", "providers": [{"id": "RA1", "kind": "nhs_trsut", "services": [{"id": "a/b", "name": "s", "x": "\udc00"}]}]}, "expect": {}}]}`},
			[]string{`a.json: cases[0].economy.providers[0].services[0].x: lone surrogate \udc00 at byte 217 (line 2, column 136): half of a UTF-16 pair is not a character; write the character itself, or both halves`,
				`a.json: cases[0].economy.providers[0].kind: unknown ProviderKind "nhs_trsut" (allowed: unknown, nhs_trust, nhs_foundation_trust, independent_private, independent_voluntary, gp_practice, social_care)`,
				"a.json: cases[0].economy.providers[0].services[0].x: unknown field; known fields: id, name, category, location, designation, commissioners, alternatives, widens_inequalities, dependents_unviable, systemic_importance, dependents, annual_value",
				"a.json: cases[0].economy.providers[0].name: is required",
				`a.json: cases[0].economy.providers[0].services[0].id: "a/b" may hold only ASCII letters, digits, '-', '_' and '.', and must start with a letter or digit`}},
		{"bad economy", map[string]string{"a.json": `{"cases": [{"name": "c", "framework": "test2015", "decision_date": "2015-06-01",
			"economy": {"id": "E1", "name": "x", "providers": [{"id": "RA1", "name": "A", "kind": "nhs_trsut"}]}, "expect": {}}]}`},
			[]string{`a.json: cases[0].economy.providers[0].kind: unknown ProviderKind "nhs_trsut" (allowed: unknown, nhs_trust, nhs_foundation_trust, independent_private, independent_voluntary, gp_practice, social_care)`}},
		{"unknown economy case and both", map[string]string{"a.json": `{"cases": [
			{"name": "c", "framework": "test2015", "decision_date": "2015-06-01", "economy_case": "atlantis", "expect": {}},
			{"name": "d", "framework": "test2015", "decision_date": "2015-06-01", "economy_case": "atlantis", "economy": {}, "expect": {}}]}`},
			[]string{`a.json: cases[0].economy_case: cases: no case "atlantis"`, "a.json: cases[1]: give economy or economy_case, not both"}},
		{"duplicate names and expectations", map[string]string{"a.json": `{"cases": [
			{"name": "c", "framework": "test2015", "decision_date": "2015-06-01", "economy": ` + economyJSON + `, "expect": {"decisions": [
				{"subject": "RA1", "rule_set": "quality"}, {"subject": "RA1", "rule_set": "quality"}]}},
			{"name": "c", "framework": "test2015", "decision_date": "2015-06-01", "economy": ` + economyJSON + `, "expect": {}}]}`},
			[]string{"a.json: cases[0].expect.decisions[1]: the decision of quality about RA1 is already expected by cases[0].expect.decisions[0]",
				`a.json: cases[1].name: "c" already names cases[0]`}},
		{"bad variant", map[string]string{"a.json": suite(`"variant": {"params": {"nope": 1}}, "expect": {}`)},
			[]string{"a.json: cases[0].variant.params.nope: unknown parameter of test2015; it has no parameters"}},
		{"bad timeline", map[string]string{"a.json": suite(`"expect": {"timeline": {"from": "2016-01-01", "to": "2015-01-01", "records": [
			{"subject": "RA1", "regime": "special_treatment", "kinds": ["agrees", "roughly"]}, {"subject": "RA1"}]}}`)},
			[]string{"a.json: cases[0].expect.timeline.to: must not be before from",
				`a.json: cases[0].expect.timeline.records[0].regime: unknown Regime "special_treatment" (allowed: unknown, routine_oversight, enhanced_monitoring, investigation_considered, significant_breach, enforcement_undertakings, mandated_support, quality_special_measures, financial_special_measures, recovery_support_programme, provider_improvement_programme, trust_special_administration, commissioner_assurance, legal_directions, commissioner_special_measures, challenged_health_economy, success_regime)`,
				`a.json: cases[0].expect.timeline.records[0].kinds: unknown kind "roughly" (known: agrees, starts_early, starts_late, ends_early, ends_late, not_reached, undecidable, not_recorded, end_not_recorded, end_undecidable)`,
				"a.json: cases[0].expect.timeline.records[1]: missing field regime",
				"a.json: cases[0].expect.timeline.records[1]: missing field kinds"}},
		{"problems in two files", map[string]string{"a.json": `{}`, "b.json": `{"cases": 3}`},
			[]string{"a.json: no cases", "b.json: cases: must be an array, not a number"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := load(tt.files)
			assert.Nil(t, cs)
			require.Error(t, err)
			var got []string
			for _, e := range regimetest.Errors(err) {
				got = append(got, e.Error())
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLoadPattern(t *testing.T) {
	_, err := regimetest.Load(fstest.MapFS{}, "*.json")
	assert.ErrorContains(t, err, `no case file matches "*.json"`)
	_, err = regimetest.Load(fstest.MapFS{}, "[")
	assert.ErrorContains(t, err, "syntax error in pattern")
}

// decimalFramework has one parameter of each type, for variants.
func decimalFramework(t *testing.T) *regime.Framework {
	t.Helper()
	var ps regime.Params
	ps.Decimal(regime.ParamDef{Name: "limit", Citation: cite, Range: regime.Between(decimal.NewFromInt(-365), decimal.NewFromInt(365))}, decimal.RequireFromString("-14.0"))
	ps.Int(regime.ParamDef{Name: "min_inadequate", Citation: cite, Range: regime.Whole(0, 5)}, 2)
	f, err := regime.NewFramework(regime.FrameworkSpec{ID: "d2015", Name: "D", From: economyDate("2015-04-01"), Params: &ps, RuleSets: []*regime.RuleSet{qualitySet()}})
	require.NoError(t, err)
	return f
}

// TestLoadVariantBounds: a variant in a case file is held to the bounds a
// regime/api request's variant is.
func TestLoadVariantBounds(t *testing.T) {
	tests := []struct {
		name   string
		params string
		want   []string
	}{
		{"a decimal", `{"limit": "-1.5", "min_inadequate": 3}`, nil},
		{"1e999999999", `{"limit": 1e999999999}`,
			[]string{"v.json: cases[0].variant.params.limit: 1e999999999 is out of range: must not exceed 1e15 in absolute value"}},
		{"31 places", `{"limit": "0.0000000000000000000000000000001"}`,
			[]string{`v.json: cases[0].variant.params.limit: "0.0000000000000000000000000000001" must not have more than 30 decimal places`}},
		{"a whole number written 1e3", `{"min_inadequate": 1e3}`,
			[]string{"v.json: cases[0].variant.params.min_inadequate: 1e3 must be written as a whole number, without a decimal point or exponent: 1000"}},
		{"a word for a decimal", `{"limit": "lots"}`, []string{`v.json: cases[0].variant.params.limit: "lots" is not a decimal number`}},
		{"a dotted name is quoted", `{"a.b": 1}`,
			[]string{`v.json: cases[0].variant.params["a.b"]: unknown parameter of d2015; its parameters are limit, min_inadequate`}},
		{"at the ends of the ranges", `{"limit": -365, "min_inadequate": 5}`, nil},
		{"below and above the ranges", `{"limit": "-365.5", "min_inadequate": 6}`, []string{
			"v.json: cases[0].variant.params.limit: -365.5 is outside the range of limit, -365 to 365",
			"v.json: cases[0].variant.params.min_inadequate: 6 is outside the range of min_inadequate, 0 to 5"}},
		{"the largest int64", `{"min_inadequate": 9223372036854775807}`, []string{
			"v.json: cases[0].variant.params.min_inadequate: 9223372036854775807 is outside the range of min_inadequate, 0 to 5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"v.json": {Data: []byte(`{"cases": [{"name": "v", "framework": "d2015", "decision_date": "2015-06-01",
				"variant": {"params": ` + tt.params + `}, "economy": ` + economyJSON + `, "expect": {}}]}`)}}
			_, err := regimetest.Load(fsys, "*.json", regimetest.WithFrameworks(decimalFramework(t)))
			var got []string
			for _, e := range regimetest.Errors(err) {
				got = append(got, e.Error())
			}
			assert.Equal(t, tt.want, got)
			for _, e := range regimetest.Errors(err) {
				if strings.Contains(e.Error(), "outside the range") {
					assert.ErrorIs(t, e, regime.ErrParamRange)
				}
			}
		})
	}
}

// endlessFS holds one file that claims to be small and regular but never
// ends, as a link to /dev/zero read through a careless fs.FS would.
type endlessFS struct{}

func (endlessFS) Open(name string) (fs.File, error) {
	if name != "endless.json" {
		return nil, fs.ErrNotExist
	}
	return endless{}, nil
}

type endless struct{}

func (endless) Stat() (fs.FileInfo, error) { return endlessInfo{}, nil }
func (endless) Close() error               { return nil }
func (endless) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = ' '
	}
	return len(b), nil
}

type endlessInfo struct{}

func (endlessInfo) Name() string       { return "endless.json" }
func (endlessInfo) Size() int64        { return 0 }
func (endlessInfo) Mode() fs.FileMode  { return 0o444 }
func (endlessInfo) ModTime() time.Time { return time.Time{} }
func (endlessInfo) IsDir() bool        { return false }
func (endlessInfo) Sys() any           { return nil }

func TestLoadBoundsFiles(t *testing.T) {
	t.Run("larger than the limit, by its size", func(t *testing.T) {
		fsys := fstest.MapFS{"big.json": {Data: make([]byte, economy.MaxInputBytes+1)}}
		_, err := regimetest.Load(fsys, "*.json")
		assert.EqualError(t, err, "big.json: is 16777217 bytes, more than the limit of 16777216")
	})
	t.Run("an endless file is read no further than the limit", func(t *testing.T) {
		_, err := regimetest.Load(endlessFS{}, "endless.json")
		assert.EqualError(t, err, "endless.json: is more than the limit of 16777216 bytes")
	})
	t.Run("not a regular file", func(t *testing.T) {
		fsys := fstest.MapFS{"dev.json": {Mode: fs.ModeDevice | fs.ModeCharDevice}}
		_, err := regimetest.Load(fsys, "*.json")
		assert.EqualError(t, err, "dev.json: not a regular file (Dc---------)")
	})
	t.Run("a link to /dev/zero", func(t *testing.T) {
		if _, err := os.Stat("/dev/zero"); err != nil {
			t.Skip("no /dev/zero here")
		}
		dir := t.TempDir()
		require.NoError(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero.json")))
		done := make(chan error, 1)
		go func() {
			_, err := regimetest.Load(os.DirFS(dir), "*.json")
			done <- err
		}()
		select {
		case err := <-done:
			assert.ErrorContains(t, err, "zero.json: not a regular file")
		case <-time.After(10 * time.Second):
			t.Fatal("Load hung on a link to /dev/zero")
		}
	})
}

// TestLoadParsesEachNamedEconomyOnce: cases naming the same economy share
// one parse within a Load.
func TestLoadParsesEachNamedEconomyOnce(t *testing.T) {
	calls := map[string]int{}
	load := func(name string) (economy.Economy, error) {
		calls[name]++
		return economy.Parse([]byte(economyJSON))
	}
	c := func(name, econ string) string {
		return `{"name": "` + name + `", "framework": "test2015", "decision_date": "2015-06-01", "economy_case": "` + econ + `", "expect": {}}`
	}
	fsys := fstest.MapFS{
		"a.json": {Data: []byte(`{"cases": [` + c("a1", "x") + `, ` + c("a2", "x") + `, ` + c("a3", "y") + `]}`)},
		"b.json": {Data: []byte(`{"cases": [` + c("b1", "x") + `]}`)},
	}
	cs, err := regimetest.Load(fsys, "*.json", regimetest.WithFrameworks(testFramework()), regimetest.WithEconomies(load))
	require.NoError(t, err)
	require.Len(t, cs, 4)
	assert.Equal(t, map[string]int{"x": 1, "y": 1}, calls)
	assert.NotSame(t, cs[0].Economy, cs[1].Economy, "each case has its own Economy value")

	_, err = regimetest.Load(fsys, "*.json", regimetest.WithFrameworks(testFramework()), regimetest.WithEconomies(load))
	require.NoError(t, err)
	assert.Equal(t, map[string]int{"x": 2, "y": 2}, calls, "once per Load, not once for ever")
}

// TestLoadBoundsProblems: however many problems the files hold, Load
// lists economy.MaxProblems and counts the rest.
func TestLoadBoundsProblems(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 30 {
		fsys[fmt.Sprintf("f%02d.json", i)] = &fstest.MapFile{Data: []byte(`{"cases": [{}, {}]}`)}
	}
	_, err := regimetest.Load(fsys, "*.json")
	errs := regimetest.Errors(err)
	require.Len(t, errs, economy.MaxProblems+1)
	// Each case misses five fields: 30 files of 2 cases of 5 problems.
	assert.Equal(t, "and 200 more problems", errs[economy.MaxProblems].Error())
}
