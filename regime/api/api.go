package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// Schema is the version of the response layout. It changes when a field
// changes meaning or disappears; new optional fields keep it.
const Schema = 1

// Response is every field a response may carry; each kind of request
// fills its own (see the package documentation). Go callers can decode a
// response into it; the assessment's decisions decode strictly with
// regime's own decoder.
type Response struct {
	Schema     int                `json:"schema"`
	OK         bool               `json:"ok"`
	Errors     []Problem          `json:"errors,omitempty"`
	Frameworks []FrameworkInfo    `json:"frameworks,omitempty"`
	Cases      []CaseInfo         `json:"cases,omitempty"`
	Case       string             `json:"case,omitempty"`
	Framework  *FrameworkInfo     `json:"framework,omitempty"`
	Assessment *regime.Assessment `json:"assessment,omitempty"`
	Text       *Texts             `json:"text,omitempty"`
	Records    []Record           `json:"records,omitzero"`
	Timeline   *england.Timeline  `json:"timeline,omitempty"`
}

// Problem is one thing wrong with a request: where, as a path into the
// request ("economy.providers[2].kind", "variant.min_failing", "" for
// the request as a whole), and what. It is the JSON form of the
// library's one path error, economy.FieldError.
type Problem struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// FrameworkInfo describes a framework edition, or a variant of one: what a
// notebook needs to choose an edition and to know which parameters it may
// change.
type FrameworkInfo struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Edition string `json:"edition,omitempty"`
	Variant string `json:"variant,omitempty"`
	// From and To are the first and last days in force, as YYYY-MM-DD;
	// To is empty while the edition is still in force.
	From       string             `json:"from"`
	To         string             `json:"to,omitempty"`
	Hash       string             `json:"hash"`
	Sources    []economy.Citation `json:"sources"`
	RuleSets   []RuleSetInfo      `json:"rule_sets"`
	Parameters []regime.Parameter `json:"parameters"`
}

// RuleSetInfo describes one rule set of a framework.
type RuleSetInfo struct {
	ID        string               `json:"id"`
	Title     string               `json:"title,omitempty"`
	Policy    regime.Policy        `json:"policy"`
	AppliesTo []regime.SubjectKind `json:"applies_to"`
	Citation  economy.Citation     `json:"citation"`
}

// CaseInfo names one of the real economies in economy/cases.
type CaseInfo struct {
	Name          string `json:"name"`
	ID            string `json:"id"`
	Title         string `json:"title"`
	Region        string `json:"region,omitempty"`
	Providers     int    `json:"providers"`
	Commissioners int    `json:"commissioners"`
}

// Texts holds the assessment rendered for a reader, when the request asked
// for "text": the whole assessment, and each decision's text in the order
// of the assessment's decisions.
type Texts struct {
	Assessment string   `json:"assessment"`
	Decisions  []string `json:"decisions"`
}

// shipped is the catalogue of the library's own frameworks and cases.
var shipped = catalogue{
	frameworks: england.Frameworks,
	caseNames:  cases.Names,
	loadCase:   loadCaseOnce,
}

// caseLoads parses each shipped case once: parsing costs most of a call,
// and the cases are embedded, few and never change. Assess only reads the
// economy, so one parsed value serves every call, concurrent ones too.
var caseLoads = func() map[string]func() (economy.Economy, error) {
	m := map[string]func() (economy.Economy, error){}
	for _, name := range cases.Names() {
		m[name] = sync.OnceValues(func() (economy.Economy, error) { return cases.Load(name) })
	}
	return m
}()

func loadCaseOnce(name string) (economy.Economy, error) {
	if load, ok := caseLoads[name]; ok {
		return load()
	}
	return cases.Load(name)
}

// Call answers one JSON request with one JSON response; the package
// documentation gives the format. It never panics and never returns
// invalid JSON: a bad request gives "ok": false and every problem found.
// Identical requests give identical responses, byte for byte.
func Call(request []byte) []byte { return call(request, shipped) }

func call(request []byte, cat catalogue) (out []byte) {
	// Defence in depth: every input is validated before it is used, so a
	// panic here is a bug in this library; it still becomes a response
	// rather than bringing down the notebook's process.
	defer func() {
		if r := recover(); r != nil {
			out = failure([]Problem{{Message: fmt.Sprintf("internal error: %v", r)}})
		}
	}()
	req, problems := parseRequest(request, cat)
	if len(problems) > 0 {
		return failure(problems)
	}
	resp, problems := answer(req, cat)
	if len(problems) > 0 {
		return failure(problems)
	}
	return encode(resp)
}

