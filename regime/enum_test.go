package regime_test

import (
	"errors"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every enum of the engine reads and writes its words through the one
// codec: exact case, empty text is the zero value, a bad word is an
// *economy.EnumError naming the allowed words.
func TestEngineEnumsShareTheCodec(t *testing.T) {
	var v regime.Verdict
	require.NoError(t, v.UnmarshalText([]byte("not_met")))
	assert.Equal(t, regime.NotMet, v)
	require.NoError(t, v.UnmarshalText(nil))
	assert.Equal(t, regime.Unknown, v)
	err := v.UnmarshalText([]byte("Met"))
	var ee *economy.EnumError
	require.True(t, errors.As(err, &ee), "case matters: %v", err)
	assert.Equal(t, "Verdict", ee.Type)
	assert.Equal(t, []string{"unknown", "met", "not_met"}, ee.Allowed)

	var k regime.SubjectKind
	require.True(t, errors.As(k.UnmarshalText([]byte("trust")), &ee))
	var p regime.Policy
	require.True(t, errors.As(p.UnmarshalText([]byte("FIRST")), &ee))
	var o regime.Op
	require.True(t, errors.As(o.UnmarshalText([]byte(">=")), &ee))
	var pt regime.ParamType
	require.True(t, errors.As(pt.UnmarshalText([]byte("float")), &ee))
	_, err = regime.Verdict(9).MarshalText()
	assert.ErrorContains(t, err, "Verdict(9) is out of range")
	assert.Equal(t, "Verdict(9)", regime.Verdict(9).String())
}
