package economy_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
)

// badBase is a small valid economy: one trust with a service, an asset and
// a year of accounts, and one commissioner. Each malformed input below is
// this document with one thing broken, so each error is about that thing.
const badBase = `{"id": "E1", "name": "Area",
 "commissioners": [{"id": "C1", "name": "CCG", "kind": "ccg", "population": 1000}],
 "providers": [{"id": "R1", "name": "Trust", "kind": "nhs_trust", "ownership": "state_owned",
   "services": [{"id": "S1", "name": "A&E", "commissioners": ["C1"]}],
   "assets": [{"id": "A1", "description": "site", "class": "land", "value": "100", "needed_for": ["S1"]}],
   "accounts": [{"period": {"from": "2014-04-01", "to": "2015-03-31"}, "operating_income": "100"}]}]}`

// breakBase replaces old, which must occur in badBase, with new.
func breakBase(t *testing.T, old, new string) string {
	t.Helper()
	require.Contains(t, badBase, old, "the table is out of date with badBase")
	return strings.Replace(badBase, old, new, 1)
}

// badParseInputs is every malformed economy TestBadInputParse tries:
// 37 of them. Each wants an error at path (the document as a whole when
// path is "") whose message contains message.
func badParseInputs(t *testing.T) []struct{ name, input, path, message string } {
	deep := strings.Repeat(`{"a": `, 10000) + `1` + strings.Repeat(`}`, 10000)
	deepArr := `{"id": "E1", "name": "Area", "region": ` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + `}`
	return []struct{ name, input, path, message string }{
		// The document as a whole.
		{"empty", ``, "", ""},
		{"blank", " \n\t ", "", ""},
		{"null", `null`, "", ""},
		{"array", `[]`, "", ""},
		{"string", `"economy"`, "", ""},
		{"number", `42`, "", ""},
		{"trailing garbage", badBase + ` x`, "", ""},
		{"two objects", badBase + ` {}`, "", ""},
		{"truncated", `{"id": "E1", "name": `, "name", "unexpected end of JSON input"},
		{"invalid UTF-8", strings.Replace(badBase, "Area", "Ar\xffea", 1), "name", "invalid UTF-8 at byte 25"},
		{"byte order mark", "\uFEFF" + badBase, "", "byte order mark"},
		{"deep objects (10000 levels)", deep, strings.TrimSuffix(strings.Repeat("a.", economy.MaxDepth), "."), "nested deeper than 64 levels"},
		{"deep arrays (10000 levels)", deepArr, "region" + strings.Repeat("[0]", economy.MaxDepth-1), "nested deeper than 64 levels"},
		// Fields.
		{"unknown field", breakBase(t, `"name": "Area"`, `"name": "Area", "colour": "blue"`), "colour", "unknown"},
		{"duplicate key", breakBase(t, `"name": "Area"`, `"name": "Area", "name": "Other"`), "name", ""},
		{"field name in another case", breakBase(t, `"name": "Area"`, `"Name": "Area"`), "Name", ""},
		// Types.
		{"string for a number", breakBase(t, `"population": 1000`, `"population": "1000"`), "commissioners[0].population", ""},
		{"number for a string", breakBase(t, `"name": "Trust"`, `"name": 7`), "providers[0].name", ""},
		{"object for a list", breakBase(t, `"needed_for": ["S1"]`, `"needed_for": {"S1": true}`), "providers[0].assets[0].needed_for", ""},
		{"null inside a list", breakBase(t, `"needed_for": ["S1"]`, `"needed_for": [null]`), "providers[0].assets[0].needed_for[0]", ""},
		{"boolean for a decimal", breakBase(t, `"value": "100"`, `"value": true`), "providers[0].assets[0].value", ""},
		// Enums.
		{"unknown provider kind", breakBase(t, `"kind": "nhs_trust"`, `"kind": "hospital"`), "providers[0].kind", "hospital"},
		{"unknown commissioner kind", breakBase(t, `"kind": "ccg"`, `"kind": "trust_board"`), "commissioners[0].kind", "trust_board"},
		{"unknown asset class", breakBase(t, `"class": "land"`, `"class": "castle"`), "providers[0].assets[0].class", "castle"},
		// Values.
		{"negative money", breakBase(t, `"operating_income": "100"`, `"operating_income": "-100"`), "providers[0].accounts[0].operating_income", ""},
		{"negative asset value", breakBase(t, `"value": "100"`, `"value": "-1"`), "providers[0].assets[0].value", ""},
		{"negative population", breakBase(t, `"population": 1000`, `"population": -5`), "commissioners[0].population", ""},
		{"not a calendar date", breakBase(t, `"2015-03-31"`, `"2015-02-30"`), "providers[0].accounts[0].period.to", ""},
		{"date out of range", breakBase(t, `"2014-04-01"`, `"1900-04-01"`), "providers[0].accounts[0].period.from", ""},
		{"huge number 1e400", breakBase(t, `"value": "100"`, `"value": 1e400`), "providers[0].assets[0].value", ""},
		{"tiny number 1e-400", breakBase(t, `"value": "100"`, `"value": 1e-400`), "providers[0].assets[0].value", ""},
		{"20-digit integer", breakBase(t, `"population": 1000`, `"population": 12345678901234567890`), "commissioners[0].population", ""},
		{"20-digit money", breakBase(t, `"value": "100"`, `"value": "12345678901234567890"`), "providers[0].assets[0].value", ""},
		{"1000-digit number", breakBase(t, `"value": "100"`, `"value": `+strings.Repeat("9", 1000)), "providers[0].assets[0].value", ""},
		// Facts missing or references dangling.
		{"missing id", breakBase(t, `"id": "R1", `, ``), "providers[0].id", ""},
		{"dangling commissioner", breakBase(t, `"commissioners": ["C1"]`, `"commissioners": ["C9"]`), "providers[0].services[0].commissioners[0]", ""},
		{"dangling service", breakBase(t, `"needed_for": ["S1"]`, `"needed_for": ["S9"]`), "providers[0].assets[0].needed_for[0]", ""},
	}
}

// TestBadInputParse feeds economy.Parse 37 malformed documents (wrong
// types, unknown enum words, negative money, missing facts, dangling
// references, huge and tiny numbers, 10000 levels of nesting, invalid
// UTF-8, empty, null, trailing garbage, duplicate keys, a byte order mark)
// and requires each to fail, without a panic, with a *FieldError at the
// expected path and the zero Economy.
func TestBadInputParse(t *testing.T) {
	_, err := economy.Parse([]byte(badBase))
	require.NoError(t, err, "the base document must be valid")
	inputs := badParseInputs(t)
	require.Len(t, inputs, 37, "update the count in the doc comments when the table changes")
	for _, tt := range inputs {
		t.Run(tt.name, func(t *testing.T) {
			var e economy.Economy
			var err error
			require.NotPanics(t, func() { e, err = economy.Parse([]byte(tt.input)) })
			require.Error(t, err)
			assert.Zero(t, e.ID, "a failed parse returns the zero Economy")
			fes := economy.FieldErrors(err)
			require.NotEmpty(t, fes, "every problem is a *FieldError: %v", err)
			var paths []string
			for _, fe := range fes {
				paths = append(paths, fe.Path)
				assert.NotEmpty(t, fe.Message, "at %q", fe.Path)
			}
			assert.Contains(t, paths, tt.path, "errors: %v", err)
			if tt.message != "" {
				assert.Contains(t, err.Error(), tt.message)
			}
		})
	}
}
