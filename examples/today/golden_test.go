package main

import (
	"bytes"
	"testing"

	"github.com/failregime/failregime/internal/golden"
	"github.com/stretchr/testify/require"
)

// TestGoldenStdout pins everything the example prints; rerun with -update
// after a deliberate change and read the diff.
func TestGoldenStdout(t *testing.T) {
	for _, verbose := range []bool{false, true} {
		var b bytes.Buffer
		require.NoError(t, run(&b, verbose))
		name := "testdata/stdout.golden"
		if verbose {
			name = "testdata/stdout_v.golden"
		}
		golden.Check(t, name, b.Bytes())
	}
}
