package regime

import (
	"errors"
	"strings"
)

// maxDepth bounds the walk over a rule tree, so that a user rule whose
// Info lists itself as a child gives an error instead of running forever.
const maxDepth = 256

// Check reports every construction error in the tree of r at once (nil
// rules, bad counts, nil getters), each with the path of the rule that has
// it, joined with errors.Join. It returns nil for a sound tree. The
// constructors of rule sets and frameworks call it, so a broken rule is
// refused when it is built, never discovered when it is evaluated.
func Check(r Rule) error {
	var errs []error
	checkRule(r, nil, 0, &errs)
	return errors.Join(errs...)
}

func checkRule(r Rule, path []string, depth int, errs *[]error) {
	where := strings.Join(path, "/")
	if isNil(r) {
		*errs = append(*errs, errorf("%s: %w", where, ErrNilRule))
		return
	}
	if depth > maxDepth {
		*errs = append(*errs, errorf("%s: %w: nested deeper than %d", where, ErrInvalidRule, maxDepth))
		return
	}
	info := r.Info()
	path = append(path, label(info.ID, info.Kind))
	if info.Err != nil {
		*errs = append(*errs, errorf("%s: %w", strings.Join(path, "/"), info.Err))
	}
	for _, c := range info.Children {
		checkRule(c, path, depth+1, errs)
	}
}

// walk calls fn on every rule in the tree of r, parents first.
func walk(r Rule, depth int, fn func(Rule)) {
	if isNil(r) || depth > maxDepth {
		return
	}
	fn(r)
	for _, c := range r.Info().Children {
		walk(c, depth+1, fn)
	}
}
