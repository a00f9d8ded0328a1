package api

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decode parses a response strictly: unknown fields are a test failure,
// and decisions go through regime's own strict decoder.
func decode(t testing.TB, out []byte) Response {
	t.Helper()
	require.True(t, json.Valid(out), "response is not JSON: %s", out)
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields()
	var r Response
	require.NoError(t, dec.Decode(&r), "%s", out)
	require.Equal(t, Schema, r.Schema)
	return r
}

func nested(open, close string, n int) string {
	return strings.Repeat(open, n) + strings.Repeat(close, n)
}

// deepPath is the path readValue reports for a value nested n arrays deep
// under parent.
func deepPath(parent string, n int) string {
	return parent + strings.Repeat("[0]", n)
}

const caseReq = `"case": "north_cumbria_2015"`

func TestMalformedRequests(t *testing.T) {
	tests := []struct {
		name    string
		request string
		path    string // the one problem expected
		message string // a substring of its message
	}{
		{"invalid UTF-8", "{\"list\": \"cases\xff\"}", "list", "invalid UTF-8 at byte 16 (line 1, column 16)"},
		{"lone surrogate", `{"list": "cases\udfff"}`, "list", `lone surrogate \udfff at byte 16`},
		{"byte order mark", "\uFEFF" + `{"list": "cases"}`, "", "the request starts with a UTF-8 byte order mark (bytes EF BB BF), which JSON does not allow; remove it"},
		{"NUL byte", "{\"list\": \"cases\"}\x00", "", "the request contains a NUL byte at byte 18 (line 1, column 18); JSON text never does"},
		{"too large", `{"list": "` + strings.Repeat("x", economy.MaxInputBytes) + `"}`, "", "the request is 16777228 bytes, more than the limit of 16777216"},
		{"empty", "", "", "request is empty"},
		{"blank", " \n\t", "", "request is empty"},
		{"array", `[]`, "", "must be a JSON object, not an array"},
		{"string", `"list"`, "", "must be a JSON object, not a string"},
		{"null", `null`, "", "must be a JSON object, not null"},
		{"number", `12`, "", "must be a JSON object, not a number"},
		{"trailing object", `{"list": "cases"} {}`, "", "unexpected data after the JSON value at byte 19 (line 1, column 19)"},
		{"trailing junk", `{"list": "cases"} x`, "", "unexpected data after the JSON value"},
		{"syntax error", `{"list": "cases",}`, "", "invalid JSON at byte"},
		{"bare word", `{"date": 2015-06-03}`, "", "invalid JSON"},
		{"truncated", `{"date": `, "date", "unexpected end of JSON input"},
		{"truncated inside", `{"variant": {"a": [1, `, "variant.a[1]", "unexpected end of JSON input"},
		{"unknown field", `{"list": "cases", "colour": "blue"}`, "colour", "unknown field; known fields: list, date"},
		{"unknown odd field", `{"list": "cases", "a b": 1}`, `["a b"]`, "unknown field"},
		{"repeated field", `{"list": "cases", "list": "cases"}`, "list", "appears more than once"},
		{"list type", `{"list": 1}`, "list", "must be a string, not a number"},
		{"list word", `{"list": "trusts"}`, "list", `unknown list "trusts"; want "frameworks" or "cases"`},
		{"list with date", `{"list": "cases", "date": "2015-06-03"}`, "date", `not allowed with "list"`},
		{"missing date", `{` + caseReq + `}`, "date", "missing; want the decision date as YYYY-MM-DD"},
		{"date type", `{"date": 20150603, ` + caseReq + `}`, "date", "must be a string, not a number"},
		{"date not a day", `{"date": "2015-02-30", ` + caseReq + `}`, "date", `date "2015-02-30" is not a real date: February 2015 has 28 days`},
		{"date format", `{"date": "3 June 2015", ` + caseReq + `}`, "date", `date "3 June 2015": want YYYY-MM-DD`},
		{"date too early", `{"date": "1900-01-01", ` + caseReq + `}`, "date", "must not be before 1948-07-05, when the NHS was founded"},
		{"date too late", `{"date": "2101-01-01", ` + caseReq + `}`, "date", "must not be after 2100-12-31"},
		{"no edition in force", `{"date": "2010-01-01", ` + caseReq + `}`, "date", "no framework edition was in force on 2010-01-01 (the editions start on 2015-04-01)"},
		{"no edition in force, asked", `{"date": "2010-01-01", "framework": "in_force", ` + caseReq + `}`, "date", "no framework edition was in force"},
		{"facts date", `{"date": "2015-06-03", "facts_date": "2015-06", ` + caseReq + `}`, "facts_date", "want YYYY-MM-DD"},
		{"facts date type", `{"date": "2015-06-03", "facts_date": null, ` + caseReq + `}`, "facts_date", "must be a string, not null"},
		{"unknown framework", `{"date": "2015-06-03", "framework": "sr2051", ` + caseReq + `}`, "framework", `unknown framework "sr2051"; known: test2015, empty2016, or "in_force"`},
		{"framework type", `{"date": "2015-06-03", "framework": ["test2015"], ` + caseReq + `}`, "framework", "must be a string, not an array"},
		{"variant type", `{"date": "2015-06-03", "variant": [], ` + caseReq + `}`, "variant", "must be an object of parameter names and values, not an array"},
		{"variant unknown", `{"date": "2015-06-03", "variant": {"nope": 1}, ` + caseReq + `}`, "variant.nope", "unknown parameter of test2015; its parameters are liquidity_min, min_failing, strict, notice, review, trigger"},
		{"variant none", `{"date": "2016-06-03", "variant": {"nope": 1}, ` + caseReq + `}`, "variant.nope", "unknown parameter of empty2016; it has no parameters"},
		{"variant decimal type", `{"date": "2015-06-03", "variant": {"liquidity_min": true}, ` + caseReq + `}`, "variant.liquidity_min", "must be a number, or a string holding one, not a boolean"},
		{"variant decimal huge", `{"date": "2015-06-03", "variant": {"liquidity_min": 1e999999999}, ` + caseReq + `}`, "variant.liquidity_min", "1e999999999 is out of range: must not exceed 1e15 in absolute value"},
		{"variant decimal beyond a decimal", `{"date": "2015-06-03", "variant": {"liquidity_min": "-1e99999999999"}, ` + caseReq + `}`, "variant.liquidity_min", `"-1e99999999999" is out of range`},
		{"variant decimal word", `{"date": "2015-06-03", "variant": {"liquidity_min": "lots"}, ` + caseReq + `}`, "variant.liquidity_min", `"lots" is not a decimal number`},
		{"variant decimal places", `{"date": "2015-06-03", "variant": {"liquidity_min": 0.0000000000000000000000000000001}, ` + caseReq + `}`, "variant.liquidity_min", "must not have more than 30 decimal places"},
		{"variant int fraction", `{"date": "2015-06-03", "variant": {"min_failing": 2.5}, ` + caseReq + `}`, "variant.min_failing", "2.5 is not a whole number"},
		{"variant int written 1e3", `{"date": "2015-06-03", "variant": {"min_failing": 1e3}, ` + caseReq + `}`, "variant.min_failing", "1e3 must be written as a whole number, without a decimal point or exponent: 1000"},
		{"variant int written 2.0", `{"date": "2015-06-03", "variant": {"min_failing": 2.0}, ` + caseReq + `}`, "variant.min_failing", "2.0 must be written as a whole number"},
		{"variant int type", `{"date": "2015-06-03", "variant": {"notice": "30"}, ` + caseReq + `}`, "variant.notice", "must be a whole number, not a string"},
		{"variant decimal below range", `{"date": "2015-06-03", "variant": {"liquidity_min": -365.01}, ` + caseReq + `}`, "variant.liquidity_min", "-365.01 is outside the range of liquidity_min, -365 to 365 days"},
		{"variant int above range", `{"date": "2015-06-03", "variant": {"min_failing": 1001}, ` + caseReq + `}`, "variant.min_failing", "1001 is outside the range of min_failing, 0 to 1000"},
		{"variant days below range", `{"date": "2015-06-03", "variant": {"notice": -1}, ` + caseReq + `}`, "variant.notice", "-1 is outside the range of notice, 0 to 365 days"},
		{"variant months huge", `{"date": "2015-06-03", "variant": {"review": 9223372036854775807}, ` + caseReq + `}`, "variant.review", "9223372036854775807 is outside the range of review, 0 to 120 months"},
		{"variant months negative", `{"date": "2015-06-03", "variant": {"review": -12}, ` + caseReq + `}`, "variant.review", "-12 is outside the range of review, 0 to 120 months"},
		{"variant int overflow", `{"date": "2015-06-03", "variant": {"review": 99999999999999999999}, ` + caseReq + `}`, "variant.review", "99999999999999999999 is out of range for int64"},
		{"variant bool", `{"date": "2015-06-03", "variant": {"strict": "yes"}, ` + caseReq + `}`, "variant.strict", "must be true or false, not a string"},
		{"variant enum", `{"date": "2015-06-03", "variant": {"trigger": "good"}, ` + caseReq + `}`, "variant.trigger", `"good" is not one of inadequate, requires_improvement`},
		{"variant repeated", `{"date": "2015-06-03", "variant": {"min_failing": 1, "min_failing": 2}, ` + caseReq + `}`, "variant.min_failing", "appears more than once"},
		{"rule sets type", `{"date": "2015-06-03", "rule_sets": "economy_intervention", ` + caseReq + `}`, "rule_sets", "must be an array of rule set IDs, not a string"},
		{"rule sets empty", `{"date": "2015-06-03", "rule_sets": [], ` + caseReq + `}`, "rule_sets", "must name at least one rule set"},
		{"rule set type", `{"date": "2015-06-03", "rule_sets": [1], ` + caseReq + `}`, "rule_sets[0]", "must be a string, not a number"},
		{"rule set unknown", `{"date": "2015-06-03", "rule_sets": ["economy_intervention", "asset_protection"], ` + caseReq + `}`, "rule_sets[1]",
			`framework test2015 has no rule set "asset_protection"; it has provider_intervention, economy_intervention`},
		{"rule set twice", `{"date": "2015-06-03", "rule_sets": ["economy_intervention", "economy_intervention"], ` + caseReq + `}`, "rule_sets[1]", "is listed twice"},
		{"rule set of an empty edition", `{"date": "2016-06-03", "rule_sets": ["economy_intervention"], ` + caseReq + `}`, "rule_sets[0]", "it has none"},
		{"no economy", `{"date": "2015-06-03"}`, "economy", "missing; give an economy, or a case by name"},
		{"economy type", `{"date": "2015-06-03", "economy": "wne-cumbria"}`, "economy", "must be an object, not a string"},
		{"economy field", `{"date": "2015-06-03", "economy": {"id": "x", "name": "y", "providers": [{"id": "R1", "name": "T", "kind": "hospital"}]}}`,
			"economy.providers[0].kind", `unknown ProviderKind "hospital"`},
		{"economy unknown field", `{"date": "2015-06-03", "economy": {"id": "x", "name": "y", "colour": 1}}`, "economy.colour", "unknown field"},
		{"economy validation", `{"date": "2015-06-03", "economy": {"id": "x", "name": ""}}`, "economy.name", ""},
		{"case type", `{"date": "2015-06-03", "case": 1}`, "case", "must be a string, not a number"},
		{"case unknown", `{"date": "2015-06-03", "case": "devon_2015"}`, "case", `unknown case "devon_2015"; known: basildon_2009, challenged_cambridge_peterborough_2014, `},
		{"text type", `{"date": "2015-06-03", "text": "yes", ` + caseReq + `}`, "text", "must be true or false, not a string"},
	}
	cat := testCatalogue(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := decode(t, call([]byte(tt.request), cat))
			require.False(t, r.OK)
			require.Len(t, r.Errors, 1, "%+v", r.Errors)
			assert.Equal(t, tt.path, r.Errors[0].Path)
			assert.Contains(t, r.Errors[0].Message, tt.message)
			assert.Nil(t, r.Assessment)
			assert.Nil(t, r.Framework)
		})
	}
}

