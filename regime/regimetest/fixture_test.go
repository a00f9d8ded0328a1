package regimetest_test

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/regimetest"
	"github.com/shopspring/decimal"
)

// The fixture is a test-only framework about CQC ratings. Its rules are
// made up for the tests and cite nothing real.

var cite = economy.Citation{Document: "Test framework", Issuer: "regimetest", Year: 2015, Section: "s.1"}

// rated reads key question q of the provider's latest published
// inspection; an unrated question is unknown.
func rated(q economy.KeyQuestion) func(*regime.Env, regime.Subject) (economy.CQCRating, bool) {
	return func(env *regime.Env, s regime.Subject) (economy.CQCRating, bool) {
		p := s.Provider()
		if p == nil {
			return economy.CQCRatingUnknown, false
		}
		in, ok := p.LatestInspection(env.FactsDate())
		if !ok || !in.Ratings.Get(q).Known() {
			return economy.CQCRatingUnknown, false
		}
		return in.Ratings.Get(q), true
	}
}

func inadequate(q economy.KeyQuestion) regime.Rule {
	return regime.In(q.String(), q.String()+" rating", rated(q), cite, economy.Inadequate)
}

func poor(q economy.KeyQuestion) regime.Rule {
	return regime.In(q.String()+"_poor", q.String()+" rating", rated(q), cite, economy.RequiresImprovement, economy.Inadequate)
}

// qualitySM is the test's special measures trigger: inadequate in at
// least two key questions, well-led among them.
func qualitySM() regime.Rule {
	return regime.Named("quality_sm", "quality special measures", cite, regime.All(
		inadequate(economy.WellLed),
		regime.AtLeast(2, inadequate(economy.Safe), inadequate(economy.Effective), inadequate(economy.Caring),
			inadequate(economy.Responsive), inadequate(economy.WellLed)),
	))
}

func concerns() regime.Rule {
	var qs []regime.Rule
	for _, q := range economy.KeyQuestions() {
		qs = append(qs, poor(q))
	}
	return regime.Named("concerns", "a key question below good", cite, regime.Any(qs...))
}

func otherwise() regime.Rule { return regime.Always("otherwise", "no trigger met", cite) }

func mustRuleSet(spec regime.RuleSetSpec) *regime.RuleSet {
	rs, err := regime.NewRuleSet(spec)
	if err != nil {
		panic(err)
	}
	return rs
}

// qualitySet is a sound rule set: every combination of ratings gets one
// decision.
func qualitySet() *regime.RuleSet {
	return mustRuleSet(regime.RuleSetSpec{
		ID: "quality", Title: "quality regime", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider), Citation: cite,
		Entries: []regime.Entry{
			{Priority: 1, Rule: qualitySM(), Decides: regime.Ruling{Regime: economy.QualitySpecialMeasures}},
			{Priority: 2, Rule: concerns(), Decides: regime.Ruling{Regime: economy.EnhancedMonitoring}},
			{Priority: 3, Rule: otherwise(), Decides: regime.Ruling{Regime: economy.RoutineOversight}},
		},
	})
}

func testFramework() *regime.Framework {
	f, err := regime.NewFramework(regime.FrameworkSpec{
		ID: "test2015", Name: "Test Framework", Edition: "2015", From: economy.MustDate("2015-04-01"), To: economy.MustDate("2016-03-31"),
		Sources: []economy.Citation{cite}, Params: &regime.Params{}, RuleSets: []*regime.RuleSet{qualitySet()},
	})
	if err != nil {
		panic(err)
	}
	return f
}

// laterFramework is a second edition, for cases that expect the wrong one.
func laterFramework() *regime.Framework {
	f, err := regime.NewFramework(regime.FrameworkSpec{ID: "test2016", Name: "Test Framework", Edition: "2016", From: economy.MustDate("2016-04-01"),
		Params: &regime.Params{}, RuleSets: []*regime.RuleSet{qualitySet()}})
	if err != nil {
		panic(err)
	}
	return f
}

// ratedProvider is an economy of one trust with one inspection.
func ratedProvider(r economy.KeyQuestionRatings) *economy.Economy {
	return &economy.Economy{ID: "E1", Name: "Test area", Providers: []economy.Provider{{
		ID: "RA1", Name: "Alpha Trust", Kind: economy.KindNHSTrust,
		Inspections: []economy.Inspection{{Scope: economy.ScopeProvider, Published: economy.MustDate("2015-03-01"), Ratings: r}},
	}}}
}

func allRated(r economy.CQCRating) economy.KeyQuestionRatings {
	return economy.KeyQuestionRatings{Safe: r, Effective: r, Caring: r, Responsive: r, WellLed: r}
}

// ratingsDomain varies the five key questions of the only provider's
// inspection over every CQC rating: 1024 combinations.
func ratingsDomain() regimetest.Domain {
	return regimetest.Domain{
		Template: func() *economy.Economy { return ratedProvider(economy.KeyQuestionRatings{}) },
		Date:     economy.MustDate("2015-06-01"),
		Dimensions: regimetest.CQCKeyQuestions(func(e *economy.Economy) *economy.KeyQuestionRatings {
			return &e.Providers[0].Inspections[0].Ratings
		}),
	}
}

func economyDate(s string) economy.Date { return economy.MustDate(s) }

func nd(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decimal.RequireFromString(s)) }
