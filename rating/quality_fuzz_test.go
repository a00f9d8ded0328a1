package rating

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// noBetter reports whether worse is rated no better than base; when either
// is unrated there is nothing to compare.
func noBetter(worse, base Result) bool {
	if !worse.Rated() || !base.Rated() {
		return true
	}
	return !base.Score.WorseThan(worse.Score)
}

// FuzzCQCMonotone: making one key question worse, or adding a notice to
// it, never gives a better aggregate.
func FuzzCQCMonotone(f *testing.F) {
	f.Add(uint16(0), uint8(0), uint8(0))    // all outstanding, safe worsened
	f.Add(uint16(341), uint8(4), uint8(1))  // all good, well-led worsened
	f.Add(uint16(1023), uint8(2), uint8(2)) // all inadequate, warning notice on caring
	f.Fuzz(func(t *testing.T, combo uint16, which, limit uint8) {
		rs := make([]economy.CQCRating, 5)
		for k, x := 0, int(combo); k < 5; k, x = k+1, x/4 {
			rs[k] = economy.CQCRating(x%4 + 1)
		}
		i := int(which % 5)
		base := kq(rs...)
		base[i].Limit = CQCLimit(limit % 3)
		p := DefaultCQCParams()
		r0, err := RateCQC(CQCInput{Ratings: base}, p)
		if err != nil {
			t.Fatal(err)
		}
		worse := kq(rs...)
		worse[i].Limit = base[i].Limit
		if worse[i].Rating < economy.Inadequate {
			worse[i].Rating++
		}
		r1, _ := RateCQC(CQCInput{Ratings: worse}, p)
		noticed := kq(rs...)
		noticed[i].Limit = min(base[i].Limit+1, LimitWarningNotice)
		r2, _ := RateCQC(CQCInput{Ratings: noticed}, p)
		if !noBetter(r1, r0) || !noBetter(r2, r0) {
			t.Fatalf("worse input gave a better rating: %v / %v / %v", r0, r1, r2)
		}
	})
}

// FuzzFRRMonotone: lowering one metric or setting one cap fact never gives
// a better financial risk rating.
func FuzzFRRMonotone(f *testing.F) {
	f.Add(int64(9500), int64(600), int64(0), int64(150), int64(1200), uint8(0), int64(100), uint8(0))   // a mid rating
	f.Add(int64(4999), int64(100), int64(-500), int64(-200), int64(1000), uint8(3), int64(1), uint8(2)) // values on band edges
	f.Fuzz(func(t *testing.T, plan, margin, eff, surplus, liquid int64, which uint8, drop int64, flagIdx uint8) {
		vals := []int64{plan, margin, eff, surplus, liquid}
		in := func(v []int64) FRRInput {
			x := frrIn(3, 3, 3, 3, 3)
			x.PlanAchievement = decimal.NewNullDecimal(decimal.New(v[0], -2))
			x.EBITDAMargin = decimal.NewNullDecimal(decimal.New(v[1], -2))
			x.Efficiency = decimal.NewNullDecimal(decimal.New(v[2], -2))
			x.SurplusMargin = decimal.NewNullDecimal(decimal.New(v[3], -2))
			x.LiquidRatio = decimal.NewNullDecimal(decimal.New(v[4], -2))
			return x
		}
		p := DefaultFRRParams()
		r0, _ := RateFRR(in(vals), p)
		lower := append([]int64(nil), vals...)
		if drop < 0 {
			drop = -drop
		}
		lower[which%5] -= drop % 1_000_000
		r1, _ := RateFRR(in(lower), p)
		flagged := in(vals)
		tr := true
		switch flagIdx % 4 {
		case 0:
			flagged.BorrowingLimitBreached = &tr
		case 1:
			flagged.PlanLate = &tr
		case 2:
			flagged.PlanIncomplete = &tr
		default:
			flagged.PDCDividendUnpaid = &tr
		}
		r2, _ := RateFRR(flagged, p)
		if !noBetter(r1, r0) || !noBetter(r2, r0) {
			t.Fatalf("worse input gave a better rating: %v / %v / %v", r0, r1, r2)
		}
	})
}

