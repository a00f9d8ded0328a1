package synth_test

import (
	"encoding/json"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/synth"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var date = economy.MustDate("2015-06-03")

func TestEnglandSizeAndValidity(t *testing.T) {
	es, err := synth.Generate(1, synth.England(date))
	require.NoError(t, err)
	require.Len(t, es, 45)
	providers, commissioners := 0, 0
	for _, e := range es {
		require.NoError(t, e.Validate(), e.ID)
		providers += len(e.Providers)
		commissioners += len(e.Commissioners)
	}
	assert.Equal(t, 250, providers)
	assert.Equal(t, 200, commissioners)
}

func TestSameSeedSameBytes(t *testing.T) {
	a, err := synth.Generate(7, synth.England(date))
	require.NoError(t, err)
	b, err := synth.Generate(7, synth.England(date))
	require.NoError(t, err)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	assert.Equal(t, string(ja), string(jb))
	c, err := synth.Generate(8, synth.England(date))
	require.NoError(t, err)
	jc, _ := json.Marshal(c)
	assert.NotEqual(t, string(ja), string(jc), "another seed, other economies")
}

// The data must reach every branch the rules have: every provider kind,
// every CQC rating in every key question, pending inspections, each kind of
// spell, missing figures, designated and undesignated services.
func TestCoversTheBranches(t *testing.T) {
	es, err := synth.Generate(1, synth.England(date))
	require.NoError(t, err)
	kinds := map[economy.ProviderKind]bool{}
	wellLed := map[economy.CQCRating]bool{}
	spells := map[economy.Regime]bool{}
	designations := map[economy.Designation]bool{}
	pending, missingEBITDA, notices := false, false, false
	for _, e := range es {
		for _, p := range e.Providers {
			kinds[p.Kind] = true
			for _, in := range p.Inspections {
				wellLed[in.Ratings.WellLed] = true
				pending = pending || in.Pending
				notices = notices || len(in.RequirementNotices) > 0
			}
			for _, s := range p.Governance.Spells {
				spells[s.Regime] = true
			}
			for _, a := range p.Accounts {
				missingEBITDA = missingEBITDA || !a.EBITDA.Valid
			}
			for _, s := range p.Services {
				designations[s.Designation] = true
			}
		}
	}
	assert.Len(t, kinds, 6)
	assert.Len(t, wellLed, 5, "four ratings and unknown (pending)")
	assert.Len(t, spells, 6)
	assert.Len(t, designations, 4)
	assert.True(t, pending && missingEBITDA && notices)
}

func TestBadConfig(t *testing.T) {
	for _, c := range []synth.Config{
		{Economies: 0, Date: date},
		{Economies: 1, Providers: -1, Date: date},
		{Economies: 1},
		{Economies: 1, Date: date, Years: -1},
	} {
		_, err := synth.Generate(1, c)
		assert.Error(t, err, "%+v", c)
	}
}

func BenchmarkEngland(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := synth.Generate(uint64(i), synth.England(date)); err != nil {
			b.Fatal(err)
		}
	}
}
