package api

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
)

// callEconomy is a small valid economy for the shipped editions: one trust
// with a service, an asset and a year of accounts, and one commissioner.
const callEconomy = `{"id": "E1", "name": "Area",
 "commissioners": [{"id": "C1", "name": "CCG", "kind": "ccg", "population": 1000}],
 "providers": [{"id": "R1", "name": "Trust", "kind": "nhs_trust", "ownership": "state_owned",
   "services": [{"id": "S1", "name": "A&E", "commissioners": ["C1"]}],
   "assets": [{"id": "A1", "description": "site", "class": "land", "value": "100", "needed_for": ["S1"]}],
   "accounts": [{"period": {"from": "2014-04-01", "to": "2015-03-31"}, "operating_income": "100"}]}]}`

// callBase is a valid request to the public Call, on the shipped editions.
const callBase = `{"date": "2015-07-01", "framework": "sr2015", "variant": {"economy.sr_min_failing": 2}, "economy": ` + callEconomy + `}`

// badCallInputs is every malformed request TestBadInputCall tries: 46 of
// them, through the public Call and the shipped editions. Each wants a
// failed response with a problem at path (the request as a whole when
// path is "") whose message contains message.
func badCallInputs(t *testing.T) []struct{ name, request, path, message string } {
	bad := func(old, new string) string {
		t.Helper()
		require.Contains(t, callBase, old, "the table is out of date with callBase")
		return strings.Replace(callBase, old, new, 1)
	}
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	// A parameter name with a dot is quoted in a path.
	const minFailing = `variant["economy.sr_min_failing"]`
	return []struct{ name, request, path, message string }{
		// The request as a whole.
		{"empty", ``, "", "request is empty"},
		{"blank", "\r\n ", "", "request is empty"},
		{"null", `null`, "", "not null"},
		{"array", `[{"list": "cases"}]`, "", "not an array"},
		{"number", `1e400`, "", "not a number"},
		{"invalid UTF-8", bad(`"Trust"`, "\"Tr\xc3\x28ust\""), "economy.providers[0].name", "invalid UTF-8 at byte"},
		{"overlong UTF-8", bad(`"Trust"`, "\"\xc0\xafTrust\""), "economy.providers[0].name", "invalid UTF-8 at byte"},
		{"lone surrogate", bad(`"Trust"`, `"Trust\ud800"`), "economy.providers[0].name", `lone surrogate \ud800`},
		{"byte order mark", "\uFEFF" + callBase, "", "byte order mark"},
		{"NUL byte", callBase + "\x00", "", "NUL byte"},
		{"trailing garbage", callBase + `}`, "", "unexpected data after the JSON value"},
		{"two requests", callBase + callBase, "", "unexpected data after the JSON value"},
		{"truncated", callBase[:len(`{"date": "2015-07-01", "framework": `)], "framework", "unexpected end of JSON input"},
		{"comment", `// assess` + "\n" + callBase, "", "invalid JSON"},
		{"single quotes", `{'list': 'cases'}`, "", "invalid JSON"},
		{"deep nesting in variant (10000 levels)", bad(`{"economy.sr_min_failing": 2}`, deep), "variant" + strings.Repeat("[0]", economy.MaxDepth), "nested deeper than 64 levels"},
		{"deep nesting in economy (10000 levels)", bad(`"name": "Area"`, `"name": "Area", "region": `+deep), "economy.region" + strings.Repeat("[0]", economy.MaxDepth-1), "nested deeper than 64 levels"},
		// Request fields.
		{"duplicate key", bad(`"framework": "sr2015"`, `"framework": "sr2015", "framework": "nof2022"`), "framework", "appears more than once"},
		{"unknown field", bad(`"framework": "sr2015"`, `"framework": "sr2015", "frame_work": 1`), "frame_work", "unknown field"},
		{"missing date", bad(`"date": "2015-07-01", `, ``), "date", "missing"},
		{"date wrong type", bad(`"2015-07-01"`, `20150701`), "date", "must be a string"},
		{"date not a day", bad(`"2015-07-01"`, `"2015-06-31"`), "date", "not a real date"},
		{"unknown framework", bad(`"sr2015"`, `"sr2051"`), "framework", `unknown framework "sr2051"`},
		{"unknown parameter", bad(`economy.sr_min_failing`, `economy.sr_min_falling`), `variant["economy.sr_min_falling"]`, "unknown parameter"},
		{"parameter 1e400", bad(`: 2}`, `: 1e400}`), minFailing, "must be written as a whole number"},
		{"parameter 1e-400", bad(`: 2}`, `: 1e-400}`), minFailing, "not a whole number"},
		{"parameter 20 digits", bad(`: 2}`, `: 12345678901234567890}`), minFailing, "out of range"},
		{"parameter wrong type", bad(`: 2}`, `: "two"}`), minFailing, "must be a whole number, not a string"},
		{"unknown rule set", bad(`"framework": "sr2015"`, `"framework": "sr2015", "rule_sets": ["asset_disposal"]`), "rule_sets[0]", "asset_disposal"},
		{"unknown case", bad(`"economy": `+callEconomy, `"case": "atlantis_2015"`), "case", `unknown case "atlantis_2015"`},
		{"economy and case", bad(`"economy"`, `"case": "essex_2015", "economy"`), "case", "not both"},
		{"economy null", bad(`"economy": `+callEconomy, `"economy": null`), "economy", "not null"},
		// The economy inside the request: paths are rooted at "economy.".
		{"economy unknown enum", bad(`"nhs_trust"`, `"nhs_hospital"`), "economy.providers[0].kind", `unknown ProviderKind "nhs_hospital"`},
		{"economy negative money", bad(`"operating_income": "100"`, `"operating_income": "-100"`), "economy.providers[0].accounts[0].operating_income", "must not be negative"},
		{"economy huge money 1e400", bad(`"value": "100"`, `"value": 1e400`), "economy.providers[0].assets[0].value", "must not exceed 1e15"},
		{"economy tiny money 1e-400", bad(`"value": "100"`, `"value": 1e-400`), "economy.providers[0].assets[0].value", "decimal places"},
		{"economy 20-digit integer", bad(`"population": 1000`, `"population": 99999999999999999999`), "economy.commissioners[0].population", "int64"},
		{"economy wrong type", bad(`"population": 1000`, `"population": [1000]`), "economy.commissioners[0].population", "must be a whole number, not an array"},
		{"economy missing id", bad(`"id": "R1", `, ``), "economy.providers[0].id", "is required"},
		{"economy dangling commissioner", bad(`"commissioners": ["C1"]`, `"commissioners": ["C2"]`), "economy.providers[0].services[0].commissioners[0]", `no commissioner "C2"`},
		{"economy dangling service", bad(`"needed_for": ["S1"]`, `"needed_for": ["S2"]`), "economy.providers[0].assets[0].needed_for[0]", `no service "S2"`},
		{"economy duplicate key", bad(`"name": "Trust"`, `"name": "Trust", "name": "Trust"`), "economy.providers[0].name", ""},
		{"economy commissioner listed twice", bad(`"commissioners": ["C1"]`, `"commissioners": ["C1", "C1"]`), "economy.providers[0].services[0].commissioners[1]", "listed twice"},
		{"economy ID with a slash", bad(`"id": "S1"`, `"id": "S/1"`), "economy.providers[0].services[0].id", "may hold only"},
		{"economy impossible date", bad(`"2015-03-31"`, `"2015-02-30"`), "economy.providers[0].accounts[0].period.to", "is not a real date"},
		{"economy whole number as 1e3", bad(`"population": 1000`, `"population": 1e3`), "economy.commissioners[0].population", "must be written as a whole number"},
	}
}

