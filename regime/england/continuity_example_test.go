package england_test

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// ExampleContinuityPlan asks what would happen to each service of a failed
// independent provider (an illustrative one): only its commissioner
// requested service must continue.
func ExampleContinuityPlan() {
	e, err := cases.Load("private_provider_failure_illustrative")
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := e.Provider("ILL1")
	date := economy.MustDate("2019-06-01")
	f, err := england.InForce(date)
	if err != nil {
		fmt.Println(err)
		return
	}
	plans, err := england.ContinuityPlan(f, regime.NewEnv(&e, date), p.ID)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pl := range plans {
		r, _ := pl.Decision.Ruling()
		fmt.Printf("%s: %s (agree: %v)\n", pl.Service.ID, r.Code, pl.Agreement.Commissioners)
	}
	// Output:
	// ILL1/mri: crs_continue (agree: [ccg-a ccg-b])
	// ILL1/physio: creditors_transfer (agree: [ccg-a])
	// ILL1/podiatry: creditors_cease (agree: [ccg-b])
}

// ExampleDecideDisposal asks whether South London Healthcare NHS Trust
// could have sold Queen Mary's Hospital, Sidcup, the day before and the day
// its special administrator took control.
func ExampleDecideDisposal() {
	e, err := cases.Load("south_london_2012_services")
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := e.Provider("RYQ")
	for _, day := range []string{"2012-07-15", "2012-07-16"} {
		date := economy.MustDate(day)
		f, err := england.InForce(date)
		if err != nil {
			fmt.Println(err)
			return
		}
		d, err := england.DecideDisposal(f, regime.NewEnv(&e, date), p.ID, "qms-site")
		if err != nil {
			fmt.Println(err)
			return
		}
		r, _ := d.Ruling()
		fmt.Println(day+":", r.Code)
	}
	// Output:
	// 2012-07-15: public_asset_sos
	// 2012-07-16: disposal_refused_under_tsa
}

// ExampleAssetRegister lists a provider's assets with what a disposal of
// each would need.
func ExampleAssetRegister() {
	e, err := cases.Load("private_provider_failure_illustrative")
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := e.Provider("ILL1")
	date := economy.MustDate("2023-06-01")
	f, err := england.InForce(date)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := england.AssetRegister(f, regime.NewEnv(&e, date), p.ID)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range r.Assets {
		fmt.Println(a.ID, a.Protected, a.Disposal, a.ConsentFrom, a.NeededFor)
	}
	// Output:
	// scanner met with_consent NHS England [mri]
	// office not_met allowed  []
}

// ExampleWhoMustAgree lists who must agree to a service's future: its own
// commissioners, the local commissioners to involve after an exit (the
// area's, Lewisham's among them), and the local authorities whose health
// scrutiny a change goes before.
func ExampleWhoMustAgree() {
	e, err := cases.Load("south_london_2012_services")
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := e.Provider("RYQ")
	svc, _ := p.Service("qms")
	a := england.WhoMustAgree(&e, svc)
	fmt.Println("commissioners:", a.Commissioners)
	fmt.Println("local:", a.Local)
	fmt.Println("scrutiny:", a.Scrutiny)
	// Output:
	// commissioners: [pct-bexley]
	// local: [pct-bexley pct-bromley pct-greenwich pct-lewisham ccg-lewisham]
	// scrutiny: [la-bexley la-bromley la-greenwich la-lewisham]
}
