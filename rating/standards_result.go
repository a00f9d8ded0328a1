package rating

import (
	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// RateStandards judges perf against the standards in force at the end of
// its period (see [AssessStandards]) and summarises them as one Result:
// one metric per standard with a figure; Score not_met when any standard
// was missed (a fact whatever the missing figures say); met only when every
// standard in force had a figure and was met. When none was missed but a
// figure was absent, or no standard was in force, the Result is
// InsufficientData and names each absent figure ("performance.ae_4_hours").
func RateStandards(perf *economy.Performance, p StandardsParams) Result {
	m := standardsMethod()
	return rateStandards(&m, perf, p)
}

func rateStandards(m *Method, perf *economy.Performance, p StandardsParams) Result {
	if perf == nil {
		return insufficient(m, "performance")
	}
	if perf.Period.To.IsZero() {
		return insufficient(m, "performance.period.to")
	}
	outs := AssessStandards(perf, p)
	r := Result{Method: m.ID, Short: m.Short, Citations: m.Sources}
	failed := false
	for _, o := range outs {
		if o.Result == StandardResultUnknown {
			r.Missing = append(r.Missing, "performance."+string(o.Standard.ID))
			continue
		}
		failed = failed || o.Result == StandardNotMet
		r.Metrics = append(r.Metrics, measure(o.Standard.bands(), ScaleStandard, string(o.Standard.ID),
			o.Standard.Name, o.Figure.Decimal, 1, decimal.Zero))
	}
	switch {
	case failed:
		r.Status, r.Score = Rated, StandardNotMet.Score()
	case len(outs) == 0:
		r.Status, r.Missing = InsufficientData, []string{"standards in force on " + perf.Period.To.String()}
	case len(r.Missing) > 0:
		r.Status = InsufficientData
	default:
		r.Status, r.Score = Rated, StandardMet.Score()
	}
	return r
}

// standardsMethod describes the operational standards as a registry Method.
func standardsMethod() Method {
	return Method{
		ID: MethodStandards, Name: "NHS operational standards (waiting times)", Short: "Standards",
		From: day(2001, 4, 1), Scale: ScaleStandard,
		Sources: []economy.Citation{citeAE95, citeRTTIncomplete, citeCancer2WW, citeDiagnostics},
		rate: func(m *Method, in Input) Result {
			perf, ok := in.Provider.LatestPerformance(in.Date)
			if !ok {
				return insufficient(m, "performance")
			}
			return rateStandards(m, perf, standardsForProvider(in.Provider))
		},
	}
}
