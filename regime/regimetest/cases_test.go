package regimetest_test

import (
	"os"
	"testing"

	"github.com/failregime/failregime/regime/regimetest"
	"github.com/stretchr/testify/require"
)

// TestSuites runs every suite in testdata against the shipped frameworks.
func TestSuites(t *testing.T) {
	cases, err := regimetest.Load(os.DirFS("testdata"), "*.json")
	require.NoError(t, err)
	cov := regimetest.NewCoverage()
	regimetest.Run(t, cases, regimetest.WithCoverage(cov))
	t.Log("\n" + cov.Report())
}
