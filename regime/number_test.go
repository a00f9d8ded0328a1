package regime_test

import (
	"errors"
	"math"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixedNum is a derived number with a known value, for the operations'
// tests: the sum of one constant.
func fixedNum(n int64) regime.Number { return regime.Sum(regime.FixedInt(n)) }

// unknownNum is a number whose fact is missing.
func unknownNum() regime.Number {
	return regime.Bands("u", "unknown score", "missing figure",
		func(*regime.Env, regime.Subject) (decimal.Decimal, bool) { return decimal.Decimal{}, false },
		regime.GE, "", testCite, regime.Fixed(decimal.Zero))
}

func numValue(t *testing.T, x regime.Number) (regime.Num, bool) {
	t.Helper()
	env := regime.NewEnv(nil, day)
	s := regime.ProviderSubject(&economy.Provider{ID: "P"})
	v, ok := x.Value(&env, s)
	o := x.Explain(&env, s)
	// The explained path agrees with the verdict path.
	assert.Equal(t, ok, o.Verdict == regime.Met, o.Reason)
	return v, ok
}

func TestNumArithmetic(t *testing.T) {
	for _, c := range []struct {
		num, den    int64
		ceil, floor int64
		text        string
	}{
		{7, 3, 3, 2, "2.33"},
		{-7, 3, -2, -3, "-2.33"},
		{2, 3, 1, 0, "0.67"},
		{-2, 3, 0, -1, "-0.67"},
		{1, 200, 1, 0, "0.01"}, // 0.005 rounds half away from zero
		{-1, 200, 0, -1, "-0.01"},
		{1, 201, 1, 0, "0.00"},
		{199, 200, 1, 0, "1.00"}, // 0.995 rounds up to the next whole number
		{6, 3, 2, 2, "2"},
	} {
		x, ok := numValue(t, regime.Mean(repeat(c.num, c.den)...))
		require.True(t, ok)
		n, d := x.Fraction()
		assert.Equal(t, c.ceil, x.Ceil(), "%d/%d", c.num, c.den)
		assert.Equal(t, c.floor, x.Floor(), "%d/%d", c.num, c.den)
		assert.Equal(t, c.text, x.String(), "%d/%d", c.num, c.den)
		assert.Equal(t, c.num*d, n*c.den, "%d/%d in lowest terms %d/%d", c.num, c.den, n, d)
	}
	assert.Equal(t, -1, regime.NumOf(2).Cmp(regime.NumOf(3)))
	assert.Equal(t, 0, regime.NumOf(3).Cmp(regime.NumOf(3)))
	big, _ := numValue(t, regime.Mean(fixedNum(math.MaxInt64), fixedNum(0)))
	assert.Equal(t, 1, big.Cmp(regime.NumOf(math.MaxInt64/2)), "compared beyond 64 bits")
}

// repeat gives den numbers summing to num: num then zeros.
func repeat(num, den int64) []regime.Number {
	xs := []regime.Number{fixedNum(num)}
	for i := int64(1); i < den; i++ {
		xs = append(xs, fixedNum(0))
	}
	return xs
}

func TestNumberOperations(t *testing.T) {
	met, notMet, unknown := regime.Const("m", regime.Met), regime.Const("n", regime.NotMet), regime.Const("u", regime.Unknown)
	for _, c := range []struct {
		name string
		x    regime.Number
		want int64
		ok   bool
	}{
		{"sum", regime.Sum(fixedNum(2), fixedNum(3), fixedNum(-1)), 4, true},
		{"empty sum", regime.Sum(), 0, true},
		{"min", regime.Min(fixedNum(2), fixedNum(-3), fixedNum(5)), -3, true},
		{"max", regime.Max(fixedNum(2), fixedNum(-3), fixedNum(5)), 5, true},
		{"ceiling of 7/3", regime.Ceil(regime.Mean(fixedNum(2), fixedNum(1), fixedNum(4))), 3, true},
		{"ceiling of 2", regime.Ceil(regime.Mean(fixedNum(2), fixedNum(1), fixedNum(3))), 2, true},
		{"count", regime.CountMet(met, notMet, met), 2, true},
		{"count with an unknown", regime.CountMet(met, unknown), 0, false},
		{"if met", regime.If(met, regime.FixedInt(3), regime.FixedInt(1)), 3, true},
		{"if not met", regime.If(notMet, regime.FixedInt(3), regime.FixedInt(1)), 1, true},
		{"if unknown", regime.If(unknown, regime.FixedInt(3), regime.FixedInt(1)), 0, false},
		{"unknown operand", regime.Max(fixedNum(1), unknownNum()), 0, false},
		{"overflow", regime.Sum(fixedNum(math.MaxInt64), fixedNum(1)), 0, false},
		{"shared operand", shared(), 4, true},
	} {
		v, ok := numValue(t, c.x)
		assert.Equal(t, c.ok, ok, c.name)
		if ok {
			assert.Equal(t, regime.NumOf(c.want), v, c.name)
		}
	}
}

// shared reads one number twice, which Value compiles to one evaluation.
func shared() regime.Number {
	x := regime.Sum(fixedNum(1), fixedNum(1))
	return regime.Sum(x, x)
}

func TestBandsBoundaries(t *testing.T) {
	val := decimal.Zero
	get := func(*regime.Env, regime.Subject) (decimal.Decimal, bool) { return val, true }
	ge := regime.Bands("ge", "at least", "figure", get, regime.GE, "", testCite,
		regime.Fixed(dec("2.5")), regime.Fixed(dec("1.75")))
	gt := regime.Bands("gt", "more than", "figure", get, regime.GT, "", testCite,
		regime.Fixed(dec("1")), regime.Fixed(dec("0")))
	for _, c := range []struct {
		x      regime.Number
		v      string
		want   int64
		reason string
	}{
		{ge, "2.51", 1, "at least 1: 2.51: at least 2.5"},
		{ge, "2.50", 1, "at least 1: 2.50: at least 2.5"},
		{ge, "2.49", 2, "at least 2: 2.49: at least 1.75, not at least 2.5"},
		{ge, "1.75", 2, "at least 2: 1.75: at least 1.75, not at least 2.5"},
		{ge, "1.749", 3, "at least 3: 1.749: not at least 1.75"},
		{gt, "1.01", 1, "more than 1: 1.01: more than 1"},
		{gt, "1", 2, "more than 2: 1: more than 0, not more than 1"},
		{gt, "0.99", 2, "more than 2: 0.99: more than 0, not more than 1"},
		{gt, "0", 3, "more than 3: 0: not more than 0"},
	} {
		val = dec(c.v)
		v, ok := numValue(t, c.x)
		require.True(t, ok)
		assert.Equal(t, regime.NumOf(c.want), v, c.v)
		env := regime.NewEnv(nil, day)
		assert.Equal(t, c.reason, c.x.Explain(&env, regime.Subject{}).Reason)
	}
}

func TestNumbersReadParameters(t *testing.T) {
	var ps regime.Params
	limit := ps.Decimal(regime.ParamDef{Name: "limit", Citation: testCite, Range: regime.Between(dec("0"), dec("10"))}, dec("2"))
	need := ps.Int(regime.ParamDef{Name: "need", Citation: testCite, Range: regime.Whole(0, 10)}, 2)
	get := func(*regime.Env, regime.Subject) (decimal.Decimal, bool) { return dec("2"), true }
	score := regime.Bands("s", "score", "figure", get, regime.GE, "", testCite, limit)
	rule := regime.CompareNumber("r", "score needed", score, regime.GE, need, "", testCite)
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "x", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{{Priority: 1, Rule: rule, Decides: regime.Ruling{Code: "x"}}}})
	require.NoError(t, err)
	fw, err := regime.NewFramework(regime.FrameworkSpec{ID: "f", Name: "F", From: day, Params: &ps, RuleSets: []*regime.RuleSet{rs}})
	require.NoError(t, err)

	env := regime.NewEnv(nil, day).WithParams(fw)
	assert.Equal(t, regime.NotMet, rule.Eval(&env, regime.Subject{}), "score 1 is not at least 2")
	// A missing parameter leaves the number, and the rule, unknown.
	bare := regime.NewEnv(nil, day)
	assert.Equal(t, regime.Unknown, rule.Eval(&bare, regime.Subject{}))
	o := rule.Explain(&bare, regime.Subject{})
	assert.Contains(t, o.Children[0].Missing, "parameter limit")
	assert.Contains(t, o.Missing, "parameter need")

	// A framework that lacks the parameters is refused.
	_, err = regime.NewFramework(regime.FrameworkSpec{ID: "g", Name: "G", From: day, RuleSets: []*regime.RuleSet{rs}})
	assert.ErrorIs(t, err, regime.ErrUnknownParam)
	// The bands' thresholds are part of the rule's identity.
	other := regime.CompareNumber("r", "score needed", regime.Bands("s", "score", "figure", get, regime.GE, "", testCite, regime.Fixed(dec("3"))),
		regime.GE, need, "", testCite)
	assert.NotEqual(t, rule.Info().Detail, other.Info().Detail)
}

