package policytests

import (
	"embed"
	"testing"

	"github.com/failregime/failregime/regime/regimetest"
	"github.com/stretchr/testify/require"
)

//go:embed policy
var policy embed.FS

func TestPolicy(t *testing.T) {
	suite, err := regimetest.Load(policy, "policy/*.json")
	require.NoError(t, err)
	regimetest.Run(t, suite)
}