// TestBadInputCall sends Call 46 malformed requests (the request itself
// empty, null, not an object, not UTF-8, with a lone surrogate, a byte
// order mark, a NUL byte, trailing
// garbage, 10000 levels of nesting, duplicate keys; its fields of the
// wrong type, unknown, missing or out of range, with numbers such as 1e400,
// 1e-400 and 20 digits; and the economy inside it broken in each of those
// ways) and requires each to answer, without a panic, a valid JSON
// response with ok false, no assessment, and a problem at the expected
// path.
func TestBadInputCall(t *testing.T) {
	ok := decode(t, Call([]byte(callBase)))
	require.True(t, ok.OK, "the base request must succeed: %+v", ok.Errors)

	inputs := badCallInputs(t)
	require.Len(t, inputs, 46, "update the count in the doc comments when the table changes")
	for _, tt := range inputs {
		t.Run(tt.name, func(t *testing.T) {
			var out []byte
			require.NotPanics(t, func() { out = Call([]byte(tt.request)) })
			r := decode(t, out)
			require.False(t, r.OK)
			assert.Nil(t, r.Assessment)
			require.NotEmpty(t, r.Errors)
			var paths []string
			for _, p := range r.Errors {
				paths = append(paths, p.Path)
				assert.NotEmpty(t, p.Message, "at %q", p.Path)
			}
			assert.Contains(t, paths, tt.path, "errors: %+v", r.Errors)
			if tt.message != "" {
				var msgs []string
				for _, p := range r.Errors {
					msgs = append(msgs, p.Message)
				}
				assert.Contains(t, strings.Join(msgs, "\n"), tt.message)
			}
		})
	}
}
