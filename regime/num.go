package regime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// Num is the exact value of a [Number]: a whole number, or a fraction
// where a mean does not divide evenly (7/3). It is kept as a fraction of
// two whole numbers, never as a rounded decimal, so that rounding it
// ([Ceil]) or comparing it gives one answer whatever
// decimal.DivisionPrecision or any other process-wide setting says. The
// zero Num is 0.
type Num struct {
	num, den int64 // den is 0 (meaning 1) or positive, and the fraction is in lowest terms
}

// NumOf returns the whole number n.
func NumOf(n int64) Num { return Num{num: n, den: 1} }

// fraction returns n/d in lowest terms, and false when d is 0 or the
// result does not fit (math.MinInt64 cannot be negated).
func fraction(n, d int64) (Num, bool) {
	if d == 0 || n == math.MinInt64 || d == math.MinInt64 {
		return Num{}, false
	}
	if d < 0 {
		n, d = -n, -d
	}
	if g := gcd(absU64(n), uint64(d)); g > 1 {
		n, d = n/int64(g), d/int64(g)
	}
	return Num{num: n, den: d}, true
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func (x Num) denom() int64 {
	if x.den == 0 {
		return 1
	}
	return x.den
}

// IsWhole reports whether x is a whole number.
func (x Num) IsWhole() bool { return x.denom() == 1 }

// Fraction returns x as numerator and denominator in lowest terms, the
// denominator positive.
func (x Num) Fraction() (num, den int64) { return x.num, x.denom() }

// Ceil returns the least whole number not below x: 7/3 gives 3, -7/3
// gives -2.
func (x Num) Ceil() int64 {
	d := x.denom()
	q := x.num / d
	if x.num%d > 0 {
		q++
	}
	return q
}

// Floor returns the greatest whole number not above x: 7/3 gives 2, -7/3
// gives -3.
func (x Num) Floor() int64 {
	d := x.denom()
	q := x.num / d
	if x.num%d < 0 {
		q--
	}
	return q
}

// Cmp compares x and y exactly: -1 when x < y, 0 when equal, +1 when
// x > y. It does not allocate unless a product exceeds 64 bits.
func (x Num) Cmp(y Num) int {
	xd, yd := x.denom(), y.denom()
	if xd == yd {
		return cmpInt(x.num, y.num)
	}
	a, okA := mul64(x.num, yd)
	b, okB := mul64(y.num, xd)
	if okA && okB {
		return cmpInt(a, b)
	}
	l := new(big.Int).Mul(big.NewInt(x.num), big.NewInt(yd))
	return l.Cmp(new(big.Int).Mul(big.NewInt(y.num), big.NewInt(xd)))
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// String writes x for a reader: a whole number as itself ("3"), a
// fraction to two decimal places, rounded half away from zero ("2.33" for
// 7/3, "-0.67" for -2/3). It is computed with whole numbers only.
func (x Num) String() string {
	d := x.denom()
	if d == 1 {
		return strconv.FormatInt(x.num, 10)
	}
	neg := x.num < 0
	n, ud := absU64(x.num), uint64(d)
	whole, rem := n/ud, n%ud
	// The hundredths of rem/d, rounded half away from zero: rem < d, so
	// 200*rem/d fits and is below 200.
	hi, lo := bits.Mul64(rem, 200)
	q, _ := bits.Div64(hi, lo, ud)
	c := (q + 1) / 2
	if c == 100 {
		whole, c = whole+1, 0
	}
	s := strconv.FormatUint(whole, 10) + "." + strconv.FormatUint(c/10, 10) + strconv.FormatUint(c%10, 10)
	if neg && (whole != 0 || c != 0) {
		s = "-" + s
	}
	return s
}

// add64 and mul64 report false on overflow, so that a derived number
// too large for 64 bits is unknown rather than wrong.
func add64(a, b int64) (int64, bool) {
	c := a + b
	if (c > a) != (b > 0) {
		return 0, false
	}
	return c, true
}

func mul64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	c := a * b
	if c/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	return c, true
}

// addNum returns x+y exactly, false on overflow.
func addNum(x, y Num) (Num, bool) {
	xd, yd := x.denom(), y.denom()
	if xd == 1 && yd == 1 {
		s, ok := add64(x.num, y.num)
		return Num{num: s, den: 1}, ok
	}
	a, ok1 := mul64(x.num, yd)
	b, ok2 := mul64(y.num, xd)
	d, ok3 := mul64(xd, yd)
	if !ok1 || !ok2 || !ok3 {
		return Num{}, false
	}
	s, ok := add64(a, b)
	if !ok {
		return Num{}, false
	}
	return fraction(s, d)
}
