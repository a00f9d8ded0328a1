package api

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
)

// FuzzCall checks that no request makes Call panic or answer anything but
// one JSON object with schema 1, a boolean ok and, when ok is false, at
// least one problem and at most economy.MaxProblems and the count of the
// rest, each of a bounded length for the request's size; and that an
// answer is in proportion to what was asked: at most responsePerByte
// bytes per byte of the request (and of the case it names), beyond the
// description of the framework every answer carries. Each input goes to
// the shipped editions and to the test edition, whose parameters and rule
// sets reach more code.
// responseBase and responsePerByte bound a response: the description of
// every framework ({"list": "frameworks"}, some 240 KB) and at most a
// kilobyte per byte of request, where TestHostileInputsGrowLinearly
// measures at most a few hundred up to the limits.
const (
	responseBase    = 512 << 10
	responsePerByte = 1000
)

func FuzzCall(f *testing.F) {
	raw, err := cases.Raw("north_cumbria_2015")
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{
		``, `{}`, `[]`, `{"list": "frameworks"}`, `{"list": "cases"}`,
		`{"date": "2015-06-03", "case": "north_cumbria_2015", "text": true}`,
		`{"date": "2015-06-03", "facts_date": "2015-03-31", "framework": "test2015", "variant": {"min_failing": 1, "liquidity_min": "-1.5", "strict": true, "trigger": "inadequate"}, "rule_sets": ["economy_intervention"], "case": "north_cumbria_2015"}`,
		`{"date": "2015-06-31", "colour": 1, "variant": {"nope": 1}, "economy": {"id": 1, "x": 2}}`,
		`{"date": "2015-06-03", "economy": ` + string(raw) + `}`,
		"{\"list\": \"\xff\"}", `{"a": [[[[[[[[[[]]]]]]]]]]}`, `{"list": "cases"} {}`,
		`{"date": "2015-06-03", "variant": {"min_failing": 1e3, "liquidity_min": 1e999999999}, "economy": {"id": "a/b", "name": "\udc00"}}`,
		"\uFEFF{\"list\": \"cases\"}\x00",
	} {
		f.Add([]byte(seed))
	}
	cat := testCatalogue(f)
	f.Fuzz(func(t *testing.T, request []byte) {
		keep := bytes.Clone(request)
		for _, out := range [][]byte{Call(request), call(request, cat)} {
			var r struct {
				Schema *int `json:"schema"`
				OK     *bool
				Errors []Problem `json:"errors"`
				Case   string    `json:"case"`
			}
			if !json.Valid(out) {
				t.Fatalf("invalid JSON response %q", out)
			}
			if err := json.Unmarshal(out, &r); err != nil {
				t.Fatalf("response %q: %v", out, err)
			}
			if r.Schema == nil || *r.Schema != Schema || r.OK == nil {
				t.Fatalf("response without schema 1 and ok: %s", out)
			}
			if !*r.OK && len(r.Errors) == 0 {
				t.Fatalf("failure without problems: %s", out)
			}
			if len(r.Errors) > economy.MaxProblems+1 {
				t.Fatalf("%d problems, more than MaxProblems and the count", len(r.Errors))
			}
			for _, p := range r.Errors {
				if len(p.Message) > 2000+len(request) || len(p.Path) > 4*len(request)+16 {
					t.Fatalf("a %d-byte message at a %d-byte path for a %d-byte request", len(p.Message), len(p.Path), len(request))
				}
			}
			asked := len(request)
			if r.Case != "" {
				raw, err := cases.Raw(r.Case)
				if err != nil {
					t.Fatal(err)
				}
				asked += len(raw)
			}
			if len(out) > responseBase+responsePerByte*asked {
				t.Fatalf("a %d-byte response for %d bytes asked: more than %d a byte", len(out), asked, responsePerByte)
			}
		}
		if !bytes.Equal(keep, request) {
			t.Fatal("Call modified its input")
		}
	})
}
