package england_test

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/synth"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// The scale benchmarks measure the library at the sizes the design talks
// about: one rule, one provider, one local economy, England, and England
// multiplied by up to 400. Every economy comes from synth with a fixed seed,
// so two runs measure the same work, and synth reaches every band and
// branch, so no rule is measured only on its cheapest path.

// scaleSeed is the seed of every synthetic economy measured here.
const scaleSeed = 2015

// scaleEditions are the editions the scale benchmarks assess under, each
// with a decision date inside its span: nof2022 is today's shape (segments
// read from ratings, licence, recovery support, ICBs), sr2015 the busiest
// older one (success regime, CCG assurance, quality special measures).
var scaleEditions = []struct {
	id   string
	date economy.Date
}{
	{"nof2022", mustScaleDate("2023-06-01")},
	{"sr2015", mustScaleDate("2015-07-01")},
}

func mustScaleDate(s string) economy.Date {
	d, err := economy.ParseDate(s)
	if err != nil {
		panic(err) // a typo in a constant above; never reached at run time
	}
	return d
}

// scaleEconomies generates economies of the given size, outside any timed
// loop.
func scaleEconomies(tb testing.TB, c synth.Config) []economy.Economy {
	tb.Helper()
	es, err := synth.Generate(scaleSeed, c)
	if err != nil {
		tb.Fatal(err)
	}
	return es
}

func scaleFramework(tb testing.TB, id string) *regime.Framework {
	tb.Helper()
	f, err := england.FrameworkByID(id)
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

var sinkAssessment regime.Assessment

// assessAll assesses every economy in es under f on date, as one caller
// would, and returns the number of decisions made.
func assessAll(tb testing.TB, f *regime.Framework, es []economy.Economy, date economy.Date) int {
	n := 0
	for i := range es {
		a, err := f.Assess(regime.NewEnv(&es[i], date))
		if err != nil {
			tb.Fatal(err)
		}
		n += len(a.Decisions)
		sinkAssessment = a
	}
	return n
}

// matchAll is assessAll on the verdict path: every rule set that applies
// to every subject, matched without explanation.
func matchAll(f *regime.Framework, es []economy.Economy, date economy.Date) int {
	n := 0
	sets := f.RuleSets() // a copy each call, so once, as a caller would
	for i := range es {
		env := regime.NewEnv(&es[i], date).WithParams(f)
		for _, s := range regime.Subjects(&es[i]) {
			for _, rs := range sets {
				if rs.AppliesTo().Has(s.Kind()) {
					_, sinkVerdict = rs.Match(&env, s)
					n++
				}
			}
		}
	}
	return n
}

// BenchmarkScaleRule is one shipped rule set on one synthetic provider on
// the verdict path: it must not allocate. BenchmarkEvalSingle is the same
// for one comparison.
func BenchmarkScaleRule(b *testing.B) {
	for _, ed := range scaleEditions {
		b.Run(ed.id, func(b *testing.B) {
			es := scaleEconomies(b, synth.Config{Economies: 1, Providers: 10, Commissioners: 4, Date: ed.date})
			f := scaleFramework(b, ed.id)
			rs, _ := f.RuleSet(england.ProviderIntervention)
			env := regime.NewEnv(&es[0], ed.date).WithParams(f)
			s := regime.ProviderSubject(&es[0].Providers[0])
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				_, sinkVerdict = rs.Match(&env, s)
			}
		})
	}
}

// BenchmarkScaleProvider assesses one provider in full, with explanations:
// every rule set that judges the provider, each of its services and each
// of its assets.
func BenchmarkScaleProvider(b *testing.B) {
	for _, ed := range scaleEditions {
		b.Run(ed.id, func(b *testing.B) {
			es := scaleEconomies(b, synth.Config{Economies: 1, Providers: 10, Commissioners: 4, Date: ed.date})
			e := &es[0]
			f := scaleFramework(b, ed.id)
			env := regime.NewEnv(e, ed.date)
			// The provider with the most services and assets, so the
			// figure is for a large trust rather than the smallest.
			p := &e.Providers[0]
			for i := range e.Providers {
				q := &e.Providers[i]
				if len(q.Services)+len(q.Assets) > len(p.Services)+len(p.Assets) {
					p = q
				}
			}
			subjects := []regime.Subject{regime.ProviderSubject(p)}
			for i := range p.Services {
				subjects = append(subjects, regime.ServiceSubject(p, &p.Services[i]))
			}
			for i := range p.Assets {
				subjects = append(subjects, regime.AssetSubject(p, &p.Assets[i]))
			}
			sets := f.RuleSets()
			decisions := 0
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				decisions = 0
				for _, s := range subjects {
					for _, rs := range sets {
						if !rs.AppliesTo().Has(s.Kind()) {
							continue
						}
						d, err := f.Decide(env, rs.ID(), s)
						if err != nil {
							b.Fatal(err)
						}
						sinkVerdict = d.Verdict
						decisions++
					}
				}
			}
			b.ReportMetric(float64(decisions), "decisions/op")
		})
	}
}

