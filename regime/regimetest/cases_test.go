package regimetest_test

import (
	"os"
	"testing"

	"github.com/failregime/failregime/regime/regimetest"
	"github.com/stretchr/testify/require"
)

// TestSuites runs every suite in testdata against the shipped frameworks
// and logs which entries and rules the real cases exercised. Full coverage
// is not required: the suites are the public record, which does not reach
// every rung of every edition; the report shows where it stops.
func TestSuites(t *testing.T) {
	cases, err := regimetest.Load(os.DirFS("testdata"), "*.json")
	require.NoError(t, err)
	cov := regimetest.NewCoverage()
	regimetest.Run(t, cases, regimetest.WithCoverage(cov))
	t.Log("\n" + cov.Report())
}
