package economy_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
)

func TestParseRichRoundTrip(t *testing.T) {
	want := rich()
	require.NoError(t, want.Validate())

	data, err := json.Marshal(want)
	require.NoError(t, err)
	again, err := json.Marshal(want)
	require.NoError(t, err)
	assert.Equal(t, string(data), string(again), "marshalling must be deterministic")

	got, err := economy.Parse(data)
	require.NoError(t, err)
	assert.True(t, economy.Equal(want, got), "parsed economy differs from the original")

	redone, err := json.Marshal(got)
	require.NoError(t, err)
	assert.JSONEq(t, string(data), string(redone))
}

func TestParseProvider(t *testing.T) {
	want := rich().Providers[0]
	data, err := json.Marshal(want)
	require.NoError(t, err)
	got, err := economy.ParseProvider(data)
	require.NoError(t, err)
	assert.True(t, economy.Equal(economy.Economy{Providers: []economy.Provider{want}},
		economy.Economy{Providers: []economy.Provider{got}}))

	_, err = economy.ParseProvider([]byte(`{"id":"X","name":"x","kind":"nhs_trust","accounts":[{"period":{"from":"2015-04-01","to":"2014-04-01"}}]}`))
	assertProblems(t, []problem{{"accounts[0].period.to", "must not be before from"}}, err)
}

// problem is an expected FieldError: its exact path and part of its
// message.
type problem struct {
	path    string
	message string
}

// assertProblems checks that err holds exactly the wanted problems, in
// order, and that errors.As finds the first.
func assertProblems(t *testing.T, want []problem, err error) {
	t.Helper()
	require.Error(t, err)
	var fe *economy.FieldError
	require.True(t, errors.As(err, &fe), "errors.As must find a *FieldError in %v", err)
	got := economy.FieldErrors(err)
	require.Len(t, got, len(want), "problems: %v", err)
	for i, w := range want {
		assert.Equal(t, w.path, got[i].Path, "problem %d: %v", i, got[i])
		assert.Contains(t, got[i].Message, w.message, "problem %d", i)
	}
}

// doc wraps provider JSON in a minimal economy with one commissioner.
func doc(providers string) string {
	return `{"id":"e","name":"E","commissioners":[{"id":"C1","name":"c","kind":"ccg"}],"providers":[` + providers + `]}`
}

const okProvider = `{"id":"P1","name":"p","kind":"nhs_trust","services":[{"id":"S1","name":"s"}]}`

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name string
		give string
		want problem
	}{
		{"unknown field at depth", doc(okProvider + `,{"id":"P2","name":"q","kind":"nhs_trust","services":[{"id":"S","name":"s","colour":"red"}]}`),
			problem{"providers[1].services[0].colour", "unknown field"}},
		{"field name case matters", `{"id":"e","Name":"E","name":"E"}`, problem{"Name", "unknown field"}},
		{"repeated field", `{"id":"e","id":"f","name":"E"}`, problem{"id", "appears more than once"}},
		{"trailing data", `{"id":"e","name":"E"} {}`, problem{"", "unexpected data after the JSON value"}},
		{"wrong type", doc(`{"id":"P1","name":"p","kind":"nhs_trust","licensed":"yes"}`), problem{"providers[0].licensed", "must be true or false, not a string"}},
		{"unknown enum word", doc(`{"id":"P1","name":"p","kind":"nhs_trsut"}`),
			problem{"providers[0].kind", `unknown ProviderKind "nhs_trsut" (allowed: unknown, nhs_trust, nhs_foundation_trust`}},
		{"bad date", doc(`{"id":"P1","name":"p","kind":"nhs_foundation_trust","authorised":"2015-02-30"}`),
			problem{"providers[0].authorised", `date "2015-02-30" is not a real date: February 2015 has 28 days`}},
		{"malformed date", doc(`{"id":"P1","name":"p","kind":"nhs_foundation_trust","authorised":"2015-2-3"}`),
			problem{"providers[0].authorised", `date "2015-2-3": want YYYY-MM-DD`}},
		{"year 1", doc(`{"id":"P1","name":"p","kind":"nhs_foundation_trust","authorised":"0001-01-01"}`),
			problem{"providers[0].authorised", "must not be before 1948-07-05"}},
		{"bad decimal", doc(`{"id":"P1","name":"p","kind":"nhs_trust","assets":[{"id":"A","description":"a","value":"12,000"}]}`),
			problem{"providers[0].assets[0].value", `"12,000" is not a decimal number`}},
		{"negative money", doc(`{"id":"P1","name":"p","kind":"nhs_trust","accounts":[{"period":{"from":"2014-04-01","to":"2015-03-31"},"operating_expenses":-1}]}`),
			problem{"providers[0].accounts[0].operating_expenses", "must not be negative"}},
		{"huge number", doc(`{"id":"P1","name":"p","kind":"nhs_trust","assets":[{"id":"A","description":"a","value":1e400}]}`),
			problem{"providers[0].assets[0].value", "must not exceed 1e15 in absolute value"}},
		{"very long number", doc(`{"id":"P1","name":"p","kind":"nhs_trust","assets":[{"id":"A","description":"a","value":1` + strings.Repeat("0", 200) + `}]}`),
			problem{"providers[0].assets[0].value", "longer than 100 characters"}},
		{"duplicate id", doc(okProvider + `,` + okProvider), problem{"providers[1].id", `duplicate id "P1", first used at providers[0]`}},
		{"dangling commissioner", doc(`{"id":"P1","name":"p","kind":"nhs_trust","services":[{"id":"S1","name":"s","commissioners":["C9"]}]}`),
			problem{"providers[0].services[0].commissioners[0]", `no commissioner "C9" in the economy`}},
		{"dangling alternative", doc(`{"id":"P1","name":"p","kind":"nhs_trust","services":[{"id":"S1","name":"s","alternatives":[{"provider_id":"P9"}]}]}`),
			problem{"providers[0].services[0].alternatives[0].provider_id", `no provider "P9" in the economy`}},
		{"alternative is itself", doc(`{"id":"P1","name":"p","kind":"nhs_trust","services":[{"id":"S1","name":"s","alternatives":[{"provider_id":"P1"}]}]}`),
			problem{"providers[0].services[0].alternatives[0].provider_id", "must not be the service's own provider"}},
		{"asset needed for missing service", doc(`{"id":"P1","name":"p","kind":"nhs_trust","assets":[{"id":"A","description":"a","needed_for":["S9"]}]}`),
			problem{"providers[0].assets[0].needed_for[0]", `no service "S9" in this provider`}},
		{"null in array", doc(`null`), problem{"providers[0]", "must not be null"}},
		{"map key with spaces", doc(`{"id":"P1","name":"p","kind":"nhs_trust","performance":[{"period":{"from":"2014-04-01","to":"2015-03-31"},"other":{"A&E 12h":true}}]}`),
			problem{`providers[0].performance[0].other["A&E 12h"]`, "must be a number, or a string holding one, not a boolean"}},
		{"invalid UTF-8", "{\"id\":\"\xff\",\"name\":\"E\"}", problem{"id", "invalid UTF-8 at byte 8 (line 1, column 8)"}},
		{"syntax error", `{"id":"e",}`, problem{"", "invalid JSON at byte"}},
		{"truncated", `{"id":"e","providers":[`, problem{"providers", "unexpected end of JSON input"}},
		{"not an object", `[1,2]`, problem{"", "must be a JSON object, not an array"}},
		{"string at root", `"economy"`, problem{"", "must be a JSON object, not a string"}},
		{"empty input", ``, problem{"", "input is empty"}},
		{"blank input", " \n\t", problem{"", "input is empty"}},
		{"null", `null`, problem{"", "must be a JSON object, not null"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := economy.Parse([]byte(tt.give))
			assertProblems(t, []problem{tt.want}, err)
			assert.True(t, economy.Equal(economy.Economy{}, got), "Parse must return the zero Economy on error")
		})
	}
}

