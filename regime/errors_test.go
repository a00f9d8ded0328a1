package regime_test

import (
	"errors"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
)

var sentinels = []error{
	regime.ErrDuplicateID, regime.ErrNilRule, regime.ErrInvalidRule, regime.ErrPriorityTie,
	regime.ErrUnknownParam, regime.ErrParamType, regime.ErrParamRange, regime.ErrUnknownRuleSet,
	regime.ErrSubjectKind, regime.ErrInvalidSpan, regime.ErrNoFramework, regime.ErrOverlappingSpan,
	regime.ErrInvalidSpec, regime.ErrInvalidInput,
}

// wrapsEverywhere reports whether err and every error joined inside it
// wraps one of the package's sentinels.
func wrapsEverywhere(err error) bool {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			if !wrapsEverywhere(e) {
				return false
			}
		}
		return true
	}
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// Every error the engine returns wraps a documented sentinel, including
// each of several problems reported at once.
func TestEveryErrorWrapsASentinel(t *testing.T) {
	fx := newFixture()
	e := testEconomy()
	env := regime.NewEnv(e, day)
	var nilFramework *regime.Framework
	cases := map[string]func() error{
		"empty framework spec": func() error { _, err := regime.NewFramework(regime.FrameworkSpec{}); return err },
		"empty rule set spec":  func() error { _, err := regime.NewRuleSet(regime.RuleSetSpec{}); return err },
		"bad ruling": func() error {
			_, err := regime.NewRuleSet(regime.RuleSetSpec{ID: "x", Policy: regime.First, AppliesTo: regime.KindsOf(regime.SubjectProvider),
				Entries: []regime.Entry{{Priority: 1, Rule: regime.Const("a", regime.Met), Decides: regime.Ruling{Code: "Not A Code", Text: "x"}}}})
			return err
		},
		"unknown rule set": func() error { _, err := fx.fw.Decide(env, "nosuch", regime.EconomySubject(e)); return err },
		"wrong subject kind": func() error {
			_, err := fx.fw.Decide(env, "system", regime.ProviderSubject(&e.Providers[0]))
			return err
		},
		"unknown setting":      func() error { _, err := fx.fw.With(regime.Set("nosuch", 1)); return err },
		"wrong setting type":   func() error { _, err := fx.fw.With(regime.Set("min_failing", "three")); return err },
		"setting out of range": func() error { _, err := fx.fw.With(regime.Set("min_failing", 1001)); return err },
		"undeclared range": func() error {
			var ps regime.Params
			ps.Int(regime.ParamDef{Name: "n"}, 1)
			_, err := regime.NewFramework(regime.FrameworkSpec{ID: "x", Name: "x", From: day, Params: &ps})
			return err
		},
		"nil framework":     func() error { _, err := nilFramework.Assess(env); return err },
		"no economy":        func() error { _, err := fx.fw.Assess(regime.NewEnv(nil, day)); return err },
		"nil diff":          func() error { _, err := regime.Diff(nil, fx.fw, env); return err },
		"bad decision JSON": func() error { var d regime.Decision; return d.UnmarshalJSON([]byte(`{"schema": 99}`)) },
		"no framework on a date": func() error {
			return &regime.NoFrameworkError{Date: economy.MustDate("1900-01-01")}
		},
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			err := f()
			if assert.Error(t, err) {
				assert.True(t, wrapsEverywhere(err), "%v", err)
			}
		})
	}
}
