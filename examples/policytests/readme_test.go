package policytests

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// README shows policy/success_regime.json and the test that runs it; both
// must be these files, so what a policy team copies is what CI runs.
func TestREADMEShowsTheseFiles(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	md := string(readme)
	section := md[strings.Index(md, "## Writing policy test cases"):]
	section = section[:strings.Index(section, "\n## ")+1]

	caseFile, err := os.ReadFile("policy/success_regime.json")
	require.NoError(t, err)
	assert.Contains(t, section, "```json\n"+string(caseFile)+"```\n")

	test, err := os.ReadFile("policy_test.go")
	require.NoError(t, err)
	assert.Contains(t, section, "```go\n"+string(test)+"```\n", "the whole file, imports included, so that a copy compiles")
}
