package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/failregime/failregime/regime"
)

func diffCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var src source
	src.flags(fs)
	day := fs.String("date", "", "the decision date of both, YYYY-MM-DD (required)")
	a := fs.String("a", "in_force", "the first edition, or in_force")
	b := fs.String("b", "in_force", "the second edition, or in_force")
	var set settings
	fs.Var(&set, "set", "change a parameter of the second, name=value (repeatable)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	d, err := date("date", *day, true)
	if err != nil {
		return fail(stderr, "diff", err)
	}
	e, err := src.load(fs, stdin)
	if err != nil {
		return fail(stderr, "diff", err)
	}
	fa, err := framework(*a, d)
	if err != nil {
		return fail(stderr, "diff", err)
	}
	fb, err := framework(*b, d)
	if err != nil {
		return fail(stderr, "diff", err)
	}
	if fb, err = set.apply(fb); err != nil {
		return fail(stderr, "diff", err)
	}
	changes, err := regime.Diff(fa, fb, regime.NewEnv(e, d))
	if err != nil {
		return fail(stderr, "diff", err)
	}
	fmt.Fprintf(stdout, "%s against %s on %s: %d decisions differ\n", fa, fb, d, len(changes))
	for _, c := range changes {
		fmt.Fprintf(stdout, "\n%s %s, %s:\n  a: %s\n  b: %s\n", c.Subject.Kind, c.Subject.ID, c.RuleSet, summary(c.A), summary(c.B))
	}
	return 0
}

// summary is a decision in one line: its verdict and what it chose.
func summary(d regime.Decision) string {
	if r, ok := d.Ruling(); ok {
		if r.Regime != 0 {
			return d.Verdict.String() + ": " + r.Regime.String()
		}
		return d.Verdict.String() + ": " + r.Code
	}
	return d.Verdict.String() + ": " + d.Outcome.Reason
}
