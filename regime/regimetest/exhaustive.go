package regimetest

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// Combination is one point of a domain that a check reports: the label of
// each dimension's value, in the domain's order, the rule set's verdict
// there, and the entries concerned (those that matched, for a tie or an
// overlap; those that were Unknown, for an Unknown result).
type Combination struct {
	Values  []string
	Verdict regime.Verdict
	Entries []string
}

// EntryCount is how often one entry matched over a domain, and how often
// it was chosen.
type EntryCount struct {
	Entry    string
	Priority int
	Matched  int
	Chosen   int
}

// ExhaustiveReport is what an exhaustive check found over a whole domain.
type ExhaustiveReport struct {
	RuleSet      string
	Policy       regime.Policy
	Dimensions   []string
	Combinations int
	// Gaps are combinations where no entry matched: the rule set decides
	// nothing there (the verdict is NotMet, or Unknown when an entry could
	// not tell).
	Gaps []Combination
	// Ties are combinations where two or more entries of equal priority
	// matched: under Collect their order is only their declaration order.
	Ties []Combination
	// Overlaps are combinations where several entries matched under First
	// and priority alone chose among them, the winner listed first.
	Overlaps []Combination
	// Unknown are combinations whose verdict is Unknown.
	Unknown []Combination
	// Unreachable are entries that matched nowhere in the domain.
	Unreachable []string
	// Shadowed are entries that matched somewhere but, under First, were
	// never chosen: an earlier entry always matched too.
	Shadowed []string
	Entries  []EntryCount
}

// OK reports whether the rule set decides every combination, once, with
// no Unknown and no dead entry. Overlaps resolved by priority are the
// purpose of First and do not count against it.
func (r *ExhaustiveReport) OK() bool {
	return len(r.Gaps)+len(r.Ties)+len(r.Unknown)+len(r.Unreachable)+len(r.Shadowed) == 0
}

// Exhaustive judges the subject of d under rs for every combination of
// d's dimensions, and reports gaps, ties, overlaps, Unknown results and
// entries that never matched. It uses the verdict-only path (Rule.Eval),
// so a domain of thousands of combinations takes milliseconds. The rule
// set reads no framework parameters here; use ExhaustiveIn for one that
// does.
func Exhaustive(rs *regime.RuleSet, d Domain) (*ExhaustiveReport, error) {
	return exhaustive(rs, nil, d)
}

// ExhaustiveIn is Exhaustive for the rule set ruleSetID of framework f,
// with f's parameters.
func ExhaustiveIn(f *regime.Framework, ruleSetID string, d Domain) (*ExhaustiveReport, error) {
	if f == nil {
		return nil, fmt.Errorf("regimetest: nil framework")
	}
	rs, ok := f.RuleSet(ruleSetID)
	if !ok {
		return nil, fmt.Errorf("regimetest: framework %s has no rule set %q: %w", f.ID(), ruleSetID, regime.ErrUnknownRuleSet)
	}
	return exhaustive(rs, f, d)
}

func exhaustive(rs *regime.RuleSet, f *regime.Framework, d Domain) (*ExhaustiveReport, error) {
	if rs == nil {
		return nil, fmt.Errorf("regimetest: nil rule set")
	}
	n, err := d.size()
	if err != nil {
		return nil, err
	}
	e := d.Template()
	if e == nil {
		return nil, fmt.Errorf("regimetest: the domain's template gave no economy")
	}
	subject := d.Subject
	if subject == nil {
		subject = firstProvider
	}
	env := regime.NewEnv(e, d.Date)
	if f != nil {
		env = env.WithParams(f)
	}
	entries := rs.Entries()
	r := &ExhaustiveReport{RuleSet: rs.ID(), Policy: rs.Policy(), Combinations: n}
	for _, dim := range d.Dimensions {
		r.Dimensions = append(r.Dimensions, dim.Name)
	}
	for _, en := range entries {
		r.Entries = append(r.Entries, EntryCount{Entry: en.Rule.Info().ID, Priority: en.Priority})
	}
	w := walker{report: r, entries: entries, dims: d.Dimensions, at: make([]int, len(d.Dimensions)), got: make([]regime.Verdict, len(entries))}
	for k := 0; k < n; k++ {
		w.next(k, e)
		w.judge(&env, subject(e))
	}
	for _, c := range r.Entries {
		switch {
		case c.Matched == 0:
			r.Unreachable = append(r.Unreachable, c.Entry)
		case c.Chosen == 0 && rs.Policy() == regime.First:
			r.Shadowed = append(r.Shadowed, c.Entry)
		}
	}
	return r, nil
}

