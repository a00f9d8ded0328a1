package api

import (
	"strings"

	"github.com/failregime/failregime/regime"
)

// Record is one decision as a flat row of strings, for a data frame or a
// spreadsheet: the columns, in order, of examples/failregime's CSV
// ("failregime assess -format csv"), so a table made either way reads the
// same. The columns change only with [Schema].
type Record struct {
	DecisionDate string `json:"decision_date"`
	FactsDate    string `json:"facts_date"`
	Framework    string `json:"framework"`
	Edition      string `json:"edition"`
	Hash         string `json:"hash"`
	SubjectKind  string `json:"subject_kind"`
	SubjectID    string `json:"subject_id"`
	SubjectName  string `json:"subject_name"`
	RuleSet      string `json:"rule_set"`
	Verdict      string `json:"verdict"`
	// Regime, Intensity (the ruling's own, else its regime's usual one),
	// Code and Text are the ruling of a Met decision, empty otherwise.
	Regime    string `json:"regime"`
	Intensity string `json:"intensity"`
	Code      string `json:"code"`
	Text      string `json:"text"`
	// Missing joins, with "; ", the missing facts of the decision's
	// Unknown outcomes, each once, in the order met.
	Missing string `json:"missing"`
	Reason  string `json:"reason"`
}

// RecordOf flattens d.
func RecordOf(d regime.Decision) Record {
	r, _ := d.Ruling()
	rec := Record{
		DecisionDate: d.DecisionDate.String(), FactsDate: d.FactsDate.String(),
		Framework: d.Framework.ID, Edition: d.Framework.Edition, Hash: d.Framework.Hash,
		SubjectKind: d.Subject.Kind.String(), SubjectID: d.Subject.ID, SubjectName: d.Subject.Name,
		RuleSet: d.RuleSet, Verdict: d.Verdict.String(),
		Code: r.Code, Text: r.Text,
		Missing: strings.Join(missingIn(d.Outcome), "; "),
		Reason:  d.Outcome.Reason,
	}
	if r.Regime != 0 {
		rec.Regime = r.Regime.String()
	}
	if i := r.EffectiveIntensity(); i != 0 {
		rec.Intensity = i.String()
	}
	return rec
}

// missingIn lists the missing facts of the Unknown outcomes under o, each
// once, in the order met; a decided branch's gaps did not matter.
func missingIn(o regime.Outcome) []string {
	seen := map[string]bool{}
	var out []string
	var walk func(o regime.Outcome)
	walk = func(o regime.Outcome) {
		if o.Verdict != regime.Unknown {
			return
		}
		for _, m := range o.Missing {
			if !seen[m] {
				seen[m] = true
				out = append(out, m)
			}
		}
		for _, c := range o.Children {
			walk(c)
		}
	}
	walk(o)
	return out
}

// RecordColumns returns the names of a Record's columns, in order: its
// JSON keys, and the header of a CSV of records.
func RecordColumns() []string {
	return []string{"decision_date", "facts_date", "framework", "edition", "hash", "subject_kind", "subject_id",
		"subject_name", "rule_set", "verdict", "regime", "intensity", "code", "text", "missing", "reason"}
}

// Values returns r's cells in the order of [RecordColumns].
func (r Record) Values() []string {
	return []string{r.DecisionDate, r.FactsDate, r.Framework, r.Edition, r.Hash, r.SubjectKind, r.SubjectID,
		r.SubjectName, r.RuleSet, r.Verdict, r.Regime, r.Intensity, r.Code, r.Text, r.Missing, r.Reason}
}
