package economy_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/golden"
)

// TestJSONIsCanonical: every type holding a decimal marshals the same
// bytes whatever shopspring/decimal's global switches say.
func TestJSONIsCanonical(t *testing.T) {
	golden.AssertCanonicalJSON(t,
		economy.Accounts{},
		economy.Alternative{},
		economy.Asset{},
		economy.Commissioner{},
		economy.CommissionerFinance{},
		economy.Economy{},
		economy.Performance{},
		economy.Provider{},
		economy.Service{},
		economy.SystemFinance{},
		economy.Obligation{},
		economy.Workforce{},
	)
}
