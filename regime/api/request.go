package api

import (
	"slices"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/internal/patherr"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/internal/input"
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
	fieldRecords   = "records"
	fieldTimeline  = "timeline"
)

var knownFields = []string{fieldList, fieldDate, fieldFactsDate, fieldFramework, fieldVariant, fieldEconomy, fieldCase, fieldRuleSets, fieldText,
	fieldRecords, fieldTimeline}

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
	records   bool
	timeline  *timelineRequest // set for a timeline request
}

// parser collects every problem with a request.
type parser struct {
	cat  catalogue
	all  []*regime.Framework
	d    *jsontree.Decoder
	data []byte
}

// problems lists what the decoder collected, as the response gives them.
func problems(d *jsontree.Decoder) []Problem {
	var out []Problem
	for _, e := range patherr.All(d.List.Err()) {
		out = append(out, Problem{Path: e.Path, Message: e.Message})
	}
	return out
}

// parseRequest checks data and returns the request it asks for, or every
// problem found. Checks that depend on another field (a variant on the
// framework it changes) run only when that field is sound, so one mistake
// is reported once.
func parseRequest(data []byte, cat catalogue) (request, []Problem) {
	// The request's own object does not count towards economy.MaxDepth:
	// the economy inside it nests as deeply as economy.Parse allows.
	root, d := input.Read(data, "the request", 1)
	if root == nil {
		return request{}, problems(d)
	}
	all, err := cat.frameworks()
	if err != nil {
		return request{}, []Problem{{Message: "internal error: the shipped frameworks do not build: " + err.Error()}}
	}
	p := &parser{cat: cat, all: all, d: d, data: data}
	d.Fields(root, knownFields...)

	var r request
	if n := root.Get(fieldList); n != nil {
		p.parseList(&r, n, root)
	} else if n := root.Get(fieldTimeline); n != nil {
		p.parseTimeline(&r, n, root)
	} else {
		p.parseAssess(&r, root)
	}
	if d.List.Len() > 0 {
		return request{}, problems(d)
	}
	return r, nil
}

func (p *parser) parseList(r *request, n *jsontree.Node, root *jsontree.Node) {
	if s, ok := p.d.Str(n); ok {
		if s != listFrameworks && s != listCases {
			p.d.Fail(n, "unknown list %q; want %q or %q", s, listFrameworks, listCases)
		}
		r.list = s
	}
	for _, m := range root.Members {
		if m.Key != fieldList && slices.Contains(knownFields, m.Key) {
			p.d.Fail(m.Value, "not allowed with %q, which takes no other field", fieldList)
		}
	}
}

func (p *parser) parseAssess(r *request, root *jsontree.Node) {
	dateOK := false
	if n := root.Get(fieldDate); n == nil {
		p.d.List.Add(fieldDate, "missing; want the decision date as YYYY-MM-DD")
	} else {
		r.date, dateOK = input.Date(p.d, n)
	}
	if n := root.Get(fieldFactsDate); n != nil {
		r.factsDate, _ = input.Date(p.d, n)
	}

	// The framework: an edition by ID, or the one in force on the date.
	want := inForceWord
	frameworkOK := true
	if n := root.Get(fieldFramework); n != nil {
		want, frameworkOK = p.d.Str(n)
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
	if n := root.Get(fieldVariant); n != nil {
		p.variant(r, n)
	}
	if n := root.Get(fieldRuleSets); n != nil {
		p.ruleSets(r, n)
	}

	p.parseEconomy(r, root)

	if n := root.Get(fieldText); n != nil {
		r.text, _ = p.d.Bool(n)
	}
	if n := root.Get(fieldRecords); n != nil {
		r.records, _ = p.d.Bool(n)
	}
}

// parseEconomy reads the economy: given inline, or one of the real cases
// by name. Both are checked even when both are given, so that every
// problem shows.
func (p *parser) parseEconomy(r *request, root *jsontree.Node) {
	econ, kase := root.Get(fieldEconomy), root.Get(fieldCase)
	switch {
	case econ == nil && kase == nil:
		p.d.List.Add(fieldEconomy, "missing; give an economy, or a case by name (see {\"list\": \"cases\"})")
	case econ != nil && kase != nil:
		p.d.Fail(kase, "give an economy or a case, not both")
	}
	if econ != nil {
		if e, ok := input.Economy(p.d, p.data, econ); ok {
			r.economy = e
		}
	}
	if kase != nil {
		p.loadCase(r, kase)
	}
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
	p.d.List.Add(fieldFramework, "unknown framework %q; known: %s, or %q for the edition in force on the date", id, p.ids(), inForceWord)
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
	p.d.List.Add(fieldDate, "no framework edition was in force on %s (%s)", d, span)
	return nil
}

// variant turns the "variant" object into overrides of the framework's
// parameters, checking each value against the parameter's type first so
// that a problem is reported at the parameter's path.
func (p *parser) variant(r *request, n *jsontree.Node) {
	if !p.d.Want(n, jsontree.Object, "an object of parameter names and values") {
		return
	}
	if r.framework == nil {
		return // the framework's own problem is already reported
	}
	overrides, ok := input.Params(p.d, n, r.framework)
	if !ok || len(overrides) == 0 {
		return
	}
	if g := input.With(p.d, n, r.framework, overrides); g != nil {
		r.framework = g
	}
}

func (p *parser) ruleSets(r *request, n *jsontree.Node) {
	if !p.d.Want(n, jsontree.Array, "an array of rule set IDs") {
		return
	}
	if len(n.Items) == 0 {
		p.d.Fail(n, "must name at least one rule set; leave it out to apply them all")
		return
	}
	var known []string
	if r.framework != nil {
		for _, rs := range r.framework.RuleSets() {
			known = append(known, rs.ID())
		}
	}
	ids := []string{}
	for _, item := range n.Items {
		s, ok := p.d.Str(item)
		switch {
		case !ok:
		case slices.Contains(ids, s):
			p.d.Fail(item, "%q is listed twice", s)
		case r.framework != nil && !slices.Contains(known, s):
			has := "it has none"
			if len(known) > 0 {
				has = "it has " + strings.Join(known, ", ")
			}
			p.d.Fail(item, "framework %s has no rule set %q; %s", r.framework.ID(), s, has)
		default:
			ids = append(ids, s)
		}
	}
	r.ruleSets = ids
}

func (p *parser) loadCase(r *request, n *jsontree.Node) {
	name, ok := p.d.Str(n)
	if !ok {
		return
	}
	names := p.cat.caseNames()
	if !slices.Contains(names, name) {
		p.d.Fail(n, "unknown case %q; known: %s", name, strings.Join(names, ", "))
		return
	}
	e, err := p.cat.loadCase(name)
	if err != nil {
		p.d.Fail(n, "internal error: case %q does not load: %v", name, err)
		return
	}
	r.economy, r.caseName = e, name
}
