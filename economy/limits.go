package economy

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/shopspring/decimal"
)

// Limits on what Parse and Validate accept, and on what the library's
// other readers (regime/api's requests, regimetest's case files) accept,
// which use the same constants. They exist so that a typing slip (a year
// of 0001, a figure in pence keyed as pounds a million times over) or a
// hostile document is reported, instead of being judged or making the
// library spend unbounded time and memory. Each is far beyond what any
// real economy needs: England has about 220 NHS trusts and 42 integrated
// care boards.
const (
	// MaxInputBytes bounds a document: what Parse reads, a regime/api
	// request (the economy inside it included) and a regimetest case file.
	// A larger one is refused before it is read.
	MaxInputBytes = 16 << 20

	// MaxDepth is how deeply JSON arrays and objects may nest, the
	// document's own object counting as one level. An Economy needs about
	// ten levels; anything deeper is not one.
	MaxDepth = 64

	// MaxNumberLength is the longest JSON number (or decimal string) Parse
	// reads, in bytes, so that a megabyte of digits costs nothing.
	MaxNumberLength = 100

	// MaxMagnitudeExponent bounds every decimal: its absolute value must
	// not exceed 10^MaxMagnitudeExponent (a million billion pounds, far
	// beyond the whole NHS budget), so 1e15 is accepted and 1e15+0.01 is
	// not. See [CheckDecimal].
	MaxMagnitudeExponent = 15

	// MaxDecimalPlaces bounds the scale of every decimal. Pounds need two
	// places and ratios a few more; thirty leaves room for any honest
	// figure while keeping arithmetic on it cheap. See [CheckDecimal].
	MaxDecimalPlaces = 30

	// MaxProviders bounds an economy's providers.
	MaxProviders = 10_000

	// MaxCommissioners bounds an economy's commissioners.
	MaxCommissioners = 1_000

	// MaxServices bounds the services of one provider.
	MaxServices = 1_000

	// MaxAssets bounds the assets of one provider.
	MaxAssets = 1_000

	// MaxListLength bounds every other list and map: a service's
	// commissioners, alternatives and dependents, a provider's accounts
	// and inspections, the "other" performance measures, an economy's
	// local authorities, spells and sources, and so on.
	MaxListLength = 1_000

	// MaxIDLength bounds an ID, in bytes. IDs also keep to the alphabet
	// [Economy.Validate] documents.
	MaxIDLength = 64

	// MaxTextLength bounds every other string (names, descriptions,
	// notes, URLs, the keys of "other" measures), in bytes.
	MaxTextLength = 4_096

	// MaxProblems is how many problems an error lists: Parse, Validate,
	// regime/api and regimetest.Load report the first MaxProblems, then
	// one more, "and 12 more problems", that counts the rest.
	MaxProblems = 100
)

// EarliestDate returns 5 July 1948, the day the NHS was founded. No fact
// this package describes can be older, so an earlier date is an error.
func EarliestDate() Date { return MakeDate(1948, time.July, 5) }

// LatestDate returns 31 December 2100, the latest date Validate accepts:
// later dates are typing errors, not plans.
func LatestDate() Date { return MakeDate(2100, time.December, 31) }

// maxMagnitude is 10^MaxMagnitudeExponent; unexported so no caller can
// change it.
var maxMagnitude = decimal.New(1, MaxMagnitudeExponent)

var (
	errMagnitude = fmt.Errorf("is out of range: must not exceed 1e%d in absolute value", MaxMagnitudeExponent)
	errPlaces    = fmt.Errorf("must not have more than %d decimal places", MaxDecimalPlaces)
	errZeroExp   = fmt.Errorf("is zero written with an exponent above %d", MaxMagnitudeExponent)
)

// maxCoefficientBits bounds the digits of a decimal before it is compared:
// with at most MaxDecimalPlaces places, a coefficient of more bits is
// beyond 10^MaxMagnitudeExponent whatever its exponent.
const maxCoefficientBits = 4 * (MaxMagnitudeExponent + MaxDecimalPlaces + 2)

