package england_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// Example_ids reads one entry and one condition of a decision by the
// package's id constants, and asks why another entry did not match: the
// compiler checks the names, where a misspelt string would find nothing.
func Example_ids() {
	e, err := cases.Load("keogh_2013")
	if err != nil {
		fmt.Println(err)
		return
	}
	date := economy.MustDate("2013-07-16")
	f, err := england.InForce(date)
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := e.Provider("RNL")
	d, err := f.Decide(regime.NewEnv(&e, date), england.ProviderIntervention, regime.ProviderSubject(p))
	if err != nil {
		fmt.Println(err)
		return
	}
	entry, _ := d.Node(england.RuleQualitySpecialMeasures)
	criteria, _ := d.Node(england.RuleQualitySMCriteria)
	fmt.Println(entry.ID+":", entry.Verdict)
	fmt.Println(criteria.ID+":", criteria.Verdict, "-", criteria.Reason)
	why, _ := d.WhyNot(england.RuleTrustSpecialAdministration)
	for _, f := range why {
		fmt.Println("not", f.ID+":", f.Reason)
	}
	// Output:
	// quality_special_measures: met
	// quality_sm_criteria: met - the report of 2013-07-16 recommends special measures
	// not tsa_spell: no spell of trust_special_administration in force on 2013-07-16
	// not tsa_grounds: no recorded judgement that special administration is in the interests of the health service
}
