package regimetest

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

var caseFields = []string{"name", "todo", "framework", "variant", "decision_date", "facts_date", "assume", "economy", "economy_case", "expect"}

// parseCase decodes and resolves one case. It reports false when the case
// has a problem, which d holds.
func (d *decoder) parseCase(path string, raw json.RawMessage, cfg *config, reg registry) (Case, bool) {
	before := len(d.errs)
	c := Case{File: d.file, Path: path}
	m := d.object(path, raw, caseFields...)
	if m == nil {
		return c, false
	}
	c.Name = d.required(path, m, "name")
	if v, ok := m["todo"]; ok {
		c.Todo, _ = d.str(join(path, "todo"), v)
	}
	c.DecisionDate = d.date(path, m, "decision_date", true)
	c.FactsDate = d.date(path, m, "facts_date", false)
	if v, ok := m["assume"]; ok {
		c.Assume = d.assumptions(join(path, "assume"), v)
	}
	c.FrameworkRef = d.required(path, m, "framework")
	c.Framework = d.framework(path, c.FrameworkRef, c.DecisionDate, reg)
	if v, ok := m["variant"]; ok && c.Framework != nil {
		c.Framework = d.variant(join(path, "variant"), v, c.Framework)
	}
	c.Economy, c.EconomyCase = d.economy(path, m, cfg)
	if v, ok := m["expect"]; ok {
		c.Expect = d.expect(join(path, "expect"), v, &c, reg)
	} else {
		d.fail(path, "missing field expect")
	}
	return c, len(d.errs) == before
}

// assumptions reads [{"name": ..., "value": ...}, ...]: values for
// pending facts, such as a regulator's judgement the record does not give.
func (d *decoder) assumptions(path string, raw json.RawMessage) []regime.Assumption {
	var out []regime.Assumption
	for i, el := range d.array(path, raw) {
		p := index(path, i)
		m := d.object(p, el, "name", "value")
		if m == nil {
			continue
		}
		out = append(out, regime.Assumption{Name: d.required(p, m, "name"), Value: d.required(p, m, "value")})
	}
	return out
}

// required reads a string field that must be present and not empty.
func (d *decoder) required(path string, m map[string]json.RawMessage, key string) string {
	v, ok := m[key]
	if !ok {
		d.fail(path, "missing field %s", key)
		return ""
	}
	s, ok := d.str(join(path, key), v)
	if ok && s == "" {
		d.fail(join(path, key), "must not be empty")
	}
	return s
}

func (d *decoder) date(path string, m map[string]json.RawMessage, key string, required bool) economy.Date {
	v, ok := m[key]
	if !ok {
		if required {
			d.fail(path, "missing field %s", key)
		}
		return economy.Date{}
	}
	var date economy.Date
	d.text(join(path, key), v, &date)
	return date
}

// framework resolves an edition id, or InForce on the decision date.
func (d *decoder) framework(path, ref string, date economy.Date, reg registry) *regime.Framework {
	path = join(path, "framework")
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
		d.fail(path, "no framework in force on %s", date)
		return nil
	}
	if f := reg.byID(ref); f != nil {
		return f
	}
	d.fail(path, "unknown framework %q (known: %s, or %q)", ref, strings.Join(reg.ids(), ", "), InForce)
	return nil
}

// economy reads the inline economy (through economy.Parse, so it is as
// strict as any other input) or loads the named case.
func (d *decoder) economy(path string, m map[string]json.RawMessage, cfg *config) (*economy.Economy, string) {
	inline, hasInline := m["economy"]
	named, hasNamed := m["economy_case"]
	switch {
	case hasInline && hasNamed:
		d.fail(path, "give economy or economy_case, not both")
		return nil, ""
	case hasNamed:
		name, ok := d.str(join(path, "economy_case"), named)
		if !ok {
			return nil, ""
		}
		e, err := cfg.economies(name)
		if err != nil {
			d.fail(join(path, "economy_case"), "%v", err)
			return nil, name
		}
		return &e, name
	case hasInline:
		e, err := economy.Parse(inline)
		if err == nil {
			return &e, ""
		}
		fes := economy.FieldErrors(err)
		if len(fes) == 0 {
			d.fail(join(path, "economy"), "%v", err)
		}
		for _, fe := range fes {
			d.fail(join(join(path, "economy"), fe.Path), "%s", fe.Message)
		}
		return nil, ""
	}
	d.fail(path, "missing field economy or economy_case")
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

// sortedKeys returns m's keys in order, so that problems are reported in
// the same order on every run.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
