package regime

import (
	"errors"
	"slices"
	"strings"

	"github.com/failregime/failregime/economy"
)

// FrameworkSpec is what [NewFramework] builds an edition from.
type FrameworkSpec struct {
	ID      string // short and stable, e.g. "cf2011"
	Name    string // e.g. "Compliance Framework"
	Edition string // e.g. "2011/12"
	// From and To are the first and last days the edition was in force,
	// both included; a zero To means it still is.
	From, To economy.Date
	Sources  []economy.Citation
	Params   *Params
	RuleSets []*RuleSet
	// Brings says what entering each regime brings under this edition;
	// decisions that choose the regime report it.
	Brings []Brings
}

// Framework is one edition of a regime: its rule sets and parameters as
// they stood over a span of dates, with a content hash that names exactly
// those rules and values. A Framework is immutable and safe for concurrent
// use; [Framework.With] makes changed copies.
type Framework struct {
	spec    FrameworkSpec
	variant string
	params  []paramValue
	sets    []*RuleSet
	hash    string
}

// NewFramework validates spec and builds the framework, reporting every
// problem at once: an empty ID or name, a From that is not a real day, a To
// before From, rule sets that are nil or share an ID, parameter
// declaration problems, and rules reading parameters the framework does
// not declare (ErrUnknownParam) or declares with another type
// (ErrParamType).
func NewFramework(spec FrameworkSpec) (*Framework, error) {
	var errs []error
	bad := func(format string, args ...any) {
		if !strings.Contains(format, "%w") {
			format, args = format+": %w", append(args, ErrInvalidSpec)
		}
		errs = append(errs, errorf("framework %q: "+format, append([]any{spec.ID}, args...)...))
	}
	if spec.ID == "" {
		bad("empty id")
	}
	if spec.Name == "" {
		bad("empty name")
	}
	if !spec.From.Valid() {
		bad("from %q: %w", spec.From.String(), ErrInvalidSpan)
	}
	if !spec.To.IsZero() && (!spec.To.Valid() || spec.To.Before(spec.From)) {
		bad("to %q before from %q: %w", spec.To.String(), spec.From.String(), ErrInvalidSpan)
	}
	f := &Framework{spec: spec}
	f.spec.Sources = slices.Clone(spec.Sources)
	f.spec.Brings = nil
	seenBrings := map[economy.Regime]bool{}
	for i, b := range spec.Brings {
		if !b.Regime.Valid() || b.Regime == economy.RegimeUnknown || seenBrings[b.Regime] {
			bad("brings %d: regime %s unknown or listed twice: %w", i, b.Regime, ErrDuplicateID)
			continue
		}
		seenBrings[b.Regime] = true
		f.spec.Brings = append(f.spec.Brings, Brings{Regime: b.Regime, Measures: slices.Clone(b.Measures)})
	}
	f.spec.Params, f.spec.RuleSets = nil, nil
	if spec.Params != nil {
		if err := spec.Params.err(); err != nil {
			errs = append(errs, err)
		}
		f.params = slices.Clone(spec.Params.vals)
	}
	seen := map[string]bool{}
	for i, rs := range spec.RuleSets {
		if rs == nil {
			bad("rule set %d: nil", i)
			continue
		}
		if seen[rs.ID()] {
			bad("rule set %q: %w", rs.ID(), ErrDuplicateID)
		}
		seen[rs.ID()] = true
		f.sets = append(f.sets, rs)
		for _, e := range rs.entries {
			walk(e.Rule, 0, func(r Rule) {
				for _, ref := range r.Info().Params {
					if err := f.checkRef(ref); err != nil {
						bad("rule set %q: rule %q: %w", rs.ID(), r.Info().ID, err)
					}
				}
			})
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	f.hash = f.computeHash()
	return f, nil
}

func (f *Framework) checkRef(ref ParamRef) error {
	for i := range f.params {
		if f.params[i].def.Name == ref.Name {
			if f.params[i].typ != ref.Type {
				return errorf("parameter %q is %s, read as %s: %w", ref.Name, f.params[i].typ, ref.Type, ErrParamType)
			}
			return nil
		}
	}
	return errorf("parameter %q: %w", ref.Name, ErrUnknownParam)
}

// ID returns the edition's short ID.
func (f *Framework) ID() string { return f.spec.ID }

// Name returns the regime's name.
func (f *Framework) Name() string { return f.spec.Name }

// Edition returns the edition's label, e.g. "2011/12".
func (f *Framework) Edition() string { return f.spec.Edition }

// Variant returns the variant's name, or "" for the edition as published.
func (f *Framework) Variant() string { return f.variant }

// From returns the first day the edition was in force.
func (f *Framework) From() economy.Date { return f.spec.From }

// To returns the last day the edition was in force, or the zero Date when
// it still is.
func (f *Framework) To() economy.Date { return f.spec.To }

// InForce reports whether the edition was in force on date.
func (f *Framework) InForce(date economy.Date) bool {
	return !date.Before(f.spec.From) && (f.spec.To.IsZero() || !date.After(f.spec.To))
}

// Sources returns a copy of the edition's sources.
func (f *Framework) Sources() []economy.Citation { return slices.Clone(f.spec.Sources) }

// Hash returns the content hash, "sha256:" and 64 hex digits, over a
// canonical description of the edition: its identity, dates, sources,
// parameters with their values and citations, and every rule set with its
// policy, entries, priorities and rule trees (ids, titles, kinds,
// comparisons, citations). It is the same on every run and machine.
func (f *Framework) Hash() string { return f.hash }

// Parameters returns the parameters in declared order.
func (f *Framework) Parameters() []Parameter {
	out := make([]Parameter, len(f.params))
	for i := range f.params {
		out[i] = f.params[i].info()
	}
	return out
}

// Parameter returns the named parameter.
func (f *Framework) Parameter(name string) (Parameter, bool) {
	for i := range f.params {
		if f.params[i].def.Name == name {
			return f.params[i].info(), true
		}
	}
	return Parameter{}, false
}

// RuleSets returns the rule sets in declared order.
func (f *Framework) RuleSets() []*RuleSet { return slices.Clone(f.sets) }

// RuleSet returns the rule set with the given ID.
func (f *Framework) RuleSet(id string) (*RuleSet, bool) {
	for _, rs := range f.sets {
		if rs.ID() == id {
			return rs, true
		}
	}
	return nil, false
}

// String returns "Name Edition [id]" and the variant, if any.
func (f *Framework) String() string {
	s := f.spec.Name
	if f.spec.Edition != "" {
		s += " " + f.spec.Edition
	}
	s += " [" + f.spec.ID + "]"
	if f.variant != "" {
		s += " variant " + f.variant
	}
	return s
}