// BenchmarkScaleEconomy assesses one local economy of ten providers and
// four commissioners, with explanations.
func BenchmarkScaleEconomy(b *testing.B) {
	for _, ed := range scaleEditions {
		b.Run(ed.id, func(b *testing.B) {
			es := scaleEconomies(b, synth.Config{Economies: 1, Providers: 10, Commissioners: 4, Date: ed.date})
			f := scaleFramework(b, ed.id)
			n := 0
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				n = assessAll(b, f, es, ed.date)
			}
			b.ReportMetric(float64(n), "decisions/op")
		})
	}
}

// BenchmarkScaleEngland assesses a synthetic England (synth.England: about
// 250 trusts, 200 commissioners, 45 economies): "explain" makes every
// decision with its explanation, as Assess does; "verdict" matches every
// rule set against every subject without one; "explain_parallel" spreads
// the economies over GOMAXPROCS goroutines on one framework. The design
// target is under a millisecond per core; ms/core reports ns/op times the
// goroutines used, the CPU time England costs.
func BenchmarkScaleEngland(b *testing.B) {
	for _, ed := range scaleEditions {
		es := scaleEconomies(b, synth.England(ed.date))
		f := scaleFramework(b, ed.id)
		b.Run(ed.id+"/explain", func(b *testing.B) {
			n := 0
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				n = assessAll(b, f, es, ed.date)
			}
			reportPerCore(b, 1, n)
		})
		b.Run(ed.id+"/verdict", func(b *testing.B) {
			n := 0
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				n = matchAll(f, es, ed.date)
			}
			reportPerCore(b, 1, n)
		})
		b.Run(ed.id+"/explain_parallel", func(b *testing.B) {
			workers := runtime.GOMAXPROCS(0)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				var wg sync.WaitGroup
				for w := 0; w < workers; w++ {
					wg.Add(1)
					go func(w int) {
						defer wg.Done()
						for j := w; j < len(es); j += workers {
							if _, err := f.Assess(regime.NewEnv(&es[j], ed.date)); err != nil {
								b.Error(err)
								return
							}
						}
					}(w)
				}
				wg.Wait()
			}
			reportPerCore(b, workers, 0)
		})
	}
}

// reportPerCore adds the CPU milliseconds one England costs (wall time per
// op times the goroutines busy) and, when known, ns per decision.
func reportPerCore(b *testing.B, workers, decisions int) {
	per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(per*float64(workers)/float64(time.Millisecond), "ms/core")
	if decisions > 0 {
		b.ReportMetric(per/float64(decisions), "ns/decision")
	}
}

// BenchmarkScaleProviders grows the country from 1k to 100k providers,
// about six to an economy, to show the cost per provider stays flat. The
// economies are generated before the clock starts. 100k providers take a
// few GB and tens of seconds, so -short skips the two largest sizes.
func BenchmarkScaleProviders(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("providers=%d", n), func(b *testing.B) {
			if testing.Short() && n > 1_000 {
				b.Skipf("%d providers need seconds and GBs; run without -short", n)
			}
			ed := scaleEditions[0]
			es := scaleEconomies(b, synth.Config{Economies: n / 6, Providers: n, Commissioners: n * 4 / 5, Date: ed.date})
			f := scaleFramework(b, ed.id)
			// Collect generation's garbage before the clock starts, so
			// the timed loop pays only for its own.
			runtime.GC()
			decisions := 0
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				decisions = 0
				// One economy at a time, dropping each assessment as
				// a streaming caller would: holding all 100k would
				// measure the garbage collector, not the library.
				for j := range es {
					a, err := f.Assess(regime.NewEnv(&es[j], ed.date))
					if err != nil {
						b.Fatal(err)
					}
					decisions += len(a.Decisions)
				}
			}
			per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(per/float64(n), "ns/provider")
			b.ReportMetric(float64(decisions), "decisions/op")
		})
	}
}

// BenchmarkAssessValidates measures what Assess's own check of its
// economy costs: economy.Valid, which Assess calls, on every economy of a
// synthetic England ("valid"), against the whole explained assessment of
// them, which includes it ("assess"); and economy.Validate, which builds
// the report Assess asks for only when Valid finds a problem
// ("validate"). Each reports the CPU time the process spent per op as
// well, which a shared machine's load disturbs less than wall time.
func BenchmarkAssessValidates(b *testing.B) {
	ed := scaleEditions[0]
	es := scaleEconomies(b, synth.England(ed.date))
	f := scaleFramework(b, ed.id)
	run := func(b *testing.B, op func()) {
		b.ReportAllocs()
		b.ResetTimer()
		cpu0, ok := cpuNanos()
		for range b.N {
			op()
		}
		if cpu1, _ := cpuNanos(); ok {
			b.ReportMetric(float64(cpu1-cpu0)/1e6/float64(b.N), "cpu-ms/op")
		}
	}
	b.Run("validate", func(b *testing.B) {
		run(b, func() {
			for i := range es {
				if err := es[i].Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
	b.Run("valid", func(b *testing.B) {
		run(b, func() {
			for i := range es {
				if !es[i].Valid() {
					b.Fatal("invalid")
				}
			}
		})
	})
	b.Run("assess", func(b *testing.B) {
		run(b, func() { assessAll(b, f, es, ed.date) })
	})
}
