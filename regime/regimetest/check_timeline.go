package regimetest

import (
	"slices"
	"strings"

	"github.com/stretchr/testify/assert"

	"github.com/failregime/failregime/regime/england"
)

// diffKinds are the words a timeline expectation may use.
var diffKinds = func() []string {
	var out []string
	for k := england.Agrees; k.String() != "unknown"; k++ {
		out = append(out, k.String())
	}
	return out
}()

// checkTimeline replays c's economy and reports each recorded spell whose
// comparison with the replay differs from what c expects.
func checkTimeline(t assert.TestingT, c *Case) {
	x := c.Expect.Timeline
	tl, err := england.Replay(c.Economy, x.From, x.To, england.ReplayOptions{})
	if err != nil {
		assert.NoError(t, err, x.Path+": replaying the economy")
		return
	}
	for _, r := range x.Records {
		i := slices.IndexFunc(tl.Subjects, func(s england.SubjectTimeline) bool { return s.Subject.ID == r.Subject })
		if i < 0 {
			assert.Fail(t, r.Path+": no subject "+r.Subject+" in the replay")
			continue
		}
		var got []string
		for _, d := range tl.Subjects[i].Diff {
			if d.Regime != r.Regime {
				continue
			}
			for _, k := range d.Kinds {
				got = append(got, k.String())
			}
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(r.Kinds))
		assert.Equal(t, strings.Join(want, ", "), strings.Join(got, ", "),
			"%s: %s %s over %s..%s\n%s", r.Path, r.Subject, r.Regime, x.From, x.To, subjectText(tl, r.Subject))
	}
}

// subjectText is the replay's account of one subject, for a failure
// report: its heading line and the indented lines under it.
func subjectText(tl england.Timeline, id string) string {
	var b strings.Builder
	in := false
	for _, line := range strings.Split(tl.Text(), "\n") {
		switch {
		case strings.HasPrefix(line, "  "):
			if in {
				b.WriteString(line + "\n")
			}
		default:
			f := strings.Fields(line)
			in = len(f) > 1 && f[1] == id
			if in {
				b.WriteString(line + "\n")
			}
		}
	}
	return b.String()
}
