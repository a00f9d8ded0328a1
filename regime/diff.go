package regime

import (
	"reflect"
)

// Change is a decision that two frameworks (two editions, or an edition
// and a variant) make differently, with both decisions in full.
type Change struct {
	Subject SubjectRef `json:"subject"`
	RuleSet string     `json:"rule_set"`
	A       Decision   `json:"a"`
	B       Decision   `json:"b"`
}

// Diff decides, under both a and b, every subject of env's economy (each
// provider, each commissioner, then the economy itself) with every rule
// set both frameworks have and that applies to the subject's kind in both
// (a rule set says which kinds it judges with RuleSetSpec.AppliesTo), on
// env's dates and assumptions.
// It returns the decisions that differ in verdict, chosen or undecided
// entries, or answers under pending facts, in the order of a's rule sets
// and then of the subjects. Reasons alone (a threshold moved but the
// answer did not) are not a change.
func Diff(a, b *Framework, env Env) ([]Change, error) {
	e := env.Economy()
	if a == nil || b == nil || e == nil {
		return nil, errorf("diff: nil framework or economy: %w", ErrInvalidInput)
	}
	subjects := Subjects(e)
	var out []Change
	for _, ra := range a.sets {
		rb, ok := b.RuleSet(ra.ID())
		if !ok {
			continue
		}
		for _, s := range subjects {
			if !ra.AppliesTo().Has(s.Kind()) || !rb.AppliesTo().Has(s.Kind()) {
				continue
			}
			da, err := a.Decide(env, ra.ID(), s)
			if err != nil {
				return nil, err
			}
			db, err := b.Decide(env, ra.ID(), s)
			if err != nil {
				return nil, err
			}
			if !sameAnswer(da, db) {
				out = append(out, Change{Subject: da.Subject, RuleSet: ra.ID(), A: da, B: db})
			}
		}
	}
	return out, nil
}

// sameAnswer compares what two decisions decided, not why.
func sameAnswer(a, b Decision) bool {
	return a.Verdict == b.Verdict &&
		reflect.DeepEqual(a.Chosen, b.Chosen) &&
		reflect.DeepEqual(a.Undecided, b.Undecided) &&
		reflect.DeepEqual(a.Scenarios, b.Scenarios) &&
		a.Note == b.Note
}
