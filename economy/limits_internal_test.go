package economy

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// atMost decides by digits where they settle it; it must agree with
// decimal's comparison at every scale around 100.
func TestAtMostAgreesWithCmp(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 100))
	for range 20000 {
		d := decimal.New(rng.Int64N(2_000_000)-1000, int32(rng.IntN(12)-8))
		if want, got := d.Cmp(hundred) <= 0, atMost(d, hundred, 3); got != want {
			t.Fatalf("atMost(%s, 100) = %v, want %v", d, got, want)
		}
	}
	for _, s := range []string{"100", "100.0", "100.000001", "99.99999", "1e2", "0.1e3", "1000", "-100000"} {
		d := decimal.RequireFromString(s)
		if want, got := d.Cmp(hundred) <= 0, atMost(d, hundred, 3); got != want {
			t.Fatalf("atMost(%s, 100) = %v, want %v", d, got, want)
		}
	}
}
