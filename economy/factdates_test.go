package economy_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/synth"
)

// Between two consecutive fact dates the economy as it stood does not
// change: FactDates misses no day on which AsOf's answer changes.
func TestFactDatesAreTheChanges(t *testing.T) {
	es, err := synth.Generate(5, synth.Config{Economies: 3, Providers: 18, Commissioners: 9, Date: date("2019-03-31"), Years: 6})
	require.NoError(t, err)
	r := rich()
	es = append(es, r)
	for i := range es {
		e := &es[i]
		ds := e.FactDates()
		require.NotEmpty(t, ds)
		assert.True(t, slices.IsSortedFunc(ds, economy.Date.Compare))
		assert.Len(t, slices.Compact(slices.Clone(ds)), len(ds), "each day once")
		before := economy.AsOf(e, ds[0].AddDays(-1))
		assert.True(t, economy.Equal(before, economy.AsOf(e, ds[0].AddDays(-400))), "nothing changes before the first")
		for j := 0; j+1 < len(ds); j++ {
			first, last := ds[j], ds[j+1].AddDays(-1)
			assert.True(t, economy.Equal(economy.AsOf(e, first), economy.AsOf(e, last)), "%s: %s..%s", e.ID, first, last)
		}
	}
}

func TestFactDatesOfAProvider(t *testing.T) {
	p := economy.Provider{
		Authorised: date("2010-04-01"),
		Accounts: []economy.Accounts{
			{Period: economy.FinancialYear(2014)},                                // known 2015-04-01
			{Period: economy.FinancialYear(2015), Published: date("2016-06-10")}, // known on publication
		},
		Inspections: []economy.Inspection{{Started: date("2015-09-01"), Published: date("2016-02-01")}},
		Governance:  economy.Governance{Spells: []economy.Spell{{Start: date("2016-02-01"), End: date("2017-03-01")}}},
	}
	want := []string{"2010-04-01", "2015-04-01", "2015-09-01", "2016-02-01", "2016-06-10", "2017-03-01"}
	var got []string
	for _, d := range p.FactDates() {
		got = append(got, d.String())
	}
	assert.Equal(t, want, got)
}
