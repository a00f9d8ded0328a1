package england_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/internal/golden"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

func replayCase(t *testing.T, name, from, to string) england.Timeline {
	t.Helper()
	e, err := cases.Load(name)
	require.NoError(t, err)
	tl, err := england.Replay(&e, economy.MustDate(from), economy.MustDate(to), england.ReplayOptions{})
	require.NoError(t, err)
	return tl
}

func subjectOf(t *testing.T, tl england.Timeline, id string) england.SubjectTimeline {
	t.Helper()
	for _, s := range tl.Subjects {
		if s.Subject.ID == id {
			return s
		}
	}
	require.Failf(t, "no subject", "%s not in the replay", id)
	return england.SubjectTimeline{}
}

// The replay pins, for the first financial special measures trusts and
// the success regime areas over 2013-2019, every standing and every
// comparison with the record: a change is deliberate (-update).
func TestReplayGoldens(t *testing.T) {
	for _, name := range []string{"financial_special_measures_2016", "essex_2015", "north_cumbria_2015", "north_new_devon_2015"} {
		t.Run(name, func(t *testing.T) {
			tl := replayCase(t, name, "2013-04-01", "2019-12-31")
			golden.Check(t, "testdata/golden/replay_"+name+".txt", []byte(tl.Text()))
			js, err := json.MarshalIndent(tl, "", "  ")
			require.NoError(t, err)
			golden.Check(t, "testdata/golden/replay_"+name+".json", append(js, '\n'))
		})
	}
}

// Croydon (NHS Improvement, 20 February 2017): in financial special
// measures from the day recorded to the day recorded, on its own facts.
func TestReplayCroydon(t *testing.T) {
	tl := replayCase(t, "financial_special_measures_2016", "2016-01-01", "2017-12-31")
	s := subjectOf(t, tl, "croydon-health-services")
	require.Len(t, s.Diff, 1)
	d := s.Diff[0]
	assert.True(t, d.Agrees(), d.Text)
	assert.Equal(t, economy.FinancialSpecialMeasures, d.Regime)
	assert.Equal(t, "2016-07-21", d.Decided.Start.String())
	assert.Equal(t, "2017-02-20", d.Decided.End.String())
	var standing []string
	for _, st := range s.Standing {
		standing = append(standing, st.Start.String()+" "+st.Regime.String())
	}
	assert.Contains(t, standing, "2016-07-21 financial_special_measures")
	assert.Contains(t, standing, "2017-02-20 enhanced_monitoring", "after the exit, the segment it was in")
}

// The days replayed are the span's first day, every fact date, every
// edition's first day and every month's first day within the span.
func TestReplayDays(t *testing.T) {
	tl := replayCase(t, "financial_special_measures_2016", "2016-07-10", "2016-10-15")
	var got []string
	for _, d := range tl.Days {
		got = append(got, d.String())
	}
	for _, want := range []string{"2016-07-10", "2016-07-21", "2016-08-01", "2016-09-01", "2016-10-01"} {
		assert.Contains(t, got, want)
	}
	assert.Equal(t, "2016-07-10", got[0])
	assert.NotContains(t, got, "2016-10-16")
}

// A collection of organisations is not an area: no area-wide regime is
// judged of it, on the day or replayed.
func TestCollectionIsNotAnArea(t *testing.T) {
	tl := replayCase(t, "financial_special_measures_2016", "2015-01-01", "2017-01-01")
	s := subjectOf(t, tl, "financial-special-measures-2016")
	assert.Empty(t, s.OwnFacts)
	assert.Empty(t, s.Diff)
	for _, st := range s.Standing {
		if st.Verdict == regime.Met {
			assert.Contains(t, []string{england.CodeNotAnArea, "systems_not_segmented"}, st.Code)
		}
	}
}

func TestReplayRefuses(t *testing.T) {
	e, err := cases.Load("essex_2015")
	require.NoError(t, err)
	d := economy.MustDate
	tests := []struct {
		name     string
		e        *economy.Economy
		from, to economy.Date
		opts     england.ReplayOptions
		want     error
	}{
		{"no economy", nil, d("2015-01-01"), d("2015-02-01"), england.ReplayOptions{}, regime.ErrInvalidInput},
		{"to before from", &e, d("2015-02-01"), d("2015-01-31"), england.ReplayOptions{}, regime.ErrInvalidInput},
		{"a century and more", &e, d("1990-01-01"), d("2091-01-01"), england.ReplayOptions{}, regime.ErrInvalidInput},
		{"negative tolerance", &e, d("2015-01-01"), d("2015-02-01"), england.ReplayOptions{ToleranceDays: -1}, regime.ErrParamRange},
		{"tolerance beyond ten years", &e, d("2015-01-01"), d("2015-02-01"), england.ReplayOptions{ToleranceDays: 3661}, regime.ErrParamRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := england.Replay(tt.e, tt.from, tt.to, tt.opts)
			assert.True(t, errors.Is(err, tt.want), "%v", err)
		})
	}
	_, err = england.Replay(&e, d("2015-01-01"), d("2015-01-01"), england.ReplayOptions{ToleranceDays: 3660})
	assert.NoError(t, err, "one day, the widest tolerance")
	// Before 1 April 2008 no edition is in force: those days are skipped.
	tl, err := england.Replay(&e, d("2007-01-01"), d("2008-04-01"), england.ReplayOptions{})
	require.NoError(t, err)
	for _, s := range tl.Subjects {
		for _, st := range s.Standing {
			assert.False(t, st.Start.Before(d("2008-04-01")))
		}
	}
}

// The tolerance decides whether a start 42 days after the record agrees:
// Devon's criteria for the challenged economies hold from 1 April 2014.
func TestReplayTolerance(t *testing.T) {
	e, err := cases.Load("north_new_devon_2015")
	require.NoError(t, err)
	kinds := func(tol int) []england.DiffKind {
		tl, err := england.Replay(&e, economy.MustDate("2013-04-01"), economy.MustDate("2016-12-31"), england.ReplayOptions{ToleranceDays: tol})
		require.NoError(t, err)
		for _, d := range subjectOf(t, tl, "new-devon").Diff {
			if d.Regime == economy.ChallengedHealthEconomy {
				return d.Kinds
			}
		}
		return nil
	}
	assert.Contains(t, kinds(41), england.StartsLate, "42 days late, tolerance 41")
	assert.NotContains(t, kinds(42), england.StartsLate, "42 days late, tolerance 42")
	assert.NotContains(t, kinds(43), england.StartsLate)
}
