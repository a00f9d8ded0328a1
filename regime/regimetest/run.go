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
	Helper()
	Errorf(format string, args ...any)
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
	rec := &recorder{}
	check(rec, c, cfg)
	where := c.File + ": " + c.Path + " (" + c.Name + ")"
	switch {
	case c.Todo != "" && len(rec.msgs) > 0:
		tb.Skipf("%s: todo: %s\n%s", where, c.Todo, strings.Join(rec.msgs, "\n"))
	case c.Todo != "":
		tb.Logf("%s: passes: remove its todo (%s)", where, c.Todo)
	default:
		for _, m := range rec.msgs {
			tb.Errorf("%s: %s", where, m)
		}
	}
}

// recorder collects what checks report, testify's assertions included.
type recorder struct{ msgs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}

// testingT adapts *testing.T to TB.
type testingT struct{ *testing.T }

func (t testingT) Run(name string, f func(TB)) bool {
	return t.T.Run(name, func(t *testing.T) { f(testingT{t}) })
}

func (t testingT) Skipf(format string, args ...any) { t.T.Skipf(format, args...) }
