package rating

import (
	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// finPrecision is the number of decimal places every division of the
// financial metrics is carried to before classification. A quotient that
// lands exactly on a band edge (1.75x, -7 days) stays exact; only values
// within 1e-16 of an edge could classify differently from exact arithmetic.
const finPrecision = 16

// finReader reads optional figures and remembers which were absent, so a
// method can report every missing fact at once.
type finReader struct {
	prefix  string
	missing []string
}

func (r *finReader) get(v decimal.NullDecimal, name string) decimal.Decimal {
	if !v.Valid {
		r.missing = append(r.missing, r.prefix+name)
		return decimal.Zero
	}
	return v.Decimal
}

// finValue is a metric's value before classification. A ratio whose
// denominator is zero is unbounded: Inf says in which direction (+1 or -1),
// and Value is then zero.
type finValue struct {
	Value   decimal.Decimal
	Inf     int8
	Formula string
}

// finQuotient divides num by den, scaled by scale (360 for days, 100 for
// percentages). A non-positive denominator means there is nothing to divide
// by (no expenses, no income, no ceiling): the sign of num then decides,
// +inf when positive, -inf when negative, and 0 when both are zero.
func finQuotient(num, den, scale decimal.Decimal, formula string) finValue {
	if den.Sign() <= 0 {
		switch num.Sign() {
		case 1:
			return finValue{Inf: 1, Formula: formula + "; denominator not positive: unbounded above"}
		case -1:
			return finValue{Inf: -1, Formula: formula + "; denominator not positive: unbounded below"}
		}
		return finValue{Value: decimal.Zero, Formula: formula + "; 0 / 0 taken as 0"}
	}
	return finValue{Value: num.Mul(scale).DivRound(den, finPrecision), Formula: formula}
}

// finHuge stands in for an unbounded value when classifying: far beyond
// any published band edge.
var finHuge = decimal.New(1, 30)

// finMeasure classifies v with b (which has cuts: the params filled their
// defaults) and returns the Metric. An unbounded value is classified as a
// huge number of its sign and marked Unbounded, with Value zero.
func finMeasure(b Bands, s Scale, name string, v finValue, places int32) Metric {
	if v.Inf == 0 {
		return measure(b, s, name, v.Formula, v.Value, places, decimal.Zero)
	}
	x := finHuge
	if v.Inf < 0 {
		x = x.Neg()
	}
	m := measure(b, s, name, v.Formula, x, places, decimal.Zero)
	m.Value, m.Unbounded = decimal.Zero, v.Inf
	return m
}

// finMean returns sum(w x score) / sum(w) over ms, with the weights given
// alongside, and sets each metric's Weight to its share (4 places, for
// display). Dividing once at the end keeps a mean of exactly x.5 exact, so
// the rounding rule, not arithmetic noise, decides it. Weights that are
// negative or add up to nothing fall back to equal weights.
func finMean(ms []Metric, ws []decimal.Decimal) decimal.Decimal {
	total := decimal.Zero
	ok := len(ws) == len(ms)
	for _, w := range ws {
		if w.Sign() < 0 {
			ok = false
		}
		total = total.Add(w)
	}
	if !ok || total.Sign() <= 0 {
		ws = make([]decimal.Decimal, len(ms))
		for i := range ws {
			ws[i] = decimal.NewFromInt(1)
		}
		total = decimal.NewFromInt(int64(len(ms)))
	}
	sum := decimal.Zero
	for i := range ms {
		if i > 0 && ws[i].Equal(ws[i-1]) {
			ms[i].Weight = ms[i-1].Weight // equal weights: divide once
		} else {
			ms[i].Weight = ws[i].DivRound(total, 4)
		}
		sum = sum.Add(ws[i].Mul(decimal.NewFromInt(int64(ms[i].Score.Value))))
	}
	return sum.DivRound(total, finPrecision)
}

// finRound rounds mean with r and clamps the result to [lo, hi], so a
// custom table with odd scores can never produce a value off the scale.
func finRound(mean decimal.Decimal, r Rounding, lo, hi uint8) uint8 {
	v := r.Apply(mean).IntPart()
	switch {
	case v < int64(lo):
		return lo
	case v > int64(hi):
		return hi
	}
	return uint8(v)
}

// finCap is one override to check after combination. Triggered is nil
// when the facts to check it are missing; Missing then names them.
type finCap struct {
	Name      string
	Triggered *bool
	Limit     Score
	Reason    string
	Citation  economy.Citation
	Missing   []string
}

// finApplyCaps limits score by every triggered cap, in order. A cap that
// could not be checked is harmless when the score is already no better
// than its limit; otherwise the score cannot be known, and blocked reports
// it (the Result must then be InsufficientData). Missing lists the facts of
// every unchecked cap either way, so the gap is never silent.
func finApplyCaps(score Score, caps []finCap) (out Score, os []Override, missing []string, blocked bool) {
	out = score
	for _, c := range caps {
		if v, known := flag(c.Triggered); known && v {
			out, _ = bound(out, c.Limit)
		}
	}
	for _, c := range caps {
		o := Override{Name: c.Name, Triggered: c.Triggered, Limit: c.Limit, Reason: c.Reason, Citation: c.Citation}
		v, known := flag(c.Triggered)
		switch {
		case !known:
			missing = append(missing, c.Missing...)
			if c.Limit.WorseThan(out) {
				blocked = true
			}
		case v:
			o.Applied = !out.WorseThan(c.Limit)
		}
		os = append(os, o)
	}
	return out, os, missing, blocked
}

func finBool(b bool) *bool { return &b }

// finSpellIn reports whether any of the interventions is in force on date.
func finSpellIn(spells []economy.Spell, date economy.Date, is ...economy.Regime) (economy.Regime, bool) {
	for _, s := range spells {
		if !s.InForce(date) {
			continue
		}
		for _, i := range is {
			if s.Regime == i {
				return i, true
			}
		}
	}
	return economy.RegimeUnknown, false
}
