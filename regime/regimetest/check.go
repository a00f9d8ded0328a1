package regimetest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// problem is one way a case's decisions differ from what it expects: the
// line and path of the expectation in the case file, and what differs.
type problem struct {
	line int
	path string
	msg  string
}

// problems collects what the checks find, so that a todo case can turn
// them into a skip and a failing one can report each with its case.
type problems []problem

func (ps *problems) add(line int, path, format string, args ...any) {
	*ps = append(*ps, problem{line: line, path: path, msg: fmt.Sprintf(format, args...)})
}

// check decides c and records each way the decisions differ from what c
// expects.
func check(ps *problems, c *Case, cfg *config) {
	x := &c.Expect
	a, err := c.Framework.Assess(c.Env())
	if err != nil {
		ps.add(c.Line, c.Path, "assessing the economy: %v", err)
		return
	}
	if cfg.coverage != nil {
		cfg.coverage.Track(c.Framework)
		cfg.coverage.Add(a.Decisions...)
	}
	where := c.Path + ".expect"
	if x.Framework != "" && x.Framework != a.Framework.ID {
		ps.add(x.Line, where+".framework", "the edition that decided\n  - expected: %s\n  + decided:  %s (%s %s)",
			x.Framework, a.Framework.ID, a.Framework.Name, a.Framework.Edition)
	}
	for _, k := range x.Kinds {
		if !slices.ContainsFunc(a.Decisions, func(d regime.Decision) bool { return d.Subject.Kind == k }) {
			ps.add(x.Line, where+".kinds", "no decision about any %s under %s", k, c.Framework)
		}
	}
	used := make([]bool, len(a.Decisions))
	for i := range x.Decisions {
		e := &x.Decisions[i]
		j := slices.IndexFunc(a.Decisions, func(d regime.Decision) bool {
			return d.Subject.ID == e.Subject && d.Subject.Kind == e.Kind && d.RuleSet == e.RuleSet
		})
		if j < 0 {
			ps.add(e.Line, e.Path, "no decision of %s about %s %s", e.RuleSet, e.Kind, e.Subject)
			continue
		}
		used[j] = true
		compare(ps, e, &a.Decisions[j])
	}
	if x.Timeline != nil {
		checkTimeline(ps, c)
	}
	if x.Exhaustive || cfg.exhaustive {
		var extra []string
		for j, d := range a.Decisions {
			if !used[j] {
				extra = append(extra, "  "+d.Subject.Kind.String()+" "+d.Subject.ID+" by "+d.RuleSet+": "+summary(&d))
			}
		}
		if len(extra) > 0 {
			ps.add(x.Line, where, "exhaustive expectations: decisions no expectation names:\n%s", strings.Join(extra, "\n"))
		}
	}
}

// compare records how d differs from e: the fields e asserts, expected
// (-) over decided (+) where they differ and once where they agree, then
// what was decided in a line, the why-not findings there were when one
// expected is missing, and the decision's explanation.
func compare(ps *problems, e *Expectation, d *regime.Decision) {
	var lines []string
	differs := false
	line := func(field, want, got, gotText string) {
		if want == got {
			lines = append(lines, "    "+field+": "+want)
			return
		}
		differs = true
		lines = append(lines, "  - "+field+": "+want, "  + "+field+": "+gotText)
	}
	res, chose := d.Ruling()
	if e.Verdict != nil {
		line("verdict", e.Verdict.String(), d.Verdict.String(), d.Verdict.String())
	}
	if e.Regime != nil {
		line("regime", e.Regime.String(), res.Regime.String(), chosen(d, chose, res, res.Regime != economy.RegimeUnknown, res.Regime.String()))
	}
	if e.Intensity != nil {
		got := res.EffectiveIntensity()
		line("intensity", e.Intensity.String(), got.String(), chosen(d, chose, res, got != economy.IntensityUnknown, got.String()))
	}
	if e.Code != nil {
		line("code", *e.Code, res.Code, chosen(d, chose, res, res.Code != "", res.Code))
	}
	if e.Entries != nil {
		var ids []string
		for _, ch := range d.Chosen {
			ids = append(ids, ch.Entry)
		}
		got := strings.Join(ids, ", ")
		line("entries", strings.Join(e.Entries, ", "), got, or(got, "(none)"))
	}
	if len(e.Reasons) > 0 {
		reasons := collectReasons(&d.Outcome, nil)
		for _, r := range e.Reasons {
			ok := slices.ContainsFunc(reasons, func(s string) bool { return strings.Contains(s, r) })
			line("reason", r, found(r, ok), "(not found)")
		}
	}
	missingWhy := false
	var findings []regime.Finding
	if len(e.WhyNot) > 0 {
		findings = whyNot(d)
		for _, w := range e.WhyNot {
			ok := slices.ContainsFunc(findings, func(f regime.Finding) bool { return f.ID == w || strings.Contains(f.Reason, w) })
			missingWhy = missingWhy || !ok
			line("why_not", w, found(w, ok), "(not found)")
		}
	}
	if !differs {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "the decision of %s about %s %s differs\n", e.RuleSet, e.Kind, e.Subject)
	b.WriteString(strings.Join(lines, "\n"))
	b.WriteString("\n  decided: " + summary(d) + "\n")
	if missingWhy {
		b.WriteString(availableFindings(findings))
	}
	b.WriteString("\nthe decision it got:\n")
	b.WriteString(explanation(d))
	ps.add(e.Line, e.Path, "%s", strings.TrimRight(b.String(), "\n"))
}

