package england

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// Timeline is an economy replayed over a span of days under the edition in
// force on each: for every organisation and the area, where it stood day
// by day, in which regimes its own facts would have put it, and how that
// compares with the spells the record holds. It is the library checking
// itself against the record over years, not on one day.
type Timeline struct {
	From     economy.Date      `json:"from"`
	To       economy.Date      `json:"to"`
	Days     []economy.Date    `json:"days"` // the days replayed: see [Replay]
	Subjects []SubjectTimeline `json:"subjects"`
}

// SubjectTimeline is one organisation's or area's replay.
type SubjectTimeline struct {
	Subject regime.SubjectRef `json:"subject"`
	// Standing is its standing day by day, recorded spells included: the
	// most intensive regime decided, "none applies", or undecided.
	Standing []Stretch `json:"standing"`
	// OwnFacts are the stretches in which each regime's entry held on the
	// subject's own facts, its recorded spells of that regime set aside
	// (Met), or could not be decided (Unknown).
	OwnFacts []Stretch `json:"own_facts,omitempty"`
	// Recorded are the subject's spells in the record, as given.
	Recorded []economy.Spell `json:"recorded,omitempty"`
	// Diff compares each recorded spell with OwnFacts, and lists what own
	// facts decided that the record does not hold.
	Diff []Difference `json:"diff,omitempty"`
}

// Stretch is a run of replayed days on which the same thing held. End is
// the first replayed day on which it no longer did; zero: it still held
// on the last day of the span.
type Stretch struct {
	Regime  economy.Regime `json:"regime"`
	Code    string         `json:"code,omitempty"`
	Verdict regime.Verdict `json:"verdict"`
	Start   economy.Date   `json:"start"`
	End     economy.Date   `json:"end,omitzero"`
	Edition string         `json:"edition"` // the edition in force on Start
	Reason  string         `json:"reason,omitempty"`
	// EndedWithEdition: the stretch ended because the edition in force
	// from End no longer has the regime (it was replaced), not because
	// the subject's facts changed.
	EndedWithEdition bool `json:"ended_with_edition,omitempty"`
}

// DiffKind says how a decided stretch and a recorded spell compare.
type DiffKind uint8

// Kinds of difference. Days are counted between the recorded day and the
// replayed day that first showed the change.
const (
	DiffKindUnknown DiffKind = iota
	Agrees                   // the own-facts stretch starts and ends within the tolerance of the record
	StartsEarly              // the criteria held before the record's start
	StartsLate               // the criteria came to hold only after the record's start
	EndsEarly                // the criteria stopped holding before the record's end
	EndsLate                 // the criteria still held after the record's end
	NotReached               // recorded, but the criteria never held on own facts during the spell
	Undecidable              // recorded, and own facts could not decide during the spell
	NotRecorded              // the criteria held on own facts with no recorded spell
	EndNotRecorded           // the criteria stopped holding; the record gives no end to compare
	EndUndecidable           // the criteria held, then own facts could no longer decide
)

var diffKindNames = [...]string{"unknown", "agrees", "starts_early", "starts_late", "ends_early", "ends_late",
	"not_reached", "undecidable", "not_recorded", "end_not_recorded", "end_undecidable"}

// String returns the kind's lower snake word.
func (k DiffKind) String() string {
	if int(k) < len(diffKindNames) {
		return diffKindNames[k]
	}
	return "unknown"
}

