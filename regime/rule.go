package regime

import (
	"slices"

	"github.com/failregime/failregime/economy"
)

// Rule judges one subject in an Env.
//
// A Rule has two paths that must agree on the verdict:
//   - Eval returns the verdict alone and must not allocate: it is the path
//     used to judge many subjects quickly;
//   - Explain returns an [Outcome] with the reason, the facts, the citation
//     and the outcomes of the rules inside.
//
// Both must be deterministic and pure: the same env and subject give the
// same answer, nothing in either is modified, and a Rule is safe to call
// from many goroutines. A missing fact gives Unknown, never Met. The
// library's rules ([All], [Compare], [Predicate], ...) keep this contract;
// a user type may implement Rule too.
type Rule interface {
	// Info describes the rule for validation, hashing and coverage.
	Info() Info
	// Eval returns the verdict without explanation.
	Eval(env *Env, s Subject) Verdict
	// Explain returns the verdict with its reasons.
	Explain(env *Env, s Subject) Outcome
}

// Every rule this package builds is a Rule.
var (
	_ Rule = (*node)(nil)
	_ Rule = (*predicate)(nil)
	_ Rule = (*constant)(nil)
	_ Rule = (*compare)(nil)
	_ Rule = (*inRule[bool])(nil)
)

// Info describes a rule's structure: what [NewFramework] validates and what
// a framework's content hash covers. It cannot see inside a predicate's Go
// function, so a predicate's ID, title and citation stand for its meaning.
type Info struct {
	ID       string
	Title    string
	Kind     string // "all", "any", "not", "at_least", "named", "predicate", "compare", ...
	Detail   string // the comparison or count, e.g. ">= liquidity_days_min days"
	Citation economy.Citation
	Params   []ParamRef
	Children []Rule
	// Err is the construction error of this node (a nil child, a bad
	// count), reported by [Check] and by the constructors that call it.
	Err error
}

// Outcome is the explained verdict of one rule: plain data that marshals
// to stable JSON. Children hold the outcomes of the rules inside, in the
// order they were declared.
//
// Outcomes are for reading. Where a rule set uses one rule in several
// places, a decision explains it once and gives the same outcome at each
// place, sharing its Children, Facts and Missing slices: a caller that
// edits an outcome in place should copy it first.
type Outcome struct {
	ID      string  `json:"id,omitempty"`
	Title   string  `json:"title,omitempty"`
	Kind    string  `json:"kind"`
	Verdict Verdict `json:"verdict"`
	Reason  string  `json:"reason"`
	Need    int     `json:"need,omitempty"` // for at_least: how many children must be met
	Facts   []Fact  `json:"facts,omitempty"`
	// Missing names the facts not given that made it Unknown, each as a
	// path into the subject's JSON with a qualifier in brackets where a
	// list is meant ("inspections[scope=provider]",
	// "ratings[scheme=ccg_assurance]", "finance[2014-04-01..2015-03-31]"),
	// or "parameter <name>", or what the library does not encode, so
	// marked.
	Missing  []string          `json:"missing,omitempty"`
	Pending  []PendingFact     `json:"pending,omitempty"` // facts not yet published
	Citation *economy.Citation `json:"citation,omitempty"`
	Children []Outcome         `json:"children,omitempty"`
}

// PendingFact is a fact that exists but is not yet known, such as the
// ratings of an inspection whose report is not published, with the values
// it may take.
type PendingFact struct {
	Name   string   `json:"name"`
	Values []string `json:"values"`
}

// Assumption gives a pending fact a value, to see what the decision would
// be (see [Env.Assuming]).
type Assumption struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Why collects the explanation of a predicate. It is nil on the verdict
// path, and every method is a no-op on a nil *Why, so a predicate can
// record facts unconditionally. Building a reason string still costs an
// allocation before the call: guard such work with "if w != nil".
type Why struct {
	reason  string
	facts   []Fact
	missing []string
	pending []PendingFact
}

// Because sets the reason, in plain words.
func (w *Why) Because(reason string) {
	if w != nil {
		w.reason = reason
	}
}

// Fact records a fact the predicate used.
func (w *Why) Fact(f Fact) {
	if w != nil {
		w.facts = append(w.facts, f)
	}
}

// Grow makes room for n more facts, for a predicate that knows how many
// it records.
func (w *Why) Grow(n int) {
	if w != nil {
		w.facts = slices.Grow(w.facts, n)
	}
}

