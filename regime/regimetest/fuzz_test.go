package regimetest_test

import (
	"testing"
	"testing/fstest"

	"github.com/failregime/failregime/regime/regimetest"
)

// FuzzLoad feeds arbitrary bytes to the loader as a case file: it must
// answer cases or errors, never panic.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(suite(`"expect": {"framework": "test2015", "decisions": [{"subject": "RA1", "rule_set": "quality", "verdict": "met"}]}`)))
	f.Add([]byte(suite(`"variant": {"params": {}}, "expect": {"kinds": ["provider"], "exhaustive": true}`)))
	f.Add([]byte(`{"cases": [{"name": "c", "framework": "in_force", "decision_date": "2015-06-01", "economy_case": "north_cumbria_2015", "expect": {}}]}`))
	f.Add([]byte(`{"cases": [,]}`))
	f.Add([]byte(`[]`))
	fw := testFramework()
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{"f.json": {Data: data}}
		cs, err := regimetest.Load(fsys, "*.json", regimetest.WithFrameworks(fw))
		if err == nil && len(cs) == 0 {
			t.Fatal("no error and no case")
		}
		if err != nil && len(regimetest.Errors(err)) == 0 {
			t.Fatalf("an error without its file: %v", err)
		}
	})
}