// TestDeepRequests: nesting beyond economy.MaxDepth is reported where it
// passes the limit, counted from the request's own values, and the
// request's other problems are reported with it.
func TestDeepRequests(t *testing.T) {
	tests := []struct {
		name    string
		request string
		paths   []string
	}{
		{"variant", `{"date": "2015-06-03", "variant": {"min_failing": ` + nested("[", "]", 100) + `}, ` + caseReq + `}`,
			[]string{deepPath("variant.min_failing", economy.MaxDepth-1), "variant.min_failing"}},
		{"economy", `{"date": "2015-06-03", "economy": {"id": "x", "name": "y", "region": ` + nested("[", "]", 100000) + `}}`,
			[]string{deepPath("economy.region", economy.MaxDepth-1), "economy.region"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := decode(t, call([]byte(tt.request), testCatalogue(t)))
			require.False(t, r.OK)
			var paths []string
			for _, p := range r.Errors {
				paths = append(paths, p.Path)
			}
			assert.Equal(t, tt.paths, paths)
			assert.Equal(t, "nested deeper than 64 levels", r.Errors[0].Message)
		})
	}
}

// TestAllProblemsAtOnce checks that one response lists every problem of a
// request, in the request's order, each at its path.
func TestAllProblemsAtOnce(t *testing.T) {
	req := `{
		"date": "2015-06-31",
		"facts_date": 2015,
		"colour": "blue",
		"framework": "test2015",
		"variant": {"min_failing": "two", "trigger": "good", "nope": 1},
		"rule_sets": ["economy_intervention", 7, "x"],
		"economy": {"id": "x", "name": "y", "providers": [{"id": "R1", "name": "T", "kind": "hospital"}, {"id": 2}]},
		"case": "devon_2015",
		"text": 1
	}`
	r := decode(t, call([]byte(req), testCatalogue(t)))
	require.False(t, r.OK)
	var paths []string
	for _, p := range r.Errors {
		paths = append(paths, p.Path)
		assert.NotEmpty(t, p.Message, p.Path)
	}
	assert.Equal(t, []string{
		"colour",
		"date",
		"facts_date",
		"variant.min_failing",
		"variant.trigger",
		"variant.nope",
		"rule_sets[1]",
		"rule_sets[2]",
		"case",
		"economy.providers[0].kind",
		"economy.providers[1].id",
		// Problems of reading do not hide Validate's: providers[1] has
		// no name and no kind.
		"economy.providers[1].name",
		"economy.providers[1].kind",
		"case",
		"text",
	}, paths)
}