// TestParseDeepNesting: nesting beyond MaxDepth is reported where it
// passes the limit, and the value is skipped without recursion; the type
// problem where it starts is reported too, since no field of an economy
// nests arrays.
func TestParseDeepNesting(t *testing.T) {
	give := `{"id":"e","name":"E","sources":[` + strings.Repeat("{\"document\":[", 100000) + strings.Repeat("]}", 100000) + `]}`
	_, err := economy.Parse([]byte(give))
	assertProblems(t, []problem{
		{"sources[0]" + strings.Repeat(".document[0]", 31), "nested deeper than 64 levels"},
		{"sources[0].document", "must be a string, not an array"},
	}, err)
}

func TestParseReportsEveryProblemAtOnce(t *testing.T) {
	give := `{"id":"e","name":"E","providers":[
		{"id":"P1","name":"p","kind":"nhs_trust"},
		{"id":"P2","name":7,"kind":"nhs_trsut","accounts":[{"period":{"from":"2015-02-30","to":"2016-03-31"},"surplus":"lots"}],"extra":1}
	],"local_authorities":[{"id":"L","name":"l","code":"x"}]}`
	_, err := economy.Parse([]byte(give))
	assertProblems(t, []problem{
		{"providers[1].name", "must be a string, not a number"},
		{"providers[1].kind", `unknown ProviderKind "nhs_trsut"`},
		{"providers[1].accounts[0].period.from", `date "2015-02-30"`},
		{"providers[1].accounts[0].surplus", `"lots" is not a decimal number`},
		{"providers[1].extra", "unknown field"},
		{"local_authorities[0].code", "unknown field"},
	}, err)
}

func TestParseReportsEveryValidationProblemAtOnce(t *testing.T) {
	give := `{"id":"","name":"E","providers":[
		{"id":"P1","name":"p","kind":"independent_private","ownership":"state_owned","authorised":"2010-01-01"},
		{"id":"P1","name":"","kind":"nhs_trust","assets":[{"id":"A","description":"a","value":"-5"}]}
	]}`
	_, err := economy.Parse([]byte(give))
	assertProblems(t, []problem{
		{"id", "is required"},
		{"providers[0].ownership", "must not be state_owned for an independent_private provider"},
		{"providers[0].authorised", "is only for NHS foundation trusts"},
		{"providers[1].name", "is required"},
		{"providers[1].assets[0].value", "must not be negative"},
		{"providers[1].id", `duplicate id "P1", first used at providers[0]`},
	}, err)
}

func TestParseAcceptsNullAsNotGiven(t *testing.T) {
	got, err := economy.Parse([]byte(`{"id":"e","name":"E","region":null,"providers":[{"id":"P1","name":"p","kind":"nhs_trust","licensed":null,"authorised":null,
		"accounts":[{"period":{"from":"2014-04-01","to":"2015-03-31"},"surplus":null,"ebitda":"-1.50"}]}]}`))
	require.NoError(t, err)
	a := got.Providers[0].Accounts[0]
	assert.False(t, a.Surplus.Valid)
	assert.True(t, a.EBITDA.Valid)
	assert.Equal(t, "-1.5", a.EBITDA.Decimal.String())
	assert.Nil(t, got.Providers[0].Licensed)
}
