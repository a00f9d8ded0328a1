package regime_test

import (
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// The benchmark decision of issue #15: a small oversight decision over
// eight facts of a provider, written once with the library's rule API, as
// a user would from its docs, and once as plain Go (bdHandWritten). The
// benchmarks in bench_decision_test.go run both over the same 10,000
// synthetic providers, and a test holds them to the same answer on every
// one. Its thresholds are the issue's; they cite nothing real.

var bdCite = economy.Citation{Document: "Benchmark decision", Issuer: "failregime issue #15", Year: 2026}

// bdDay is the decision date; the facts are published before it.
var (
	bdDay       = economy.MakeDate(2026, time.June, 1)
	bdInspected = economy.MakeDate(2026, time.March, 1)
	bdQuarter   = economy.Period{From: economy.MakeDate(2026, time.January, 1), To: economy.MakeDate(2026, time.March, 31)}
)

// bdPlain is a provider's facts as a user holds them before the library
// sees them: ratings as values, figures as whole hundredths (175 is a
// cover of 1.75x, -700 is -7.00 days, 9450 is 94.50%).
type bdPlain struct {
	id                       string
	overall, wellLed         economy.CQCRating
	cover, liquidity, margin int64
	governance               string // green, amber or red
	ae, rtt                  int64
}

// bdResult is the decision's output.
type bdResult struct {
	qsm, fsm, em bool
	finance      int64
}

// bdHandWritten is the decision in plain Go, for comparison: the same
// thresholds, written as a programmer would without the library.
func bdHandWritten(p *bdPlain) bdResult {
	cover := 4
	switch {
	case p.cover >= 250:
		cover = 1
	case p.cover >= 175:
		cover = 2
	case p.cover >= 125:
		cover = 3
	}
	liq := 4
	switch {
	case p.liquidity >= 0:
		liq = 1
	case p.liquidity >= -700:
		liq = 2
	case p.liquidity >= -1400:
		liq = 3
	}
	margin := 4
	switch {
	case p.margin > 100:
		margin = 1
	case p.margin > 0:
		margin = 2
	case p.margin > -100:
		margin = 3
	}
	sum := cover + liq + margin
	finance := (sum + 2) / 3 // ceiling of the mean of three
	if (cover == 4 || liq == 4 || margin == 4) && finance < 3 {
		finance = 3
	}
	var r bdResult
	r.finance = int64(finance)
	r.qsm = p.overall == economy.Inadequate && p.wellLed == economy.Inadequate
	r.fsm = finance == 4 && p.governance == "red"
	r.em = !r.qsm && !r.fsm && (finance >= 3 || p.overall == economy.RequiresImprovement || p.ae < 9500 || p.rtt < 9200)
	return r
}

// bdGenerate makes n providers from seed. A third of the figures sit on a
// threshold or a hundredth either side of it, so every boundary is
// crossed many times; the rest are spread over every band.
func bdGenerate(seed uint64, n int) []bdPlain {
	rng := rand.New(rand.NewPCG(seed, 15))
	near := func(lo, hi int64, edges ...int64) int64 {
		if rng.IntN(3) == 0 {
			return edges[rng.IntN(len(edges))] + int64(rng.IntN(3)) - 1
		}
		return lo + rng.Int64N(hi-lo+1)
	}
	ratings := []economy.CQCRating{economy.Outstanding, economy.Good, economy.RequiresImprovement, economy.Inadequate}
	rating := func() economy.CQCRating {
		// Mostly good, as England is; enough inadequate for special measures.
		w := rng.IntN(10)
		switch {
		case w < 1:
			return ratings[0]
		case w < 6:
			return ratings[1]
		case w < 8:
			return ratings[2]
		}
		return ratings[3]
	}
	gov := []string{"green", "amber", "red"}
	out := make([]bdPlain, n)
	for i := range out {
		p := &out[i]
		p.id = "T" + strconv.Itoa(i)
		p.overall = rating()
		p.wellLed = p.overall
		if rng.IntN(3) == 0 {
			p.wellLed = rating()
		}
		p.cover = near(0, 400, 250, 175, 125)
		p.liquidity = near(-3000, 1500, 0, -700, -1400)
		p.margin = near(-400, 400, 100, 0, -100)
		p.governance = gov[rng.IntN(3)]
		p.ae = near(8000, 10000, 9500)
		p.rtt = near(7500, 10000, 9200)
	}
	return out
}

// bdProvider builds the economy.Provider the rules read: the ratings in a
// trust-level inspection, A&E and RTT in the quarter's performance, the
// finance metrics under the performance's Other figures and governance
// as a published rating with green, amber and red for words.
func bdProvider(p *bdPlain) economy.Provider {
	hundredths := func(n int64) decimal.Decimal { return decimal.New(n, -2) }
	return economy.Provider{
		ID: p.id, Kind: economy.KindNHSTrust,
		Inspections: []economy.Inspection{{Scope: economy.ScopeProvider, Published: bdInspected,
			Overall: p.overall, Ratings: economy.KeyQuestionRatings{WellLed: p.wellLed}}},
		Performance: []economy.Performance{{Period: bdQuarter,
			AE4Hours:             decimal.NewNullDecimal(hundredths(p.ae)),
			RTTIncomplete18Weeks: decimal.NewNullDecimal(hundredths(p.rtt)),
			Other: map[string]decimal.Decimal{
				"capital_service_cover": hundredths(p.cover),
				"liquidity_days":        hundredths(p.liquidity),
				"ie_margin_pct":         hundredths(p.margin),
			}}},
		Ratings: []economy.PublishedRating{{Scheme: economy.WCCGovernance, Period: bdQuarter,
			Published: bdInspected, Value: p.governance, Source: &bdCite}},
	}
}

// The getters read the facts as a user's rules would: each from the
// latest record published before the facts date.

func bdInspection(env *regime.Env, s regime.Subject) (*economy.Inspection, bool) {
	if p := s.Provider(); p != nil {
		return p.LatestInspection(env.FactsDate())
	}
	return nil, false
}

func bdOverall(env *regime.Env, s regime.Subject) (economy.CQCRating, bool) {
	in, ok := bdInspection(env, s)
	if !ok || !in.Overall.Known() {
		return economy.CQCRatingUnknown, false
	}
	return in.Overall, true
}

func bdWellLed(env *regime.Env, s regime.Subject) (economy.CQCRating, bool) {
	in, ok := bdInspection(env, s)
	if !ok || !in.Ratings.WellLed.Known() {
		return economy.CQCRatingUnknown, false
	}
	return in.Ratings.WellLed, true
}

func bdPerformance(env *regime.Env, s regime.Subject) (*economy.Performance, bool) {
	if p := s.Provider(); p != nil {
		return p.LatestPerformance(env.FactsDate())
	}
	return nil, false
}

func bdFigure(read func(*economy.Performance) decimal.NullDecimal) func(*regime.Env, regime.Subject) (decimal.Decimal, bool) {
	return func(env *regime.Env, s regime.Subject) (decimal.Decimal, bool) {
		x, ok := bdPerformance(env, s)
		if !ok {
			return decimal.Decimal{}, false
		}
		v := read(x)
		return v.Decimal, v.Valid
	}
}

func bdOther(name string) func(*regime.Env, regime.Subject) (decimal.Decimal, bool) {
	return func(env *regime.Env, s regime.Subject) (decimal.Decimal, bool) {
		x, ok := bdPerformance(env, s)
		if !ok {
			return decimal.Decimal{}, false
		}
		v, ok := x.Other[name]
		return v, ok
	}
}

func bdGovernance(env *regime.Env, s regime.Subject) (string, bool) {
	p := s.Provider()
	if p == nil {
		return "", false
	}
	r, ok := economy.LatestRating(p.Ratings, economy.WCCGovernance, env.FactsDate())
	if !ok {
		return "", false
	}
	return r.Value, true
}

// bdRules is the decision written with the library.
type bdRules struct {
	fw      *regime.Framework
	set     *regime.RuleSet
	finance regime.Number
	// the metrics' scores, for the boundary tests
	cover, liquidity, margin regime.Number
}

func newBDRules() bdRules {
	var ps regime.Params
	aeStd := ps.Decimal(regime.ParamDef{Name: "ae_standard", Title: "A&E 4-hour standard", Unit: "%", Citation: bdCite,
		Range: regime.Between(decimal.Zero, decimal.NewFromInt(100))}, decimal.NewFromInt(95))
	rttStd := ps.Decimal(regime.ParamDef{Name: "rtt_standard", Title: "RTT 18-week standard", Unit: "%", Citation: bdCite,
		Range: regime.Between(decimal.Zero, decimal.NewFromInt(100))}, decimal.NewFromInt(92))
	financeConcern := ps.Int(regime.ParamDef{Name: "finance_concern", Title: "finance score of concern", Citation: bdCite,
		Range: regime.Whole(1, 4)}, 3)

	fixed := func(s string) regime.DecimalThreshold { return regime.Fixed(decimal.RequireFromString(s)) }
	cover := regime.Bands("cover_score", "capital service cover score", "capital service cover", bdOther("capital_service_cover"), regime.GE, "x", bdCite,
		fixed("2.5"), fixed("1.75"), fixed("1.25"))
	liquidity := regime.Bands("liquidity_score", "liquidity score", "liquidity", bdOther("liquidity_days"), regime.GE, "days", bdCite,
		fixed("0"), fixed("-7"), fixed("-14"))
	margin := regime.Bands("margin_score", "I&E margin score", "I&E margin", bdOther("ie_margin_pct"), regime.GT, "%", bdCite,
		fixed("1"), fixed("0"), fixed("-1"))
	scoresWorst := func(x regime.Number) regime.Rule {
		id := x.Info().ID + "_4"
		return regime.CompareNumber(id, x.Info().Title+" is 4", x, regime.EQ, regime.FixedInt(4), "", bdCite)
	}
	anyWorst := regime.Named("any_metric_4", "a finance metric scores 4", bdCite,
		regime.Any(scoresWorst(cover), scoresWorst(liquidity), scoresWorst(margin)))
	finance := regime.NameNumber("finance_score", "finance score", bdCite, regime.Max(
		regime.Ceil(regime.Mean(cover, liquidity, margin)),
		regime.If(anyWorst, regime.FixedInt(3), regime.FixedInt(1)),
	))

	overallIs := func(r economy.CQCRating) regime.Rule {
		return regime.In("overall_"+r.String(), "overall rating", bdOverall, bdCite, r)
	}
	qsm := regime.Named("quality_special_measures", "quality special measures", bdCite, regime.All(
		overallIs(economy.Inadequate),
		regime.In("well_led_inadequate", "well-led rating", bdWellLed, bdCite, economy.Inadequate),
	))
	fsm := regime.Named("financial_special_measures", "financial special measures", bdCite, regime.All(
		regime.CompareNumber("finance_4", "finance score 4", finance, regime.EQ, regime.FixedInt(4), "", bdCite),
		regime.In("governance_red", "governance", bdGovernance, bdCite, "red"),
	))
	em := regime.Named("enhanced_monitoring", "enhanced monitoring", bdCite, regime.All(
		regime.Not(qsm),
		regime.Not(fsm),
		regime.Any(
			regime.CompareNumber("finance_concern", "finance score of concern", finance, regime.GE, financeConcern, "", bdCite),
			overallIs(economy.RequiresImprovement),
			regime.Compare("ae_below", "A&E 4-hour", bdFigure(func(x *economy.Performance) decimal.NullDecimal { return x.AE4Hours }),
				regime.LT, aeStd, "%", bdCite),
			regime.Compare("rtt_below", "RTT 18-week", bdFigure(func(x *economy.Performance) decimal.NullDecimal { return x.RTTIncomplete18Weeks }),
				regime.LT, rttStd, "%", bdCite),
		),
	))
	set, err := regime.NewRuleSet(regime.RuleSetSpec{
		ID: "oversight", Title: "oversight flags", Policy: regime.Collect,
		AppliesTo: regime.KindsOf(regime.SubjectProvider), Citation: bdCite,
		Entries: []regime.Entry{
			{Priority: 1, Rule: qsm, Decides: regime.Ruling{Regime: economy.QualitySpecialMeasures}},
			{Priority: 2, Rule: fsm, Decides: regime.Ruling{Regime: economy.FinancialSpecialMeasures}},
			{Priority: 3, Rule: em, Decides: regime.Ruling{Code: "enhanced_monitoring", Text: "enhanced monitoring"}},
		},
		Score: finance,
	})
	if err != nil {
		panic(err) // the fixture is fixed; a failure here is a bug in it
	}
	fw, err := regime.NewFramework(regime.FrameworkSpec{ID: "bd", Name: "Benchmark decision", From: economy.MakeDate(2026, time.January, 1),
		Params: &ps, RuleSets: []*regime.RuleSet{set}})
	if err != nil {
		panic(err)
	}
	set, _ = fw.RuleSet("oversight")
	return bdRules{fw: fw, set: set, finance: finance, cover: cover, liquidity: liquidity, margin: margin}
}

// bdFromRulings reads the flags out of the rulings matched.
func bdFromRulings(rs []regime.Ruling, finance int64) bdResult {
	r := bdResult{finance: finance}
	for _, x := range rs {
		switch {
		case x.Regime == economy.QualitySpecialMeasures:
			r.qsm = true
		case x.Regime == economy.FinancialSpecialMeasures:
			r.fsm = true
		case x.Code == "enhanced_monitoring":
			r.em = true
		}
	}
	return r
}
