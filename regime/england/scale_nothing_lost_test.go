package england_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/synth"
	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// england returns a synthetic England dated for edition ed and the
// framework of that edition. Under -short or the race detector it is a
// tenth of England (four economies, 25 providers, 20 commissioners): the
// race-enabled suite stays quick while every rule set still meets every
// kind of subject.
func syntheticEngland(t *testing.T, edition string, date economy.Date) ([]economy.Economy, *regime.Framework) {
	t.Helper()
	c := synth.England(date)
	if testing.Short() || raceEnabled {
		c.Economies, c.Providers, c.Commissioners = 4, 25, 20
	}
	return scaleEconomies(t, c), scaleFramework(t, edition)
}

// jsonCopy is a deep copy of e made the way a caller would store it: as
// JSON, read back with the strict parser.
func jsonCopy(t *testing.T, e *economy.Economy) economy.Economy {
	t.Helper()
	data, err := json.Marshal(e)
	require.NoError(t, err)
	c, err := economy.Parse(data)
	require.NoError(t, err)
	return c
}

// TestScaleNothingLost assesses a synthetic England and checks that
// nothing is lost or changed on the way: every decision's JSON decodes,
// with regime's strict decoder, to a decision equal to the one made and
// encodes again to the same bytes; and the economies assessed are, after
// the assessment, what they were before it, both by economy.Equal and by
// reflect.DeepEqual of their JSON copies.
func TestScaleNothingLost(t *testing.T) {
	for _, ed := range scaleEditions {
		t.Run(ed.id, func(t *testing.T) {
			es, f := syntheticEngland(t, ed.id, ed.date)
			decisions := 0
			for i := range es {
				e := &es[i]
				before := jsonCopy(t, e)
				a, err := f.Assess(regime.NewEnv(e, ed.date))
				require.NoError(t, err)
				assert.True(t, economy.Equal(before, *e), "%s: the assessment changed the economy", e.ID)
				assert.True(t, reflect.DeepEqual(before, jsonCopy(t, e)), "%s: the economy's JSON changed", e.ID)

				for j, d := range a.Decisions {
					data, err := d.JSON()
					require.NoError(t, err)
					var back regime.Decision
					require.NoError(t, json.Unmarshal(data, &back), "%s decision %d", e.ID, j)
					if !assert.True(t, d.Equal(back), "%s decision %d (%s on %s) reads back differently", e.ID, j, d.RuleSet, d.Subject.ID) {
						continue
					}
					again, err := back.JSON()
					require.NoError(t, err)
					// Byte for byte: the encoding is stable, so a decision
					// read back must write the same bytes.
					assert.Equal(t, string(data), string(again), "%s decision %d encodes differently after a round trip", e.ID, j)
					decisions++
				}

				// The assessment as a whole round-trips too.
				data, err := json.Marshal(a)
				require.NoError(t, err)
				var back regime.Assessment
				require.NoError(t, json.Unmarshal(data, &back))
				require.Len(t, back.Decisions, len(a.Decisions))
				assert.Equal(t, a.Summary, back.Summary)
				assert.Equal(t, a.Framework, back.Framework)
			}
			assert.Positive(t, decisions)
		})
	}
}

// TestScaleDeterministic assesses the same economies twice, from two
// separately generated copies, and requires byte-identical JSON.
func TestScaleDeterministic(t *testing.T) {
	ed := scaleEditions[0]
	es, f := syntheticEngland(t, ed.id, ed.date)
	again, _ := syntheticEngland(t, ed.id, ed.date)
	for i := range es {
		a1, err := f.Assess(regime.NewEnv(&es[i], ed.date))
		require.NoError(t, err)
		a2, err := f.Assess(regime.NewEnv(&again[i], ed.date))
		require.NoError(t, err)
		j1, err := json.Marshal(a1)
		require.NoError(t, err)
		j2, err := json.Marshal(a2)
		require.NoError(t, err)
		require.Equal(t, string(j1), string(j2), "economy %s", es[i].ID)
	}
}
