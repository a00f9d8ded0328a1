package regimetest

import (
	"fmt"
	"path"
	"strings"
	"testing"
)

// TB is what Run needs of a test: *testing.T through [Run], or a fake
// that records what it is told, which is how this package tests its own
// failure messages.
type TB interface {
	TestingT
	Logf(format string, args ...any)
	// Skipf marks the test skipped. Unlike testing.T it need not stop
	// the test: Run returns right after calling it.
	Skipf(format string, args ...any)
	// Run runs f as a subtest named name.
	Run(name string, f func(t TB)) bool
}

// Run runs each case as a subtest of t, named after its file and case
// name. A case fails when a decision does not say what it expects; the
// failure shows the expectation next to what the decision said, with the
// decision's full explanation (Decision.Text).
func Run(t *testing.T, cases []Case, opts ...Option) {
	t.Helper()
	RunTB(testingT{t}, cases, opts...)
}

// RunTB is Run for any TB.
func RunTB(tb TB, cases []Case, opts ...Option) {
	tb.Helper()
	cfg := newConfig(opts)
	if len(cases) == 0 {
		tb.Errorf("regimetest: no cases to run")
	}
	for i := range cases {
		c := &cases[i]
		tb.Run(subtestName(c), func(tb TB) {
			tb.Helper()
			runCase(tb, c, cfg)
		})
	}
}

func subtestName(c *Case) string {
	return strings.TrimSuffix(path.Base(c.File), path.Ext(c.File)) + "/" + c.Name
}

// runCase decides the case and reports what differs. Problems are
// gathered first, so that a todo case can turn them into a skip.
func runCase(tb TB, c *Case, cfg *config) {
	tb.Helper()
	var ps problems
	check(&ps, c, cfg)
	switch {
	case c.Todo != "" && len(ps) > 0:
		msgs := make([]string, len(ps))
		for i, p := range ps {
			msgs[i] = failure(c, p)
		}
		tb.Skipf("%s:%d: case %q: todo: %s\n%s", c.File, c.Line, c.Name, c.Todo, strings.Join(msgs, "\n"))
	case c.Todo != "":
		tb.Logf("%s:%d: case %q passes: remove its todo (%s)", c.File, c.Line, c.Name, c.Todo)
	default:
		for _, p := range ps {
			tb.Errorf("%s", failure(c, p))
		}
	}
}

// failure renders one problem as an editor and a reader want it: the
// file and line of the expectation first (so that an editor can jump to
// it), the case by name, where in the file, and then what differs.
func failure(c *Case, p problem) string {
	line := p.line
	if line == 0 {
		line = c.Line
	}
	return fmt.Sprintf("%s:%d: case %q, %s: %s", c.File, line, c.Name, p.path, p.msg)
}

// testingT adapts *testing.T to TB.
type testingT struct{ *testing.T }

func (t testingT) Run(name string, f func(TB)) bool {
	return t.T.Run(name, func(t *testing.T) { f(testingT{t}) })
}

func (t testingT) Skipf(format string, args ...any) { t.T.Skipf(format, args...) }
