package england_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/economy/synth"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// fuzzEditions are the editions FuzzAssess judges every parsed economy
// under: one of each family of rule sets (the 2008 compliance framework,
// the 2015 success regime, the 2016 single oversight framework, today's
// oversight framework), each on a day inside its span.
var fuzzEditions = []struct {
	id   string
	date economy.Date
}{
	{"cf2008", economy.MustDate("2008-10-01")},
	{"sr2015", economy.MustDate("2015-07-01")},
	{"sof2016", economy.MustDate("2017-06-01")},
	{"nof2022", economy.MustDate("2023-06-01")},
}

// FuzzAssess: any bytes that economy.Parse accepts can be assessed under
// every edition without a panic or an error (but the refusal of more than
// regime.MaxDecisions), the assessment is deterministic (assessing twice
// gives byte-identical JSON), and in proportion to the bytes parsed
// (checkProportionate). Bytes Parse refuses must come with an error and
// no economy worth judging.
func FuzzAssess(f *testing.F) {
	// Seeds: a small synthetic economy (every branch synth reaches) and
	// the real cases.
	es, err := synth.Generate(7, synth.Config{Economies: 2, Providers: 4, Commissioners: 3, Date: economy.MustDate("2016-01-01"), Years: 1})
	if err != nil {
		f.Fatal(err)
	}
	for i := range es {
		data, err := json.Marshal(es[i])
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, name := range cases.Names() {
		raw, err := cases.Raw(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte(`{"id": "E", "name": "empty"}`))

	frameworks := make([]*regime.Framework, len(fuzzEditions))
	for i, ed := range fuzzEditions {
		fw, err := england.FrameworkByID(ed.id)
		if err != nil {
			f.Fatal(err)
		}
		frameworks[i] = fw
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := economy.Parse(data)
		if err != nil {
			return
		}
		for i, ed := range fuzzEditions {
			a1, err := frameworks[i].Assess(regime.NewEnv(&e, ed.date))
			if errors.Is(err, regime.ErrInvalidInput) && strings.Contains(err.Error(), "regime.MaxDecisions") {
				continue
			}
			if err != nil {
				t.Fatalf("%s: a parsed economy could not be assessed: %v", ed.id, err)
			}
			a2, err := frameworks[i].Assess(regime.NewEnv(&e, ed.date))
			if err != nil {
				t.Fatal(err)
			}
			j1, err1 := json.Marshal(a1)
			j2, err2 := json.Marshal(a2)
			if err1 != nil || err2 != nil {
				t.Fatalf("%s: assessment does not marshal: %v %v", ed.id, err1, err2)
			}
			if string(j1) != string(j2) {
				t.Fatalf("%s: two assessments of the same economy differ", ed.id)
			}
			checkProportionate(t, ed.id, j1, len(data))
		}
	})
}
