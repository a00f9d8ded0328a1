package regime

import (
	"sort"
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
)

// Assessment is every decision one framework makes about one economy: each
// rule set applied to each subject it judges (every provider, each of its
// services and assets, every commissioner, and the area itself), in a fixed
// order, with a summary.
type Assessment struct {
	Schema       int          `json:"schema"`
	Framework    FrameworkRef `json:"framework"`
	DecisionDate economy.Date `json:"decision_date"`
	FactsDate    economy.Date `json:"facts_date"`
	Economy      SubjectRef   `json:"economy"`
	// Note says when the framework was not in force on the decision
	// date, so that its rules were applied only because they were asked
	// for; each decision's Note says so too.
	Note      string     `json:"note,omitempty"`
	Decisions []Decision `json:"decisions"`
	Summary   Summary    `json:"summary"`
}

// Summary counts an assessment's decisions and names, for each
// organisation and for the area, the most intensive regime it is eligible
// for.
type Summary struct {
	Decisions int `json:"decisions"`
	Met       int `json:"met"`
	NotMet    int `json:"not_met"`
	Unknown   int `json:"unknown"`
	// Highest is one line per provider, commissioner and economy: the most
	// intensive regime any of its Met decisions chose. A subject whose Met
	// decisions chose no regime ("no area-wide regime") is Decided with
	// economy.RegimeUnknown; one with no Met decision is not Decided.
	Highest []Standing `json:"highest"`
}

// Standing is the most intensive regime one subject is eligible for.
type Standing struct {
	Subject   SubjectRef        `json:"subject"`
	Regime    economy.Regime    `json:"regime"`
	Intensity economy.Intensity `json:"intensity"`
	RuleSet   string            `json:"rule_set,omitempty"`
	// Decided reports whether any of the subject's decisions was Met, so
	// that its standing is known: with Regime unknown it means no regime
	// applies, and Code names the ruling that said so.
	Decided bool   `json:"decided"`
	Code    string `json:"code,omitempty"`
	// Unknown counts the subject's decisions that could not be made for
	// lack of facts: a regime shown here may not be the highest one.
	Unknown int `json:"unknown,omitempty"`
}

// Assess makes every decision f's rule sets make about env's economy, in
// the order of [Subjects] and, for each subject, of f's rule sets. It
// never modifies the economy and is safe for concurrent use.
//
// It refuses (ErrInvalidInput) a decision or facts date that is not a
// real day within economy.EarliestDate and economy.LatestDate, and an
// economy that economy.Validate refuses, with Validate's problems
// (economy.FieldErrors lists them): an economy built in Go is held to the
// bounds Parse holds a parsed one to, so that no assessment computes
// with 7e10000000 or judges two subjects under one ID. It refuses
// (ErrInvalidInput) an economy that would need more than [MaxDecisions]
// decisions, before making any. A framework not in force on the decision
// date is applied as asked, and the assessment's Note says so.
func (f *Framework) Assess(env Env) (Assessment, error) {
	if f == nil {
		return Assessment{}, errorf("assess: nil framework: %w", ErrInvalidInput)
	}
	e := env.Economy()
	if e == nil {
		return Assessment{}, errorf("assess: no economy: %w", ErrInvalidInput)
	}
	if err := checkDates(&env); err != nil {
		return Assessment{}, errorf("assess: %w", err)
	}
	if !e.Valid() { // Validate's report is built only when there is something to report
		if err := e.Validate(); err != nil {
			return Assessment{}, &invalidEconomyError{id: e.ID, err: err}
		}
	}
	subjects := Subjects(e)
	n := f.decisionsFor(subjects)
	if n > MaxDecisions {
		return Assessment{}, errorf("assess: economy %q needs %d decisions, more than the limit of %d (regime.MaxDecisions): %w", e.ID, n, MaxDecisions, ErrInvalidInput)
	}
	a := Assessment{
		Schema:       DecisionSchema,
		Framework:    FrameworkRef{ID: f.ID(), Name: f.Name(), Edition: f.Edition(), Variant: f.Variant(), Hash: f.Hash()},
		DecisionDate: env.DecisionDate(),
		FactsDate:    env.FactsDate(),
		Economy:      SubjectRef{Kind: SubjectEconomy, ID: e.ID, Name: e.Name},
		Note:         f.notInForce(env.DecisionDate()),
	}
	env = env.withMemo() // one provider's ratings serve all its decisions
	env.memo.keepEarlier = true
	env, _ = env.asKnown(Subject{})
	// The subjects as they stood: AsOf keeps every organisation, service
	// and asset in its place, so the count above still holds.
	subjects = Subjects(env.Economy())
	if n > 0 {
		a.Decisions = make([]Decision, 0, n)
	}
	for _, s := range subjects {
		for _, rs := range f.sets {
			if !rs.AppliesTo().Has(s.Kind()) {
				continue
			}
			d, err := f.Decide(env, rs.ID(), s)
			if err != nil {
				return Assessment{}, err
			}
			a.Decisions = append(a.Decisions, d)
		}
	}
	a.Summary = Summarise(a.Decisions)
	return a, nil
}

