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
	var b bytes.Buffer
	require.NoError(t, run(&b))
	golden.Check(t, "testdata/stdout.golden", b.Bytes())
}
