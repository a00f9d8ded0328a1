package rating

import (
	"testing"

	"github.com/failregime/failregime/economy"
)

func BenchmarkRateCQC(b *testing.B) {
	in, p := CQCInput{Ratings: kq(o, o, g, ri, g)}, DefaultCQCParams()
	b.ReportAllocs()
	for range b.N {
		_, _ = RateCQC(in, p)
	}
}

func BenchmarkRateFRR(b *testing.B) {
	in, p := frrIn(5, 3, 3, 3, 2), DefaultFRRParams()
	b.ReportAllocs()
	for range b.N {
		_, _ = RateFRR(in, p)
	}
}

func BenchmarkRateGovernance(b *testing.B) {
	in, p := GovernanceInput{Quarters: centralManchester()}, DefaultGovernanceParams()
	b.ReportAllocs()
	for range b.N {
		_, _ = RateGovernance(in, p)
	}
}

func BenchmarkRateServices(b *testing.B) {
	in := ServicesInput{FailingToProvide: bp(false), AtRisk: bp(true)}
	b.ReportAllocs()
	for range b.N {
		_, _ = RateServices(in)
	}
}

func BenchmarkRateNHSPF(b *testing.B) {
	in, p := sandwell(), DefaultNHSPFParams()
	b.ReportAllocs()
	for range b.N {
		_, _ = RateNHSPF(in, p)
	}
}

func BenchmarkEscalateNHSPF(b *testing.B) {
	h := hist("2011-06-30", Underperforming, "2011-09-30", Underperforming, "2011-12-31", Underperforming)
	p := DefaultNHSPFEscalationParams()
	b.ReportAllocs()
	for range b.N {
		_, _ = EscalateNHSPF(h, p)
	}
}

func BenchmarkRateStandards(b *testing.B) {
	perf := &economy.Performance{Period: quarter("2012-10-01", "2012-12-31"), AE4Hours: nd("94"), Cancer62Day: nd("86")}
	p := DefaultStandardsParams()
	b.ReportAllocs()
	for range b.N {
		_ = RateStandards(perf, p)
	}
}

// BenchmarkQualityMethodsRegistry rates a provider with the registry
// methods, defaults built on each call as a caller would see it.
func BenchmarkQualityMethodsRegistry(b *testing.B) {
	pv := &economy.Provider{Kind: economy.KindFoundationTrust,
		Accounts:    []economy.Accounts{*accounts2012()},
		Inspections: []economy.Inspection{inspected("2012-06-01", g, g, g, o, g, g)},
		Performance: []economy.Performance{{Period: quarter("2012-10-01", "2012-12-31"), AE4Hours: nd("94")}}}
	ms := qualityMethods()
	in := Input{Provider: pv, Date: date("2013-04-30")}
	b.ReportAllocs()
	for range b.N {
		for i := range ms {
			_ = ms[i].Rate(in)
		}
	}
}
