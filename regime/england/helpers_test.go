package england_test

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// provDate reads a test date written as YYYY-MM-DD.
var provDate = economy.MustDate

// sinkVerdict keeps benchmark results alive.
var sinkVerdict regime.Verdict

// dec reads a decimal written in a test.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// nd is dec as a present NullDecimal.
func nd(s string) decimal.NullDecimal { return decimal.NewNullDecimal(dec(s)) }
