package regime_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// ratingOf reads one key question's rating from the subject's latest
// trust-level report as it stood on the facts date.
func ratingOf(q economy.KeyQuestion) func(*regime.Env, regime.Subject) (economy.CQCRating, bool) {
	return func(env *regime.Env, s regime.Subject) (economy.CQCRating, bool) {
		p := s.Provider()
		if p == nil {
			return economy.CQCRatingUnknown, false
		}
		in, ok := p.LatestInspection(env.FactsDate())
		if !ok {
			return economy.CQCRatingUnknown, false
		}
		r := in.Ratings.Get(q)
		return r, r.Known()
	}
}

// ExampleNamed composes leaves into a rule of one's own: well-led
// inadequate and at least two of the other key questions inadequate.
func ExampleNamed() {
	cite := economy.Citation{Document: "Special measures: NHS trusts", Issuer: "Care Quality Commission"}
	wellLedRating := ratingOf(economy.WellLed)
	inadequate := func(q economy.KeyQuestion) regime.Rule {
		return regime.In(q.String(), q.String()+" rating", ratingOf(q), cite, economy.Inadequate)
	}
	safe, effective, caring, responsive := inadequate(economy.Safe), inadequate(economy.Effective),
		inadequate(economy.Caring), inadequate(economy.Responsive)

	wellLed := regime.In("well_led", "well-led rating", wellLedRating, cite, economy.Inadequate)
	rule := regime.Named("quality_sm", "quality special measures", cite, regime.All(
		wellLed,
		regime.AtLeast(2, safe, effective, caring, responsive),
	))

	day := economy.MustDate("2015-06-01")
	p := &economy.Provider{ID: "RA1", Kind: economy.KindNHSTrust, Inspections: []economy.Inspection{{
		Scope: economy.ScopeProvider, Published: economy.MustDate("2015-03-01"),
		Ratings: economy.KeyQuestionRatings{Safe: economy.Inadequate, Effective: economy.Inadequate,
			Caring: economy.Good, Responsive: economy.RequiresImprovement, WellLed: economy.Inadequate}}}}
	env := regime.NewEnv(nil, day)
	fmt.Println(rule.Eval(&env, regime.ProviderSubject(p)))
	// Output:
	// met
}
