package economy_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/failregime/failregime/economy"
)

// FuzzParse checks that Parse never panics, and that whatever it accepts
// is valid, marshals, and parses back to an equal Economy.
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
		`null`,                                        // not an object
		``,                                            // empty input
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := economy.Parse(data)
		if err != nil {
			if len(economy.FieldErrors(err)) == 0 {
				t.Fatalf("error without a FieldError: %v", err)
			}
			return
		}
		if err := e.Validate(); err != nil {
			t.Fatalf("Parse accepted an invalid economy: %v", err)
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