// MarshalText encodes the kind as its word.
func (k DiffKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Difference is one comparison of the record with the replay.
type Difference struct {
	Regime   economy.Regime `json:"regime"`
	Kinds    []DiffKind     `json:"kinds"`
	Recorded *economy.Spell `json:"recorded,omitempty"`
	Decided  *Stretch       `json:"decided,omitempty"`
	Text     string         `json:"text"`
}

// Agrees reports whether the difference is none.
func (d Difference) Agrees() bool { return len(d.Kinds) == 1 && d.Kinds[0] == Agrees }

// ReplayOptions tune [Replay]; the zero value is the default.
type ReplayOptions struct {
	// ToleranceDays is how far apart a replayed start or end and the
	// record's may be and still agree. Zero means 31: the replay samples
	// at least monthly, and regulators announced a decision days or
	// weeks after the facts that led to it.
	ToleranceDays int
}

// maxReplayDays bounds the span a replay may cover.
const maxReplayDays = 100 * 366

// Replay replays e from from to to (both included). It decides on: from;
// every day on which a fact of e became known or changed
// ([economy.Economy.FactDates]); the first day of every edition; and the
// first of every month, so that limits counted in months from a fact are
// seen within a month. A change is dated at the first replayed day that
// shows it: exactly, when a fact or an edition made it.
//
// Days with no edition in force are skipped. An error is returned for an
// invalid span (to before from, longer than a century), an invalid
// economy, or a failing decision.
func Replay(e *economy.Economy, from, to economy.Date, opts ReplayOptions) (Timeline, error) {
	if e == nil {
		return Timeline{}, fmt.Errorf("england: replay: no economy: %w", regime.ErrInvalidInput)
	}
	if !from.Valid() || !to.Valid() || to.Before(from) || from.DaysUntil(to) > maxReplayDays {
		return Timeline{}, fmt.Errorf("england: replay: span %s..%s: want two valid days, the second not before the first, at most %d days apart: %w",
			from, to, maxReplayDays, regime.ErrInvalidInput)
	}
	if err := e.Validate(); err != nil {
		return Timeline{}, err
	}
	if opts.ToleranceDays < 0 || opts.ToleranceDays > 3660 {
		return Timeline{}, fmt.Errorf("england: replay: tolerance_days %d: want 0 to 3660: %w", opts.ToleranceDays, regime.ErrParamRange)
	}
	tol := opts.ToleranceDays
	if tol == 0 {
		tol = 31
	}
	all, err := Frameworks()
	if err != nil {
		return Timeline{}, err
	}
	t := Timeline{From: from, To: to, Days: replayDays(e, all, from, to)}
	subjects := map[regime.SubjectRef]*SubjectTimeline{}
	var order []regime.SubjectRef
	track := func(ref regime.SubjectRef) *SubjectTimeline {
		st, ok := subjects[ref]
		if !ok {
			st = &SubjectTimeline{Subject: ref}
			subjects[ref] = st
			order = append(order, ref)
		}
		return st
	}
	for _, day := range t.Days {
		f, err := inForce(all, day)
		if errors.Is(err, regime.ErrNoFramework) {
			continue
		}
		if err != nil {
			return Timeline{}, err
		}
		a, err := f.Assess(regime.NewEnv(e, day))
		if err != nil {
			return Timeline{}, err
		}
		for _, s := range a.Summary.Highest {
			st := track(s.Subject)
			verdict, reg, code := regime.Unknown, s.Regime, s.Code
			if s.Decided {
				verdict = regime.Met
			} else {
				reg, code = economy.RegimeUnknown, ""
			}
			st.Standing = extend(st.Standing, Stretch{Regime: reg, Code: code, Verdict: verdict, Start: day, Edition: f.ID()})
		}
		if err := ownFacts(f, e, day, track); err != nil {
			return Timeline{}, err
		}
	}
	for _, ref := range order {
		st := subjects[ref]
		st.Recorded = recordedSpells(e, ref)
		st.Diff = compare(st, to, tol)
		t.Subjects = append(t.Subjects, *st)
	}
	return t, nil
}

// replayDays lists the days Replay decides on, sorted, each once.
func replayDays(e *economy.Economy, all []*regime.Framework, from, to economy.Date) []economy.Date {
	days := []economy.Date{from}
	in := func(d economy.Date) bool { return !d.Before(from) && !d.After(to) }
	for _, d := range e.FactDates() {
		if in(d) {
			days = append(days, d)
		}
	}
	for _, f := range all {
		if in(f.From()) {
			days = append(days, f.From())
		}
	}
	for d := economy.MakeDate(from.Year, from.Month, 1).AddMonths(1); in(d); d = d.AddMonths(1) {
		days = append(days, d)
	}
	slices.SortFunc(days, economy.Date.Compare)
	return slices.Compact(days)
}

// extend adds the day's stretch to ss, closing the last one if what holds
// changed.
func extend(ss []Stretch, s Stretch) []Stretch {
	if n := len(ss); n > 0 {
		last := &ss[n-1]
		if last.End.IsZero() && last.Regime == s.Regime && last.Code == s.Code && last.Verdict == s.Verdict {
			return ss
		}
		if last.End.IsZero() {
			last.End = s.Start
		}
	}
	return append(ss, s)
}

// ownFacts evaluates, for each organisation and the area, every entry of
// its rule set that decides a regime above routine, with the subject's own
// recorded spells of that regime set aside.
func ownFacts(f *regime.Framework, e *economy.Economy, day economy.Date, track func(regime.SubjectRef) *SubjectTimeline) error {
	known := economy.AsOf(e, day)
	for _, s := range regime.Subjects(&known) {
		set := ruleSetFor(s.Kind())
		if set == "" {
			continue
		}
		rs, ok := f.RuleSet(set)
		if !ok {
			continue
		}
		st := track(regime.SubjectRef{Kind: s.Kind(), ID: s.ID(), Name: s.Name()})
		// A regime may have several entries (its spell, its criteria): it
		// holds if any does, and is undecided if none does and one is.
		verdicts := map[economy.Regime]regime.Verdict{}
		var regs []economy.Regime
		inEdition := map[economy.Regime]bool{}
		base := regime.NewEnv(&known, day).WithParams(f)
		for _, en := range rs.Entries() {
			reg := en.Decides.Regime
			if reg == economy.RegimeUnknown {
				// A decision that no regime applies on the subject's own
				// terms (not an area, not subject) ends the ladder: the
				// entries below it do not speak of this subject.
				if en.Rule.Eval(&base, s) == regime.Met {
					break
				}
				continue
			}
			if reg.Intensity() <= economy.IntensityRoutine {
				continue
			}
			inEdition[reg] = true
			if verdicts[reg] == regime.Met {
				continue
			}
			without, ws := withoutOwnSpells(&known, s, reg)
			env := regime.NewEnv(without, day).WithParams(f)
			v := en.Rule.Eval(&env, ws)
			prev, seen := verdicts[reg]
			if !seen {
				regs = append(regs, reg)
				prev = regime.NotMet
			}
			if v == regime.Met || (v == regime.Unknown && prev == regime.NotMet) {
				prev = v
			}
			verdicts[reg] = prev
		}
		open := map[economy.Regime]bool{}
		for _, reg := range regs {
			if v := verdicts[reg]; v != regime.NotMet {
				open[reg] = true
				st.OwnFacts = extendOwn(st.OwnFacts, Stretch{Regime: reg, Verdict: v, Start: day, Edition: f.ID()})
			}
		}
		for i := range st.OwnFacts {
			if o := &st.OwnFacts[i]; o.End.IsZero() && !open[o.Regime] {
				o.End, o.EndedWithEdition = day, !inEdition[o.Regime]
			}
		}
	}
	return nil
}

// extendOwn adds s unless an open stretch of its regime with its verdict
// goes on; an open stretch of the regime with the other verdict is closed.
func extendOwn(ss []Stretch, s Stretch) []Stretch {
	for i := range ss {
		if ss[i].Regime == s.Regime && ss[i].End.IsZero() {
			if ss[i].Verdict == s.Verdict {
				return ss
			}
			ss[i].End = s.Start
		}
	}
	return append(ss, s)
}

func ruleSetFor(k regime.SubjectKind) string {
	switch k {
	case regime.SubjectProvider:
		return ProviderIntervention
	case regime.SubjectCommissioner:
		return CommissionerIntervention
	case regime.SubjectEconomy:
		return EconomyIntervention
	}
	return ""
}

// withoutOwnSpells returns e with s's own spells of reg removed, and s in
// it. Nothing of e is changed: the parts replaced are copies.
func withoutOwnSpells(e *economy.Economy, s regime.Subject, reg economy.Regime) (*economy.Economy, regime.Subject) {
	drop := func(ss []economy.Spell) []economy.Spell {
		return slices.DeleteFunc(slices.Clone(ss), func(x economy.Spell) bool { return ladderRegime(x.Regime) == reg })
	}
	out := *e
	switch s.Kind() {
	case regime.SubjectProvider:
		out.Providers = slices.Clone(e.Providers)
		for i := range out.Providers {
			if out.Providers[i].ID == s.ID() {
				out.Providers[i].Governance.Spells = drop(out.Providers[i].Governance.Spells)
				return &out, regime.ProviderSubject(&out.Providers[i])
			}
		}
	case regime.SubjectCommissioner:
		out.Commissioners = slices.Clone(e.Commissioners)
		for i := range out.Commissioners {
			if out.Commissioners[i].ID == s.ID() {
				out.Commissioners[i].Spells = drop(out.Commissioners[i].Spells)
				return &out, regime.CommissionerSubject(&out.Commissioners[i])
			}
		}
	case regime.SubjectEconomy:
		out.Spells = drop(e.Spells)
		return &out, regime.EconomySubject(&out)
	}
	return e, s
}

// recordedSpells returns the spells the record holds for ref.
func recordedSpells(e *economy.Economy, ref regime.SubjectRef) []economy.Spell {
	switch ref.Kind {
	case regime.SubjectProvider:
		if p, ok := e.Provider(ref.ID); ok {
			return slices.Clone(p.Governance.Spells)
		}
	case regime.SubjectCommissioner:
		for i := range e.Commissioners {
			if e.Commissioners[i].ID == ref.ID {
				return slices.Clone(e.Commissioners[i].Spells)
			}
		}
	case regime.SubjectEconomy:
		return slices.Clone(e.Spells)
	}
	return nil
}

// compare sets each recorded spell against the own-facts stretches of its
// regime, then lists the own-facts stretches no recorded spell covers.
func compare(st *SubjectTimeline, to economy.Date, tol int) []Difference {
	var out []Difference
	covered := map[int]bool{}
	for i := range st.Recorded {
		sp := st.Recorded[i]
		if sp.Start.After(to) {
			continue
		}
		reg := ladderRegime(sp.Regime)
		d := Difference{Regime: reg, Recorded: &st.Recorded[i]}
		var met, unknown []int
		for j, s := range st.OwnFacts {
			if s.Regime != reg || !overlaps(s, sp, tol) {
				continue
			}
			if s.Verdict == regime.Met {
				met = append(met, j)
				covered[j] = true
			} else {
				unknown = append(unknown, j)
			}
		}
		switch {
		case len(met) > 0:
			first, last := st.OwnFacts[met[0]], st.OwnFacts[met[len(met)-1]]
			d.Decided = &st.OwnFacts[met[0]]
			d.Kinds, d.Text = startEnd(sp, first, last, to, tol, undecidableFrom(st.OwnFacts, last))
		case len(unknown) > 0:
			d.Kinds = []DiffKind{Undecidable}
			d.Decided = &st.OwnFacts[unknown[0]]
			d.Text = "recorded from " + sp.Start.String() + "; its own facts could not decide it then (from " + st.OwnFacts[unknown[0]].Start.String() + ")"
		default:
			d.Kinds = []DiffKind{NotReached}
			d.Text = "recorded from " + sp.Start.String() + "; its entry criteria never held on its own facts during the spell"
		}
		out = append(out, d)
	}
	for j, s := range st.OwnFacts {
		if covered[j] || s.Verdict != regime.Met || !recordable(s.Regime) {
			continue
		}
		if recordedAround(st.Recorded, s, tol) {
			continue
		}
		s := s
		out = append(out, Difference{Regime: s.Regime, Kinds: []DiffKind{NotRecorded}, Decided: &s,
			Text: "its own facts met the entry criteria from " + s.Start.String() + " (" + s.Edition + "); no spell is recorded"})
	}
	return out
}

// overlaps reports whether stretch s and spell sp share a day, allowing
// tol days either side of the spell.
func overlaps(s Stretch, sp economy.Spell, tol int) bool {
	from := sp.Start.AddDays(-tol)
	if !s.End.IsZero() && !s.End.After(from) {
		return false
	}
	return sp.End.IsZero() || s.Start.Before(sp.End.AddDays(tol))
}

func recordedAround(rec []economy.Spell, s Stretch, tol int) bool {
	for _, sp := range rec {
		if ladderRegime(sp.Regime) == s.Regime && overlaps(s, sp, tol) {
			return true
		}
	}
	return false
}

// startEnd compares the start of the first matching stretch and the end
// of the last with the spell's.
func startEnd(sp economy.Spell, first, last Stretch, to economy.Date, tol int, undecidable bool) ([]DiffKind, string) {
	var kinds []DiffKind
	var text []string
	switch gap := sp.Start.DaysUntil(first.Start); {
	case gap > tol:
		kinds = append(kinds, StartsLate)
		text = append(text, fmt.Sprintf("criteria met from %s, %d days after the recorded start %s", first.Start, gap, sp.Start))
	case -gap > tol:
		kinds = append(kinds, StartsEarly)
		text = append(text, fmt.Sprintf("criteria met from %s, %d days before the recorded start %s", first.Start, -gap, sp.Start))
	default:
		text = append(text, fmt.Sprintf("starts %s as recorded (%s)", first.Start, sp.Start))
	}
	end := last.End
	switch {
	case undecidable:
		kinds = append(kinds, EndUndecidable)
		text = append(text, "criteria met until "+end.String()+", then its own facts could not decide")
	case last.EndedWithEdition && sp.End.IsZero():
		kinds = append(kinds, EndNotRecorded)
		text = append(text, "the regime ended with the edition of "+end.String()+" that replaced it; the record gives no end")
	case sp.End.IsZero() && end.IsZero():
		text = append(text, "neither ends by "+to.String())
	case sp.End.IsZero():
		kinds = append(kinds, EndNotRecorded)
		text = append(text, "criteria no longer met from "+end.String()+"; the record gives no end")
	case end.IsZero():
		if sp.End.AddDays(tol).Before(to) {
			kinds = append(kinds, EndsLate)
			text = append(text, "criteria still met on "+to.String()+"; recorded end "+sp.End.String())
		} else {
			text = append(text, "ends near the end of the span, as recorded ("+sp.End.String()+")")
		}
	default:
		gap := sp.End.DaysUntil(end)
		switch {
		case gap > tol:
			kinds = append(kinds, EndsLate)
			text = append(text, fmt.Sprintf("criteria met until %s, %d days after the recorded end %s", end, gap, sp.End))
		case -gap > tol:
			kinds = append(kinds, EndsEarly)
			text = append(text, fmt.Sprintf("criteria met until %s, %d days before the recorded end %s", end, -gap, sp.End))
		default:
			text = append(text, fmt.Sprintf("ends %s as recorded (%s)", end, sp.End))
		}
	}
	if sp.EndNote != "" {
		text = append(text, "the recorded end is approximate: "+sp.EndNote)
	}
	if len(kinds) == 0 {
		kinds = []DiffKind{Agrees}
	}
	return kinds, strings.Join(text, "; ")
}

// Text renders the timeline for a reader: per subject, its standing
// stretches and the comparison with the record.
func (t Timeline) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Replay %s..%s over %d days\n", t.From, t.To, len(t.Days))
	for _, st := range t.Subjects {
		fmt.Fprintf(&b, "\n%s %s %s\n", st.Subject.Kind, st.Subject.ID, st.Subject.Name)
		for _, s := range st.Standing {
			fmt.Fprintf(&b, "  %s..%s %s [%s]\n", s.Start, endText(s.End), standingText(s), s.Edition)
		}
		for _, d := range st.Diff {
			kinds := make([]string, len(d.Kinds))
			for i, k := range d.Kinds {
				kinds[i] = k.String()
			}
			fmt.Fprintf(&b, "  record %s: %s: %s\n", d.Regime, strings.Join(kinds, ", "), d.Text)
		}
	}
	return b.String()
}