func TestInternalErrors(t *testing.T) {
	t.Run("frameworks do not build", func(t *testing.T) {
		r := decode(t, call([]byte(`{"list": "frameworks"}`), brokenCatalogue))
		require.False(t, r.OK)
		require.Len(t, r.Errors, 1)
		assert.Equal(t, "", r.Errors[0].Path)
		assert.Contains(t, r.Errors[0].Message, "internal error: the shipped frameworks do not build: edition x does not build")
	})
	t.Run("a panic becomes a response", func(t *testing.T) {
		cat := testCatalogue(t)
		cat.caseNames = func() []string { panic("boom") }
		r := decode(t, call([]byte(`{"list": "cases"}`), cat))
		require.False(t, r.OK)
		require.Equal(t, []Problem{{Path: "", Message: "internal error: boom"}}, r.Errors)
	})
}

// TestAssess checks the shape of a successful answer with the test
// edition, whose decisions are known.
func TestAssess(t *testing.T) {
	cat := testCatalogue(t)
	e, err := cases.Load("north_cumbria_2015")
	require.NoError(t, err)
	f, err := testFramework()
	require.NoError(t, err)
	date := economy.MustDate("2015-06-03")
	want, err := f.Assess(regime.NewEnv(&e, date))
	require.NoError(t, err)
	require.NotEmpty(t, want.Decisions)

	for _, req := range []string{
		`{"date": "2015-06-03", ` + caseReq + `}`,
		`{"date": "2015-06-03", "framework": "in_force", ` + caseReq + `}`,
		`{"date": "2015-06-03", "framework": "test2015", ` + caseReq + `}`,
	} {
		r := decode(t, call([]byte(req), cat))
		require.True(t, r.OK, "%+v", r.Errors)
		assert.Equal(t, "north_cumbria_2015", r.Case)
		require.NotNil(t, r.Framework)
		assert.Equal(t, FrameworkInfo{
			ID: "test2015", Name: "Test edition", Edition: "2015/16", From: "2015-04-01", To: "2016-03-31",
			Hash: f.Hash(), Sources: []economy.Citation{testCite},
			RuleSets: []RuleSetInfo{
				{ID: england.ProviderIntervention, Title: "provider intervention", Policy: regime.First, AppliesTo: []regime.SubjectKind{regime.SubjectProvider}, Citation: testCite},
				{ID: england.EconomyIntervention, Title: "economy intervention", Policy: regime.First, AppliesTo: []regime.SubjectKind{regime.SubjectEconomy}, Citation: testCite},
			},
			Parameters: f.Parameters(),
		}, *r.Framework)
		require.NotNil(t, r.Assessment)
		assert.Nil(t, r.Text)
		assertSameAssessment(t, want, *r.Assessment)
	}
}

