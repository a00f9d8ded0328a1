package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/api"
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

// writeCSV writes one row per decision: regime/api's flat records, whose
// columns (api.RecordColumns) are part of the tool's promise and change
// only with api.Schema.
func writeCSV(w io.Writer, a regime.Assessment) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(api.RecordColumns()); err != nil {
		return err
	}
	for _, d := range a.Decisions {
		if err := cw.Write(api.RecordOf(d).Values()); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