func endText(d economy.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func standingText(s Stretch) string {
	switch {
	case s.Verdict != regime.Met:
		return "undecided"
	case s.Regime == economy.RegimeUnknown:
		return "no regime applies (" + s.Code + ")"
	}
	return s.Regime.String()
}

// ladderRegime is the regime of the ladder entry a recorded spell of r
// feeds: enforcement undertakings and a significant breach are how the
// record holds mandated support.
func ladderRegime(r economy.Regime) economy.Regime {
	switch r {
	case economy.EnforcementUndertakings, economy.SignificantBreach:
		return economy.MandatedSupport
	}
	return r
}

// recordable reports whether the public record holds spells of r, so that
// own facts meeting it with no recorded spell is worth reporting: the
// special regimes and the area programmes. Monitoring, escalation and
// mandated support were rarely announced as spells.
func recordable(r economy.Regime) bool {
	return r.Intensity() >= economy.IntensitySpecial || r == economy.ChallengedHealthEconomy
}

// undecidableFrom reports whether an Unknown stretch of last's regime
// begins where last ends.
func undecidableFrom(ss []Stretch, last Stretch) bool {
	if last.End.IsZero() || last.EndedWithEdition {
		return false
	}
	for _, s := range ss {
		if s.Regime == last.Regime && s.Verdict == regime.Unknown && s.Start == last.End {
			return true
		}
	}
	return false
}
