package england_test

import (
	"testing"

	"github.com/failregime/failregime/internal/golden"
	"github.com/failregime/failregime/regime/england"
)

// TestJSONIsCanonical: every type holding a decimal marshals the same
// bytes whatever shopspring/decimal's global switches say.
func TestJSONIsCanonical(t *testing.T) {
	golden.AssertCanonicalJSON(t,
		england.Register{},
		england.RegisterEntry{},
	)
}
