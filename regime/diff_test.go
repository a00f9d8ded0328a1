package regime_test

import (
	"testing"

	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDiff(t *testing.T) {
	fx := newFixture()
	e := testEconomy()
	tests := []struct {
		name string
		give []regime.Setting
		want []string // subject/rule set of every change
	}{
		{"no change", nil, nil},
		{"success regime from two failing", []regime.Setting{regime.Set("min_failing", 2)}, []string{"E1/system"}},
		{
			// Beta's -1.5m deficit stops counting; Alpha still counts
			"deficit limit -1.6m", []regime.Setting{regime.Set("deficit_limit", dec("-1600000"))},
			[]string{"RB2/intervention", "RB2/flags"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := fx.fw.With(tt.give...)
			require.NoError(t, err)
			changes, err := regime.Diff(fx.fw, v, regime.NewEnv(e, day))
			require.NoError(t, err)
			var got []string
			for _, c := range changes {
				got = append(got, c.Subject.ID+"/"+c.RuleSet)
				assert.Equal(t, fx.fw.Hash(), c.A.Framework.Hash)
				assert.Equal(t, v.Hash(), c.B.Framework.Hash)
			}
			assert.Equal(t, tt.want, got)
		})
	}
	_, err := regime.Diff(nil, fx.fw, regime.NewEnv(e, day))
	assert.Error(t, err)
}
