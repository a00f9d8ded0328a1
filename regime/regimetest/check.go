package regimetest

import (
	"slices"
	"strings"

	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
)

// check decides c and reports to t each way the decisions differ from
// what c expects.
func check(t assert.TestingT, c *Case, cfg *config) {
	a, err := c.Framework.Assess(c.Env())
	if err != nil {
		assert.NoError(t, err, "assessing the economy")
		return
	}
	if cfg.coverage != nil {
		cfg.coverage.Track(c.Framework)
		cfg.coverage.Add(a.Decisions...)
	}
	x := &c.Expect
	if x.Framework != "" {
		assert.Equal(t, x.Framework, a.Framework.ID, "expect.framework: the edition that decided (%s %s)", a.Framework.Name, a.Framework.Edition)
	}
	for _, k := range x.Kinds {
		has := slices.ContainsFunc(a.Decisions, func(d regime.Decision) bool { return d.Subject.Kind == k })
		assert.True(t, has, "expect.kinds: no decision about any %s under %s", k, c.Framework)
	}
	used := make([]bool, len(a.Decisions))
	for i := range x.Decisions {
		e := &x.Decisions[i]
		j := slices.IndexFunc(a.Decisions, func(d regime.Decision) bool {
			return d.Subject.ID == e.Subject && d.Subject.Kind == e.Kind && d.RuleSet == e.RuleSet
		})
		if j < 0 {
			assert.Fail(t, e.Path+": no decision of "+e.RuleSet+" about "+e.Kind.String()+" "+e.Subject)
			continue
		}
		used[j] = true
		compare(t, e, &a.Decisions[j])
	}
	if x.Timeline != nil {
		checkTimeline(t, c)
	}
	if x.Exhaustive || cfg.exhaustive {
		var extra []string
		for j, d := range a.Decisions {
			if !used[j] {
				extra = append(extra, d.Subject.Kind.String()+" "+d.Subject.ID+" by "+d.RuleSet+": "+summary(&d))
			}
		}
		assert.Empty(t, extra, "exhaustive expectations: decisions no expectation names")
	}
}

// compare reports the fields of d that differ from e, as two texts of
// the asserted fields only, so that testify's diff shows just what
// matters, followed by the decision's full explanation.
func compare(t assert.TestingT, e *Expectation, d *regime.Decision) {
	var want, got []string
	line := func(field, w, g string) {
		want = append(want, field+": "+w)
		got = append(got, field+": "+g)
	}
	res, _ := d.Ruling()
	if e.Verdict != nil {
		line("verdict", e.Verdict.String(), d.Verdict.String())
	}
	if e.Regime != nil {
		line("regime", e.Regime.String(), res.Regime.String())
	}
	if e.Intensity != nil {
		line("intensity", e.Intensity.String(), res.EffectiveIntensity().String())
	}
	if e.Code != nil {
		line("code", *e.Code, res.Code)
	}
	if e.Entries != nil {
		var chosen []string
		for _, ch := range d.Chosen {
			chosen = append(chosen, ch.Entry)
		}
		line("entries", strings.Join(e.Entries, ", "), strings.Join(chosen, ", "))
	}
	if len(e.Reasons) > 0 {
		reasons := collectReasons(&d.Outcome, nil)
		for _, r := range e.Reasons {
			line("reason", r, found(r, slices.ContainsFunc(reasons, func(s string) bool { return strings.Contains(s, r) })))
		}
	}
	if len(e.WhyNot) > 0 {
		findings := whyNot(d)
		for _, w := range e.WhyNot {
			line("why_not", w, found(w, slices.ContainsFunc(findings, func(f regime.Finding) bool {
				return f.ID == w || strings.Contains(f.Reason, w)
			})))
		}
	}
	wantText, gotText := strings.Join(want, "\n"), strings.Join(got, "\n")
	if wantText != gotText {
		assert.Equal(t, wantText, gotText, "%s: the decision of %s about %s %s differs\n\nthe decision it got:\n%s",
			e.Path, e.RuleSet, e.Kind, e.Subject, d.Text())
	}
}

// found renders a search for a reason or finding: the text itself when it
// was found, so that only a miss shows in the diff.
func found(s string, ok bool) string {
	if ok {
		return s
	}
	return "(not found)"
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

// summary renders a decision in one line: its verdict and what it chose.
func summary(d *regime.Decision) string {
	s := d.Verdict.String()
	for i, ch := range d.Chosen {
		if i == 0 {
			s += ": "
		} else {
			s += ", "
		}
		s += ch.Entry
		if r := ch.Ruling.String(); r != "" {
			s += " (" + r + ")"
		}
	}
	return s
}
