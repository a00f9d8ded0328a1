package rating

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// These fuzz targets complete the set of monotonicity checks: every
// method the registry lists has one (CoSRR, FSRR, SOF finance, NOF 2025,
// CQC, FRR, governance, NHSPF and the operational standards have theirs
// beside their tests). Each builds a base input and one made worse in a
// single respect, and requires the worse one never to rate better. An
// unrated side proves nothing and passes, as in noBetter.

// fuzzBool maps two bits onto an unknown, false or true judgement.
func fuzzBool(b uint8) *bool {
	switch b % 3 {
	case 1:
		f := false
		return &f
	case 2:
		t := true
		return &t
	}
	return nil
}

func yes() *bool { t := true; return &t }

// FuzzNOF2026Monotone: a higher (worse) metric score, or a deficit where
// there was none, never gives a better 2026/27 segment.
func FuzzNOF2026Monotone(f *testing.F) {
	f.Add(uint16(150), uint16(250), uint16(300), int64(5), uint8(0), uint16(50)) // average 2.33, in surplus
	f.Add(uint16(100), uint16(100), uint16(100), int64(0), uint8(3), uint16(0))  // best scores, break-even, deficit added
	f.Add(uint16(325), uint16(324), uint16(175), int64(-1), uint8(1), uint16(1)) // on a threshold, in deficit
	f.Fuzz(func(t *testing.T, a, b, c uint16, surplus int64, knob uint8, step uint16) {
		score := func(v uint16) decimal.Decimal { return decimal.New(int64(100+v%301), -2) } // 1.00-4.00
		in := func(vs [3]uint16, s int64) NOF2026Input {
			return NOF2026Input{
				Scores:   []NOF2025Score{{Metric: "a", Score: score(vs[0])}, {Metric: "b", Score: score(vs[1])}, {Metric: "c", Score: score(vs[2])}},
				Accounts: &economy.Accounts{Surplus: decimal.NewNullDecimal(decimal.NewFromInt(s))},
			}
		}
		p := DefaultNOF2026Params()
		vs := [3]uint16{a % 301, b % 301, c % 301}
		base := RateNOF2026(in(vs, surplus), p)
		var worse Result
		if k := int(knob % 4); k < 3 {
			w := vs
			w[k] = min(w[k]+step%301, 300)
			worse = RateNOF2026(in(w, surplus), p)
		} else {
			worse = RateNOF2026(in(vs, -1-int64(step)), p)
		}
		if !noBetter(worse, base) {
			t.Fatalf("worse facts rated better: %v then %v", base, worse)
		}
	})
}

// FuzzNOFSegmentMonotone: mandating support, mandating intensive support,
// or withdrawing a "no support needs" judgement never gives a better
// 2021/22 or 2022/23 segment.
func FuzzNOFSegmentMonotone(f *testing.F) {
	f.Add(uint8(0), uint8(0), uint8(2), uint8(0)) // no support needs, then mandated support
	f.Add(uint8(1), uint8(2), uint8(0), uint8(1)) // mandated, then intensive
	f.Add(uint8(1), uint8(1), uint8(2), uint8(2)) // no needs withdrawn
	f.Fuzz(func(t *testing.T, intensive, mandated, noNeeds, knob uint8) {
		base := NOFSegmentInput{IntensiveSupport: fuzzBool(intensive), MandatedSupport: fuzzBool(mandated), NoSupportNeeds: fuzzBool(noNeeds)}
		worse := base
		switch knob % 3 {
		case 0:
			worse.MandatedSupport = yes()
		case 1:
			worse.IntensiveSupport = yes()
		default:
			if base.NoSupportNeeds == nil || !*base.NoSupportNeeds {
				return // nothing to withdraw
			}
			no := false
			worse.NoSupportNeeds = &no
		}
		p := DefaultNOFSegmentParams()
		for _, rate := range []func(NOFSegmentInput, NOFSegmentParams) Result{RateNOF2021, RateNOF2022} {
			if b, w := rate(base, p), rate(worse, p); !noBetter(w, b) {
				t.Fatalf("worse facts rated better: %v then %v", b, w)
			}
		}
	})
}

// FuzzSOFSegmentMonotone: special measures, a licence breach, mandated
// support, a worse finance score, a worse CQC rating or one more concern
// never gives a better Single Oversight Framework (2016) or NHS Oversight
// Framework 2019/20 segment.
func FuzzSOFSegmentMonotone(f *testing.F) {
	f.Add(uint8(0), uint8(0), uint8(0), uint8(1), uint8(1), uint8(0), uint8(0))
	f.Add(uint8(1), uint8(2), uint8(1), uint8(3), uint8(3), uint8(1), uint8(3))
	f.Add(uint8(2), uint8(1), uint8(2), uint8(2), uint8(2), uint8(0), uint8(4))
	f.Fuzz(func(t *testing.T, sm, breach, mandated, finance, cqc, concerns, knob uint8) {
		base := SOFSegmentInput{SpecialMeasures: fuzzBool(sm), LicenceBreach: fuzzBool(breach), MandatedSupport: fuzzBool(mandated),
			FinanceScore: OversightScore(finance % 5), CQCOverall: economy.CQCRating(cqc % 5)}
		for i := 0; i < int(concerns%3); i++ {
			base.OtherConcerns = append(base.OtherConcerns, "concern")
		}
		worse := base
		worse.OtherConcerns = append([]string(nil), base.OtherConcerns...)
		switch knob % 6 {
		case 0:
			worse.SpecialMeasures = yes()
		case 1:
			worse.LicenceBreach = yes()
		case 2:
			worse.MandatedSupport = yes()
		case 3:
			if base.FinanceScore == 0 || base.FinanceScore == 4 {
				return // unknown or already the worst
			}
			worse.FinanceScore++
		case 4:
			if base.CQCOverall == economy.CQCRatingUnknown || base.CQCOverall == economy.Inadequate {
				return
			}
			worse.CQCOverall++
		default:
			worse.OtherConcerns = append(worse.OtherConcerns, "another concern")
		}
		p := DefaultSOFSegmentParams()
		for _, rate := range []func(SOFSegmentInput, SOFSegmentParams) Result{RateSOFSegment, RateNOF2019} {
			if b, w := rate(base, p), rate(worse, p); !noBetter(w, b) {
				t.Fatalf("worse facts rated better: %+v gave %v, %+v gave %v", base, b, worse, w)
			}
		}
	})
}

// FuzzMandatoryServicesMonotone: judging a mandatory service at risk, or
// failing to be provided, never gives a better mandatory services rating.
func FuzzMandatoryServicesMonotone(f *testing.F) {
	f.Add(uint8(1), uint8(1), uint8(0))
	f.Add(uint8(0), uint8(2), uint8(1))
	f.Fuzz(func(t *testing.T, failing, atRisk, knob uint8) {
		base := ServicesInput{FailingToProvide: fuzzBool(failing), AtRisk: fuzzBool(atRisk)}
		worse := base
		if knob%2 == 0 {
			worse.AtRisk = yes()
		} else {
			worse.FailingToProvide = yes()
		}
		b, errB := RateServices(base)
		w, errW := RateServices(worse)
		if errB != nil || errW != nil {
			t.Fatalf("no override, yet an error: %v / %v", errB, errW)
		}
		if !noBetter(w, b) {
			t.Fatalf("worse facts rated better: %v then %v", b, w)
		}
	})
}
