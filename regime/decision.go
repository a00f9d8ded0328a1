package regime

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/valueeq"
	"github.com/shopspring/decimal"
)

// DecisionSchema is the version of the Decision JSON layout. It changes
// when a field changes meaning or disappears; new optional fields keep it.
const DecisionSchema = 1

// maxScenarios bounds the combinations of pending facts a decision works
// through; beyond it the decision says so instead of guessing.
const maxScenarios = 64

// Decision is what a framework decided about one subject with one rule
// set, and why: plain data that marshals to stable JSON (fields in a fixed
// order, no maps) and renders as text with [Decision.Text]. It names the
// edition and content hash that made it, so it can be replayed and
// audited.
type Decision struct {
	Schema       int          `json:"schema"`
	Framework    FrameworkRef `json:"framework"`
	DecisionDate economy.Date `json:"decision_date"`
	FactsDate    economy.Date `json:"facts_date"`
	Subject      SubjectRef   `json:"subject"`
	RuleSet      string       `json:"rule_set"`
	Policy       Policy       `json:"policy"`
	Verdict      Verdict      `json:"verdict"`
	// Chosen holds the matching entry (under First) or entries (under
	// Collect). Undecided holds the Unknown entries that could change it.
	Chosen    []Choice `json:"chosen,omitempty"`
	Undecided []Choice `json:"undecided,omitempty"`
	// Scenarios say what the decision would be for each value of the
	// pending facts behind an Unknown verdict.
	Scenarios []Scenario `json:"scenarios,omitempty"`
	// Brings is what the chosen regimes bring under the framework (a
	// plan, funding, support), when the verdict is Met and the framework
	// says; see [FrameworkSpec.Brings].
	Brings []Measure `json:"brings,omitempty"`
	Note   string    `json:"note,omitempty"`
	// Score is the number the rule set works out beside its ruling, when
	// it has one ([RuleSetSpec.Score]).
	Score   *Score  `json:"score,omitempty"`
	Outcome Outcome `json:"outcome"`
}

// FrameworkRef identifies the edition, and variant, that made a decision.
type FrameworkRef struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Edition string `json:"edition,omitempty"`
	Variant string `json:"variant,omitempty"`
	Hash    string `json:"hash"`
}

// SubjectRef identifies the subject of a decision.
type SubjectRef struct {
	Kind SubjectKind `json:"kind"`
	ID   string      `json:"id"`
	Name string      `json:"name,omitempty"`
}

// Scenario is the decision under one set of assumed values of pending
// facts.
type Scenario struct {
	Assume    []Assumption `json:"assume"`
	Verdict   Verdict      `json:"verdict"`
	Chosen    []Choice     `json:"chosen,omitempty"`
	Undecided []Choice     `json:"undecided,omitempty"`
}

// Ruling returns what the decision chose, and true, only when the verdict
// is Met: an Unknown decision fails closed. Under Collect it is the first
// of the chosen entries.
func (d Decision) Ruling() (Ruling, bool) {
	if d.Verdict != Met || len(d.Chosen) == 0 {
		return Ruling{}, false
	}
	return d.Chosen[0].Ruling, true
}

// Decide judges subject s with the rule set ruleSetID under f, on the
// dates and in the economy env holds (f's parameters replace any env
// had). It errors only when it cannot judge: an unknown rule set, or a
// subject the rule set does not apply to. A "no" or an "unknown" is a
// Decision, not an error. When the verdict is Unknown because of pending
// facts, the decision works through their possible values (at most 64
// combinations) and records each answer as a [Scenario].
//
// Decide reads the economy and the subject as they stood on the facts
// date ([economy.AsOf]): no rule sees a report, an exit or an outturn
// published after it. The copy costs time in proportion to the economy;
// to decide every subject, [Framework.Assess] makes it once.
//
// A decision or facts date that is not a real day within
// economy.EarliestDate and economy.LatestDate is refused
// (ErrInvalidInput). A framework not in force on the decision date is
// applied as asked, and the decision's Note says so. Decide does not
// validate the economy, which [Framework.Assess] does once for all its
// decisions.
//
// Decide does not modify the economy and is safe to call from many
// goroutines on one Framework.
func (f *Framework) Decide(env Env, ruleSetID string, s Subject) (Decision, error) {
	if f == nil {
		return Decision{}, errorf("decide: nil framework: %w", ErrInvalidInput)
	}
	if err := checkDates(&env); err != nil {
		return Decision{}, errorf("decide: %w", err)
	}
	rs, ok := f.RuleSet(ruleSetID)
	if !ok {
		return Decision{}, errorf("framework %q: rule set %q: %w", f.ID(), ruleSetID, ErrUnknownRuleSet)
	}
	if !rs.AppliesTo().Has(s.Kind()) {
		return Decision{}, errorf("rule set %q applies to %s, not %s: %w", ruleSetID, rs.AppliesTo(), s.Kind(), ErrSubjectKind)
	}
	env.params = f.params
	env = env.withMemo()
	env.shared = rs.prog.shared
	env, s = env.asKnown(s)
	o, chosen, undecided := rs.evaluate(&env, s)
	d := Decision{
		Schema:       DecisionSchema,
		Framework:    FrameworkRef{ID: f.ID(), Name: f.Name(), Edition: f.Edition(), Variant: f.Variant(), Hash: f.Hash()},
		DecisionDate: env.DecisionDate(),
		FactsDate:    env.FactsDate(),
		Subject:      SubjectRef{Kind: s.Kind(), ID: s.ID(), Name: s.Name()},
		RuleSet:      rs.ID(),
		Policy:       rs.Policy(),
		Verdict:      o.Verdict,
		Chosen:       chosen,
		Undecided:    undecided,
		Outcome:      o,
	}
	d.Score = rs.score(&env, s)
	d.Note = f.notInForce(d.DecisionDate)
	if d.Verdict == Unknown {
		var note string
		d.Scenarios, note = scenarios(rs, env, s, pendingIn(o))
		d.Note = joinNotes(d.Note, note)
	}
	if d.Verdict == Met {
		for _, c := range chosen {
			d.Brings = append(d.Brings, f.Brings(c.Regime)...)
		}
	}
	return d, nil
}

