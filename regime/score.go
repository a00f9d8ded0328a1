package regime

import (
	"strconv"
	"strings"
)

// Score is the number a rule set works out beside its ruling, such as a
// finance score beside the flags it sets ([RuleSetSpec.Score]). Value is
// exact: a whole number ("3") or a fraction in lowest terms ("7/3"); it
// is empty when the number is unknown for want of a fact. Outcome
// explains it: its reason gives the value and how it was found ("finance
// score 3: mean 2.33 rounded up").
type Score struct {
	Value   string  `json:"value,omitempty"`
	Outcome Outcome `json:"outcome"`
}

// Num returns the score's value, and false when it is unknown.
func (s Score) Num() (Num, bool) { return parseExact(s.Value) }

// Exact writes x without rounding: "3", or "7/3" in lowest terms.
func (x Num) Exact() string {
	n, d := x.Fraction()
	if d == 1 {
		return strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10) + "/" + strconv.FormatInt(d, 10)
}

// parseExact reads what Exact writes.
func parseExact(s string) (Num, bool) {
	num, den, frac := strings.Cut(s, "/")
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil {
		return Num{}, false
	}
	if !frac {
		return NumOf(n), true
	}
	d, err := strconv.ParseInt(den, 10, 64)
	if err != nil || d <= 0 {
		return Num{}, false
	}
	return fraction(n, d)
}

// score explains the rule set's score for s, nil when it has none.
func (rs *RuleSet) score(env *Env, s Subject) *Score {
	if isNilNumber(rs.spec.Score) {
		return nil
	}
	o, v, ok := rs.spec.Score.explain(env, s)
	sc := &Score{Outcome: o}
	if ok {
		sc.Value = v.Exact()
	}
	return sc
}

// Score returns the number the rule set works out beside its ruling, and
// false when it has none. Its Value is the verdict path: it allocates
// nothing.
func (rs *RuleSet) Score() (Number, bool) {
	if isNilNumber(rs.spec.Score) {
		return nil, false
	}
	return rs.spec.Score, true
}
