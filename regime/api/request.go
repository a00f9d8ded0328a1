package api

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// The request's fields, in the order the package documentation lists them.
const (
	fieldList      = "list"
	fieldDate      = "date"
	fieldFactsDate = "facts_date"
	fieldFramework = "framework"
	fieldVariant   = "variant"
	fieldEconomy   = "economy"
	fieldCase      = "case"
	fieldRuleSets  = "rule_sets"
	fieldText      = "text"
)

var knownFields = []string{fieldList, fieldDate, fieldFactsDate, fieldFramework, fieldVariant, fieldEconomy, fieldCase, fieldRuleSets, fieldText}

// The values of "list", and the word that asks for the edition in force.
const (
	listFrameworks = "frameworks"
	listCases      = "cases"
	inForceWord    = "in_force"
)

// catalogue is where a call finds frameworks and cases. Call uses the
// shipped ones; tests substitute editions that decide something, since
// the shipped rule sets are still being written.
type catalogue struct {
	frameworks func() ([]*regime.Framework, error)
	caseNames  func() []string
	loadCase   func(name string) (economy.Economy, error)
}

// request is a checked request, ready to act on.
type request struct {
	list      string
	date      economy.Date
	factsDate economy.Date
	framework *regime.Framework
	economy   economy.Economy
	caseName  string
	ruleSets  []string // nil for all
	text      bool
}

// parser collects every problem with a request.
type parser struct {
	cat      catalogue
	all      []*regime.Framework
	problems []Problem
}

