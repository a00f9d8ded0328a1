package main

import (
	"os/exec"
	"testing"

	"github.com/failregime/failregime/internal/golden"
	"github.com/stretchr/testify/require"
)

// TestGoldenStdout pins everything the quick start prints; rerun with
// -update after a deliberate change and read the diff.
func TestGoldenStdout(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the program")
	}
	out, err := exec.Command("go", "run", ".").Output()
	require.NoError(t, err)
	golden.Check(t, "testdata/stdout.golden", out)
}
