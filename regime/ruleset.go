package regime

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/enum"
)

// Policy is a rule set's hit policy: what happens when several entries
// match. The zero Policy is unknown and refused by [NewRuleSet].
type Policy uint8

// Hit policies, in DMN's words.
const (
	PolicyUnknown Policy = iota
	// First: the entries are tried in ascending priority and the first one
	// that matches decides. Two entries may not share a priority. If an
	// entry tried before the match is Unknown, the decision is Unknown: that
	// entry might have matched.
	First
	// Collect: every matching entry is part of the decision, in ascending
	// priority (then declared) order. The decision is Unknown while any
	// entry is Unknown, since the collection might be incomplete.
	Collect
)

var policyWords = enum.New("Policy", "unknown", "first", "collect")

// String returns "first", "collect" or "unknown".
func (p Policy) String() string { return policyWords.Name(uint8(p)) }

// MarshalText encodes p as its String word.
func (p Policy) MarshalText() ([]byte, error) { return policyWords.Marshal(uint8(p)) }

// UnmarshalText decodes a String word.
func (p *Policy) UnmarshalText(text []byte) error { return enum.Unmarshal(policyWords, text, p) }

// Ruling is what an entry of a rule set decides: a regime with its
// intensity, or a code for rule sets that decide something else (what
// happens to a service, what a disposal needs), or both. The zero Ruling
// decides nothing.
type Ruling struct {
	Regime    economy.Regime    `json:"regime,omitempty"`
	Intensity economy.Intensity `json:"intensity,omitempty"`
	// Code is the machine value of a ruling that is not only a regime: a
	// lower_snake word such as "keep_then_continue". Programs, tests and
	// case files compare codes, never sentences.
	Code string `json:"code,omitempty"`
	// Text says what Code means, in words, for a reader.
	Text string `json:"text,omitempty"`
}

// EffectiveIntensity is the intensity set on r, else its regime's usual
// intensity.
func (r Ruling) EffectiveIntensity() economy.Intensity {
	if r.Intensity != economy.IntensityUnknown {
		return r.Intensity
	}
	return r.Regime.Intensity()
}

// IsZero reports whether r decides nothing.
func (r Ruling) IsZero() bool { return r == Ruling{} }

// String renders r for a reader: "quality_special_measures (special)",
// then its text (or, without one, its code).
func (r Ruling) String() string {
	var b strings.Builder
	r.writeTo(&b)
	return b.String()
}

// writeTo writes what String returns to b.
func (r Ruling) writeTo(b *strings.Builder) {
	wrote := false
	if r.Regime != economy.RegimeUnknown {
		b.WriteString(r.Regime.String())
		b.WriteString(" (")
		b.WriteString(r.EffectiveIntensity().String())
		b.WriteString(")")
		wrote = true
	}
	if r.Code != "" {
		if wrote {
			b.WriteString(": ")
		}
		if r.Text != "" {
			b.WriteString(r.Text)
		} else {
			b.WriteString(r.Code)
		}
	}
}

