package regimetest

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

var expectationFields = []string{"subject", "kind", "rule_set", "verdict", "regime", "intensity", "code", "entries", "reasons", "why_not"}

// expect decodes a case's expectations and checks each id they name
// against the case's framework and economy, which c already holds (nil
// when they had problems of their own, already reported).
func (d *decoder) expect(path string, raw json.RawMessage, c *Case, reg registry) Expect {
	var x Expect
	m := d.object(path, raw, "framework", "kinds", "exhaustive", "decisions")
	if m == nil {
		return x
	}
	if v, ok := m["framework"]; ok {
		if id, ok := d.str(join(path, "framework"), v); ok {
			x.Framework = id
			if reg.byID(id) == nil {
				d.fail(join(path, "framework"), "unknown framework %q (known: %s)", id, strings.Join(reg.ids(), ", "))
			}
		}
	}
	if v, ok := m["kinds"]; ok {
		for i, el := range d.array(join(path, "kinds"), v) {
			var k regime.SubjectKind
			if d.text(index(join(path, "kinds"), i), el, &k) {
				if k == regime.SubjectKindUnknown {
					d.fail(index(join(path, "kinds"), i), "unknown subject kind")
					continue
				}
				x.Kinds = append(x.Kinds, k)
			}
		}
	}
	if v, ok := m["exhaustive"]; ok {
		x.Exhaustive = d.boolean(join(path, "exhaustive"), v)
	}
	if v, ok := m["decisions"]; ok {
		seen := map[[2]string]string{}
		for i, el := range d.array(join(path, "decisions"), v) {
			p := index(join(path, "decisions"), i)
			e, ok := d.expectation(p, el, c)
			if !ok {
				continue
			}
			key := [2]string{e.Subject + "\x00" + e.Kind.String(), e.RuleSet}
			if prev, dup := seen[key]; dup {
				d.fail(p, "the decision of %s about %s is already expected by %s", e.RuleSet, e.Subject, prev)
				continue
			}
			seen[key] = p
			x.Decisions = append(x.Decisions, e)
		}
	}
	return x
}

func (d *decoder) expectation(path string, raw json.RawMessage, c *Case) (Expectation, bool) {
	before := len(d.errs)
	e := Expectation{Path: path}
	m := d.object(path, raw, expectationFields...)
	if m == nil {
		return e, false
	}
	e.Subject = d.required(path, m, "subject")
	e.RuleSet = d.required(path, m, "rule_set")
	if v, ok := m["kind"]; ok {
		d.text(join(path, "kind"), v, &e.Kind)
	}
	if v, ok := m["verdict"]; ok {
		e.Verdict = new(regime.Verdict)
		d.text(join(path, "verdict"), v, e.Verdict)
	}
	if v, ok := m["regime"]; ok {
		e.Regime = new(economy.Regime)
		d.text(join(path, "regime"), v, e.Regime)
	}
	if v, ok := m["intensity"]; ok {
		e.Intensity = new(economy.Intensity)
		d.text(join(path, "intensity"), v, e.Intensity)
	}
	if v, ok := m["code"]; ok {
		if s, ok := d.str(join(path, "code"), v); ok {
			e.Code = &s
		}
	}
	lists := []struct {
		key string
		dst *[]string
	}{{"entries", &e.Entries}, {"reasons", &e.Reasons}, {"why_not", &e.WhyNot}}
	for _, l := range lists {
		if v, ok := m[l.key]; ok {
			*l.dst = d.strs(join(path, l.key), v)
		}
	}
	if len(d.errs) == before {
		d.resolve(path, &e, c)
	}
	return e, len(d.errs) == before
}

// resolve checks that the subject, rule set and entries an expectation
// names exist, so that a typo is a load error rather than a test that
// can never pass, or one that passes by checking nothing.
func (d *decoder) resolve(path string, e *Expectation, c *Case) {
	if c.Economy == nil || c.Framework == nil {
		return
	}
	var kind regime.SubjectKind
	switch ss := subjects(c.Economy)[e.Subject]; {
	case len(ss) == 0:
		d.fail(join(path, "subject"), "unknown subject %q (known: %s)", e.Subject, strings.Join(subjectIDs(c.Economy), ", "))
		return
	case e.Kind != regime.SubjectKindUnknown:
		i := slices.IndexFunc(ss, func(s regime.Subject) bool { return s.Kind() == e.Kind })
		if i < 0 {
			d.fail(join(path, "kind"), "subject %q is a %s, not a %s", e.Subject, ss[0].Kind(), e.Kind)
			return
		}
		kind = e.Kind
	case len(ss) > 1:
		d.fail(join(path, "subject"), "%q names more than one subject: give its kind", e.Subject)
		return
	default:
		kind = ss[0].Kind()
	}
	e.Kind = kind
	rs, ok := c.Framework.RuleSet(e.RuleSet)
	if !ok {
		d.fail(join(path, "rule_set"), "framework %s has no rule set %q (it has: %s)", c.Framework.ID(), e.RuleSet, strings.Join(ruleSetIDs(c.Framework), ", "))
		return
	}
	if !rs.AppliesTo().Has(kind) {
		d.fail(join(path, "rule_set"), "rule set %q judges %s, not a %s", e.RuleSet, rs.AppliesTo(), kind)
	}
	ids := entryIDs(rs)
	for i, id := range e.Entries {
		if !slices.Contains(ids, id) {
			d.fail(index(join(path, "entries"), i), "rule set %q has no entry %q (it has: %s)", e.RuleSet, id, strings.Join(ids, ", "))
		}
	}
}
