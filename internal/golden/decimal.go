package golden

import (
	"testing"

	"github.com/shopspring/decimal"
)

// FlipDecimalGlobals sets every process-wide switch of shopspring/decimal
// away from its default for the rest of the test, and restores them when
// it ends. The library promises output that does not depend on them, so a
// golden test run after it must still pass. Tests that call it must not
// run in parallel.
func FlipDecimalGlobals(t testing.TB) {
	t.Helper()
	div, pow := decimal.DivisionPrecision, decimal.PowPrecisionNegativeExponent
	quotes, trim, sci := decimal.MarshalJSONWithoutQuotes, decimal.TrimTrailingZeros, decimal.UseScientificNotation
	t.Cleanup(func() {
		decimal.DivisionPrecision, decimal.PowPrecisionNegativeExponent = div, pow
		decimal.MarshalJSONWithoutQuotes, decimal.TrimTrailingZeros, decimal.UseScientificNotation = quotes, trim, sci
	})
	decimal.DivisionPrecision, decimal.PowPrecisionNegativeExponent = 2, 2
	decimal.MarshalJSONWithoutQuotes = !quotes
	decimal.TrimTrailingZeros = !trim
	decimal.UseScientificNotation = !sci
}
