package england_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/economy/synth"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// sameOnTheDay asserts that assessing e on d under the edition in force
// gives byte for byte what assessing e without its later facts gives.
func sameOnTheDay(t *testing.T, e *economy.Economy, d economy.Date) {
	t.Helper()
	f, err := england.InForce(d)
	if errors.Is(err, regime.ErrNoFramework) {
		return // before 1 April 2008: nothing is decided
	}
	require.NoError(t, err)
	all, err := f.Assess(regime.NewEnv(e, d))
	require.NoError(t, err)
	known := economy.AsOf(e, d)
	then, err := f.Assess(regime.NewEnv(&known, d))
	require.NoError(t, err)
	a, err := json.Marshal(all)
	require.NoError(t, err)
	b, err := json.Marshal(then)
	require.NoError(t, err)
	require.Equal(t, string(b), string(a), "%s on %s", e.ID, d)
}

// TestNoLookAhead: deleting every fact dated after D leaves every decision
// on D byte-identical, for every shipped case on its day, the eve and a
// year either side.
func TestNoLookAhead(t *testing.T) {
	for _, name := range cases.Names() {
		e, err := cases.Load(name)
		require.NoError(t, err)
		for _, day := range caseDates[name] {
			d := economy.MustDate(day)
			for _, on := range []economy.Date{d, d.AddDays(-1), d.AddMonths(-12), d.AddMonths(12)} {
				t.Run(name+"@"+on.String(), func(t *testing.T) { sameOnTheDay(t, &e, on) })
			}
		}
	}
}

// TestNoLookAheadSynthetic: the same over synthetic economies whose facts
// run a year past the day, on days across the editions.
func TestNoLookAheadSynthetic(t *testing.T) {
	for _, day := range []string{"2009-06-30", "2012-01-15", "2014-06-03", "2015-06-03", "2016-07-21", "2018-04-01", "2020-01-02", "2023-07-01", "2025-10-01"} {
		d := economy.MustDate(day)
		es, err := synth.Generate(7, synth.Config{Economies: 3, Providers: 24, Commissioners: 9, Date: d.AddMonths(12), Years: 4})
		require.NoError(t, err)
		for i := range es {
			sameOnTheDay(t, &es[i], d)
		}
	}
}
