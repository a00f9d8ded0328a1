package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/failregime/failregime/regime"
)

func assessCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("assess", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var src source
	src.flags(fs)
	day := fs.String("date", "", "the decision date, YYYY-MM-DD (required)")
	facts := fs.String("facts", "", "the facts date (default: the decision date)")
	fw := fs.String("framework", "in_force", "an edition id (failregime list frameworks), or in_force")
	format := fs.String("format", "text", "text, json or csv")
	var set settings
	fs.Var(&set, "set", "change a parameter, name=value (repeatable)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	d, err := date("date", *day, true)
	if err != nil {
		return fail(stderr, "assess", err)
	}
	fd, err := date("facts", *facts, false)
	if err != nil {
		return fail(stderr, "assess", err)
	}
	e, err := src.load(fs, stdin)
	if err != nil {
		return fail(stderr, "assess", err)
	}
	f, err := framework(*fw, d)
	if err != nil {
		return fail(stderr, "assess", err)
	}
	if f, err = set.apply(f); err != nil {
		return fail(stderr, "assess", err)
	}
	env := regime.NewEnv(e, d)
	if !fd.IsZero() {
		env = env.WithFactsDate(fd)
	}
	a, err := f.Assess(env)
	if err != nil {
		return fail(stderr, "assess", err)
	}
	switch *format {
	case "text":
		fmt.Fprint(stdout, a.Text())
	case "json":
		b, err := json.MarshalIndent(a, "", "  ")
		if err != nil {
			return fail(stderr, "assess", err)
		}
		fmt.Fprintf(stdout, "%s\n", b)
	case "csv":
		if err := writeCSV(stdout, a); err != nil {
			return fail(stderr, "assess", err)
		}
	default:
		return fail(stderr, "assess", fmt.Errorf("-format %q: want text, json or csv", *format))
	}
	return 0
}

// csvColumns are the CSV's columns, in order; they are part of the tool's
// promise and change only in a new major version.
var csvColumns = []string{"decision_date", "facts_date", "framework", "edition", "hash", "subject_kind", "subject_id",
	"subject_name", "rule_set", "verdict", "regime", "intensity", "code", "text", "missing", "reason"}

// writeCSV writes one row per decision.
func writeCSV(w io.Writer, a regime.Assessment) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvColumns); err != nil {
		return err
	}
	for _, d := range a.Decisions {
		r, _ := d.Ruling()
		var missing []string
		for _, o := range []regime.Outcome{d.Outcome} {
			missing = append(missing, missingIn(o)...)
		}
		row := []string{d.DecisionDate.String(), d.FactsDate.String(), d.Framework.ID, d.Framework.Edition, d.Framework.Hash,
			d.Subject.Kind.String(), d.Subject.ID, d.Subject.Name, d.RuleSet, d.Verdict.String(),
			regimeWord(r), intensityWord(r), r.Code, r.Text, strings.Join(missing, "; "), d.Outcome.Reason}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func regimeWord(r regime.Ruling) string {
	if r.Regime == 0 {
		return ""
	}
	return r.Regime.String()
}

func intensityWord(r regime.Ruling) string {
	if i := r.EffectiveIntensity(); i != 0 {
		return i.String()
	}
	return ""
}

// missingIn lists the missing facts of the unknown outcomes under o, each
// once, in the order met.
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