// Missing records a fact the predicate needed and did not have.
func (w *Why) Missing(name string) {
	if w != nil {
		w.missing = append(w.missing, name)
	}
}

// Pending records a fact that is not yet known and the values it may take.
func (w *Why) Pending(name string, values ...string) {
	if w != nil {
		w.pending = append(w.pending, PendingFact{Name: name, Values: slices.Clone(values)})
	}
}

// PendingValue reads the pending fact name: if env assumes a value for it,
// that value and true; otherwise it records the fact as pending on w, with
// the values it may take, and returns false (the predicate should then
// answer Unknown).
func PendingValue(env *Env, w *Why, name string, values ...string) (string, bool) {
	if v, ok := env.Assumed(name); ok {
		return v, true
	}
	w.Pending(name, values...)
	return "", false
}

// citationPtr returns nil for the zero citation so that outcomes without
// one omit it in JSON.
func citationPtr(c economy.Citation) *economy.Citation {
	if c.IsZero() {
		return nil
	}
	return &c
}

// Predicate returns a rule decided by fn, the way users write their own
// conditions. fn receives a nil *Why on the verdict path and a fresh one
// when explaining. params names the parameters fn reads, so that
// [NewFramework] can check they exist. A nil fn is a construction error
// reported by [Check]; the rule then answers Unknown.
func Predicate(id, title string, cite economy.Citation, fn func(env *Env, s Subject, w *Why) Verdict, params ...ParamRef) Rule {
	p := &predicate{id: id, title: title, cite: cite, fn: fn, params: slices.Clone(params)}
	if fn == nil {
		p.err = errorf("predicate %q: %w", id, ErrNilRule)
	}
	return p
}

type predicate struct {
	id, title string
	cite      economy.Citation
	fn        func(*Env, Subject, *Why) Verdict
	params    []ParamRef
	err       error
}

func (p *predicate) Info() Info {
	return Info{ID: p.id, Title: p.title, Kind: "predicate", Citation: p.cite, Params: slices.Clone(p.params), Err: p.err}
}

func (p *predicate) Eval(env *Env, s Subject) Verdict {
	if p.err != nil {
		return Unknown
	}
	return p.fn(env, s, nil)
}

func (p *predicate) Explain(env *Env, s Subject) Outcome {
	o := Outcome{ID: p.id, Title: p.title, Kind: "predicate"}
	if p.err != nil {
		o.Citation = citationPtr(p.cite)
		o.Reason = "invalid rule: " + p.err.Error()
		return o
	}
	// The Why escapes to fn, so it is allocated; the outcome's own copy of
	// the citation, and room for the first fact (most predicates record
	// one or two), share that allocation rather than taking more.
	x := &struct {
		w     Why
		cite  economy.Citation
		facts [1]Fact
	}{}
	if !p.cite.IsZero() {
		x.cite = p.cite
		o.Citation = &x.cite
	}
	w := &x.w
	w.facts = x.facts[:0]
	o.Verdict = p.fn(env, s, w)
	o.Facts, o.Missing, o.Pending = w.facts, w.missing, w.pending
	if len(o.Facts) == 0 {
		o.Facts = nil // as if none had been recorded
	}
	o.Reason = w.reason
	if o.Reason == "" {
		o.Reason = defaultReason(p.title, p.id, o.Verdict, o.Missing, o.Pending)
	}
	return o
}

// Always returns a rule that is always Met: the last, catch-all entry of a
// rule set ("otherwise: routine oversight").
func Always(id, title string, cite economy.Citation) Rule {
	return &constant{id: id, title: title, cite: cite, v: Met}
}

// Const returns a rule that always answers v; tests and sketches use it.
func Const(id string, v Verdict) Rule { return &constant{id: id, title: id, v: v} }

type constant struct {
	id, title string
	cite      economy.Citation
	v         Verdict
}

func (c *constant) Info() Info {
	return Info{ID: c.id, Title: c.title, Kind: "const", Detail: c.v.String(), Citation: c.cite}
}

func (c *constant) Eval(*Env, Subject) Verdict { return c.v }

func (c *constant) Explain(*Env, Subject) Outcome {
	o := Outcome{ID: c.id, Title: c.title, Kind: "const", Verdict: c.v, Citation: citationPtr(c.cite)}
	switch c.v {
	case Met:
		o.Reason = "always met"
	case NotMet:
		o.Reason = "never met"
	default:
		o.Reason = "always unknown"
	}
	return o
}
