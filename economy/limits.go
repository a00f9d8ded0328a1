package economy

import (
	"time"

	"github.com/shopspring/decimal"
)

// Limits on what Parse and Validate accept. They exist so that a typing
// slip (a year of 0001, a figure in pence keyed as pounds a million times
// over) or a hostile document is reported, instead of being judged or
// making the library spend unbounded time and memory.
const (
	// MaxMagnitudeExponent bounds every decimal: its absolute value must
	// not exceed 10^MaxMagnitudeExponent (a million billion pounds, far
	// beyond the whole NHS budget), so 1e15 is accepted and 1e15+0.01 is
	// not.
	MaxMagnitudeExponent = 15

	// MaxDecimalPlaces bounds the scale of every decimal. Pounds need two
	// places and ratios a few more; thirty leaves room for any honest
	// figure while keeping arithmetic on it cheap.
	MaxDecimalPlaces = 30

	// MaxDepth is how deeply Parse lets JSON arrays and objects nest. An
	// Economy needs about ten levels; anything deeper is not one.
	MaxDepth = 64

	// MaxNumberLength is the longest JSON number (or decimal string) Parse
	// reads, in bytes, so that a megabyte of digits costs nothing.
	MaxNumberLength = 100
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
