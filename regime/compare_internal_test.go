package regime

import (
	"math/rand"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// cmpDec must agree with decimal's Cmp on every pair, whatever the scales.
func TestCmpDecAgreesWithDecimal(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	pick := func() decimal.Decimal {
		coef := rng.Int63n(2_000_000_000_000_000_000) - 1_000_000_000_000_000_000
		if rng.Intn(3) == 0 {
			coef = rng.Int63n(2001) - 1000
		}
		return decimal.New(coef, int32(rng.Intn(41)-20))
	}
	for i := 0; i < 200_000; i++ {
		a, b := pick(), pick()
		if rng.Intn(4) == 0 {
			b = a.Add(decimal.New(int64(rng.Intn(3)-1), a.Exponent()-1))
		}
		if !assert.Equal(t, a.Cmp(b), cmpDec(a, b), "%s vs %s", a, b) {
			return
		}
	}
	big := decimal.RequireFromString("123456789012345678901234567890")
	assert.Equal(t, 1, cmpDec(big, decimal.RequireFromString("1.5")))
	assert.Equal(t, -1, cmpDec(big.Neg(), decimal.RequireFromString("-1.5")))
}

func TestCmpDecDoesNotAllocate(t *testing.T) {
	a, b := decimal.RequireFromString("-16.0"), decimal.RequireFromString("-14")
	allocs := testing.AllocsPerRun(100, func() { cmpSink = cmpDec(a, b) })
	assert.Zero(t, allocs)
	assert.Equal(t, -1, cmpSink)
}

var cmpSink int
