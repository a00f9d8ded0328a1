package england

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// edition builds a test-only framework in force from..to; the registry
// mechanism is tested with these, never with shipped placeholders.
func testEdition(id string, from, to economy.Date) func() (*regime.Framework, error) {
	return func() (*regime.Framework, error) {
		rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "rs", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider),
			Entries: []regime.Entry{{Priority: 1, Rule: regime.Always("otherwise", "otherwise", economy.Citation{}), Decides: regime.Ruling{Regime: economy.RoutineOversight}}}})
		if err != nil {
			return nil, err
		}
		return regime.NewFramework(regime.FrameworkSpec{ID: id, Name: id, From: from, To: to, RuleSets: []*regime.RuleSet{rs}})
	}
}

func TestRegistryInForce(t *testing.T) {
	d := economy.MustDate
	reg := registry{
		testEdition("a", d("2008-04-01"), d("2013-03-31")),
		testEdition("b", d("2013-04-01"), d("2016-09-30")),
		testEdition("c", d("2016-10-01"), economy.Date{}),
	}
	all, err := reg.all()
	require.NoError(t, err)
	tests := []struct {
		give economy.Date
		want string
	}{
		{d("2008-04-01"), "a"}, {d("2013-03-31"), "a"}, {d("2013-04-01"), "b"},
		{d("2016-09-30"), "b"}, {d("2016-10-01"), "c"}, {d("2030-01-01"), "c"},
	}
	for _, tt := range tests {
		t.Run(tt.give.String(), func(t *testing.T) {
			f, err := inForce(all, tt.give)
			require.NoError(t, err)
			assert.Equal(t, tt.want, f.ID())
		})
	}
	_, err = inForce(all, d("2008-03-31"))
	var nf *regime.NoFrameworkError
	require.ErrorAs(t, err, &nf)
	assert.ErrorIs(t, err, regime.ErrNoFramework)
	assert.Contains(t, err.Error(), "2008-03-31")

	f, err := byID(all, "b")
	require.NoError(t, err)
	assert.Equal(t, "b", f.ID())
}

func TestRegistryOverlapAndBrokenEditions(t *testing.T) {
	d := economy.MustDate
	_, err := registry{
		testEdition("a", d("2008-04-01"), d("2013-04-01")),
		testEdition("b", d("2013-04-01"), economy.Date{}),
	}.all()
	assert.ErrorIs(t, err, regime.ErrOverlappingSpan)
	_, err = registry{testEdition("", d("2008-04-01"), economy.Date{}), nil}.all()
	assert.Error(t, err)
}

func TestShippedEditionsTileTheCalendar(t *testing.T) {
	all, err := Frameworks()
	require.NoError(t, err)
	require.Len(t, all, len(editionTable))
	assert.Equal(t, "2008-04-01", all[0].From().String())
	assert.True(t, all[len(all)-1].To().IsZero(), "the newest edition is still in force")
	for i := 1; i < len(all); i++ {
		prev, next := all[i-1], all[i]
		assert.Equal(t, prev.To().AddDays(1), next.From(), "%s ends the day before %s starts", prev.ID(), next.ID())
	}
	// Every day from the first edition to today and beyond has exactly one.
	for d := economy.MustDate("2008-04-01"); d.Before(economy.MustDate("2027-01-01")); d = d.AddDays(1) {
		n := 0
		for _, f := range all {
			if f.InForce(d) {
				n++
			}
		}
		require.Equal(t, 1, n, "editions in force on %s", d)
	}
	_, err = InForce(economy.MustDate("2008-03-31"))
	assert.ErrorIs(t, err, regime.ErrNoFramework)
	f, err := InForce(economy.MustDate("2015-06-03"))
	require.NoError(t, err)
	assert.Equal(t, "sr2015", f.ID())
	f, err = InForce(economy.MustDate("2026-11-23"))
	require.NoError(t, err)
	assert.Equal(t, "nof2026", f.ID())
}