// pendingIn lists the pending facts in an outcome tree, each once, in the
// order first met.
func pendingIn(o Outcome) []PendingFact {
	var out []PendingFact
	var visit func(Outcome)
	visit = func(o Outcome) {
		for _, p := range o.Pending {
			dup := false
			for _, q := range out {
				dup = dup || q.Name == p.Name
			}
			if !dup && len(p.Values) > 0 {
				out = append(out, p)
			}
		}
		for _, c := range o.Children {
			visit(c)
		}
	}
	visit(o)
	return out
}

// scenarios evaluates the rule set once for every combination of the
// pending facts' values, in the order the facts and values were listed.
func scenarios(rs *RuleSet, env Env, s Subject, pending []PendingFact) ([]Scenario, string) {
	if len(pending) == 0 {
		return nil, ""
	}
	n := 1
	for _, p := range pending {
		if n *= len(p.Values); n > maxScenarios {
			return nil, fmt.Sprintf("%d pending facts have more than %d combinations of values: not worked through", len(pending), maxScenarios)
		}
	}
	out := make([]Scenario, 0, n)
	idx := make([]int, len(pending))
	for {
		as := make([]Assumption, len(pending))
		for i, p := range pending {
			as[i] = Assumption{Name: p.Name, Value: p.Values[idx[i]]}
		}
		e := env.Assuming(as...)
		o, chosen, undecided := rs.evaluate(&e, s)
		out = append(out, Scenario{Assume: as, Verdict: o.Verdict, Chosen: chosen, Undecided: undecided})
		// advance the odometer, last fact fastest
		i := len(idx) - 1
		for ; i >= 0; i-- {
			if idx[i]++; idx[i] < len(pending[i].Values) {
				break
			}
			idx[i] = 0
		}
		if i < 0 {
			return out, ""
		}
	}
}

// UnmarshalJSON decodes a decision strictly: unknown fields, a schema
// other than DecisionSchema, and numbers with absurd scales (which would
// take unbounded memory to print) are errors.
func (d *Decision) UnmarshalJSON(data []byte) error {
	type plain Decision
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p plain
	if err := dec.Decode(&p); err != nil {
		return fmt.Errorf("regime: decision: %w: %w", ErrInvalidInput, err)
	}
	if p.Schema != DecisionSchema {
		return fmt.Errorf("regime: decision: schema %d, want %d: %w", p.Schema, DecisionSchema, ErrInvalidInput)
	}
	if err := checkNumbers(p.Outcome, 0); err != nil {
		return err
	}
	if p.Score != nil {
		if err := checkNumbers(p.Score.Outcome, 0); err != nil {
			return err
		}
		if _, ok := p.Score.Num(); p.Score.Value != "" && !ok {
			return fmt.Errorf("regime: decision: score %q: want a whole number or a fraction such as 7/3: %w", p.Score.Value, ErrInvalidInput)
		}
	}
	*d = Decision(p)
	return nil
}

const maxScale = 1000

func checkNumbers(o Outcome, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("regime: decision: outcome nested too deep: %w", ErrInvalidInput)
	}
	for _, f := range o.Facts {
		for _, n := range []decimal.NullDecimal{f.Value, f.Threshold, f.Distance} {
			if e := n.Decimal.Exponent(); n.Valid && (e > maxScale || e < -maxScale || n.Decimal.NumDigits() > maxScale) {
				return fmt.Errorf("regime: decision: fact %q: number out of range: %w", f.Name, ErrInvalidInput)
			}
		}
	}
	for _, c := range o.Children {
		if err := checkNumbers(c, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// JSON returns the decision's stable JSON encoding.
func (d Decision) JSON() ([]byte, error) { return json.Marshal(d) }

// Equal reports whether d and e say the same thing: every field equal,
// numbers compared by value (so 2.0 equals 2.00), a nil list equal to an
// empty one.
func (d Decision) Equal(e Decision) bool { return valueeq.Equal(d, e) }