func assertSameAssessment(t *testing.T, want, got regime.Assessment) {
	t.Helper()
	require.Len(t, got.Decisions, len(want.Decisions))
	for i := range want.Decisions {
		assert.True(t, want.Decisions[i].Equal(got.Decisions[i]), "decision %d", i)
	}
	want.Decisions, got.Decisions = nil, nil
	assert.Equal(t, want, got)
}

func TestText(t *testing.T) {
	r := decode(t, call([]byte(`{"date": "2015-06-03", "text": true, `+caseReq+`}`), testCatalogue(t)))
	require.True(t, r.OK)
	require.NotNil(t, r.Text)
	require.Len(t, r.Text.Decisions, len(r.Assessment.Decisions))
	assert.Equal(t, r.Assessment.Text(), r.Text.Assessment)
	for i, d := range r.Assessment.Decisions {
		assert.Equal(t, d.Text(), r.Text.Decisions[i])
	}
}

func TestFactsDate(t *testing.T) {
	r := decode(t, call([]byte(`{"date": "2015-06-03", "facts_date": "2015-03-31", `+caseReq+`}`), testCatalogue(t)))
	require.True(t, r.OK)
	assert.Equal(t, economy.MustDate("2015-06-03"), r.Assessment.DecisionDate)
	assert.Equal(t, economy.MustDate("2015-03-31"), r.Assessment.FactsDate)
	for _, d := range r.Assessment.Decisions {
		assert.Equal(t, economy.MustDate("2015-03-31"), d.FactsDate)
	}
}

