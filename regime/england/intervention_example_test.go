package england_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// Example_successRegime decides mid and south Essex on the day the success
// regime was announced, on its figures alone (its success-regime spell
// removed), and lists the first things the regime brings.
func Example_successRegime() {
	e, err := cases.Load("essex_2015")
	if err != nil {
		fmt.Println(err)
		return
	}
	e.Spells = e.Spells[:1] // keep the 2014 challenged-economy spell only
	day := economy.MustDate("2015-06-03")
	f, err := england.InForce(day)
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := f.Decide(regime.NewEnv(&e, day), england.EconomyIntervention, regime.EconomySubject(&e))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := d.Ruling()
	fmt.Println(d.Framework.ID, d.Verdict, r, "by", d.Chosen[0].Entry)
	var criteria regime.Outcome
	for _, c := range d.Outcome.Children {
		if c.ID == "success_regime_criteria" {
			criteria = c
		}
	}
	for _, c := range criteria.Children {
		fmt.Println(" ", c.Verdict, "-", c.Reason)
		if c.ID == "sr_finance_or_quality" {
			for _, cc := range c.Children {
				fmt.Println("   ", cc.Verdict, "-", cc.Reason)
			}
		}
	}
	fmt.Println(d.Brings[4].What)
	// Output:
	// sr2015 met success_regime (special) by success_regime_criteria
	//   met - 2 failing and 6 unknown of 8 organisations; at least 2 needed: met
	//   met - the area has been a challenged_health_economy since 2014-02-18
	//   met - financial or quality problems, or both: met because serious area-wide deficit, quality or performance problems met
	//     met - no whole-system figure: the NHS organisations' deficits add up to at least 21200000 pounds, with 6 organisations' positions unknown: met
	//     met - a provider in the area is in quality special measures, rated poorly by CQC or missing an operational standard
	//     not_met - no provider is known to be short of staff, and some providers' workforce facts are not given; reported only, not counted (economy.sr_staffing_counts is off)
	// transitional funding, £20m across the first three areas: North, East and West Devon £7.4m, Essex £6.4m, Cumbria £6.2m
}

// Example_commissionerIntervention decides NEW Devon CCG on the day the
// 2015/16 CCG ratings were published. NHS England's judgement of its
// leadership is not in the record, so the decision gives both answers.
func Example_commissionerIntervention() {
	e, err := cases.Load("north_new_devon_2015")
	if err != nil {
		fmt.Println(err)
		return
	}
	day := economy.MustDate("2016-07-21")
	f, err := england.InForce(day)
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := f.Decide(regime.NewEnv(&e, day), england.CommissionerIntervention, regime.CommissionerSubject(&e.Commissioners[0]))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Verdict)
	for _, sc := range d.Scenarios {
		fmt.Println(sc.Assume[0].Name, "=", sc.Assume[0].Value, "->", sc.Chosen[0].Regime)
	}
	// Output:
	// unknown
	// commissioner.leadership_can_improve_alone = yes -> legal_directions
	// commissioner.leadership_can_improve_alone = no -> commissioner_special_measures
}

// Example_brings lists what a CCG placed in special measures in 2016 was
// to expect: each shipped edition carries what its regimes bring.
func Example_brings() {
	f, err := england.FrameworkByID("fsm2016")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range f.Brings(economy.CommissionerSpecialMeasures) {
		fmt.Println("-", m.What)
	}
	// Output:
	// - NHS England oversees and works with the CCG for a year
	// - then removal, a short extension, or changes to management, governance or structure, with other CCGs or bodies able to take over its functions
}
