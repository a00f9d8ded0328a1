package regime_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// ExampleEnv_Known: the verdict path reads the facts it is given. A rule
// that reads the year's outturn as soon as it is in the economy would
// read, in March, a figure published only in June; a Known env holds the
// economy as it stood on the facts date, as Decide and Assess give it.
func ExampleEnv_Known() {
	cite := economy.Citation{Issuer: "Example regulator", Document: "Oversight guide", Year: 2015}
	inDeficit := regime.Predicate("in_deficit", "the year ends in deficit", cite,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			for _, a := range s.Provider().Accounts {
				if a.Period.Contains(env.FactsDate()) && a.Surplus.Valid {
					if a.Surplus.Decimal.IsNegative() {
						return regime.Met
					}
					return regime.NotMet
				}
			}
			return regime.Unknown
		})
	set, _ := regime.NewRuleSet(regime.RuleSetSpec{ID: "finance", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider),
		Entries: []regime.Entry{{Priority: 1, Rule: inDeficit, Decides: regime.Ruling{Regime: economy.FinancialSpecialMeasures}}}})

	year := economy.Period{From: economy.MakeDate(2014, time.April, 1), To: economy.MakeDate(2015, time.March, 31)}
	e := economy.Economy{Providers: []economy.Provider{{ID: "T1", Name: "A trust", Accounts: []economy.Accounts{
		{Period: year, Surplus: decimal.NewNullDecimal(decimal.NewFromInt(-20_000_000)), Published: economy.MakeDate(2015, time.June, 30)},
	}}}}
	day := economy.MakeDate(2015, time.March, 10)
	env := regime.NewEnv(&e, day)
	s := regime.ProviderSubject(&e.Providers[0])
	_, asGiven := set.Match(&env, s)
	kenv, ks := env.Known(s)
	_, known := set.Match(&kenv, ks)
	fmt.Println("as given:", asGiven)
	fmt.Println("as known on", day.String()+":", known)
	// Output:
	// as given: met
	// as known on 2015-03-10: unknown
}
