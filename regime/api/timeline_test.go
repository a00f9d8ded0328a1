package api

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTimeline: a timeline request answers exactly what england.Replay
// returns, for a case and for an inline economy.
func TestTimeline(t *testing.T) {
	e, err := cases.Load("essex_2015")
	require.NoError(t, err)
	from, to := economy.MustDate("2013-04-01"), economy.MustDate("2019-12-31")
	want, err := england.Replay(&e, from, to, england.ReplayOptions{ToleranceDays: 10})
	require.NoError(t, err)
	wantJSON, err := json.Marshal(want)
	require.NoError(t, err)

	economyJSON, err := json.Marshal(e)
	require.NoError(t, err)
	for name, req := range map[string]string{
		"case":    `{"timeline": {"from": "2013-04-01", "to": "2019-12-31", "tolerance_days": 10}, "case": "essex_2015"}`,
		"economy": `{"timeline": {"from": "2013-04-01", "to": "2019-12-31", "tolerance_days": 10}, "economy": ` + string(economyJSON) + `}`,
	} {
		t.Run(name, func(t *testing.T) {
			var got struct {
				OK       bool            `json:"ok"`
				Case     string          `json:"case"`
				Timeline json.RawMessage `json:"timeline"`
			}
			out := Call([]byte(req))
			require.NoError(t, json.Unmarshal(out, &got), "%s", out)
			require.True(t, got.OK, "%s", out)
			assert.JSONEq(t, string(wantJSON), string(got.Timeline))
			if name == "case" {
				assert.Equal(t, "essex_2015", got.Case)
			}
		})
	}
}

func TestTimelineRefuses(t *testing.T) {
	tests := []struct {
		name, request string
		problems      []Problem
	}{
		{"not an object", `{"timeline": [], "case": "essex_2015"}`,
			[]Problem{{"timeline", `must be an object with "from" and "to", not an array`}}},
		{"no span", `{"timeline": {}, "case": "essex_2015"}`,
			[]Problem{{"timeline.from", "missing; want a day as YYYY-MM-DD"}, {"timeline.to", "missing; want a day as YYYY-MM-DD"}}},
		{"backwards", `{"timeline": {"from": "2015-01-01", "to": "2014-12-31"}, "case": "essex_2015"}`,
			[]Problem{{"timeline.to", "2014-12-31 is before from, 2015-01-01"}}},
		{"bad tolerance", `{"timeline": {"from": "2015-01-01", "to": "2015-12-31", "tolerance_days": 3661}, "case": "essex_2015"}`,
			[]Problem{{"timeline.tolerance_days", "3661: want 0 to 3660 days (0: 31)"}}},
		{"unknown field", `{"timeline": {"from": "2015-01-01", "to": "2015-12-31", "step": 1}, "case": "essex_2015"}`,
			[]Problem{{"timeline.step", "unknown field; known fields: from, to, tolerance_days"}}},
		{"assessment fields", `{"timeline": {"from": "2015-01-01", "to": "2015-12-31"}, "case": "essex_2015", "date": "2015-01-01", "records": true}`,
			[]Problem{{"date", `not allowed with "timeline", which takes only "economy" or "case"`},
				{"records", `not allowed with "timeline", which takes only "economy" or "case"`}}},
		{"no economy", `{"timeline": {"from": "2015-01-01", "to": "2015-12-31"}}`,
			[]Problem{{"economy", `missing; give an economy, or a case by name (see {"list": "cases"})`}}},
		{"with list", `{"list": "cases", "timeline": {}}`,
			[]Problem{{"timeline", `not allowed with "list", which takes no other field`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := decode(t, Call([]byte(tt.request)))
			assert.False(t, r.OK)
			assert.Equal(t, tt.problems, r.Errors)
		})
	}
}

// TestTimelineWorkBounded: a replay too large to answer in seconds, many
// organisations over many years, is refused before any day is decided,
// and one just under the limit is answered promptly.
func TestTimelineWorkBounded(t *testing.T) {
	providers := func(n int) string {
		var b strings.Builder
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `{"id": "p%d", "name": "P", "kind": "nhs_trust"}`, i)
		}
		return b.String()
	}
	req := func(n int, to string) string {
		return `{"timeline": {"from": "1950-01-01", "to": "` + to + `"}, "economy": {"id": "e", "name": "E", "providers": [` + providers(n) + `]}}`
	}
	start := time.Now()
	r := decode(t, Call([]byte(req(1000, "2049-12-31"))))
	require.False(t, r.OK)
	require.Len(t, r.Errors, 1)
	assert.Equal(t, "timeline", r.Errors[0].Path)
	assert.Contains(t, r.Errors[0].Message, "more than the limit of 20000 (api.MaxTimelineWork)")
	assert.Less(t, time.Since(start), 2*time.Second, "refused before replaying")

	// 14 providers and the area over the 1,200 months of a century sit
	// just under the limit, with the editions' first days.
	e := economy.Economy{ID: "e", Name: "E"}
	for i := range 14 {
		e.Providers = append(e.Providers, economy.Provider{ID: fmt.Sprint("p", i), Name: "P", Kind: economy.KindNHSTrust})
	}
	all, err := shipped.frameworks()
	require.NoError(t, err)
	work := timelineWork(&e, all, economy.MustDate("1950-01-01"), economy.MustDate("2049-12-31"))
	require.Less(t, work, MaxTimelineWork)
	require.Greater(t, work, MaxTimelineWork/2)
	if testing.Short() || raceEnabled {
		t.Skip("the replay near the limit is timed only in a full run")
	}
	start = time.Now()
	r = decode(t, Call([]byte(req(14, "2049-12-31"))))
	require.True(t, r.OK, "%v", r.Errors)
	assert.Less(t, time.Since(start), 10*time.Second)
	t.Logf("%d subject-days in %v", work, time.Since(start))
	assert.Len(t, r.Timeline.Subjects, len(regime.Subjects(&e)))
}

// TestTimelineWorkOfRealCases: the limit leaves every shipped case a
// decade and more.
func TestTimelineWorkOfRealCases(t *testing.T) {
	all, err := shipped.frameworks()
	require.NoError(t, err)
	for _, name := range cases.Names() {
		e, err := cases.Load(name)
		require.NoError(t, err)
		work := timelineWork(&e, all, economy.MustDate("2008-04-01"), economy.MustDate("2026-12-31"))
		assert.Less(t, work, MaxTimelineWork/3, name)
	}
}
