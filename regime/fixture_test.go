package regime_test

import (
	"encoding/json"
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// The fixture is a test-only framework over a small economy. Its
// thresholds are made up for the tests and cite nothing real.

var testCite = economy.Citation{Document: "Test framework", Issuer: "failregime tests", Year: 2015, Section: "s.1"}

var day = economy.MakeDate(2015, time.June, 1)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func nd(s string) decimal.NullDecimal { return decimal.NewNullDecimal(dec(s)) }

func testEconomy() *economy.Economy {
	fy := economy.FinancialYear(2014)
	return &economy.Economy{
		ID: "E1", Name: "Test Economy",
		Providers: []economy.Provider{
			{
				ID: "RA1", Name: "Alpha Trust", Kind: economy.KindNHSTrust,
				Accounts: []economy.Accounts{{Period: fy, Surplus: nd("-2000000.0")}},
				Inspections: []economy.Inspection{{Scope: economy.ScopeProvider, Published: economy.MakeDate(2015, 3, 1),
					Ratings: economy.KeyQuestionRatings{Safe: economy.Inadequate, Effective: economy.Inadequate, Caring: economy.Good,
						Responsive: economy.RequiresImprovement, WellLed: economy.Inadequate}}},
				Governance: economy.Governance{Spells: []economy.Spell{{Regime: economy.QualitySpecialMeasures, Start: economy.MakeDate(2015, 4, 1)}}},
			},
			{
				ID: "RB2", Name: "Beta Trust", Kind: economy.KindFoundationTrust,
				Accounts: []economy.Accounts{{Period: fy, Surplus: nd("-1500000")}},
				Inspections: []economy.Inspection{{Scope: economy.ScopeProvider, Published: economy.MakeDate(2015, 2, 1),
					Ratings: economy.KeyQuestionRatings{Safe: economy.Good, Effective: economy.Good, Caring: economy.Good,
						Responsive: economy.Good, WellLed: economy.Good}}},
				Governance: economy.Governance{Spells: []economy.Spell{{Regime: economy.FinancialSpecialMeasures, Start: economy.MakeDate(2015, 4, 1)}}},
			},
			{
				ID: "RC3", Name: "Gamma Trust", Kind: economy.KindNHSTrust,
				// no accounts: finance unknown
				Inspections: []economy.Inspection{
					{Scope: economy.ScopeProvider, Published: economy.MakeDate(2014, 1, 1),
						Ratings: economy.KeyQuestionRatings{Safe: economy.Inadequate, Effective: economy.Inadequate, Caring: economy.Good,
							Responsive: economy.Good, WellLed: economy.Good}},
					{Scope: economy.ScopeProvider, Started: economy.MakeDate(2015, 5, 1), Pending: true},
				},
			},
		},
		Commissioners: []economy.Commissioner{{ID: "01X", Name: "Test CCG", Kind: economy.CCG}},
		System:        []economy.SystemFinance{{Period: fy, Surplus: nd("-60000000"), Income: nd("1000000000")}},
	}
}

// clone deep-copies an economy through JSON, for immutability checks.
func clone(e *economy.Economy) *economy.Economy {
	b, err := json.Marshal(e)
	if err != nil {
		panic(err)
	}
	var out economy.Economy
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return &out
}

// Getters: they read the facts as of the facts date.

func surplus(env *regime.Env, s regime.Subject) (decimal.Decimal, bool) {
	p := s.Provider()
	if p == nil {
		return decimal.Decimal{}, false
	}
	a, ok := p.LatestAccounts(env.FactsDate())
	if !ok || !a.Surplus.Valid {
		return decimal.Decimal{}, false
	}
	return a.Surplus.Decimal, true
}

func rating(q economy.KeyQuestion) func(*regime.Env, regime.Subject) (economy.CQCRating, bool) {
	return func(env *regime.Env, s regime.Subject) (economy.CQCRating, bool) {
		p := s.Provider()
		if p == nil {
			return 0, false
		}
		in, ok := p.LatestInspection(env.FactsDate())
		if !ok || !in.Ratings.Get(q).Known() {
			return 0, false
		}
		return in.Ratings.Get(q), true
	}
}

// wellLed is a predicate that knows about pending inspections: an
// inspection under way makes the well-led rating a pending fact.
func wellLed(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	p := s.Provider()
	if p == nil {
		return regime.Unknown
	}
	for _, in := range p.Inspections {
		if in.Pending && !in.Started.IsZero() && !in.Started.After(env.FactsDate()) {
			v, ok := regime.PendingValue(env, w, "inspection "+p.ID+" well_led", "good", "requires_improvement", "inadequate")
			if !ok {
				return regime.Unknown
			}
			w.Because("well-led assumed " + v)
			return regime.VerdictOf(v == "inadequate")
		}
	}
	r, ok := rating(economy.WellLed)(env, s)
	if !ok {
		w.Missing("well-led rating")
		return regime.Unknown
	}
	if w != nil {
		w.Fact(regime.Fact{Name: "well-led", Text: r.String(), ThresholdText: "inadequate", Verdict: regime.VerdictOf(r == economy.Inadequate)})
	}
	return regime.VerdictOf(r == economy.Inadequate)
}

func systemDeficitPct(env *regime.Env, s regime.Subject) (decimal.Decimal, bool) {
	e := s.Economy()
	if e == nil {
		return decimal.Decimal{}, false
	}
	f, ok := e.LatestSystem(env.FactsDate())
	if !ok || !f.Surplus.Valid || !f.Income.Valid || f.Income.Decimal.IsZero() {
		return decimal.Decimal{}, false
	}
	return f.Surplus.Decimal.Mul(decimal.NewFromInt(100)).DivRound(f.Income.Decimal, 2), true
}

func failingProviders(env *regime.Env, s regime.Subject) (int64, bool) {
	e := s.Economy()
	if e == nil {
		return 0, false
	}
	var n int64
	for i := range e.Providers {
		for _, sp := range e.Providers[i].Governance.Spells {
			if sp.InForce(env.DecisionDate()) && (sp.Regime == economy.QualitySpecialMeasures || sp.Regime == economy.FinancialSpecialMeasures) {
				n++
				break
			}
		}
	}
	return n, true
}

type fixture struct {
	fw                   *regime.Framework
	deficitLimit         regime.DecimalKey
	systemDeficitMin     regime.DecimalKey
	minFailing           regime.IntKey
	qualityRule, finRule regime.Rule
}

func kq(q economy.KeyQuestion) regime.Rule {
	return regime.In("cqc_"+q.String(), q.String()+" rating", rating(q), testCite, economy.Inadequate)
}

func newFixture() fixture {
	var ps regime.Params
	var fx fixture
	fx.deficitLimit = ps.Decimal(regime.ParamDef{Name: "deficit_limit", Title: "deficit that triggers concern", Unit: "GBP", Citation: testCite,
		Range: regime.Between(dec("-1e12"), dec("1e12"))}, dec("-1000000"))
	fx.systemDeficitMin = ps.Decimal(regime.ParamDef{Name: "system_deficit_pct", Title: "system deficit as % of income", Unit: "%", Citation: testCite,
		Interpretation: "the source says 'significant'; tests read it as 5%", Range: regime.Between(dec("-100"), dec("100"))}, dec("-5.0"))
	fx.minFailing = ps.Int(regime.ParamDef{Name: "min_failing", Title: "organisations in special measures", Unit: "organisations", Citation: testCite, Range: regime.Whole(0, 1000)}, 3)

	fx.qualityRule = regime.Named("quality_sm", "quality special measures trigger", testCite, regime.All(
		regime.Predicate("well_led", "well-led rated inadequate", testCite, wellLed),
		regime.AtLeast(2, kq(economy.Safe), kq(economy.Effective), kq(economy.Caring), kq(economy.Responsive), kq(economy.WellLed)),
	))
	fx.finRule = regime.Compare("deficit", "surplus", surplus, regime.LT, fx.deficitLimit, "GBP", testCite)

	intervention, err := regime.NewRuleSet(regime.RuleSetSpec{
		ID: "intervention", Title: "provider intervention", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectProvider), Citation: testCite,
		Entries: []regime.Entry{
			{Priority: 10, Rule: fx.qualityRule, Decides: regime.Ruling{Regime: economy.QualitySpecialMeasures}},
			{Priority: 20, Rule: fx.finRule, Decides: regime.Ruling{Regime: economy.EnhancedMonitoring}},
			{Priority: 99, Rule: regime.Always("otherwise", "no trigger met", testCite), Decides: regime.Ruling{Regime: economy.RoutineOversight}},
		},
	})
	must(err)
	flags, err := regime.NewRuleSet(regime.RuleSetSpec{
		ID: "flags", Title: "concerns", Policy: regime.Collect,
		AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{
			{Priority: 1, Rule: regime.Named("quality", "quality concern", testCite, kq(economy.Safe)), Decides: regime.Ruling{Code: "quality_concern", Text: "quality concern"}},
			{Priority: 1, Rule: regime.Named("finance", "finance concern", testCite, fx.finRule), Decides: regime.Ruling{Code: "finance_concern", Text: "finance concern"}},
		},
	})
	must(err)
	system, err := regime.NewRuleSet(regime.RuleSetSpec{
		ID: "system", Title: "health economy", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectEconomy),
		Entries: []regime.Entry{
			{Priority: 1, Rule: regime.Named("success_regime", "success regime trigger", testCite, regime.All(
				regime.Compare("system_deficit", "system deficit", systemDeficitPct, regime.LE, fx.systemDeficitMin, "% of income", testCite),
				regime.CompareInt("failing", "organisations failing", failingProviders, regime.GE, fx.minFailing, "organisations", testCite),
			)), Decides: regime.Ruling{Regime: economy.SuccessRegime}},
			{Priority: 2, Rule: regime.Always("otherwise", "no trigger met", testCite), Decides: regime.Ruling{Code: "no_area_wide_regime", Text: "no area-wide regime"}},
		},
	})
	must(err)
	fx.fw, err = regime.NewFramework(regime.FrameworkSpec{
		ID: "test2015", Name: "Test Framework", Edition: "2015", From: economy.MakeDate(2015, 4, 1), To: economy.MakeDate(2016, 3, 31),
		Sources: []economy.Citation{testCite}, Params: &ps, RuleSets: []*regime.RuleSet{intervention, flags, system},
	})
	must(err)
	return fx
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