// walker steps through the domain like an odometer, the last dimension
// fastest, and judges each combination.
type walker struct {
	report  *ExhaustiveReport
	entries []regime.Entry
	dims    []Dimension
	at      []int
	got     []regime.Verdict
}

// next sets combination k on e. The first combination applies every
// dimension; after that only the dimensions whose value changed.
func (w *walker) next(k int, e *economy.Economy) {
	if k == 0 {
		for _, dim := range w.dims {
			dim.Apply(e, 0)
		}
		return
	}
	for i := len(w.dims) - 1; i >= 0; i-- {
		w.at[i]++
		if w.at[i] < len(w.dims[i].Values) {
			w.dims[i].Apply(e, w.at[i])
			return
		}
		w.at[i] = 0
		w.dims[i].Apply(e, 0)
	}
}

// judge evaluates every entry (not only up to the first match, so that
// overlaps and shadowed entries show) and files the combination.
func (w *walker) judge(env *regime.Env, s regime.Subject) {
	r := w.report
	matched, unknown, chosen := 0, 0, -1
	firstBlocked := false // under First, an Unknown entry before the first match
	for i := range w.entries {
		v := w.entries[i].Rule.Eval(env, s)
		w.got[i] = v
		switch v {
		case regime.Met:
			matched++
			r.Entries[i].Matched++
			if chosen < 0 {
				chosen = i
				firstBlocked = unknown > 0
			}
		case regime.NotMet:
		default:
			unknown++
		}
	}
	verdict := regime.NotMet
	switch {
	case r.Policy == regime.First && chosen >= 0 && !firstBlocked:
		verdict = regime.Met
		r.Entries[chosen].Chosen++
	case r.Policy == regime.First && chosen >= 0:
		verdict = regime.Unknown
	case unknown > 0:
		verdict = regime.Unknown
	case matched > 0:
		verdict = regime.Met
		for i, v := range w.got {
			if v == regime.Met {
				r.Entries[i].Chosen++
			}
		}
	}
	if matched == 0 {
		r.Gaps = append(r.Gaps, w.combination(verdict, nil))
	}
	if verdict == regime.Unknown {
		r.Unknown = append(r.Unknown, w.combination(verdict, w.with(regime.Unknown)))
	}
	if matched > 1 {
		switch {
		case r.Policy == regime.First:
			r.Overlaps = append(r.Overlaps, w.combination(verdict, w.with(regime.Met)))
		case w.tied():
			r.Ties = append(r.Ties, w.combination(verdict, w.with(regime.Met)))
		}
	}
}

// tied reports whether two matching entries share a priority; entries
// are in priority order, so they are neighbours among the matches.
func (w *walker) tied() bool {
	prev := -1
	for i, v := range w.got {
		if v != regime.Met {
			continue
		}
		if prev >= 0 && w.entries[prev].Priority == w.entries[i].Priority {
			return true
		}
		prev = i
	}
	return false
}

// with lists the ids of the entries that gave v.
func (w *walker) with(v regime.Verdict) []string {
	var out []string
	for i, g := range w.got {
		if g == v || (v == regime.Unknown && !g.Known()) {
			out = append(out, w.report.Entries[i].Entry)
		}
	}
	return out
}

func (w *walker) combination(v regime.Verdict, entries []string) Combination {
	c := Combination{Values: make([]string, len(w.dims)), Verdict: v, Entries: entries}
	for i, dim := range w.dims {
		c.Values[i] = dim.Values[w.at[i]]
	}
	return c
}