func TestNumberConstructionErrors(t *testing.T) {
	for name, r := range map[string]regime.Rule{
		"nil number":     regime.CompareNumber("a", "", nil, regime.GE, regime.FixedInt(1), "", testCite),
		"nil threshold":  regime.CompareNumber("b", "", fixedNum(1), regime.GE, nil, "", testCite),
		"empty mean":     regime.CompareNumber("c", "", regime.Mean(), regime.GE, regime.FixedInt(1), "", testCite),
		"nil operand":    regime.CompareNumber("d", "", regime.Max(fixedNum(1), nil), regime.GE, regime.FixedInt(1), "", testCite),
		"no thresholds":  regime.CompareNumber("e", "", regime.Bands("b", "", "", func(*regime.Env, regime.Subject) (decimal.Decimal, bool) { return decimal.Zero, true }, regime.GE, "", testCite), regime.GE, regime.FixedInt(1), "", testCite),
		"nil getter":     regime.CompareNumber("f", "", regime.Bands("b", "", "", nil, regime.GE, "", testCite, regime.Fixed(decimal.Zero)), regime.GE, regime.FixedInt(1), "", testCite),
		"nil count rule": regime.CompareNumber("g", "", regime.CountMet(nil), regime.GE, regime.FixedInt(1), "", testCite),
		"named constant": regime.CompareNumber("h", "", regime.NameNumber("n", "", testCite, regime.FixedInt(1)), regime.GE, regime.FixedInt(1), "", testCite),
	} {
		err := regime.Check(r)
		assert.Error(t, err, name)
		assert.True(t, errors.Is(err, regime.ErrInvalidRule) || errors.Is(err, regime.ErrNilRule), name)
		env := regime.NewEnv(nil, day)
		assert.Equal(t, regime.Unknown, r.Eval(&env, regime.Subject{}), name)
		assert.Contains(t, r.Explain(&env, regime.Subject{}).Reason, "invalid rule", name)
	}
}

