package rating

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func dec(s string) decimal.Decimal    { return decimal.RequireFromString(s) }
func nd(s string) decimal.NullDecimal { return decimal.NewNullDecimal(dec(s)) }
func bp(b bool) *bool                 { return &b }
func date(s string) economy.Date      { return economy.MustDate(s) }
func quarter(from, to string) economy.Period {
	return economy.Period{From: date(from), To: date(to)}
}

// assertDec compares decimals by value, never by representation.
func assertDec(t *testing.T, want string, got decimal.Decimal) {
	t.Helper()
	assert.Truef(t, dec(want).Equal(got), "want %s, got %s", want, got)
}