// chosen renders what a decision chose for a field the expectation
// asserts. A decision that chose nothing says so, rather than show the
// zero value ("unknown") as if it were chosen; one that chose a label
// where a regime was expected names the label.
func chosen(d *regime.Decision, chose bool, r regime.Ruling, has bool, value string) string {
	switch {
	case !chose:
		return "(none: a decision that is " + d.Verdict.Text() + " chooses nothing)"
	case has:
		return value
	}
	what := rulingText(r)
	if r.Regime == economy.RegimeUnknown {
		what = "the label " + what
	}
	return "(none: it chose " + what + ")"
}

// rulingText renders what an entry decides with its code, which is what a
// case file compares: Ruling.String shows a label's words and hides it.
func rulingText(r regime.Ruling) string {
	var parts []string
	if r.Regime != economy.RegimeUnknown {
		parts = append(parts, r.Regime.String()+" ("+r.EffectiveIntensity().String()+")")
	}
	if r.Code != "" {
		c := r.Code
		if r.Text != "" {
			c += " (" + r.Text + ")"
		}
		parts = append(parts, c)
	}
	return strings.Join(parts, ": ")
}

// found renders a search for a reason or finding: the text itself when it
// was found, so that a hit shows once and only a miss shows as a change.
func found(s string, ok bool) string {
	if ok {
		return s
	}
	return "(not found)"
}

func or(s, otherwise string) string {
	if s == "" {
		return otherwise
	}
	return s
}

func collectReasons(o *regime.Outcome, out []string) []string {
	out = append(out, o.Reason)
	for i := range o.Children {
		out = collectReasons(&o.Children[i], out)
	}
	return out
}

// whyNot gathers the findings that stand in the way of each entry that did
// not match, and of the rule set itself when it is not Met.
func whyNot(d *regime.Decision) []regime.Finding {
	out := d.Outcome.WhyNot()
	for _, eo := range d.Outcome.Children {
		if eo.Verdict != regime.Met {
			out = append(out, eo.WhyNot()...)
		}
	}
	return out
}

// maxFindings bounds the findings a failure lists: enough to spot the id
// one meant, not a second explanation.
const maxFindings = 20

// availableFindings lists the why-not findings a decision had, one a line
// with its id and reason, each once, so that a why_not expectation that
// was not found can be corrected to one that was.
func availableFindings(fs []regime.Finding) string {
	var b strings.Builder
	if len(fs) == 0 {
		return "  why-not findings available: none (every entry tried was met)\n"
	}
	b.WriteString("  why-not findings available:\n")
	seen := map[string]bool{}
	n := 0
	for _, f := range fs {
		key := f.ID + "\x00" + f.Reason
		if seen[key] {
			continue
		}
		seen[key] = true
		if n++; n > maxFindings {
			continue
		}
		fmt.Fprintf(&b, "    %s: %s\n", or(f.ID, strings.Join(f.Path, " > ")), f.Reason)
	}
	if n > maxFindings {
		fmt.Fprintf(&b, "    ... and %d more\n", n-maxFindings)
	}
	return b.String()
}

// summary renders a decision in one line: its verdict and what it chose,
// or what it could not decide between.
func summary(d *regime.Decision) string {
	s := d.Verdict.String()
	cs := d.Chosen
	if d.Verdict == regime.Unknown && len(d.Undecided) > 0 {
		s, cs = s+", undecided between", d.Undecided
	}
	for i, ch := range cs {
		if i == 0 && d.Verdict != regime.Unknown {
			s += ":"
		} else if i > 0 {
			s += ","
		}
		s += " " + ch.Entry
		if r := rulingText(ch.Ruling); r != "" {
			s += " (" + r + ")"
		}
	}
	return s
}
