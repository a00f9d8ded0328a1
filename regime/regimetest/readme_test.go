package regimetest_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/failregime/failregime/regime/regimetest"
	"github.com/stretchr/testify/require"
)

// The case file shown in README's "Writing policy test cases" must load and
// pass, so the example a policy team copies is one that works.
func TestREADMECaseFile(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	md := string(readme)
	section := md[strings.Index(md, "## Writing policy test cases"):]
	start := strings.Index(section, "```json\n")
	require.GreaterOrEqual(t, start, 0, "no json block in the section")
	body := section[start+len("```json\n"):]
	body = body[:strings.Index(body, "```\n")]

	fsys := fstest.MapFS{"policy/success_regime.json": {Data: []byte(body)}}
	suite, err := regimetest.Load(fsys, "policy/*.json")
	require.NoError(t, err)
	require.Len(t, suite, 1)
	regimetest.Run(t, suite)
}
