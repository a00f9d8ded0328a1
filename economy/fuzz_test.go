package economy_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/failregime/failregime/economy"
)

// FuzzParse checks that Parse never panics, that whatever it accepts is
// valid, marshals, and parses back to an equal Economy, and that what it
// refuses costs a bounded report: at most MaxProblems problems and the
// count of the rest, each a bounded message about a path no longer than
// the input could spell.
func FuzzParse(f *testing.F) {
	richJSON, err := json.Marshal(rich())
	if err != nil {
		f.Fatal(err)
	}
	seeds := []string{
		string(richJSON),                              // every field set
		`{"id":"e","name":"E"}`,                       // the smallest valid economy
		doc(okProvider),                               // a provider with a commissioner
		doc(`{"id":"P1","kind":"nhs_trsut"}`),         // unknown enum word
		`{"id":"e","name":"E","x":1} [] `,             // unknown field and trailing data
		`{"system":[{"income":"1e400"}]}`,             // huge number
		`{"system":[{"income":"1e-9000"}]}`,           // tiny number
		`{"sources":` + strings.Repeat("[", 70) + `}`, // deep nesting
		"{\"id\":\"\xff\"}",                           // invalid UTF-8
		`{"id":"\ud800","name":"E"}`,                  // lone surrogate
		`{"id":"a/b","name":"E","providers":[{"id":"P","name":"p","kind":"nhs_trust","services":[{"id":"S","name":"s","dependents":["S","S"]}]}]}`,
		`{"commissioners":[{"population":1e3}],"providers":[` + strings.Repeat(`{"x":1},`, 200) + `{}]}`,
		`null`, // not an object
		``,     // empty input
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := economy.Parse(data)
		if err != nil {
			fes := economy.FieldErrors(err)
			if len(fes) == 0 {
				t.Fatalf("error without a FieldError: %v", err)
			}
			if len(fes) > economy.MaxProblems+1 {
				t.Fatalf("%d problems reported, more than MaxProblems and the count", len(fes))
			}
			for _, fe := range fes {
				// Messages echo at most a word or a short value of the
				// input (an unknown enum word, a field list); paths echo
				// its keys.
				if len(fe.Message) > 1000+len(data) || len(fe.Path) > 4*len(data)+16 {
					t.Fatalf("a %d-byte message at a %d-byte path for a %d-byte input", len(fe.Message), len(fe.Path), len(data))
				}
			}
			return
		}
		if err := e.Validate(); err != nil {
			t.Fatalf("Parse accepted an invalid economy: %v", err)
		}
		if !e.Valid() {
			t.Fatal("Valid refuses what Validate accepts")
		}
		out, err := json.Marshal(e)
		if err != nil {
			t.Fatalf("cannot marshal what Parse accepted: %v", err)
		}
		again, err := economy.Parse(out)
		if err != nil {
			t.Fatalf("cannot parse what was marshalled: %v\n%s", err, out)
		}
		if !economy.Equal(e, again) {
			t.Fatalf("round trip changed the economy:\n%s", out)
		}
	})
}