func TestVariant(t *testing.T) {
	req := `{"date": "2015-06-03", "variant": {"min_failing": 5, "liquidity_min": "-20.5", "strict": false,
		"notice": 10, "review": 6, "trigger": "requires_improvement"}, ` + caseReq + `}`
	r := decode(t, call([]byte(req), testCatalogue(t)))
	require.True(t, r.OK, "%+v", r.Errors)
	f, err := testFramework()
	require.NoError(t, err)
	assert.Equal(t, "test2015", r.Framework.ID)
	assert.NotEmpty(t, r.Framework.Variant)
	assert.NotEqual(t, f.Hash(), r.Framework.Hash)
	assert.Equal(t, r.Framework.Hash, r.Assessment.Framework.Hash)
	values := map[string]string{}
	for _, p := range r.Framework.Parameters {
		assert.True(t, p.Overridden, p.Name)
		values[p.Name] = p.Value
	}
	assert.Equal(t, map[string]string{"liquidity_min": "-20.5", "min_failing": "5", "strict": "false",
		"notice": "10", "review": "6", "trigger": "requires_improvement"}, values)
	// Three providers no longer reach five: the area is not in the regime.
	last := r.Assessment.Decisions[len(r.Assessment.Decisions)-1]
	require.Equal(t, england.EconomyIntervention, last.RuleSet)
	res, ok := last.Ruling()
	require.True(t, ok)
	assert.Equal(t, "no_area_wide_regime", res.Code)
}

func TestRuleSetFilter(t *testing.T) {
	r := decode(t, call([]byte(`{"date": "2015-06-03", "rule_sets": ["economy_intervention"], `+caseReq+`}`), testCatalogue(t)))
	require.True(t, r.OK)
	require.Len(t, r.Assessment.Decisions, 1)
	assert.Equal(t, england.EconomyIntervention, r.Assessment.Decisions[0].RuleSet)
	s := r.Assessment.Summary
	assert.Equal(t, 1, s.Decisions)
	assert.Equal(t, 1, s.Met)
	require.Len(t, s.Highest, 1)
	assert.Equal(t, regime.SubjectEconomy, s.Highest[0].Subject.Kind)
	assert.Equal(t, economy.SuccessRegime, s.Highest[0].Regime)

	// Filtering by every rule set gives what no filter gives, summary too.
	all := decode(t, call([]byte(`{"date": "2015-06-03", `+caseReq+`}`), testCatalogue(t)))
	both := decode(t, call([]byte(`{"date": "2015-06-03", "rule_sets": ["provider_intervention", "economy_intervention"], `+caseReq+`}`), testCatalogue(t)))
	assertSameAssessment(t, *all.Assessment, *both.Assessment)
}