// CheckDecimal reports whether d is within the bounds every decimal of an
// economy keeps: at most [MaxDecimalPlaces] decimal places and an absolute
// value of at most 10^[MaxMagnitudeExponent]. Validate applies it to
// every figure, so that a decimal built in Go is held to the bounds Parse
// holds a parsed one to, and regime/api and regimetest apply it to the
// decimals of a variant. Its cost does not grow with the exponent: it
// judges 7e10000000 without building the number, so a caller can check a
// decimal of unknown origin before doing arithmetic with it.
func CheckDecimal(d decimal.Decimal) error {
	exp := d.Exponent()
	switch {
	case exp < -MaxDecimalPlaces:
		return errPlaces
	case exp > MaxMagnitudeExponent:
		if d.Coefficient().Sign() == 0 {
			return errZeroExp
		}
		return errMagnitude
	case !smallCoefficient(d) && d.Coefficient().BitLen() > maxCoefficientBits:
		return errMagnitude
	}
	// A coefficient of n digits with exponent exp is below 10^(n+exp):
	// the digits decide, without arithmetic, unless the number may be
	// 10^15 itself.
	switch n := d.NumDigits() + int(exp); {
	case n <= MaxMagnitudeExponent:
		return nil
	case n > MaxMagnitudeExponent+1:
		return errMagnitude
	case d.Abs().Cmp(maxMagnitude) > 0:
		return errMagnitude
	}
	return nil
}

// int64Ends holds, for each exponent CheckDecimal lets through, the
// decimals of coefficient -MaxInt64 and MaxInt64 at that exponent.
var int64Ends = func() (ends [MaxDecimalPlaces + MaxMagnitudeExponent + 1][2]decimal.Decimal) {
	for i := range ends {
		exp := int32(i - MaxDecimalPlaces)
		ends[i] = [2]decimal.Decimal{decimal.New(-math.MaxInt64, exp), decimal.New(math.MaxInt64, exp)}
	}
	return ends
}()

// smallCoefficient reports, without copying it, whether d's coefficient
// fits in an int64, for an exponent within CheckDecimal's bounds: decimal
// compares numbers of one exponent by their coefficients alone, so the
// comparisons allocate nothing, where Coefficient copies it.
func smallCoefficient(d decimal.Decimal) bool {
	i := int(d.Exponent()) + MaxDecimalPlaces
	if i < 0 || i >= len(int64Ends) {
		return false
	}
	if d.Sign() < 0 {
		return d.Cmp(int64Ends[i][0]) >= 0
	}
	return d.Cmp(int64Ends[i][1]) <= 0
}

// atMost reports whether d <= m for a d within CheckDecimal's bounds and
// a whole m of at most digits digits (m < 10^digits), deciding by d's
// digits where they settle it, so that the common case needs no
// arithmetic: decimal's own comparison of numbers of different scales
// multiplies big integers.
func atMost(d, m decimal.Decimal, digits int) bool {
	switch n := d.NumDigits() + int(d.Exponent()); {
	case d.Sign() <= 0 || n < digits:
		return true
	case n > digits:
		return false
	}
	return d.Cmp(m) <= 0
}

// CheckDate reports whether d is a real day within [EarliestDate] and
// [LatestDate], the span every date of an economy, and every decision
// date, must keep to.
func CheckDate(d Date) error {
	switch {
	case !d.Valid():
		return fmt.Errorf("%04d-%02d-%02d is not a real date: %s", d.Year, int(d.Month), d.Day, d.unreal())
	case d.Before(EarliestDate()):
		return fmt.Errorf("must not be before %s, when the NHS was founded", EarliestDate())
	case d.After(LatestDate()):
		return fmt.Errorf("must not be after %s", LatestDate())
	}
	return nil
}

// idChars says which bytes an ID may hold.
var idChars = func() (ok [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		ok[c], ok[c-'a'+'A'] = true, true
	}
	for c := '0'; c <= '9'; c++ {
		ok[c] = true
	}
	ok['-'], ok['_'], ok['.'] = true, true, true
	return ok
}()

var errIDAlphabet = errors.New("may hold only ASCII letters, digits, '-', '_' and '.', and must start with a letter or digit")

// checkID reports an ID outside the alphabet or longer than MaxIDLength.
// The empty ID is the required check's to report.
func checkID(id string) error {
	if len(id) > MaxIDLength {
		return fmt.Errorf("is %d bytes long, more than the limit of %d for an ID", len(id), MaxIDLength)
	}
	for i := 0; i < len(id); i++ {
		if !idChars[id[i]] || i == 0 && !(id[0] >= '0' && id[0] <= '9' || id[0]|0x20 >= 'a' && id[0]|0x20 <= 'z') {
			return fmt.Errorf("%q %w", id, errIDAlphabet)
		}
	}
	return nil
}
