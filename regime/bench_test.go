package regime_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// composed is a rule four levels deep using every combinator and every
// kind of leaf: a predicate, comparisons of decimals on different scales,
// an enum set and a whole-number comparison.
func composed(fx fixture) regime.Rule {
	return regime.Named("composed", "composed rule", testCite, regime.All(
		fx.qualityRule,
		regime.Any(
			regime.Not(fx.finRule),
			regime.AtLeast(1, kq(economy.Caring), fx.finRule),
		),
		regime.Not(regime.CompareInt("n", "constant", func(*regime.Env, regime.Subject) (int64, bool) { return 4, true },
			regime.GT, fx.minFailing, "", testCite)),
	))
}

func benchSetup(tb testing.TB) (fixture, regime.Env, regime.Subject) {
	fx := newFixture()
	e := testEconomy()
	env := regime.NewEnv(e, day).WithParams(fx.fw)
	return fx, env, regime.ProviderSubject(&e.Providers[0])
}

func TestVerdictPathDoesNotAllocate(t *testing.T) {
	fx, env, alpha := benchSetup(t)
	r := composed(fx)
	require.Equal(t, regime.NotMet, r.Eval(&env, alpha))
	require.Equal(t, r.Eval(&env, alpha), r.Explain(&env, alpha).Verdict)
	var v regime.Verdict
	assert.Zero(t, testing.AllocsPerRun(200, func() { v = r.Eval(&env, alpha) }), "composed rule")
	assert.Zero(t, testing.AllocsPerRun(200, func() { v = fx.finRule.Eval(&env, alpha) }), "single comparison")
	rs, _ := fx.fw.RuleSet("intervention")
	assert.Zero(t, testing.AllocsPerRun(200, func() { _, v = rs.Match(&env, alpha) }), "rule set")
	_ = v
}

var sinkVerdict regime.Verdict

func BenchmarkEvalSingle(b *testing.B) {
	fx, env, alpha := benchSetup(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkVerdict = fx.finRule.Eval(&env, alpha)
	}
}

func BenchmarkEvalComposed(b *testing.B) {
	fx, env, alpha := benchSetup(b)
	r := composed(fx)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkVerdict = r.Eval(&env, alpha)
	}
}

func BenchmarkMatchRuleSet(b *testing.B) {
	fx, env, alpha := benchSetup(b)
	rs, _ := fx.fw.RuleSet("intervention")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, sinkVerdict = rs.Match(&env, alpha)
	}
}

func BenchmarkExplainComposed(b *testing.B) {
	fx, env, alpha := benchSetup(b)
	r := composed(fx)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkVerdict = r.Explain(&env, alpha).Verdict
	}
}

func BenchmarkDecide(b *testing.B) {
	fx, _, alpha := benchSetup(b)
	env := regime.NewEnv(testEconomy(), day)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d, err := fx.fw.Decide(env, "intervention", alpha)
		if err != nil {
			b.Fatal(err)
		}
		sinkVerdict = d.Verdict
	}
}
