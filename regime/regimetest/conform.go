package regimetest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/failregime/failregime/regime"
)

// CheckRule checks that r keeps the contract of [regime.Rule], the way
// testing/slogtest checks a slog.Handler: for every env and every subject
// it evaluates r and reports each violation, with what was expected, all
// joined into one error (nil when r conforms). It is for authors of their
// own Rule types and predicates; call it from a test:
//
//	if err := regimetest.CheckRule(myRule, envs, subjects); err != nil {
//		t.Error(err)
//	}
//
// It checks that:
//   - r has no construction error ([regime.Check]);
//   - r and every named or leaf rule inside it has an ID, and r and every
//     leaf (predicate, comparison, set membership, flag) has a citation;
//   - Eval and Explain agree on the verdict;
//   - two runs give the same verdict and the same explanation (as JSON);
//   - Eval allocates nothing (unless [AllowAllocs] is given; skipped under
//     the race detector, whose instrumentation allocates);
//   - neither path changes the env's economy.
//
// Envs should carry the parameters the rule reads ([regime.Env.WithParams]).
func CheckRule(r regime.Rule, envs []regime.Env, subjects []regime.Subject, opts ...CheckOption) error {
	var c checkConfig
	for _, o := range opts {
		o(&c)
	}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if r == nil {
		return errors.New("regimetest: CheckRule: nil rule")
	}
	if err := regime.Check(r); err != nil {
		bad("construction: %w", err)
	}
	checkInfo(r, r.Info(), true, bad)
	for ei := range envs {
		env := envs[ei]
		before, err := economyJSON(&env)
		if err != nil {
			bad("env %d: economy does not marshal: %v", ei, err)
			continue
		}
		for si, s := range subjects {
			where := fmt.Sprintf("env %d (%s), subject %d (%s)", ei, env.DecisionDate(), si, s)
			v1, v2 := r.Eval(&env, s), r.Eval(&env, s)
			o1, o2 := r.Explain(&env, s), r.Explain(&env, s)
			if v1 != o1.Verdict {
				bad("%s: Eval says %s, Explain says %s: the two paths must agree", where, v1, o1.Verdict)
			}
			if v1 != v2 {
				bad("%s: Eval says %s, then %s: a rule must be deterministic", where, v1, v2)
			}
			j1, err1 := json.Marshal(o1)
			j2, err2 := json.Marshal(o2)
			switch {
			case err1 != nil || err2 != nil:
				bad("%s: the outcome does not marshal: %v %v", where, err1, err2)
			case !bytes.Equal(j1, j2):
				bad("%s: two explanations differ: a rule must be deterministic", where)
			}
			if !raceEnabled && !c.allowAllocs {
				if n := testing.AllocsPerRun(10, func() { r.Eval(&env, s) }); n != 0 {
					bad("%s: Eval allocates %.0f times a call: the verdict path must allocate nothing", where, n)
				}
			}
		}
		after, err := economyJSON(&env)
		if err == nil && !bytes.Equal(before, after) {
			bad("env %d: evaluating the rule changed the economy", ei)
		}
	}
	return errors.Join(errs...)
}

// CheckOption changes what [CheckRule] checks.
type CheckOption func(*checkConfig)

type checkConfig struct{ allowAllocs bool }

// AllowAllocs skips the check that Eval allocates nothing: for rules that
// compute a rating on the verdict path, whose decimal arithmetic
// allocates.
func AllowAllocs() CheckOption { return func(c *checkConfig) { c.allowAllocs = true } }

// leafKinds are the kinds of rule that read facts rather than combine
// other rules: each must say where its rule comes from.
var leafKinds = map[string]bool{"predicate": true, "compare": true, "in": true, "flag": true}

func checkInfo(r regime.Rule, info regime.Info, root bool, bad func(string, ...any)) {
	name := info.ID
	if name == "" {
		name = info.Kind
	}
	combinator := info.Kind == "all" || info.Kind == "any" || info.Kind == "not" || info.Kind == "at_least"
	if info.ID == "" && !combinator {
		bad("rule of kind %q has no ID: every named or leaf rule needs one", info.Kind)
	}
	if (root || leafKinds[info.Kind]) && info.Citation.IsZero() {
		bad("rule %q has no citation: say where the rule comes from", name)
	}
	for _, c := range info.Children {
		if c != nil {
			checkInfo(c, c.Info(), false, bad)
		}
	}
}

func economyJSON(env *regime.Env) ([]byte, error) {
	if env.Economy() == nil {
		return nil, nil
	}
	return json.Marshal(env.Economy())
}