// TestEconomyRoundTrip checks that an economy sent inline loses nothing
// on the way in, and that what comes out is what regime decides about it.
func TestEconomyRoundTrip(t *testing.T) {
	cat := testCatalogue(t)
	for _, name := range cases.Names() {
		t.Run(name, func(t *testing.T) {
			sent, err := cases.Load(name)
			require.NoError(t, err)
			body, err := json.Marshal(sent)
			require.NoError(t, err)
			req := []byte(`{"date": "2015-06-03", "economy": ` + string(body) + `}`)

			parsed, problems := parseRequest(req, cat)
			require.Empty(t, problems)
			assert.True(t, economy.Equal(sent, parsed.economy), "the economy changed on the way in")

			raw, err := cases.Raw(name)
			require.NoError(t, err)
			fromRaw, problems := parseRequest([]byte(`{"date": "2015-06-03", "economy": `+string(raw)+`}`), cat)
			require.Empty(t, problems)
			assert.True(t, economy.Equal(sent, fromRaw.economy), "the case's own JSON reads differently inline")

			inline := decode(t, call(req, cat))
			byName := decode(t, call([]byte(`{"date": "2015-06-03", "case": "`+name+`"}`), cat))
			require.True(t, inline.OK)
			require.True(t, byName.OK)
			f, err := testFramework()
			require.NoError(t, err)
			want, err := f.Assess(regime.NewEnv(&sent, economy.MustDate("2015-06-03")))
			require.NoError(t, err)
			assertSameAssessment(t, want, *inline.Assessment)
			assertSameAssessment(t, want, *byName.Assessment)

			// Each decision decodes on its own with regime's decoder too.
			var generic struct {
				Assessment struct {
					Decisions []json.RawMessage `json:"decisions"`
				} `json:"assessment"`
			}
			require.NoError(t, json.Unmarshal(call(req, cat), &generic))
			require.Len(t, generic.Assessment.Decisions, len(want.Decisions))
			for i, raw := range generic.Assessment.Decisions {
				var d regime.Decision
				require.NoError(t, json.Unmarshal(raw, &d))
				assert.True(t, want.Decisions[i].Equal(d))
			}
		})
	}
}

// TestShipped runs the requests a notebook makes against the shipped
// editions, asserting on structure only: their rule sets are still being
// written.
func TestShipped(t *testing.T) {
	all, err := england.Frameworks()
	require.NoError(t, err)

	r := decode(t, Call([]byte(`{"list": "frameworks"}`)))
	require.True(t, r.OK)
	require.Len(t, r.Frameworks, len(all))
	for i, f := range all {
		info := r.Frameworks[i]
		assert.Equal(t, f.ID(), info.ID)
		assert.Equal(t, f.Hash(), info.Hash)
		assert.Equal(t, f.From().String(), info.From)
		assert.Len(t, info.Parameters, len(f.Parameters()))
		assert.Len(t, info.RuleSets, len(f.RuleSets()))
	}

	r = decode(t, Call([]byte(`{"list": "cases"}`)))
	require.True(t, r.OK)
	var names []string
	for _, c := range r.Cases {
		names = append(names, c.Name)
		assert.NotEmpty(t, c.ID)
		assert.NotEmpty(t, c.Title)
	}
	assert.Equal(t, cases.Names(), names)

	date := economy.MustDate("2015-06-03")
	f, err := england.InForce(date)
	require.NoError(t, err)
	r = decode(t, Call([]byte(`{"date": "2015-06-03", "text": true, `+caseReq+`}`)))
	require.True(t, r.OK, "%+v", r.Errors)
	assert.Equal(t, f.ID(), r.Framework.ID)
	assert.Equal(t, f.ID(), r.Assessment.Framework.ID)
	assert.Equal(t, "wne-cumbria", r.Assessment.Economy.ID)
	assert.Equal(t, date, r.Assessment.DecisionDate)
	assert.NotNil(t, r.Assessment.Decisions)
	assert.NotNil(t, r.Assessment.Summary.Highest)
	assert.Len(t, r.Text.Decisions, len(r.Assessment.Decisions))

	r = decode(t, Call([]byte(`{"date": "2015-06-03", "framework": "nope", `+caseReq+`}`)))
	require.False(t, r.OK)
	require.Len(t, r.Errors, 1)
	for _, f := range all {
		assert.Contains(t, r.Errors[0].Message, f.ID())
	}
}

