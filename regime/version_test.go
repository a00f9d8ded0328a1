package regime_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/regime"
)

// The version constant is the newest entry of CHANGELOG.md.
func TestVersionMatchesChangelog(t *testing.T) {
	data, err := os.ReadFile("../CHANGELOG.md")
	require.NoError(t, err)
	m := regexp.MustCompile(`(?m)^## (\d+\.\d+\.\d+)\b`).FindStringSubmatch(string(data))
	require.NotNil(t, m, "CHANGELOG.md has no '## x.y.z' heading")
	assert.Equal(t, m[1], regime.Version)
}
