package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The README's quick start must be this program, word for word, so that
// the snippet a newcomer copies is one CI compiles and runs.
func TestREADMEQuickStartIsThisProgram(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	src, err := os.ReadFile("main.go")
	require.NoError(t, err)
	body := string(src[strings.Index(string(src), "package main"):])
	block := goBlock(t, string(readme))
	assert.Equal(t, body, block, "README's first go block must equal examples/quickstart/main.go from 'package main' on")
}

func goBlock(t *testing.T, md string) string {
	t.Helper()
	start := strings.Index(md, "```go\n")
	require.GreaterOrEqual(t, start, 0, "README has no go block")
	rest := md[start+len("```go\n"):]
	end := strings.Index(rest, "```\n")
	require.GreaterOrEqual(t, end, 0)
	return rest[:end]
}

func TestQuickStartOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the program")
	}
	out, err := exec.Command("go", "run", ".").CombinedOutput()
	require.NoError(t, err, string(out))
	got := string(out)
	assert.Contains(t, got, "Mid and South Essex under Success regime 2015/16\n")
	assert.Regexp(t, `economy +Mid and South Essex +success_regime \(special\)\n`, got)
	assert.Contains(t, got, "whole-economy intervention: success_regime_spell")
}