// validCode reports whether s is a lower_snake code: letters a-z, digits
// and underscores, starting with a letter.
func validCode(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// Entry is one line of a rule set: when Rule is Met, the set decides
// Decides. Lower Priority values are tried first. The entry is known by
// its rule's ID, which must be unique within the set.
type Entry struct {
	Priority int
	Rule     Rule
	Decides  Ruling
}

// RuleSetSpec is what [NewRuleSet] builds a rule set from.
type RuleSetSpec struct {
	ID        string // unique within a framework, e.g. "intervention"
	Title     string
	Policy    Policy
	AppliesTo SubjectKinds // the subjects the set judges; see [Diff]
	Citation  economy.Citation
	Entries   []Entry
	// Score, when set, is a number the rule set works out for every
	// subject beside its ruling: a finance score beside the flags it
	// sets, say. Each decision carries it, explained ([Decision.Score]);
	// [RuleSet.Score] gives it for the verdict path.
	Score Number
}

// RuleSet is a named, validated list of entries with a hit policy. It is
// immutable and safe for concurrent use once built.
type RuleSet struct {
	spec    RuleSetSpec
	entries []Entry // sorted by priority, declared order kept on ties
	ids     []string
	prog    *program // the verdict path, compiled
}

// NewRuleSet validates spec and builds the rule set. It reports every
// problem at once: an empty ID, an unknown policy, no subject kinds, no
// entries, a nil or broken rule ([Check]), an entry without an ID or with
// an ID used twice, a result out of range, and, under [First], two entries
// with the same priority (ErrPriorityTie), which no map order or declared
// order may resolve.
func NewRuleSet(spec RuleSetSpec) (*RuleSet, error) {
	var errs []error
	bad := func(format string, args ...any) {
		if !strings.Contains(format, "%w") {
			format, args = format+": %w", append(args, ErrInvalidSpec)
		}
		errs = append(errs, errorf("rule set %q: "+format, append([]any{spec.ID}, args...)...))
	}
	if spec.ID == "" {
		bad("empty id")
	}
	if spec.Policy != First && spec.Policy != Collect {
		bad("unknown policy %s", spec.Policy)
	}
	if spec.AppliesTo == 0 {
		bad("applies to no subject kind")
	}
	if len(spec.Entries) == 0 {
		bad("no entries")
	}
	if !isNilNumber(spec.Score) {
		if err := numberError(spec.Score, 0); err != nil {
			bad("score: %w", err)
		}
	}
	rs := &RuleSet{spec: spec, entries: slices.Clone(spec.Entries)}
	rs.spec.Entries = nil
	seen := map[string]int{}
	for i, e := range spec.Entries {
		where := "entry " + strconv.Itoa(i)
		if isNil(e.Rule) {
			bad("%s: %w", where, ErrNilRule)
			continue
		}
		if err := Check(e.Rule); err != nil {
			bad("%s: %w", where, err)
		}
		id := e.Rule.Info().ID
		switch j, dup := seen[id]; {
		case id == "":
			bad("%s: rule has no id", where)
		case dup:
			bad("%s: id %q also used by entry %d: %w", where, id, j, ErrDuplicateID)
		default:
			seen[id] = i
		}
		if !e.Decides.Regime.Valid() || !e.Decides.Intensity.Valid() {
			bad("%s: ruling out of range: %w", where, ErrInvalidRule)
		}
		if e.Decides.IsZero() {
			bad("%s: decides nothing (set a regime or a code): %w", where, ErrInvalidRule)
		}
		if e.Decides.Code != "" && !validCode(e.Decides.Code) {
			bad("%s: code %q is not a lower_snake word: %w", where, e.Decides.Code, ErrInvalidRule)
		}
		if e.Decides.Text != "" && e.Decides.Code == "" {
			bad("%s: text without a code: %w", where, ErrInvalidRule)
		}
	}
	slices.SortStableFunc(rs.entries, func(a, b Entry) int { return cmp.Compare(a.Priority, b.Priority) })
	if spec.Policy == First {
		for i := 1; i < len(rs.entries); i++ {
			a, b := rs.entries[i-1], rs.entries[i]
			if a.Priority == b.Priority && !isNil(a.Rule) && !isNil(b.Rule) {
				bad("entries %q and %q both have priority %d: %w", a.Rule.Info().ID, b.Rule.Info().ID, a.Priority, ErrPriorityTie)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for _, e := range rs.entries {
		rs.ids = append(rs.ids, e.Rule.Info().ID)
	}
	rs.prog = compileEntries(rs.entries)
	return rs, nil
}

// ID returns the rule set's ID.
func (rs *RuleSet) ID() string { return rs.spec.ID }

// Title returns the rule set's title.
func (rs *RuleSet) Title() string { return rs.spec.Title }

// Policy returns the hit policy.
func (rs *RuleSet) Policy() Policy { return rs.spec.Policy }

// AppliesTo returns the subject kinds the set judges.
func (rs *RuleSet) AppliesTo() SubjectKinds { return rs.spec.AppliesTo }

// Citation returns the source of the rule set as a whole.
func (rs *RuleSet) Citation() economy.Citation { return rs.spec.Citation }

// Entries returns a copy of the entries in priority order.
func (rs *RuleSet) Entries() []Entry { return slices.Clone(rs.entries) }

// Match is the verdict-only path of the rule set: under [First], the
// result of the matching entry with Met; Unknown (and no result) when an
// entry tried before it is Unknown or when nothing matched but something
// was Unknown; NotMet when no entry matched. Under [Collect], the verdict
// is as for Decide and the result is that of the first matching entry. It
// does not allocate, and reads the facts as given: for the facts as they
// stood on the facts date, as Decide reads them, pass [Env.Known]'s env
// and subject.
func (rs *RuleSet) Match(env *Env, s Subject) (Ruling, Verdict) {
	if !rs.prog.worth() {
		return rs.matchTree(env, s)
	}
	unknown := false
	var first Ruling
	met := false
	var run run
	run.init(rs.prog, env, s)
	defer run.done()
	for i := range rs.entries {
		e := &rs.entries[i]
		switch run.eval(rs.prog.roots[i]) {
		case Met:
			if rs.spec.Policy == First {
				if unknown {
					return Ruling{}, Unknown
				}
				return e.Decides, Met
			}
			if !met {
				first, met = e.Decides, true
			}
		case NotMet:
		default:
			unknown = true
		}
	}
	switch {
	case unknown:
		return Ruling{}, Unknown
	case met:
		return first, Met
	}
	return Ruling{}, NotMet
}

// matchTree is Match walking the rule trees directly, for a program
// that would only add its overhead (see program.worth). It repeats
// Match's hit policy on purpose: one generic helper for both cost the
// verdict path 13-15% (ScaleRule, benchstat over six runs).
func (rs *RuleSet) matchTree(env *Env, s Subject) (Ruling, Verdict) {
	unknown := false
	var first Ruling
	met := false
	for i := range rs.entries {
		e := &rs.entries[i]
		switch e.Rule.Eval(env, s) {
		case Met:
			if rs.spec.Policy == First {
				if unknown {
					return Ruling{}, Unknown
				}
				return e.Decides, Met
			}
			if !met {
				first, met = e.Decides, true
			}
		case NotMet:
		default:
			unknown = true
		}
	}
	switch {
	case unknown:
		return Ruling{}, Unknown
	case met:
		return first, Met
	}
	return Ruling{}, NotMet
}

// Choice is an entry of a rule set as it bears on a decision: chosen, or
// undecided because it was Unknown.
type Choice struct {
	Entry    string  `json:"entry"`
	Priority int     `json:"priority"`
	Verdict  Verdict `json:"verdict"`
	Ruling
}

// evaluate is the explained path: the outcome tree with one child per
// entry tried, the entries chosen, and those left undecided.
func (rs *RuleSet) evaluate(env *Env, s Subject) (o Outcome, chosen, undecided []Choice) {
	o = Outcome{ID: rs.spec.ID, Title: rs.spec.Title, Kind: "rule_set"}
	o.Children, o.Citation = childrenAndCite(len(rs.entries), rs.spec.Citation)
	for i := range rs.entries {
		e := &rs.entries[i]
		eo := e.Rule.Explain(env, s)
		o.Children = append(o.Children, eo)
		c := Choice{Entry: rs.ids[i], Priority: e.Priority, Verdict: eo.Verdict, Ruling: e.Decides}
		switch eo.Verdict {
		case Met:
			if rs.spec.Policy == First && len(undecided) > 0 {
				undecided = append(undecided, c)
				o.Verdict = Unknown
				o.Reason = rs.reason(nil, undecided)
				return o, nil, undecided
			}
			chosen = append(chosen, c)
		case NotMet:
		default:
			undecided = append(undecided, c)
		}
		if rs.spec.Policy == First && len(chosen) > 0 {
			break
		}
	}
	switch {
	case len(undecided) > 0:
		o.Verdict = Unknown
	case len(chosen) > 0:
		o.Verdict = Met
	default:
		o.Verdict = NotMet
	}
	o.Reason = rs.reason(chosen, undecided)
	return o, chosen, undecided
}

func (rs *RuleSet) reason(chosen, undecided []Choice) string {
	name := label(rs.spec.Title, rs.spec.ID)
	// list is name, then before, then the entries of cs with their results,
	// then after, built in one string.
	list := func(before string, cs []Choice, after string) string {
		var b strings.Builder
		size := len(name) + len(before) + len(after)
		for i := range cs {
			r := &cs[i].Ruling
			size += len(cs[i].Entry) + len(r.Code) + len(r.Text) + 48 // 48: the regime, intensity and punctuation
		}
		b.Grow(size)
		b.WriteString(name)
		b.WriteString(before)
		for i := range cs {
			c := &cs[i]
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(c.Entry)
			if c.Ruling.Regime != economy.RegimeUnknown || c.Ruling.Code != "" { // String is not empty
				b.WriteString(" (")
				c.Ruling.writeTo(&b)
				b.WriteString(")")
			}
		}
		b.WriteString(after)
		return b.String()
	}
	switch {
	case len(undecided) > 0 && rs.spec.Policy == First:
		return list(": unknown: undecided between ", undecided, "")
	case len(undecided) > 0:
		return list(": unknown: ", undecided, " undecided")
	case len(chosen) == 0:
		return name + ": no entry matched"
	}
	return list(": ", chosen, "")
}
