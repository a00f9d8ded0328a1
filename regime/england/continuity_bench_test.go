package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

func contBenchSetup(b *testing.B) (*regime.Framework, regime.Env, *economy.Provider) {
	e := contEconomy()
	p, _ := e.Provider("RF1")
	p.Services = []economy.Service{plainService()}
	p.Assets = []economy.Asset{{ID: "site", Description: "Hospital site", PubliclyFunded: contNo(), NeededFor: []string{"svc"}}}
	d := economy.MustDate("2017-06-01")
	f, err := england.InForce(d)
	if err != nil {
		b.Fatal(err)
	}
	return f, regime.NewEnv(e, d), p
}

func BenchmarkServiceContinuity(b *testing.B) {
	f, env, p := contBenchSetup(b)
	s := regime.ServiceSubject(p, &p.Services[0])
	rs, _ := f.RuleSet(england.ServiceContinuity)
	b.Run("match", func(b *testing.B) {
		penv := env.WithParams(f)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			rs.Match(&penv, s)
		}
	})
	b.Run("decide", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := f.Decide(env, england.ServiceContinuity, s); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkAssetProtection(b *testing.B) {
	f, env, p := contBenchSetup(b)
	s := regime.AssetSubject(p, &p.Assets[0])
	rs, _ := f.RuleSet(england.AssetProtection)
	b.Run("match", func(b *testing.B) {
		penv := env.WithParams(f)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			rs.Match(&penv, s)
		}
	})
	b.Run("decide", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := f.Decide(env, england.AssetProtection, s); err != nil {
				b.Fatal(err)
			}
		}
	})
}
