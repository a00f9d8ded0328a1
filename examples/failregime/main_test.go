package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/internal/golden"
)

func runIt(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// The CSV of a shipped case is pinned: its columns are a promise.
func TestAssessCSV(t *testing.T) {
	code, out, errs := runIt(t, "", "assess", "-case", "essex_2015", "-date", "2015-06-03", "-format", "csv")
	require.Equal(t, 0, code, errs)
	golden.Check(t, "testdata/essex_2015.csv", []byte(out))
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	columns := []string{"decision_date", "facts_date", "framework", "edition", "hash", "subject_kind", "subject_id",
		"subject_name", "rule_set", "verdict", "regime", "intensity", "code", "text", "missing", "reason"}
	assert.Equal(t, columns, rows[0])
	for _, r := range rows[1:] {
		assert.Len(t, r, len(columns))
	}
	var economy []string
	for _, r := range rows[1:] {
		if r[5] == "economy" {
			economy = r
		}
	}
	require.NotNil(t, economy)
	assert.Equal(t, []string{"met", "success_regime", "special"}, economy[9:12])
}

func TestAssessTextAndJSON(t *testing.T) {
	code, out, _ := runIt(t, "", "assess", "-case", "north_cumbria_2015", "-date", "2015-06-03")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "provider RNL North Cumbria University Hospitals NHS Trust: quality_special_measures (special)")
	code, out, _ = runIt(t, "", "assess", "-case", "north_cumbria_2015", "-date", "2015-06-03", "-format", "json")
	require.Equal(t, 0, code)
	var a struct {
		Framework struct{ ID string } `json:"framework"`
		Decisions []json.RawMessage   `json:"decisions"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "sr2015", a.Framework.ID)
	assert.NotEmpty(t, a.Decisions)
}

// An economy from a file and from standard input; a bad one gets every
// problem at once, with its path, and exit status 2.
func TestAssessFileAndStdin(t *testing.T) {
	good := `{"id": "x", "name": "X", "providers": [{"id": "P1", "name": "A trust", "kind": "nhs_trust"}]}`
	path := filepath.Join(t.TempDir(), "e.json")
	require.NoError(t, os.WriteFile(path, []byte(good), 0o600))
	code, out, errs := runIt(t, "", "assess", "-date", "2016-10-01", "-format", "csv", path)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, ",provider,P1,A trust,provider_intervention,")

	code, out, _ = runIt(t, good, "assess", "-date", "2016-10-01", "-")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "provider P1 A trust")

	bad := `{"id": "x", "name": "X", "providers": [{"id": "P1", "name": "A trust", "kind": "hospital"},
		{"id": "P2", "kind": "nhs_trust", "authorised": "2015-02-30"}]}`
	code, _, errs = runIt(t, bad, "assess", "-date", "2016-10-01", "-")
	assert.Equal(t, 2, code)
	for _, want := range []string{"providers[0].kind", `"hospital"`, "providers[1].name", "providers[1].authorised"} {
		assert.Contains(t, errs, want)
	}
}

func TestAssessRefuses(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no date", []string{"assess", "-case", "essex_2015"}, "-date is required"},
		{"impossible date", []string{"assess", "-case", "essex_2015", "-date", "2015-02-30"}, "-date:"},
		{"no economy", []string{"assess", "-date", "2015-06-03"}, "give -case NAME, a file, or -"},
		{"both", []string{"assess", "-case", "essex_2015", "-date", "2015-06-03", "x.json"}, "not both"},
		{"unknown case", []string{"assess", "-case", "atlantis", "-date", "2015-06-03"}, "known: "},
		{"unknown framework", []string{"assess", "-case", "essex_2015", "-date", "2015-06-03", "-framework", "sr2051"}, "sr2051"},
		{"no edition", []string{"assess", "-case", "essex_2015", "-date", "2001-01-01"}, "no framework in force"},
		{"bad format", []string{"assess", "-case", "essex_2015", "-date", "2015-06-03", "-format", "xml"}, "want text, json or csv"},
		{"bad settings, all at once", []string{"assess", "-case", "essex_2015", "-date", "2015-06-03",
			"-set", "nope=1", "-set", "economy.sr_min_failing=two", "-set", "x"}, "nope"},
		{"out of range", []string{"assess", "-case", "essex_2015", "-date", "2015-06-03", "-set", "economy.sr_min_failing=-5"}, "economy.sr_min_failing"},
		{"unknown command", []string{"asess"}, `unknown command "asess"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runIt(t, "", tt.args...)
			assert.Equal(t, 2, code)
			assert.Contains(t, errs, tt.want)
		})
	}
	_, _, errs := runIt(t, "", "assess", "-case", "essex_2015", "-date", "2015-06-03",
		"-set", "nope=1", "-set", "economy.sr_min_failing=two", "-set", "x")
	assert.Contains(t, errs, "economy.sr_min_failing", "every bad setting is reported")
	assert.Contains(t, errs, `"x": want name=value`)
}

// A variant that needs three failing organisations takes Cumbria out of
// the success regime on its facts of 3 June 2015.
func TestDiff(t *testing.T) {
	code, out, errs := runIt(t, "", "diff", "-case", "north_cumbria_2015", "-date", "2015-06-03", "-b", "sr2015",
		"-set", "economy.sr_min_failing=5")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "decisions differ")
	code, out, _ = runIt(t, "", "diff", "-case", "north_cumbria_2015", "-date", "2015-06-03")
	require.Equal(t, 0, code)
	assert.Contains(t, out, ": 0 decisions differ")
}

// The policy suite of examples/policytests passes, with coverage; a
// failing case makes exit status 1.
func TestTestCommand(t *testing.T) {
	code, out, errs := runIt(t, "", "test", "-coverage", "../policytests/policy")
	require.Equal(t, 0, code, errs+out)
	assert.Contains(t, out, "ok   ")
	assert.Contains(t, out, " 0 failed")

	dir := t.TempDir()
	failing := `{"suite": "s", "cases": [{"name": "Essex is not in the success regime", "framework": "in_force",
		"decision_date": "2015-06-03", "economy_case": "essex_2015", "expect": {"decisions": [
		{"subject": "mid-south-essex", "kind": "economy", "rule_set": "economy_intervention", "verdict": "not_met"}]}}]}`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.json"), []byte(failing), 0o600))
	code, out, _ = runIt(t, "", "test", dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "FAIL a/Essex is not in the success regime")
	assert.Contains(t, out, "0 passed, 1 failed")

	code, _, errs = runIt(t, "", "test", t.TempDir())
	assert.Equal(t, 2, code)
	assert.NotEmpty(t, errs)
}

func TestTimelineCommand(t *testing.T) {
	code, out, errs := runIt(t, "", "timeline", "-case", "financial_special_measures_2016", "-from", "2016-01-01", "-to", "2017-12-31")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "record financial_special_measures: agrees: starts 2016-07-21 as recorded (2016-07-21); ends 2017-02-20 as recorded (2017-02-20)")
	code, _, errs = runIt(t, "", "timeline", "-case", "essex_2015", "-from", "2016-01-01", "-to", "2015-12-31")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "span")
}

func TestList(t *testing.T) {
	code, out, _ := runIt(t, "", "list", "cases")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "essex_2015\n")
	code, out, _ = runIt(t, "", "list", "frameworks")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "sr2015")
	code, _, _ = runIt(t, "", "list", "editions")
	assert.Equal(t, 2, code)
	code, out, _ = runIt(t, "", "help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "usage: failregime")
}