// decisionsFor counts the decisions f's rule sets make about subjects.
func (f *Framework) decisionsFor(subjects []Subject) int {
	var perKind [lastSubjectKind + 1]int
	for k := range perKind {
		for _, rs := range f.sets {
			if rs.AppliesTo().Has(SubjectKind(k)) {
				perKind[k]++
			}
		}
	}
	n := 0
	for _, s := range subjects {
		n += perKind[s.Kind()]
	}
	return n
}

// Summarise counts the verdicts of ds and finds each organisation's most
// intensive regime among its Met decisions, as Assess does; callers that
// filter an assessment's decisions use it to recount them. Services and
// assets are not organisations: their decisions count in the totals but
// have no standing of their own.
func Summarise(ds []Decision) Summary {
	var s Summary
	index := map[SubjectRef]int{}
	for _, d := range ds {
		s.Decisions++
		switch d.Verdict {
		case Met:
			s.Met++
		case NotMet:
			s.NotMet++
		default:
			s.Unknown++
		}
		switch d.Subject.Kind {
		case SubjectProvider, SubjectCommissioner, SubjectEconomy:
		default:
			continue
		}
		i, ok := index[d.Subject]
		if !ok {
			i = len(s.Highest)
			index[d.Subject] = i
			s.Highest = append(s.Highest, Standing{Subject: d.Subject})
		}
		st := &s.Highest[i]
		if d.Verdict == Unknown {
			st.Unknown++
			continue
		}
		r, ok := d.Ruling()
		if !ok {
			continue
		}
		if !st.Decided {
			st.Decided, st.RuleSet = true, d.RuleSet
			if r.Regime == economy.RegimeUnknown {
				st.Code = r.Code
			}
		}
		if r.Regime == economy.RegimeUnknown {
			continue
		}
		if in := r.EffectiveIntensity(); in > st.Intensity {
			st.Regime, st.Intensity, st.RuleSet, st.Code = r.Regime, in, d.RuleSet, ""
		}
	}
	return s
}

// Text renders the assessment for a reader: a header, then each
// organisation's highest regime, then every decision in full.
func (a Assessment) Text() string {
	var b strings.Builder
	b.WriteString(a.Economy.Name + " (" + a.Economy.ID + ") on " + a.DecisionDate.String())
	if a.FactsDate != a.DecisionDate {
		b.WriteString(", facts as of " + a.FactsDate.String())
	}
	b.WriteString("\nunder " + a.Framework.Name)
	if a.Framework.Edition != "" {
		b.WriteString(" " + a.Framework.Edition)
	}
	if a.Framework.Variant != "" {
		b.WriteString(" (variant " + a.Framework.Variant + ")")
	}
	b.WriteString(" [" + a.Framework.ID + ", " + a.Framework.Hash + "]\n")
	if a.Note != "" {
		b.WriteString("Note: " + a.Note + "\n")
	}
	b.WriteString(strconv.Itoa(a.Summary.Decisions) + " decisions: " + strconv.Itoa(a.Summary.Met) + " met, " +
		strconv.Itoa(a.Summary.NotMet) + " not met, " + strconv.Itoa(a.Summary.Unknown) + " unknown\n")
	for _, st := range a.Summary.Highest {
		b.WriteString("  " + st.Subject.Kind.String() + " " + st.Subject.ID + " " + st.Subject.Name + ": " + st.Text())
		if st.Unknown > 0 {
			b.WriteString("; " + strconv.Itoa(st.Unknown) + " decision(s) unknown for lack of facts")
		}
		b.WriteString("\n")
	}
	for _, d := range a.Decisions {
		b.WriteString("\n" + d.Text())
	}
	return b.String()
}

// Text says where the subject stands, in words: its regime and intensity
// ("success_regime (special)"), "decided: no regime applies" with the
// code of the ruling, or "not decided: facts missing", so that a reader
// never takes an unknown for a pass.
func (st Standing) Text() string {
	switch {
	case st.Regime != economy.RegimeUnknown:
		return st.Regime.String() + " (" + st.Intensity.String() + ")"
	case st.Decided && st.Code != "":
		return "decided: no regime applies (" + st.Code + ")"
	case st.Decided:
		return "decided: no regime applies"
	}
	return "not decided: facts missing"
}

// ByRegime counts the organisations whose highest regime is each regime,
// most intensive first, then by name.
func (s Summary) ByRegime() []Tally {
	counts := map[economy.Regime]int{}
	for _, st := range s.Highest {
		counts[st.Regime]++
	}
	out := make([]Tally, 0, len(counts))
	for r, n := range counts {
		out = append(out, Tally{Regime: r, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if a, b := out[i].Regime.Intensity(), out[j].Regime.Intensity(); a != b {
			return a > b
		}
		return out[i].Regime.String() < out[j].Regime.String()
	})
	return out
}

// Tally is how many organisations a regime holds.
type Tally struct {
	Regime economy.Regime `json:"regime"`
	Count  int            `json:"count"`
}
