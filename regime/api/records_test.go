package api

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecords: "records" adds one flat record per decision, kept by the
// rule set filter; without it there are none.
func TestRecords(t *testing.T) {
	r := decode(t, Call([]byte(`{"date": "2015-06-03", "case": "north_cumbria_2015", "records": true}`)))
	require.True(t, r.OK, "%v", r.Errors)
	require.Len(t, r.Records, len(r.Assessment.Decisions))
	for i, d := range r.Assessment.Decisions {
		assert.Equal(t, RecordOf(d), r.Records[i])
	}
	r = decode(t, Call([]byte(`{"date": "2015-06-03", "case": "north_cumbria_2015"}`)))
	assert.Nil(t, r.Records)

	out := string(Call([]byte(`{"date": "2015-06-03", "case": "north_cumbria_2015", "records": true, "rule_sets": ["economy_intervention"]}`)))
	assert.Contains(t, out, `"records":[{`)
	r = decode(t, []byte(out))
	for _, rec := range r.Records {
		assert.Equal(t, "economy_intervention", rec.RuleSet)
	}
}

// TestRecordColumnsAreItsJSONKeys: RecordColumns names Values' cells in the
// order of the record's JSON keys, so a CSV header and a data frame agree.
func TestRecordColumnsAreItsJSONKeys(t *testing.T) {
	r := Record{DecisionDate: "a", FactsDate: "b", Framework: "c", Edition: "d", Hash: "e", SubjectKind: "f",
		SubjectID: "g", SubjectName: "h", RuleSet: "i", Verdict: "j", Regime: "k", Intensity: "l", Code: "m",
		Text: "n", Missing: "o", Reason: "p"}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var want strings.Builder
	want.WriteByte('{')
	for i, c := range RecordColumns() {
		if i > 0 {
			want.WriteByte(',')
		}
		fmt.Fprintf(&want, "%q:%q", c, r.Values()[i])
	}
	want.WriteByte('}')
	assert.Equal(t, want.String(), string(b))
}
