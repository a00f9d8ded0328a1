package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/failregime/failregime/regime/regimetest"
)

func testCmd(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(stderr)
	coverage := fs.Bool("coverage", false, "report the rules and rating values no case reached")
	pattern := fs.String("pattern", "*.json", "which files of the folder")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		return fail(stderr, "test", fmt.Errorf("give one folder of case files, not %d", fs.NArg()))
	}
	cs, err := regimetest.Load(os.DirFS(fs.Arg(0)), *pattern)
	if err != nil {
		return fail(stderr, "test", err)
	}
	var opts []regimetest.Option
	var cov *regimetest.Coverage
	if *coverage {
		cov = regimetest.NewCoverage()
		opts = append(opts, regimetest.WithCoverage(cov))
	}
	r := &reporter{out: stdout}
	regimetest.RunTB(r, cs, opts...)
	fmt.Fprintf(stdout, "%d passed, %d failed, %d todo\n", r.passed, r.failed, r.skipped)
	if cov != nil {
		fmt.Fprint(stdout, "\n"+cov.Report())
	}
	if r.failed > 0 {
		return 1
	}
	return 0
}

// reporter is a regimetest.TB that prints each case's result.
type reporter struct {
	out                     io.Writer
	name                    string
	failed, passed, skipped int
	bad, skip               bool
}

func (r *reporter) Helper() {}

func (r *reporter) Errorf(format string, args ...any) {
	r.bad = true
	fmt.Fprintf(r.out, "FAIL %s\n%s\n", r.name, indent(fmt.Sprintf(format, args...)))
}

func (r *reporter) Logf(format string, args ...any) {
	fmt.Fprintf(r.out, "note %s: %s\n", r.name, fmt.Sprintf(format, args...))
}

func (r *reporter) Skipf(format string, args ...any) {
	r.skip = true
	fmt.Fprintf(r.out, "todo %s\n", r.name)
}

func (r *reporter) Run(name string, f func(regimetest.TB)) bool {
	sub := &reporter{out: r.out, name: name}
	f(sub)
	switch {
	case sub.bad:
		r.failed++
	case sub.skip:
		r.skipped++
	default:
		r.passed++
		fmt.Fprintf(r.out, "ok   %s\n", name)
	}
	return !sub.bad
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ")
}
