package rating

import (
	"github.com/shopspring/decimal"
)

// measure classifies v with b and returns the Metric as working, scored on
// scale s with the given weight (zero when the method does not weight).
func measure(b Bands, s Scale, name, formula string, v decimal.Decimal, places int32, weight decimal.Decimal) Metric {
	score, band, cite := b.Classify(v)
	return Metric{
		Name: name, Formula: formula, Value: v, Unit: b.Unit, Places: places,
		Band: band, Score: Score{Scale: s, Value: score}, Weight: weight, Citation: cite,
	}
}

// weightedMean returns the sum of weight x score over ms. Weights are
// shares that add up to one; a method with equal weights passes 1/n each.
func weightedMean(ms []Metric) decimal.Decimal {
	sum := decimal.Zero
	for _, m := range ms {
		sum = sum.Add(m.Weight.Mul(decimal.NewFromInt(int64(m.Score.Value))))
	}
	return sum
}

// worse returns the worse of two scores on the same scale; an unknown score
// loses to a known one.
func worse(a, b Score) Score {
	switch {
	case !a.Known():
		return b
	case !b.Known():
		return a
	case b.WorseThan(a):
		return b
	}
	return a
}

// bound limits s to be no better than limit, reporting whether it changed.
func bound(s, limit Score) (Score, bool) {
	if limit.WorseThan(s) {
		return limit, true
	}
	return s, false
}

// flag reads an optional boolean fact.
func flag(b *bool) (value, known bool) {
	if b == nil {
		return false, false
	}
	return *b, true
}