// TestNumbersIgnoreDivisionPrecision holds values and explanations to one
// answer whatever decimal's process-wide settings say.
func TestNumbersIgnoreDivisionPrecision(t *testing.T) {
	x := regime.NameNumber("f", "finance", testCite, regime.Ceil(regime.Mean(fixedNum(2), fixedNum(1), fixedNum(4))))
	env := regime.NewEnv(nil, day)
	before, _ := x.Value(&env, regime.Subject{})
	reason := x.Explain(&env, regime.Subject{}).Children[0].Reason
	saved := decimal.DivisionPrecision
	t.Cleanup(func() { decimal.DivisionPrecision = saved })
	for _, p := range []int{0, 1, 2, 40} {
		decimal.DivisionPrecision = p
		v, _ := x.Value(&env, regime.Subject{})
		assert.Equal(t, before, v, "precision %d", p)
		assert.Equal(t, reason, x.Explain(&env, regime.Subject{}).Children[0].Reason, "precision %d", p)
	}
	assert.Equal(t, "mean 2.33: mean of sum 2, sum 1, sum 4 (7/3)", reason)
}

func TestAppendMatches(t *testing.T) {
	met, notMet, unknown := regime.Const("m", regime.Met), regime.Const("n", regime.NotMet), regime.Const("u", regime.Unknown)
	set := func(p regime.Policy, rules ...regime.Rule) *regime.RuleSet {
		var es []regime.Entry
		for i, r := range rules {
			es = append(es, regime.Entry{Priority: i, Rule: regime.Named("e"+string(rune('a'+i)), "", testCite, r),
				Decides: regime.Ruling{Code: "c" + string(rune('a'+i))}})
		}
		rs, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "s", Policy: p, AppliesTo: regime.KindsOf(regime.SubjectProvider), Entries: es})
		require.NoError(t, err)
		return rs
	}
	codes := func(rs []regime.Ruling) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Code)
		}
		return out
	}
	env := regime.NewEnv(nil, day)
	for _, c := range []struct {
		rs    *regime.RuleSet
		codes []string
		v     regime.Verdict
	}{
		{set(regime.Collect, met, notMet, met), []string{"ca", "cc"}, regime.Met},
		{set(regime.Collect, notMet, notMet), nil, regime.NotMet},
		{set(regime.Collect, met, unknown), []string{"ca"}, regime.Unknown},
		{set(regime.First, notMet, met, met), []string{"cb"}, regime.Met},
		{set(regime.First, unknown, met), nil, regime.Unknown},
	} {
		got, v := c.rs.AppendMatches(nil, &env, regime.Subject{})
		assert.Equal(t, c.codes, codes(got))
		assert.Equal(t, c.v, v)
		_, mv := c.rs.Match(&env, regime.Subject{})
		assert.Equal(t, mv, v, "as Match")
	}
	rs := set(regime.Collect, met, notMet, met)
	buf := make([]regime.Ruling, 0, 3)
	assert.Zero(t, testing.AllocsPerRun(100, func() { buf, _ = rs.AppendMatches(buf[:0], &env, regime.Subject{}) }))
}
