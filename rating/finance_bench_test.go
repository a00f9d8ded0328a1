package rating_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
)

// Each benchmark rates one trust with the full working built: metrics,
// formulas, bands, citations and overrides.

func BenchmarkCoSRR(b *testing.B) {
	a, p := finAccounts(), rating.DefaultCoSRRParams()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.CoSRR(a, p)
	}
}

func BenchmarkCoSRRFromMetrics(b *testing.B) {
	m := rating.CoSRRMetrics{CapitalServiceCover: finND("1.8"), LiquidityDays: finND("-3.1")}
	p := rating.DefaultCoSRRParams()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.CoSRRFromMetrics(m, p)
	}
}

func BenchmarkFSRR(b *testing.B) {
	a, p := finAccounts(), rating.DefaultFSRRParams()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.FSRR(a, p)
	}
}

func BenchmarkSOFFinance(b *testing.B) {
	a, p := finAccounts(), rating.DefaultSOFFinanceParams()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.SOFFinance(a, finFalse(), p)
	}
}

func BenchmarkSOFSegment(b *testing.B) {
	pr, p := finProvider(), rating.DefaultSOFSegmentParams()
	date := economy.MustDate("2017-06-30")
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.SOFSegment(rating.SOFSegmentInputFrom(pr, date, p), p)
	}
}

func BenchmarkNOF2022(b *testing.B) {
	pr, p := finProvider(), rating.DefaultNOFSegmentParams()
	date := economy.MustDate("2023-01-31")
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.NOF2022(rating.NOFSegmentInputFrom(pr, date, p), p)
	}
}

func BenchmarkNOF2025(b *testing.B) {
	in, p := finNOF2025("2.2"), rating.DefaultNOF2025Params()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.NOF2025(in, p)
	}
}

func BenchmarkNOF2025Registry(b *testing.B) {
	e := finLeague()
	m, _ := rating.Lookup("nhse_nof_2025_segment")
	in := rating.Input{Provider: &e.Providers[2], Economy: e, Date: economy.MustDate("2025-09-09")}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = m.Rate(in)
	}
}
