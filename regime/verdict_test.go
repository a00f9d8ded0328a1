package regime_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var verdicts = []regime.Verdict{regime.Unknown, regime.Met, regime.NotMet}

const (
	U = regime.Unknown
	M = regime.Met
	N = regime.NotMet
)

func TestVerdictKleene(t *testing.T) {
	tests := []struct {
		a, b            regime.Verdict
		wantAnd, wantOr regime.Verdict
	}{
		{M, M, M, M}, {M, N, N, M}, {M, U, U, M},
		{N, M, N, M}, {N, N, N, N}, {N, U, N, U},
		{U, M, U, M}, {U, N, N, U}, {U, U, U, U},
	}
	for _, tt := range tests {
		t.Run(tt.a.String()+"_"+tt.b.String(), func(t *testing.T) {
			assert.Equal(t, tt.wantAnd, tt.a.And(tt.b))
			assert.Equal(t, tt.wantOr, tt.a.Or(tt.b))
		})
	}
	assert.Equal(t, N, M.Not())
	assert.Equal(t, M, N.Not())
	assert.Equal(t, U, U.Not())
}

func TestVerdictText(t *testing.T) {
	tests := []struct {
		give regime.Verdict
		want string
	}{{U, "unknown"}, {M, "met"}, {N, "not_met"}}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			b, err := tt.give.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
			var v regime.Verdict
			require.NoError(t, v.UnmarshalText(b))
			assert.Equal(t, tt.give, v)
		})
	}
	var zero regime.Verdict
	assert.Equal(t, regime.Unknown, zero, "the zero verdict is unknown")
	var v regime.Verdict
	assert.Error(t, v.UnmarshalText([]byte("yes")))
	_, err := regime.Verdict(9).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Verdict(9)", regime.Verdict(9).String())
}

func TestEnumTextRoundTrip(t *testing.T) {
	for r := economy.RegimeUnknown; r <= economy.SuccessRegime; r++ {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var got economy.Regime
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, r, got)
	}
	for i := economy.IntensityUnknown; i <= economy.IntensityFailure; i++ {
		b, err := i.MarshalText()
		require.NoError(t, err)
		var got economy.Intensity
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, i, got)
	}
	for _, s := range []string{"provider", "commissioner", "economy"} {
		var k regime.SubjectKind
		require.NoError(t, k.UnmarshalText([]byte(s)))
		assert.Equal(t, s, k.String())
	}
}
