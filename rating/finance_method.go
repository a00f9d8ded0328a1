package rating

import (
	"errors"
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// finInfo describes one of the financial methods and segmentations: the
// fields its Method and every Result it returns share. The typed entry
// functions use it directly, so they need no registry lookup.
type finInfo struct {
	id, short, name string
	scale           Scale
	from, to        economy.Date
	sources         func() []economy.Citation
}

// method returns the registry Method for i with the given adapter.
func (i finInfo) method(rate func(*Method, Input) Result) Method {
	return Method{ID: i.id, Name: i.name, Short: i.short, From: i.from, To: i.to, Scale: i.scale, Sources: i.sources(), rate: rate}
}

// finInsufficient is the Result of a method that lacked facts.
func finInsufficient(i finInfo, missing ...string) Result {
	return Result{Method: i.id, Short: i.short, Status: InsufficientData, Missing: missing, Citations: i.sources()}
}

func finCheckBands(b Bands, lo, hi uint8) error {
	var errs []error
	if err := b.Validate(); err != nil {
		errs = append(errs, err)
	}
	in := func(s uint8) bool { return s >= lo && s <= hi }
	for _, c := range b.Cuts {
		if !in(c.Score) {
			errs = append(errs, errors.New("rating: bands for "+b.Metric+": score "+strconv.Itoa(int(c.Score))+" is off the scale"))
		}
	}
	if !in(b.Floor) {
		errs = append(errs, errors.New("rating: bands for "+b.Metric+": floor "+strconv.Itoa(int(b.Floor))+" is off the scale"))
	}
	return errors.Join(errs...)
}

func finCheckWeights(ws ...decimal.Decimal) error {
	total := decimal.Zero
	for _, w := range ws {
		if w.Sign() < 0 {
			return errors.New("rating: weight " + decimaltext.Format(w) + " is negative")
		}
		total = total.Add(w)
	}
	if total.Sign() == 0 {
		return errors.New("rating: weights add up to zero")
	}
	return nil
}

func finCheckRounding(r Rounding) error {
	if r > RoundCeil {
		return errors.New("rating: unknown rounding " + r.String())
	}
	return nil
}

// The financial methods and segmentations, with the dates each was in
// force. Each ends the day before its successor starts. Where a source
// gives only a month, the day is this library's choice:
//   - FSRR from 5 August 2015, the day Monitor published its consultation
//     response and the updated framework ("Updated 5 August 2015",
//     gov.uk); the day the new rating first applied was not read. The
//     CoSRR (from 1 October 2013, verified) ends on 4 August 2015.
//   - SOF from 1 October 2016 (verified), so the FSRR ends 30 September
//     2016; both SOF methods end the day before the NOF 2019/20 was
//     published (23 August 2019, verified).
//   - System oversight framework 2021/22 from 1 July 2021: it was
//     published in June 2021 (day not read) and its segment 4, the
//     Recovery Support Programme, began in July 2021.
//   - NOF 2022/23 from 1 July 2022 (verified); NOF 2025/26 from its
//     publication on 26 June 2025 (verified) rather than 1 April 2025, as
//     a method cannot apply before it exists. It was a one-year framework,
//     so it ends 31 March 2026; the 2026/27 method (thresholds instead of
//     quartiles) is nof2026Info, from 1 April 2026.
var (
	cosrrInfo = finInfo{
		id: MethodCoSRR, short: "CoSRR", name: "Monitor continuity of services risk rating",
		scale: ScaleMonitor4, from: economy.MustDate("2013-10-01"), to: economy.MustDate("2015-08-04"),
		sources: func() []economy.Citation {
			return []economy.Citation{citeRAFInForce(), citeRAFMetrics(), citeRAFScale(), citeCoSRRExample(), citeFSRRAdopted()}
		},
	}
	fsrrInfo = finInfo{
		id: MethodFSRR, short: "FSRR", name: "Monitor financial sustainability risk rating",
		scale: ScaleMonitor4, from: economy.MustDate("2015-08-05"), to: economy.MustDate("2016-09-30"),
		sources: func() []economy.Citation {
			return []economy.Citation{citeFSRRAdopted(), citeFSRRConsultation("the rating proposed in June 2015"), citeRAFScale(), citeSOFLive()}
		},
	}
	sofFinanceInfo = finInfo{
		id: MethodSOFFinance, short: "SOF finance", name: "NHS Improvement single oversight framework finance and use of resources score",
		scale: ScaleOversightScore, from: economy.MustDate("2016-10-01"), to: economy.MustDate("2019-08-22"),
		sources: func() []economy.Citation {
			return []economy.Citation{citeSOFLive(), citeSOFConfirmed("final framework: agency metric in; EBITDA margin dropped; control total caps; 1 best, 4 worst"), citeAlderHey(), citeNOF2019()}
		},
	}
	sofSegmentInfo = finInfo{
		id: MethodSOFSegment, short: "SOF", name: "NHS Improvement single oversight framework segmentation",
		scale: ScaleSegment, from: economy.MustDate("2016-10-01"), to: economy.MustDate("2019-08-22"),
		sources: func() []economy.Citation {
			return []economy.Citation{citeSOFLive(), citeSOFSegments(), citeSOFSegment4(), citeNOF2019()}
		},
	}
	nof2019Info = finInfo{
		id: MethodNOF2019, short: "NOF 2019/20", name: "NHS oversight framework 2019/20 segmentation",
		scale: ScaleSegment, from: economy.MustDate("2019-08-23"), to: economy.MustDate("2021-06-30"),
		sources: func() []economy.Citation { return []economy.Citation{citeNOF2019(), citeSOFSegments()} },
	}
	nof2021Info = finInfo{
		id: MethodNOF2021, short: "SOF 2021/22", name: "NHS system oversight framework 2021/22 segmentation",
		scale: ScaleSegment, from: economy.MustDate("2021-07-01"), to: economy.MustDate("2022-06-30"),
		sources: func() []economy.Citation { return []economy.Citation{citeNOF2021Default(), citeNOF2021Segments()} },
	}
	nof2022Info = finInfo{
		id: MethodNOF2022, short: "NOF 2022/23", name: "NHS oversight framework 2022/23 segmentation",
		scale: ScaleSegment, from: economy.MustDate("2022-07-01"), to: economy.MustDate("2025-06-25"),
		sources: func() []economy.Citation {
			return []economy.Citation{citeNOF2022(), citeNOF2021Default(), citeNOF2021Segments(), citeNOF2025Published()}
		},
	}
	nof2025Info = finInfo{
		id: MethodNOF2025, short: "NOF 2025/26", name: "NHS oversight framework 2025/26 segmentation",
		scale: ScaleSegment, from: economy.MustDate("2025-06-26"), to: economy.MustDate("2026-03-31"),
		sources: func() []economy.Citation {
			return []economy.Citation{citeNOF2025Published(), citeNOF2025Manual("four steps: score metrics 1-4, average and quartile, financial override, segment 5"), citeNOF2025Override(), citeNOF2025Segment5()}
		},
	}
)