// An edition named for a date it was not in force on is applied as
// asked, and the assessment, each decision and the text say so.
func TestNotInForceSaid(t *testing.T) {
	const note = "sr2015, in force from 2015-06-03 to 2015-08-04, was not in force on 2026-01-01: its rules applied as asked"
	r := decode(t, Call([]byte(`{"date": "2026-01-01", "framework": "sr2015", "text": true, `+caseReq+`}`)))
	require.True(t, r.OK, "%+v", r.Errors)
	assert.Equal(t, note, r.Assessment.Note)
	require.NotEmpty(t, r.Assessment.Decisions)
	for i, d := range r.Assessment.Decisions {
		assert.Contains(t, d.Note, note)
		assert.Contains(t, r.Text.Decisions[i], "Note: "+note)
	}
	assert.Contains(t, r.Text.Assessment, "Note: "+note)

	r = decode(t, Call([]byte(`{"date": "2015-06-03", "framework": "sr2015", `+caseReq+`}`)))
	require.True(t, r.OK, "%+v", r.Errors)
	assert.Empty(t, r.Assessment.Note)
}

func TestEmptyListsAreArrays(t *testing.T) {
	out := call([]byte(`{"date": "2016-06-03", `+caseReq+`}`), testCatalogue(t))
	assert.Contains(t, string(out), `"decisions":[]`)
	assert.Contains(t, string(out), `"highest":[]`)
	assert.Contains(t, string(out), `"rule_sets":[]`)
	assert.Contains(t, string(out), `"parameters":[]`)
	assert.NotContains(t, string(out), "null")
}

func TestDeterministic(t *testing.T) {
	cat := testCatalogue(t)
	requests := []string{
		`{"list": "frameworks"}`,
		`{"list": "cases"}`,
		`{"date": "2015-06-03", "text": true, "variant": {"min_failing": 1}, ` + caseReq + `}`,
		`{"date": "2015-06-31", "colour": 1, "variant": {"nope": 1}, "economy": {"id": 1, "x": 2}}`,
	}
	for _, req := range requests {
		first := call([]byte(req), cat)
		shipped := Call([]byte(req))
		var wg sync.WaitGroup
		outs := make([][]byte, 50)
		shippedOuts := make([][]byte, 50)
		for i := range outs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				outs[i] = call([]byte(req), cat)
				shippedOuts[i] = Call([]byte(req))
			}()
		}
		wg.Wait()
		for i := range outs {
			require.Equal(t, string(first), string(outs[i]), "run %d of %s", i, req)
			require.Equal(t, string(shipped), string(shippedOuts[i]), "run %d of %s", i, req)
		}
	}
}

// TestRequestUnchanged checks that Call does not write to the caller's
// bytes.
func TestRequestUnchanged(t *testing.T) {
	req := []byte(`{"date": "2015-06-03", "text": true, ` + caseReq + `}`)
	keep := bytes.Clone(req)
	call(req, testCatalogue(t))
	assert.Equal(t, keep, req)
}

func BenchmarkCall(b *testing.B) {
	raw, err := cases.Raw("north_cumbria_2015")
	require.NoError(b, err)
	cat := testCatalogue(b)
	for _, bm := range []struct {
		name    string
		cat     catalogue
		request string
	}{
		{"case/shipped", shipped, `{"date": "2015-06-03", ` + caseReq + `}`},
		{"case/test-edition", cat, `{"date": "2015-06-03", ` + caseReq + `}`},
		{"case/test-edition/text", cat, `{"date": "2015-06-03", "text": true, ` + caseReq + `}`},
		{"inline-economy/test-edition", cat, `{"date": "2015-06-03", "economy": ` + string(raw) + `}`},
		{"list-frameworks/shipped", shipped, `{"list": "frameworks"}`},
		{"errors", cat, `{"date": "2015-06-31", "colour": 1, "variant": {"nope": 1}, "economy": {"id": 1, "x": 2}}`},
	} {
		b.Run(bm.name, func(b *testing.B) {
			req := []byte(bm.request)
			b.ReportAllocs()
			b.SetBytes(int64(len(req)))
			b.ResetTimer()
			for range b.N {
				call(req, bm.cat)
			}
		})
	}
}
