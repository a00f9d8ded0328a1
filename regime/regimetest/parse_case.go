package regimetest

import (
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/internal/input"
)

var caseFields = []string{"name", "todo", "framework", "variant", "decision_date", "facts_date", "assume", "economy", "economy_case", "expect"}

// parseCase decodes and resolves one case. It reports false when the case
// has a problem, which d holds.
func (d *decoder) parseCase(n *jsontree.Node, file string, cfg *config, reg registry) (Case, bool) {
	before := d.List.Len()
	c := Case{File: file, Path: n.Path(), Line: d.line(n)}
	if !d.Fields(n, caseFields...) {
		return c, false
	}
	c.Name = d.required(n, "name")
	if v := n.Get("todo"); v != nil {
		c.Todo, _ = d.Str(v)
	}
	c.DecisionDate = d.date(n, "decision_date", true)
	c.FactsDate = d.date(n, "facts_date", false)
	if v := n.Get("assume"); v != nil {
		c.Assume = d.assumptions(v)
	}
	c.FrameworkRef = d.required(n, "framework")
	c.Framework = d.framework(n, c.FrameworkRef, c.DecisionDate, reg)
	if v := n.Get("variant"); v != nil && c.Framework != nil {
		c.Framework = d.variant(v, c.Framework)
	}
	c.Economy, c.EconomyCase = d.economy(n, cfg)
	if v := n.Get("expect"); v != nil {
		c.Expect = d.expect(v, &c, reg)
	} else {
		d.missing(n, "expect")
	}
	return c, d.List.Len() == before
}

// assumptions reads [{"name": ..., "value": ...}, ...]: values for
// pending facts, such as a regulator's judgement the record does not give.
func (d *decoder) assumptions(n *jsontree.Node) []regime.Assumption {
	if !d.Want(n, jsontree.Array, "") {
		return nil
	}
	var out []regime.Assumption
	for _, el := range n.Items {
		if !d.Fields(el, "name", "value") {
			continue
		}
		out = append(out, regime.Assumption{Name: d.required(el, "name"), Value: d.required(el, "value")})
	}
	return out
}

// framework resolves an edition id, or InForce on the decision date.
func (d *decoder) framework(n *jsontree.Node, ref string, date economy.Date, reg registry) *regime.Framework {
	switch {
	case ref == "":
		return nil
	case ref == InForce:
		if date.IsZero() {
			return nil // the date's own error says why
		}
		for _, f := range reg {
			if f != nil && f.InForce(date) {
				return f
			}
		}
		d.Fail(n.Get("framework"), "no framework in force on %s", date)
		return nil
	}
	if f := reg.byID(ref); f != nil {
		return f
	}
	d.Fail(n.Get("framework"), "unknown framework %q (known: %s, or %q)", ref, strings.Join(reg.ids(), ", "), InForce)
	return nil
}

// economy reads the inline economy (through economy.Parse, so it is as
// strict as any other input) or loads the named case.
func (d *decoder) economy(n *jsontree.Node, cfg *config) (*economy.Economy, string) {
	inline, named := n.Get("economy"), n.Get("economy_case")
	switch {
	case inline != nil && named != nil:
		d.List.Add(n.Path(), "give economy or economy_case, not both")
		return nil, ""
	case named != nil:
		name, ok := d.Str(named)
		if !ok {
			return nil, ""
		}
		e, err := cfg.economies(name)
		if err != nil {
			d.FailErr(named, err)
			return nil, name
		}
		return &e, name
	case inline != nil:
		if e, ok := input.Economy(d.Decoder, d.data, inline); ok {
			return &e, ""
		}
		return nil, ""
	}
	d.List.Add(n.Path(), "missing field economy or economy_case")
	return nil, ""
}

// subjects indexes the subjects of e by id.
func subjects(e *economy.Economy) map[string][]regime.Subject {
	out := map[string][]regime.Subject{}
	for _, s := range regime.Subjects(e) {
		out[s.ID()] = append(out[s.ID()], s)
	}
	return out
}

func subjectIDs(e *economy.Economy) []string {
	var out []string
	for _, s := range regime.Subjects(e) {
		out = append(out, s.ID())
	}
	return out
}

func entryIDs(rs *regime.RuleSet) []string {
	var out []string
	for _, e := range rs.Entries() {
		out = append(out, e.Rule.Info().ID)
	}
	return out
}

func ruleSetIDs(f *regime.Framework) []string {
	var out []string
	for _, rs := range f.RuleSets() {
		out = append(out, rs.ID())
	}
	return out
}