// FuzzGovernanceMonotone: turning one target result from met (or unknown)
// to missed, in any quarter, never gives a better governance rating.
func FuzzGovernanceMonotone(f *testing.F) {
	f.Add(uint32(0), uint8(0))       // nothing known
	f.Add(uint32(0x2AAAA), uint8(7)) // everything missed
	f.Fuzz(func(t *testing.T, bits uint32, which uint8) {
		ids := []StandardID{StdAE4Hours, StdCancer62Day, StdCancer2WeekWait}
		build := func(b uint32) []GovernanceQuarter {
			qs := centralManchester()
			for qi := range qs {
				qs[qi].Results = nil
				for k, id := range ids {
					res := StandardResult((b >> (2 * (qi*3 + k))) % 3)
					qs[qi].Results = append(qs[qi].Results, TargetResult{Standard: id, Result: res})
				}
			}
			return qs
		}
		pos := uint(which%9) * 2
		worse := bits&^(3<<pos) | uint32(StandardNotMet)<<pos
		p := DefaultGovernanceParams()
		r0, _ := RateGovernance(GovernanceInput{Quarters: build(bits)}, p)
		r1, _ := RateGovernance(GovernanceInput{Quarters: build(worse)}, p)
		if !noBetter(r1, r0) {
			t.Fatalf("worse input gave a better rating: %v / %v", r0, r1)
		}
	})
}

// FuzzNHSPFMonotone: lowering one indicator score or the quality score,
// or setting an override fact, never gives a better category.
func FuzzNHSPFMonotone(f *testing.F) {
	f.Add(uint8(3), uint8(3), uint8(3), uint8(2), uint8(3), int64(257), uint8(0), int64(10)) // Sandwell
	f.Add(uint8(1), uint8(2), uint8(3), uint8(1), uint8(2), int64(210), uint8(5), int64(1))  // quality on the 2.10 edge
	f.Fuzz(func(t *testing.T, a, b, c, d, e uint8, quality int64, which uint8, drop int64) {
		mk := func(s [5]uint8, q int64) NHSPFInput {
			in := sandwell()
			in.Finance = NHSPFFinance{s[0], s[1], s[2], s[3], s[4]}
			in.QualityScore = decimal.NewNullDecimal(decimal.New(q, -2))
			return in
		}
		s := [5]uint8{a%3 + 1, b%3 + 1, c%3 + 1, d%3 + 1, e%3 + 1}
		p := DefaultNHSPFParams()
		r0, _ := RateNHSPF(mk(s, quality), p)
		var r1 Result
		switch k := which % 7; {
		case k < 5:
			w := s
			if w[k] > 1 {
				w[k]--
			}
			r1, _ = RateNHSPF(mk(w, quality), p)
		case k == 5:
			if drop < 0 {
				drop = -drop
			}
			r1, _ = RateNHSPF(mk(s, quality-drop%10_000), p)
		default:
			in := mk(s, quality)
			in.LoanRepaymentAtRisk = bp(true)
			r1, _ = RateNHSPF(in, p)
		}
		if !noBetter(r1, r0) {
			t.Fatalf("worse input gave a better category: %v / %v", r0, r1)
		}
	})
}

// FuzzStandardsMonotone: a worse figure for one standard (lower, or higher
// for diagnostics) never turns not met into met.
func FuzzStandardsMonotone(f *testing.F) {
	f.Add(int64(9500), int64(1), uint8(0)) // A&E 95.00%, one hundredth worse
	f.Add(int64(100), int64(50), uint8(8)) // diagnostics 1.00%, half a point worse
	f.Fuzz(func(t *testing.T, v, delta int64, which uint8) {
		std := DefaultStandardsParams().Standards
		s := std[int(which)%len(std)]
		if delta < 0 {
			delta = -delta
		}
		delta %= 1_000_000
		worse := v - delta
		if !s.HigherIsBetter {
			worse = v + delta
		}
		r0 := s.Judge(decimal.NewNullDecimal(decimal.New(v, -2)))
		r1 := s.Judge(decimal.NewNullDecimal(decimal.New(worse, -2)))
		if r0 == StandardNotMet && r1 == StandardMet {
			t.Fatalf("%s: %d not met but worse %d met", s.ID, v, worse)
		}
		if r0 == StandardResultUnknown || r1 == StandardResultUnknown {
			t.Fatal("a given figure must be judged")
		}
	})
}
