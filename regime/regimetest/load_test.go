package regimetest_test

import (
	"testing"
	"testing/fstest"

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
	assert.Nil(t, e.Label)
	assert.Equal(t, []string{"quality_sm"}, e.Entries)
}

func TestLoadVariantAndInForce(t *testing.T) {
	var ps regime.Params
	ps.Int(regime.ParamDef{Name: "min_inadequate", Citation: cite}, 2)
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
			[]string{"bad.json: malformed JSON at line 2, column 13: invalid character ',' looking for beginning of value"}},
		{"not an object", map[string]string{"a.json": `[]`}, []string{"a.json: want an object, got an array"}},
		{"no cases", map[string]string{"a.json": `{"cases": []}`}, []string{"a.json: cases: no cases"}},
		{"unknown top field", map[string]string{"a.json": `{"cases": [], "extra": 1}`},
			[]string{"a.json: extra: unknown field (allowed: suite, description, cases)", "a.json: cases: no cases"}},
		{"unknown case field", map[string]string{"a.json": suite(`"expect": {}, "frameworks": "x"`)},
			[]string{"a.json: cases[0].frameworks: unknown field (allowed: name, todo, framework, variant, decision_date, facts_date, assume, economy, economy_case, expect)"}},
		{"duplicate field", map[string]string{"a.json": suite(`"expect": {}, "name": "d"`)},
			[]string{"a.json: cases[0].name: duplicate field"}},
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
		{"bad words", map[string]string{"a.json": suite(`"expect": {"kinds": ["trust"], "decisions": [{"subject": "RA1", "rule_set": "quality", "verdict": "yes", "regime": 3, "label": null}]}`)},
			[]string{`a.json: cases[0].expect.kinds[0]: regime: unknown SubjectKind "trust" (allowed: unknown, provider, commissioner, economy, service, asset)`,
				`a.json: cases[0].expect.decisions[0].verdict: regime: unknown Verdict "yes" (allowed: unknown, met, not_met)`,
				"a.json: cases[0].expect.decisions[0].regime: want a string, got a number",
				"a.json: cases[0].expect.decisions[0].label: want a string, got null"}},
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
			[]string{"a.json: cases[0].variant.params.nope: unknown field (allowed: )"}},
		{"problems in two files", map[string]string{"a.json": `{}`, "b.json": `{"cases": 3}`},
			[]string{"a.json: no cases", "b.json: cases: want an array, got a number"}},
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