func answer(r request, cat catalogue) (Response, []Problem) {
	switch r.list {
	case listFrameworks:
		all, err := cat.frameworks()
		if err != nil {
			return Response{}, []Problem{{Message: "internal error: " + err.Error()}}
		}
		infos := make([]FrameworkInfo, len(all))
		for i, f := range all {
			infos[i] = describe(f)
		}
		return Response{Schema: Schema, OK: true, Frameworks: infos}, nil
	case listCases:
		names := cat.caseNames()
		infos := make([]CaseInfo, 0, len(names))
		for _, name := range names {
			e, err := cat.loadCase(name)
			if err != nil {
				return Response{}, []Problem{{Message: fmt.Sprintf("internal error: case %q: %v", name, err)}}
			}
			infos = append(infos, CaseInfo{Name: name, ID: e.ID, Title: e.Name, Region: e.Region,
				Providers: len(e.Providers), Commissioners: len(e.Commissioners)})
		}
		return Response{Schema: Schema, OK: true, Cases: infos}, nil
	}
	if r.timeline != nil {
		return answerTimeline(r)
	}

	env := regime.NewEnv(&r.economy, r.date)
	if !r.factsDate.IsZero() {
		env = env.WithFactsDate(r.factsDate)
	}
	a, err := r.framework.Assess(env)
	if err != nil {
		return Response{}, []Problem{{Message: "cannot assess: " + err.Error()}}
	}
	if r.ruleSets != nil {
		a.Decisions = slices.DeleteFunc(a.Decisions, func(d regime.Decision) bool {
			return !slices.Contains(r.ruleSets, d.RuleSet)
		})
		a.Summary = regime.Summarise(a.Decisions)
	}
	// Empty lists are [] rather than null, so a notebook can iterate them.
	if a.Decisions == nil {
		a.Decisions = []regime.Decision{}
	}
	if a.Summary.Highest == nil {
		a.Summary.Highest = []regime.Standing{}
	}
	info := describe(r.framework)
	resp := Response{Schema: Schema, OK: true, Case: r.caseName, Framework: &info, Assessment: &a}
	if r.text {
		t := Texts{Assessment: a.Text(), Decisions: make([]string, len(a.Decisions))}
		for i, d := range a.Decisions {
			t.Decisions[i] = d.Text()
		}
		resp.Text = &t
	}
	if r.records {
		resp.Records = make([]Record, len(a.Decisions))
		for i, d := range a.Decisions {
			resp.Records[i] = RecordOf(d)
		}
	}
	return resp, nil
}

func describe(f *regime.Framework) FrameworkInfo {
	info := FrameworkInfo{
		ID: f.ID(), Name: f.Name(), Edition: f.Edition(), Variant: f.Variant(),
		From: f.From().String(), Hash: f.Hash(),
		Sources:    f.Sources(),
		RuleSets:   []RuleSetInfo{},
		Parameters: f.Parameters(),
	}
	if !f.To().IsZero() {
		info.To = f.To().String()
	}
	if info.Sources == nil {
		info.Sources = []economy.Citation{}
	}
	if info.Parameters == nil {
		info.Parameters = []regime.Parameter{}
	}
	for _, rs := range f.RuleSets() {
		kinds := []regime.SubjectKind{}
		for _, k := range []regime.SubjectKind{regime.SubjectProvider, regime.SubjectCommissioner,
			regime.SubjectEconomy, regime.SubjectService, regime.SubjectAsset} {
			if rs.AppliesTo().Has(k) {
				kinds = append(kinds, k)
			}
		}
		info.RuleSets = append(info.RuleSets, RuleSetInfo{ID: rs.ID(), Title: rs.Title(),
			Policy: rs.Policy(), AppliesTo: kinds, Citation: rs.Citation()})
	}
	return info
}

func failure(problems []Problem) []byte {
	return encode(Response{Schema: Schema, OK: false, Errors: problems})
}

// internalFailure is the response of last resort, written by hand so that
// it cannot fail to encode.
var internalFailure = []byte(`{"schema":1,"ok":false,"errors":[{"path":"","message":"internal error: the response could not be encoded"}]}`)

// encode writes r without HTML escaping (a notebook is not a web page, and
// "<" reads better than "\u003c") and without a trailing newline.
func encode(r Response) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		if r.OK {
			return failure([]Problem{{Message: "internal error: the response could not be encoded: " + err.Error()}})
		}
		return internalFailure
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
