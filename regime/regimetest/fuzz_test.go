package regimetest_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime/regimetest"
)

// FuzzLoad feeds arbitrary bytes to the loader as a case file: it must
// answer cases or errors, never panic, and its errors are bounded: at most
// economy.MaxProblems and the count of the rest, each of a bounded length
// for the input's size.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(suite(`"expect": {"framework": "test2015", "decisions": [{"subject": "RA1", "rule_set": "quality", "verdict": "met"}]}`)))
	f.Add([]byte(suite(`"variant": {"params": {}}, "expect": {"kinds": ["provider"], "exhaustive": true}`)))
	f.Add([]byte(`{"cases": [{"name": "c", "framework": "in_force", "decision_date": "2015-06-01", "economy_case": "north_cumbria_2015", "expect": {}}]}`))
	f.Add([]byte(`{"cases": [,]}`))
	f.Add([]byte(`[]`))
	f.Add([]byte("\uFEFF{\"cases\": [{\"name\": \"\xff\", \"decision_date\": \"2015-02-30\", \"x\": \"\\ud800\"}]}"))
	f.Add([]byte(`{"cases": [` + strings.Repeat(`{},`, 60) + `{}]}`))
	fw := testFramework()
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{"f.json": {Data: data}}
		cs, err := regimetest.Load(fsys, "*.json", regimetest.WithFrameworks(fw))
		if err == nil && len(cs) == 0 {
			t.Fatal("no error and no case")
		}
		errs := regimetest.Errors(err)
		if err != nil && len(errs) == 0 {
			t.Fatalf("an error without its file: %v", err)
		}
		if len(errs) > economy.MaxProblems+1 {
			t.Fatalf("%d errors, more than MaxProblems and the count", len(errs))
		}
		for _, e := range errs {
			if len(e.Message) > 2000+len(data) || len(e.Path) > 4*len(data)+16 {
				t.Fatalf("a %d-byte message at a %d-byte path for a %d-byte file", len(e.Message), len(e.Path), len(data))
			}
		}
	})
}
