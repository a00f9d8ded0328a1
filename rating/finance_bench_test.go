package rating_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
)

// Each benchmark rates one trust with the full working built: metrics,
// formulas, bands, citations and overrides.

func BenchmarkRateCoSRRAccounts(b *testing.B) {
	a, p := finAccounts(), rating.DefaultCoSRRParams()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.RateCoSRRAccounts(a, p)
	}
}

func BenchmarkRateCoSRR(b *testing.B) {
	m := rating.CoSRRInput{CapitalServiceCover: finND("1.8"), LiquidityDays: finND("-3.1")}
	p := rating.DefaultCoSRRParams()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.RateCoSRR(m, p)
	}
}

func BenchmarkRateFSRRAccounts(b *testing.B) {
	a, p := finAccounts(), rating.DefaultFSRRParams()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.RateFSRRAccounts(a, p)
	}
}

func BenchmarkRateSOFFinanceAccounts(b *testing.B) {
	a, p := finAccounts(), rating.DefaultSOFFinanceParams()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.RateSOFFinanceAccounts(a, finDay, finFalse(), p)
	}
}

func BenchmarkRateSOFSegment(b *testing.B) {
	pr, p := finProvider(), rating.DefaultSOFSegmentParams()
	date := economy.MustDate("2017-06-30")
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.RateSOFSegment(rating.SOFSegmentInputFrom(pr, date, p), p)
	}
}

func BenchmarkRateNOF2022(b *testing.B) {
	pr, p := finProvider(), rating.DefaultNOFSegmentParams()
	date := economy.MustDate("2023-01-31")
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.RateNOF2022(rating.NOFSegmentInputFrom(pr, date, p), p)
	}
}

func BenchmarkRateNOF2025(b *testing.B) {
	in, p := finNOF2025("2.2"), rating.DefaultNOF2025Params()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = rating.RateNOF2025(in, p)
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
