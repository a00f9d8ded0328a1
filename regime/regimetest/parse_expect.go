package regimetest

import (
	"slices"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/regime"
)

var expectationFields = []string{"subject", "kind", "rule_set", "verdict", "regime", "intensity", "code", "entries", "reasons", "why_not"}

// expect decodes a case's expectations and checks each id they name
// against the case's framework and economy, which c already holds (nil
// when they had problems of their own, already reported).
func (d *decoder) expect(n *jsontree.Node, c *Case, reg registry) Expect {
	x := Expect{Line: d.line(n)}
	if !d.Fields(n, "framework", "kinds", "exhaustive", "decisions", "timeline") {
		return x
	}
	if v := n.Get("framework"); v != nil {
		if id, ok := d.Str(v); ok {
			x.Framework = id
			if reg.byID(id) == nil {
				d.Fail(v, "unknown framework %q (known: %s)", id, strings.Join(reg.ids(), ", "))
			}
		}
	}
	if v := n.Get("kinds"); v != nil && d.Want(v, jsontree.Array, "") {
		first := map[regime.SubjectKind]string{}
		for _, el := range v.Items {
			var k regime.SubjectKind
			if !d.Text(el, &k) {
				continue
			}
			if k == regime.SubjectKindUnknown {
				d.Fail(el, "unknown subject kind")
				continue
			}
			if prev, dup := first[k]; dup {
				d.Fail(el, "%q is listed twice, first at %s", k, prev)
				continue
			}
			first[k] = el.Path()
			x.Kinds = append(x.Kinds, k)
		}
	}
	if v := n.Get("exhaustive"); v != nil {
		x.Exhaustive, _ = d.Bool(v)
	}
	if v := n.Get("decisions"); v != nil && d.Want(v, jsontree.Array, "") {
		seen := map[[2]string]string{}
		for _, el := range v.Items {
			e, ok := d.expectation(el, c)
			if !ok {
				continue
			}
			key := [2]string{e.Subject + "\x00" + e.Kind.String(), e.RuleSet}
			if prev, dup := seen[key]; dup {
				d.List.Add(e.Path, "the decision of %s about %s is already expected by %s", e.RuleSet, e.Subject, prev)
				continue
			}
			seen[key] = e.Path
			x.Decisions = append(x.Decisions, e)
		}
	}
	if v := n.Get("timeline"); v != nil {
		x.Timeline = d.timeline(v)
	}
	return x
}

// timeline decodes {"from", "to", "records": [{"subject", "regime",
// "kinds"}]}.
func (d *decoder) timeline(n *jsontree.Node) *TimelineExpect {
	if !d.Want(n, jsontree.Object, "") || !d.Fields(n, "from", "to", "records") {
		return nil
	}
	t := &TimelineExpect{Path: n.Path(), Line: d.line(n), From: d.date(n, "from", true), To: d.date(n, "to", true)}
	if !t.From.IsZero() && !t.To.IsZero() && t.To.Before(t.From) {
		d.List.Add(n.Path()+".to", "must not be before from")
	}
	v := n.Get("records")
	if v == nil {
		d.missing(n, "records")
		return t
	}
	if !d.Want(v, jsontree.Array, "") {
		return t
	}
	for _, el := range v.Items {
		if !d.Fields(el, "subject", "regime", "kinds") {
			continue
		}
		r := RecordExpect{Path: el.Path(), Line: d.line(el), Subject: d.required(el, "subject")}
		if rv := el.Get("regime"); rv != nil {
			d.Text(rv, &r.Regime)
		} else {
			d.missing(el, "regime")
		}
		if kv := el.Get("kinds"); kv != nil {
			r.Kinds = d.strs(kv)
			for _, k := range r.Kinds {
				if !slices.Contains(diffKinds, k) {
					d.List.Add(kv.Path(), "unknown kind %q (known: %s)", k, strings.Join(diffKinds, ", "))
				}
			}
		} else {
			d.missing(el, "kinds")
		}
		t.Records = append(t.Records, r)
	}
	return t
}

func (d *decoder) expectation(n *jsontree.Node, c *Case) (Expectation, bool) {
	before := d.List.Len()
	e := Expectation{Path: n.Path(), Line: d.line(n)}
	if !d.Fields(n, expectationFields...) {
		return e, false
	}
	e.Subject = d.required(n, "subject")
	e.RuleSet = d.required(n, "rule_set")
	if v := n.Get("kind"); v != nil {
		d.Text(v, &e.Kind)
	}
	if v := n.Get("verdict"); v != nil {
		e.Verdict = new(regime.Verdict)
		d.Text(v, e.Verdict)
	}
	if v := n.Get("regime"); v != nil {
		e.Regime = new(economy.Regime)
		d.Text(v, e.Regime)
	}
	if v := n.Get("intensity"); v != nil {
		e.Intensity = new(economy.Intensity)
		d.Text(v, e.Intensity)
	}
	if v := n.Get("code"); v != nil {
		if s, ok := d.Str(v); ok {
			e.Code = &s
		}
	}
	lists := []struct {
		key string
		dst *[]string
	}{{"entries", &e.Entries}, {"reasons", &e.Reasons}, {"why_not", &e.WhyNot}}
	for _, l := range lists {
		if v := n.Get(l.key); v != nil {
			*l.dst = d.strs(v)
		}
	}
	if d.List.Len() == before {
		d.resolve(n, &e, c)
	}
	return e, d.List.Len() == before
}

// resolve checks that the subject, rule set and entries an expectation
// names exist, so that a typo is a load error rather than a test that
// can never pass, or one that passes by checking nothing.
func (d *decoder) resolve(n *jsontree.Node, e *Expectation, c *Case) {
	if c.Economy == nil || c.Framework == nil {
		return
	}
	var kind regime.SubjectKind
	switch ss := subjects(c.Economy)[e.Subject]; {
	case len(ss) == 0:
		d.Fail(n.Get("subject"), "unknown subject %q (known: %s)", e.Subject, strings.Join(subjectIDs(c.Economy), ", "))
		return
	case e.Kind != regime.SubjectKindUnknown:
		i := slices.IndexFunc(ss, func(s regime.Subject) bool { return s.Kind() == e.Kind })
		if i < 0 {
			d.Fail(n.Get("kind"), "subject %q is a %s, not a %s", e.Subject, ss[0].Kind(), e.Kind)
			return
		}
		kind = e.Kind
	case len(ss) > 1:
		d.Fail(n.Get("subject"), "%q names more than one subject: give its kind", e.Subject)
		return
	default:
		kind = ss[0].Kind()
	}
	e.Kind = kind
	rs, ok := c.Framework.RuleSet(e.RuleSet)
	if !ok {
		d.Fail(n.Get("rule_set"), "framework %s has no rule set %q (it has: %s)", c.Framework.ID(), e.RuleSet, strings.Join(ruleSetIDs(c.Framework), ", "))
		return
	}
	if !rs.AppliesTo().Has(kind) {
		d.Fail(n.Get("rule_set"), "rule set %q judges %s, not a %s", e.RuleSet, rs.AppliesTo(), kind)
	}
	ids := entryIDs(rs)
	for i, id := range e.Entries {
		if !slices.Contains(ids, id) {
			d.Fail(n.Get("entries").Items[i], "rule set %q has no entry %q (it has: %s)", e.RuleSet, id, strings.Join(ids, ", "))
		}
	}
}
