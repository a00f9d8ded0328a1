package cases_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every case must parse strictly, validate, and cite its sources.
func TestEveryCaseParsesAndCites(t *testing.T) {
	names := cases.Names()
	require.NotEmpty(t, names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			e, err := cases.Load(name)
			require.NoError(t, err)
			assert.NotEmpty(t, e.Sources, "the area cites where its facts come from")
			for _, p := range e.Providers {
				for _, s := range p.Governance.Spells {
					assert.NotNil(t, s.Source, "%s: the %s spell cites its source", p.ID, s.Regime)
				}
			}
			raw, err := cases.Raw(name)
			require.NoError(t, err)
			again, err := economy.Parse(raw)
			require.NoError(t, err)
			assert.True(t, economy.Equal(e, again))
		})
	}
}

func TestUnknownCase(t *testing.T) {
	_, err := cases.Load("atlantis_2015")
	assert.ErrorContains(t, err, `no case "atlantis_2015"`)
}
