package regimetest_test

import (
	"fmt"
	"testing/fstest"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/regimetest"
)

// ExampleLoad loads a suite from an in-memory file system and shows what
// its case asserts. In a test, regimetest.Run(t, cases) runs it.
func ExampleLoad() {
	fsys := fstest.MapFS{"quality.json": {Data: []byte(`{
  "suite": "quality",
  "cases": [{
    "name": "inadequate in safe and well-led",
    "framework": "in_force",
    "decision_date": "2015-06-01",
    "economy": {"id": "E1", "name": "Test area", "providers": [{"id": "RA1", "name": "Alpha Trust", "kind": "nhs_trust",
      "inspections": [{"scope": "provider", "published": "2015-03-01",
        "ratings": {"safe": "inadequate", "effective": "good", "caring": "good", "responsive": "good", "well_led": "inadequate"}}]}]},
    "expect": {
      "framework": "test2015",
      "decisions": [{"subject": "RA1", "rule_set": "quality", "verdict": "met",
        "regime": "quality_special_measures", "entries": ["quality_sm"], "reasons": ["well_led rating is inadequate"]}]
    }
  }]
}`)}}
	cases, err := regimetest.Load(fsys, "*.json", regimetest.WithFrameworks(testFramework()))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cases {
		fmt.Println(c.File, c.Path, c.Name, "under", c.Framework.ID())
		for _, e := range c.Expect.Decisions {
			fmt.Println(" ", e.Kind, e.Subject, e.RuleSet+":", *e.Verdict, *e.Regime, e.Entries)
		}
	}
	// Output:
	// quality.json cases[0] inadequate in safe and well-led under test2015
	//   provider RA1 quality: met quality_special_measures [quality_sm]
}

// ExampleCoverage_Report shows what two decisions leave unexercised in a
// rule set, and which CQC ratings no fact reached.
func ExampleCoverage_Report() {
	f := testFramework()
	cov := regimetest.NewCoverage()
	cov.Track(f)
	for _, r := range []economy.CQCRating{economy.Good, economy.Inadequate} {
		e := ratedProvider(allRated(r))
		d, err := f.Decide(regime.NewEnv(e, economy.MustDate("2015-06-01")), "quality", regime.ProviderSubject(&e.Providers[0]))
		if err != nil {
			fmt.Println(err)
			return
		}
		cov.Add(d)
	}
	fmt.Print(cov.Report())
	// Output:
	// rule coverage:
	//   test2015/quality (first): 2 decisions, 2 met, 0 not_met, 0 unknown
	//     entry concerns: never met
	//       rule safe_poor: never met
	//       rule effective_poor: never met
	//       rule caring_poor: never met
	//       rule responsive_poor: never met
	//       rule well_led_poor: never met
	// scale coverage:
	//   cqc ratings: reached good, inadequate; never outstanding, requires_improvement
	//   monitor ratings: nothing reached
	//   oversight scores: nothing reached
	//   segments: nothing reached
	//   governance ratings: nothing reached
	//   performance categories: nothing reached
}

// ExampleExhaustive checks a rule set about CQC ratings (quality special
// measures when inadequate in at least two key questions, well-led among
// them) over all 4^5 combinations of key-question ratings. The set has no
// catch-all, so most combinations decide nothing.
func ExampleExhaustive() {
	cite := economy.Citation{Document: "Example", Year: 2015}
	rated := func(q economy.KeyQuestion) regime.Rule {
		get := func(env *regime.Env, s regime.Subject) (economy.CQCRating, bool) {
			in, ok := s.Provider().LatestInspection(env.FactsDate())
			if !ok || !in.Ratings.Get(q).Known() {
				return economy.CQCRatingUnknown, false
			}
			return in.Ratings.Get(q), true
		}
		return regime.In(q.String(), q.String(), get, cite, economy.Inadequate)
	}
	rs, err := regime.NewRuleSet(regime.RuleSetSpec{
		ID: "quality", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{{Priority: 1, Decides: regime.Ruling{Regime: economy.QualitySpecialMeasures},
			Rule: regime.Named("quality_sm", "quality special measures", cite, regime.All(
				rated(economy.WellLed),
				regime.AtLeast(2, rated(economy.Safe), rated(economy.Effective), rated(economy.Caring), rated(economy.Responsive), rated(economy.WellLed)),
			))}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	domain := regimetest.Domain{
		Template: func() *economy.Economy {
			return &economy.Economy{ID: "E1", Providers: []economy.Provider{{ID: "RA1", Kind: economy.KindNHSTrust,
				Inspections: []economy.Inspection{{Scope: economy.ScopeProvider, Published: economy.MustDate("2015-03-01")}}}}}
		},
		Date: economy.MustDate("2015-06-01"),
		Dimensions: regimetest.CQCKeyQuestions(func(e *economy.Economy) *economy.KeyQuestionRatings {
			return &e.Providers[0].Inspections[0].Ratings
		}),
	}
	report, err := regimetest.Exhaustive(rs, domain)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(report)
	// Output:
	// exhaustive check of quality (first) over 1024 combinations of safe × effective × caring × responsive × well_led
	// gaps (no entry matched): 849
	//   safe=outstanding effective=outstanding caring=outstanding responsive=outstanding well_led=outstanding -> not_met
	//   safe=outstanding effective=outstanding caring=outstanding responsive=outstanding well_led=good -> not_met
	//   safe=outstanding effective=outstanding caring=outstanding responsive=outstanding well_led=requires_improvement -> not_met
	//   safe=outstanding effective=outstanding caring=outstanding responsive=outstanding well_led=inadequate -> not_met
	//   safe=outstanding effective=outstanding caring=outstanding responsive=good well_led=outstanding -> not_met
	//   safe=outstanding effective=outstanding caring=outstanding responsive=good well_led=good -> not_met
	//   safe=outstanding effective=outstanding caring=outstanding responsive=good well_led=requires_improvement -> not_met
	//   safe=outstanding effective=outstanding caring=outstanding responsive=good well_led=inadequate -> not_met
	//   ... and 841 more
	// overlaps (resolved by priority only): 0
	// unknown: 0
	// unreachable entries: none
	// shadowed entries: none
	// entries:
	//   quality_sm (priority 1): matched 175, chosen 175
}