func (p *parser) add(path, format string, args ...any) {
	p.problems = append(p.problems, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

// parseRequest checks data and returns the request it asks for, or every
// problem found. Checks that depend on another field (a variant on the
// framework it changes) run only when that field is sound, so one mistake
// is reported once.
func parseRequest(data []byte, cat catalogue) (request, []Problem) {
	if !utf8.Valid(data) {
		return request{}, []Problem{{Message: "the request is not valid UTF-8"}}
	}
	if len(strings.TrimSpace(string(data))) == 0 {
		return request{}, []Problem{{Message: "the request is empty; want a JSON object"}}
	}
	root, prob := readRequest(data)
	if prob != nil {
		return request{}, []Problem{*prob}
	}
	p := &parser{cat: cat}
	all, err := cat.frameworks()
	if err != nil {
		return request{}, []Problem{{Message: "internal error: the shipped frameworks do not build: " + err.Error()}}
	}
	p.all = all

	fields := map[string]*node{}
	for _, m := range root.members {
		path := fieldPath("", m.key)
		switch {
		case !slices.Contains(knownFields, m.key):
			p.add(path, "unknown field; known fields: %s", strings.Join(knownFields, ", "))
		case fields[m.key] != nil:
			p.add(path, "given more than once")
		default:
			fields[m.key] = m.value
		}
	}

	var r request
	if n := fields[fieldList]; n != nil {
		p.parseList(&r, n, root)
	} else {
		p.parseAssess(&r, fields)
	}
	if len(p.problems) > 0 {
		return request{}, p.problems
	}
	return r, nil
}

func (p *parser) parseList(r *request, n *node, root *node) {
	if s, ok := p.str(fieldList, n); ok {
		if s != listFrameworks && s != listCases {
			p.add(fieldList, "unknown list %q; want %q or %q", s, listFrameworks, listCases)
		}
		r.list = s
	}
	seen := map[string]bool{}
	for _, m := range root.members {
		if m.key != fieldList && slices.Contains(knownFields, m.key) && !seen[m.key] {
			seen[m.key] = true
			p.add(m.key, "not allowed with %q, which takes no other field", fieldList)
		}
	}
}

func (p *parser) parseAssess(r *request, fields map[string]*node) {
	dateOK := false
	if n := fields[fieldDate]; n == nil {
		p.add(fieldDate, "missing; want the decision date as YYYY-MM-DD")
	} else {
		r.date, dateOK = p.date(fieldDate, n)
	}
	if n := fields[fieldFactsDate]; n != nil {
		r.factsDate, _ = p.date(fieldFactsDate, n)
	}

	// The framework: an edition by ID, or the one in force on the date.
	want := inForceWord
	frameworkOK := true
	if n := fields[fieldFramework]; n != nil {
		want, frameworkOK = p.str(fieldFramework, n)
	}
	switch {
	case !frameworkOK:
	case want == inForceWord:
		if dateOK {
			r.framework = p.inForce(r.date)
		}
	default:
		r.framework = p.byID(want)
	}
	if n := fields[fieldVariant]; n != nil {
		p.variant(r, n)
	}
	if n := fields[fieldRuleSets]; n != nil {
		p.ruleSets(r, n)
	}

	// The economy: given inline, or one of the real cases by name. Both
	// are checked even when both are given, so that every problem shows.
	econ, kase := fields[fieldEconomy], fields[fieldCase]
	switch {
	case econ == nil && kase == nil:
		p.add(fieldEconomy, "missing; give an economy, or a case by name (see {\"list\": \"cases\"})")
	case econ != nil && kase != nil:
		p.add(fieldCase, "give an economy or a case, not both")
	}
	if econ != nil {
		p.parseEconomy(r, econ)
	}
	if kase != nil {
		p.loadCase(r, kase)
	}

	if n := fields[fieldText]; n != nil {
		if n.kind != boolKind {
			p.add(fieldText, "must be true or false, not %s", n.kind)
		}
		r.text = n.boolean
	}
}

func (p *parser) parseEconomy(r *request, n *node) {
	if n.kind != objectKind {
		p.add(fieldEconomy, "must be an object, not %s", n.kind)
		return
	}
	e, err := economy.Parse(n.raw)
	if err == nil {
		r.economy = e
		return
	}
	fes := economy.FieldErrors(err)
	for _, fe := range fes {
		p.add(reroot(fieldEconomy, fe.Path), "%s", fe.Message)
	}
	if len(fes) == 0 {
		p.add(fieldEconomy, "%v", err)
	}
}

func (p *parser) str(path string, n *node) (string, bool) {
	if n.kind != stringKind {
		p.add(path, "must be a string, not %s", n.kind)
		return "", false
	}
	return n.text, true
}

func (p *parser) date(path string, n *node) (economy.Date, bool) {
	s, ok := p.str(path, n)
	if !ok {
		return economy.Date{}, false
	}
	d, err := economy.ParseDate(s)
	if err != nil {
		p.add(path, "%q is not a calendar date as YYYY-MM-DD", s)
		return economy.Date{}, false
	}
	if lo, hi := economy.EarliestDate(), economy.LatestDate(); d.Before(lo) || d.After(hi) {
		p.add(path, "%s is outside %s to %s", d, lo, hi)
		return economy.Date{}, false
	}
	return d, true
}

func (p *parser) ids() string {
	ids := make([]string, len(p.all))
	for i, f := range p.all {
		ids[i] = f.ID()
	}
	return strings.Join(ids, ", ")
}

func (p *parser) byID(id string) *regime.Framework {
	for _, f := range p.all {
		if f.ID() == id {
			return f
		}
	}
	p.add(fieldFramework, "unknown framework %q; known: %s, or %q for the edition in force on the date", id, p.ids(), inForceWord)
	return nil
}

func (p *parser) inForce(d economy.Date) *regime.Framework {
	for _, f := range p.all {
		if f.InForce(d) {
			return f
		}
	}
	span := "none ships"
	if len(p.all) > 0 {
		span = "the editions start on " + p.all[0].From().String()
	}
	p.add(fieldDate, "no framework edition was in force on %s (%s)", d, span)
	return nil
}

// variant turns the "variant" object into overrides of the framework's
// parameters, checking each value against the parameter's type first so
// that a problem is reported at the parameter's path.
func (p *parser) variant(r *request, n *node) {
	if n.kind != objectKind {
		p.add(fieldVariant, "must be an object of parameter names and values, not %s", n.kind)
		return
	}
	if r.framework == nil {
		return // the framework's own problem is already reported
	}
	f := r.framework
	var overrides []regime.Setting
	seen := map[string]bool{}
	bad := false
	for _, m := range n.members {
		path := fieldPath(fieldVariant, m.key)
		if seen[m.key] {
			p.add(path, "given more than once")
			bad = true
			continue
		}
		seen[m.key] = true
		param, ok := f.Parameter(m.key)
		if !ok {
			p.add(path, "unknown parameter of %s; %s", f.ID(), paramNames(f))
			bad = true
			continue
		}
		v, ok := p.paramValue(path, param, m.value)
		if !ok {
			bad = true
			continue
		}
		overrides = append(overrides, regime.Set(m.key, v))
	}
	if bad || len(overrides) == 0 {
		return
	}
	g, err := f.With(overrides...)
	if err != nil {
		p.add(fieldVariant, "%v", err)
		return
	}
	r.framework = g
}

func paramNames(f *regime.Framework) string {
	ps := f.Parameters()
	if len(ps) == 0 {
		return "it has no parameters"
	}
	names := make([]string, len(ps))
	for i, q := range ps {
		names[i] = q.Name
	}
	return "its parameters are " + strings.Join(names, ", ")
}

// paramValue converts a JSON value to the Go type regime.Set wants for
// the parameter.
func (p *parser) paramValue(path string, param regime.Parameter, n *node) (any, bool) {
	switch param.Type {
	case regime.ParamDecimal:
		if n.kind != numberKind && n.kind != stringKind {
			p.add(path, "must be a decimal number (or a string holding one), not %s", n.kind)
			return nil, false
		}
		d, ok := boundedDecimal(n.text)
		if !ok {
			p.add(path, "%q is not a decimal number within ±1e%d with at most %d decimal places",
				truncate(n.text), economy.MaxMagnitudeExponent, economy.MaxDecimalPlaces)
			return nil, false
		}
		return d, true
	case regime.ParamInt, regime.ParamDays, regime.ParamMonths:
		if n.kind != numberKind {
			p.add(path, "must be a whole number, not %s", n.kind)
			return nil, false
		}
		i, err := strconv.ParseInt(n.text, 10, 64)
		if err != nil {
			p.add(path, "%s is not a whole number", truncate(n.text))
			return nil, false
		}
		return i, true
	case regime.ParamBool:
		if n.kind != boolKind {
			p.add(path, "must be true or false, not %s", n.kind)
			return nil, false
		}
		return n.boolean, true
	case regime.ParamEnum:
		s, ok := p.str(path, n)
		if !ok {
			return nil, false
		}
		if !slices.Contains(param.Allowed, s) {
			p.add(path, "%q is not one of %s", s, strings.Join(param.Allowed, ", "))
			return nil, false
		}
		return s, true
	}
	p.add(path, "parameter of unknown type %s cannot be changed", param.Type)
	return nil, false
}

// boundedDecimal parses s as a decimal within the economy package's limits,
// so that no exponent can make printing the value cost unbounded memory.
func boundedDecimal(s string) (decimal.Decimal, bool) {
	if s == "" || len(s) > economy.MaxNumberLength {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, false
	}
	exp := d.Exponent()
	if exp < -economy.MaxDecimalPlaces || exp > economy.MaxMagnitudeExponent {
		return decimal.Decimal{}, false
	}
	if d.Abs().GreaterThan(decimal.New(1, economy.MaxMagnitudeExponent)) {
		return decimal.Decimal{}, false
	}
	return d, true
}

// truncate keeps an echoed value short in a message.
func truncate(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}

func (p *parser) ruleSets(r *request, n *node) {
	if n.kind != arrayKind {
		p.add(fieldRuleSets, "must be an array of rule set IDs, not %s", n.kind)
		return
	}
	if len(n.items) == 0 {
		p.add(fieldRuleSets, "must name at least one rule set; leave it out to apply them all")
		return
	}
	var known []string
	if r.framework != nil {
		for _, rs := range r.framework.RuleSets() {
			known = append(known, rs.ID())
		}
	}
	ids := []string{}
	for i, item := range n.items {
		path := indexPath(fieldRuleSets, i)
		s, ok := p.str(path, item)
		switch {
		case !ok:
		case slices.Contains(ids, s):
			p.add(path, "%q is listed twice", s)
		case r.framework != nil && !slices.Contains(known, s):
			has := "it has none"
			if len(known) > 0 {
				has = "it has " + strings.Join(known, ", ")
			}
			p.add(path, "framework %s has no rule set %q; %s", r.framework.ID(), s, has)
		default:
			ids = append(ids, s)
		}
	}
	r.ruleSets = ids
}

func (p *parser) loadCase(r *request, n *node) {
	name, ok := p.str(fieldCase, n)
	if !ok {
		return
	}
	names := p.cat.caseNames()
	if !slices.Contains(names, name) {
		p.add(fieldCase, "unknown case %q; known: %s", name, strings.Join(names, ", "))
		return
	}
	e, err := p.cat.loadCase(name)
	if err != nil {
		p.add(fieldCase, "internal error: case %q does not load: %v", name, err)
		return
	}
	r.economy, r.caseName = e, name
}
