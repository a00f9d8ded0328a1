package regime_test

import (
	"fmt"

	"github.com/failregime/failregime/regime"
)

// ExampleOutcome_Node reads one condition of an explained rule by its id,
// however deep it sits, instead of walking Children.
func ExampleOutcome_Node() {
	rule := regime.Named("trigger", "special measures trigger", exampleCite, regime.All(
		regime.Const("licensed", regime.Met),
		regime.Any(regime.Const("safe_inadequate", regime.NotMet), regime.Const("well_led_inadequate", regime.Met)),
	))
	env := regime.Env{}
	o := rule.Explain(&env, regime.Subject{})
	if n, ok := o.Node("well_led_inadequate"); ok {
		fmt.Println(n.ID, n.Verdict)
	}
	_, ok := o.Node("finance")
	fmt.Println("finance found:", ok)
	// Output:
	// well_led_inadequate met
	// finance found: false
}

// ExampleDecision_Node reads an entry of a decision by its id: its verdict
// and reason.
func ExampleDecision_Node() {
	d := exampleDecision()
	o, _ := d.Node("success_regime")
	fmt.Println(o.Verdict, "-", o.Reason)
	// Output:
	// not_met - success regime trigger: not met because organisations failing not met
}

// ExampleDecision_WhyNot asks why one entry did not match, by its id: the
// conditions that would have to change, and how far each is from changing.
func ExampleDecision_WhyNot() {
	d := exampleDecision()
	why, _ := d.WhyNot("success_regime")
	for _, f := range why {
		fmt.Println(f.ID, f.Verdict, "-", f.Facts[0])
	}
	_, ok := d.WhyNot("no_such_entry")
	fmt.Println("no_such_entry found:", ok)
	// Output:
	// failing not_met - organisations failing 2 organisations; at least 3 needed: 1 organisations short
	// no_such_entry found: false
}

// exampleDecision decides the test framework's health economy rule set,
// which chooses "otherwise" because too few organisations are failing.
func exampleDecision() regime.Decision {
	fx := newFixture()
	e := testEconomy()
	d, err := fx.fw.Decide(regime.NewEnv(e, day), "system", regime.EconomySubject(e))
	if err != nil {
		panic(err)
	}
	return d
}
