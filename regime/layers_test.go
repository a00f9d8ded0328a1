package regime_test

import (
	"go/build"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLayers holds the import graph one-way: economy, then rating, then
// the engine (regime), then the law (regime/england) and what builds on
// it. Each package's non-test files may import only the module's packages
// below it, so that the engine can never come to know England's law.
func TestLayers(t *testing.T) {
	const mod = "github.com/failregime/failregime/"
	_, here, _, ok := runtime.Caller(0)
	require.True(t, ok)
	root := filepath.Dir(filepath.Dir(here))
	forbidden := map[string][]string{
		"economy":          {"rating", "regime"},
		"rating":           {"regime"},
		"regime":           {"regime/"},
		"regime/timetable": {"regime", "rating"},
	}
	for dir, bad := range forbidden {
		pkg, err := build.ImportDir(filepath.Join(root, dir), 0)
		require.NoError(t, err, dir)
		for _, imp := range pkg.Imports {
			rel, inModule := strings.CutPrefix(imp, mod)
			if !inModule {
				continue
			}
			for _, b := range bad {
				hit := rel == b || strings.HasPrefix(rel, b+"/") || (strings.HasSuffix(b, "/") && strings.HasPrefix(rel, b))
				assert.False(t, hit, "%s imports %s: the graph runs economy <- rating <- regime <- regime/england", dir, imp)
			}
		}
	}
}
