package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// BenchmarkProviderIntervention decides one Keogh trust under sm2013, on
// the verdict path (Match) and with the full explanation (Decide).
func BenchmarkProviderIntervention(b *testing.B) {
	e, err := cases.Load("keogh_2013")
	if err != nil {
		b.Fatal(err)
	}
	f := provFramework(b, "sm2013")
	rs, _ := f.RuleSet(england.ProviderIntervention)
	p, _ := e.Provider("RNL")
	s := regime.ProviderSubject(p)
	env := regime.NewEnv(&e, provDate("2013-07-16"))
	b.Run("match", func(b *testing.B) {
		menv := env.WithParams(f)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			rs.Match(&menv, s)
		}
	})
	b.Run("decide", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := f.Decide(env, england.ProviderIntervention, s); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkProviderInterventionRatings decides a trust whose rules read
// ratings (the 2022/23 segmentation) on the verdict path.
func BenchmarkProviderInterventionRatings(b *testing.B) {
	f := provFramework(b, "nof2022")
	rs, _ := f.RuleSet(england.ProviderIntervention)
	p := provFuzzProvider([]byte{1})
	env := regime.NewEnv(nil, provDate("2023-06-01")).WithParams(f)
	s := regime.ProviderSubject(p)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rs.Match(&env, s)
	}
}
