package regime_test

import (
	"strings"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bdSeed and bdN fix the synthetic providers every run measures.
const (
	bdSeed = 2026
	bdN    = 10_000
	// bdExplained is how many of them the explained benchmarks decide.
	bdExplained = 1_000
)

// bdLibrary is the decision on the verdict path: the flags matched and
// the finance score, into buf.
func bdLibrary(r *bdRules, env *regime.Env, s regime.Subject, buf []regime.Ruling) (bdResult, regime.Verdict) {
	rs, v := r.set.AppendMatches(buf[:0], env, s)
	f, ok := r.finance.Value(env, s)
	if !ok || !f.IsWhole() {
		return bdResult{}, regime.Unknown
	}
	n, _ := f.Fraction()
	return bdFromRulings(rs, n), v
}

func bdSetup() (bdRules, regime.Env, []bdPlain, []economy.Provider) {
	r := newBDRules()
	env := regime.NewEnv(nil, bdDay).WithParams(r.fw)
	plain := bdGenerate(bdSeed, bdN)
	ps := make([]economy.Provider, len(plain))
	for i := range plain {
		ps[i] = bdProvider(&plain[i])
	}
	return r, env, plain, ps
}

// TestBenchmarkDecisionAgrees holds the library, verdict and explained,
// to the hand-written function on every synthetic provider.
func TestBenchmarkDecisionAgrees(t *testing.T) {
	r, env, plain, ps := bdSetup()
	buf := make([]regime.Ruling, 0, 3)
	seen := map[bdResult]int{}
	for i := range plain {
		want := bdHandWritten(&plain[i])
		seen[bdResult{qsm: want.qsm, fsm: want.fsm, em: want.em}]++
		s := regime.ProviderSubject(&ps[i])
		got, v := bdLibrary(&r, &env, s, buf)
		require.NotEqual(t, regime.Unknown, v, plain[i].id)
		require.Equal(t, want, got, "verdict path, %s: %+v", plain[i].id, plain[i])
		if i%10 != 0 {
			continue // one in ten explained keeps the test short
		}
		d, err := r.fw.Decide(env, "oversight", s)
		require.NoError(t, err)
		require.Equal(t, v, d.Verdict, plain[i].id)
		var rulings []regime.Ruling
		for _, c := range d.Chosen {
			rulings = append(rulings, c.Ruling)
		}
		require.NotNil(t, d.Score, "the rule set's score is in the decision")
		fo := d.Score.Outcome
		require.Equal(t, regime.Met, fo.Verdict)
		require.True(t, strings.HasPrefix(fo.Reason, "finance score "+itoa64(want.finance)+":"), fo.Reason)
		got2, ok := d.Score.Num()
		require.True(t, ok, d.Score.Value)
		require.Equal(t, regime.NumOf(want.finance), got2)
		require.Equal(t, want, bdFromRulings(rulings, want.finance), "explained path, %s", plain[i].id)
	}
	// Every combination the regime allows occurs: no flag, each flag
	// alone, and both special measures at once.
	assert.Len(t, seen, 5, "%v", seen)
}

func itoa64(n int64) string { return regime.NumOf(n).String() }

func TestBenchmarkDecisionVerdictDoesNotAllocate(t *testing.T) {
	r, env, _, ps := bdSetup()
	buf := make([]regime.Ruling, 0, 3)
	s := regime.ProviderSubject(&ps[0])
	assert.Zero(t, testing.AllocsPerRun(100, func() { bdLibrary(&r, &env, s, buf) }))
}

// TestBenchmarkDecisionBoundaries moves one figure at a time to a
// threshold, a hundredth above and a hundredth below, from a provider that
// scores 1 on every metric and meets every standard.
func TestBenchmarkDecisionBoundaries(t *testing.T) {
	r := newBDRules()
	env := regime.NewEnv(nil, bdDay).WithParams(r.fw)
	base := bdPlain{id: "B", overall: economy.Good, wellLed: economy.Good, cover: 300, liquidity: 100,
		margin: 200, governance: "green", ae: 9800, rtt: 9500}
	type edge struct {
		name              string
		set               func(*bdPlain, int64)
		at                int64
		below, atT, above int64 // finance score below, at and above the threshold
	}
	// With the other two metrics at 1, a metric scoring 2 leaves finance
	// at ceil(4/3) = 2, 3 gives ceil(5/3) = 2, 4 gives 3 (the floor).
	cases := []edge{
		{"cover 2.5", func(p *bdPlain, v int64) { p.cover = v }, 250, 2, 1, 1},
		{"cover 1.75", func(p *bdPlain, v int64) { p.cover = v }, 175, 2, 2, 2},
		{"cover 1.25", func(p *bdPlain, v int64) { p.cover = v }, 125, 3, 2, 2},
		{"liquidity 0", func(p *bdPlain, v int64) { p.liquidity = v }, 0, 2, 1, 1},
		{"liquidity -7", func(p *bdPlain, v int64) { p.liquidity = v }, -700, 2, 2, 2},
		{"liquidity -14", func(p *bdPlain, v int64) { p.liquidity = v }, -1400, 3, 2, 2},
		{"margin 1 (more than)", func(p *bdPlain, v int64) { p.margin = v }, 100, 2, 2, 1},
		{"margin 0", func(p *bdPlain, v int64) { p.margin = v }, 0, 2, 2, 2},
		{"margin -1", func(p *bdPlain, v int64) { p.margin = v }, -100, 3, 3, 2},
	}
	for _, c := range cases {
		for i, d := range []int64{-1, 0, 1} {
			p := base
			c.set(&p, c.at+d)
			want := []int64{c.below, c.atT, c.above}[i]
			prov := bdProvider(&p)
			got, _ := bdLibrary(&r, &env, regime.ProviderSubject(&prov), nil)
			assert.Equal(t, want, got.finance, "%s %+d hundredths", c.name, d)
			assert.Equal(t, bdHandWritten(&p), got, "%s %+d hundredths", c.name, d)
		}
	}
	// Each metric's own score at its thresholds, read through the rules.
	metric := func(name string, set func(*bdPlain, int64), at int64, want [3]int64, pick func(bdRules) regime.Number) {
		for i, d := range []int64{-1, 0, 1} {
			p := base
			set(&p, at+d)
			prov := bdProvider(&p)
			v, ok := pick(r).Value(&env, regime.ProviderSubject(&prov))
			require.True(t, ok)
			n, _ := v.Fraction()
			assert.Equal(t, want[i], n, "%s %+d hundredths", name, d)
		}
	}
	metric("cover", func(p *bdPlain, v int64) { p.cover = v }, 250, [3]int64{2, 1, 1}, func(r bdRules) regime.Number { return r.cover })
	metric("cover", func(p *bdPlain, v int64) { p.cover = v }, 175, [3]int64{3, 2, 2}, func(r bdRules) regime.Number { return r.cover })
	metric("cover", func(p *bdPlain, v int64) { p.cover = v }, 125, [3]int64{4, 3, 3}, func(r bdRules) regime.Number { return r.cover })
	metric("liquidity", func(p *bdPlain, v int64) { p.liquidity = v }, 0, [3]int64{2, 1, 1}, func(r bdRules) regime.Number { return r.liquidity })
	metric("liquidity", func(p *bdPlain, v int64) { p.liquidity = v }, -700, [3]int64{3, 2, 2}, func(r bdRules) regime.Number { return r.liquidity })
	metric("liquidity", func(p *bdPlain, v int64) { p.liquidity = v }, -1400, [3]int64{4, 3, 3}, func(r bdRules) regime.Number { return r.liquidity })
	metric("margin", func(p *bdPlain, v int64) { p.margin = v }, 100, [3]int64{2, 2, 1}, func(r bdRules) regime.Number { return r.margin })
	metric("margin", func(p *bdPlain, v int64) { p.margin = v }, 0, [3]int64{3, 3, 2}, func(r bdRules) regime.Number { return r.margin })
	metric("margin", func(p *bdPlain, v int64) { p.margin = v }, -100, [3]int64{4, 4, 3}, func(r bdRules) regime.Number { return r.margin })
	// Enhanced monitoring at the A&E and RTT standards (less than is a
	// concern, the standard itself is not).
	for _, c := range []struct {
		name string
		set  func(*bdPlain, int64)
		at   int64
	}{
		{"A&E 95", func(p *bdPlain, v int64) { p.ae = v }, 9500},
		{"RTT 92", func(p *bdPlain, v int64) { p.rtt = v }, 9200},
	} {
		for _, d := range []int64{-1, 0, 1} {
			p := base
			c.set(&p, c.at+d)
			prov := bdProvider(&p)
			got, _ := bdLibrary(&r, &env, regime.ProviderSubject(&prov), nil)
			assert.Equal(t, d < 0, got.em, "%s %+d hundredths", c.name, d)
		}
	}
	// Financial special measures at finance 4 with red governance: three
	// metrics at 4 give 4, two at 4 and one at 3 give ceil(11/3) = 4, two
	// at 4 and one at 2 give ceil(10/3) = 4, one at 1 gives ceil(9/3) = 3.
	for _, c := range []struct {
		cover      int64
		finance    int64
		fsm, em    bool
		governance string
	}{
		{100, 4, true, false, "red"},
		{130, 4, true, false, "red"},
		{180, 4, true, false, "red"},
		{260, 3, false, true, "red"},
		{100, 4, false, true, "amber"},
	} {
		p := base
		p.liquidity, p.margin, p.cover, p.governance = -2000, -200, c.cover, c.governance
		prov := bdProvider(&p)
		got, _ := bdLibrary(&r, &env, regime.ProviderSubject(&prov), nil)
		assert.Equal(t, bdResult{finance: c.finance, fsm: c.fsm, em: c.em}, got, "cover %d, governance %s", c.cover, c.governance)
	}
}

var (
	sinkBD      bdResult
	sinkOutcome regime.Outcome
	sinkText    string
)

// BenchmarkDecision runs the benchmark decision over 10,000 providers per
// op: "handwritten" is plain Go on plain values; "verdict" is the library
// on providers already built; "verdict_build" builds each provider from
// its plain values first; "explain" is Framework.Decide and the finance
// score's explanation; "text" renders decisions already made as text.
func BenchmarkDecision(b *testing.B) {
	r, env, plain, ps := bdSetup()
	perProvider := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/bdN, "ns/provider")
	}
	perExplained := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/bdExplained, "ns/provider")
	}
	b.Run("handwritten", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := range plain {
				sinkBD = bdHandWritten(&plain[i])
			}
		}
		perProvider(b)
	})
	b.Run("verdict", func(b *testing.B) {
		buf := make([]regime.Ruling, 0, 3)
		b.ReportAllocs()
		for b.Loop() {
			for i := range ps {
				sinkBD, sinkVerdict = bdLibrary(&r, &env, regime.ProviderSubject(&ps[i]), buf)
			}
		}
		perProvider(b)
	})
	b.Run("verdict_build", func(b *testing.B) {
		buf := make([]regime.Ruling, 0, 3)
		b.ReportAllocs()
		for b.Loop() {
			for i := range plain {
				p := bdProvider(&plain[i])
				sinkBD, sinkVerdict = bdLibrary(&r, &env, regime.ProviderSubject(&p), buf)
			}
		}
		perProvider(b)
	})
	// Explaining and rendering cost far more, so they run over the first
	// bdExplained providers; ns/provider is comparable across all five.
	b.Run("explain", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := range ps[:bdExplained] {
				s := regime.ProviderSubject(&ps[i])
				d, err := r.fw.Decide(env, "oversight", s)
				if err != nil {
					b.Fatal(err)
				}
				sinkVerdict = d.Verdict
				sinkOutcome = d.Score.Outcome
			}
		}
		perExplained(b)
	})
	b.Run("text", func(b *testing.B) {
		ds := make([]regime.Decision, bdExplained)
		for i := range ds {
			d, err := r.fw.Decide(env, "oversight", regime.ProviderSubject(&ps[i]))
			if err != nil {
				b.Fatal(err)
			}
			ds[i] = d
		}
		b.ReportAllocs()
		for b.Loop() {
			for i := range ds {
				sinkText = ds[i].Text()
			}
		}
		perExplained(b)
	})
}
