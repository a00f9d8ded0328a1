package regimetest

import (
	"slices"
	"strings"

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

// checkTimeline replays c's economy and records each recorded spell whose
// comparison with the replay differs from what c expects.
func checkTimeline(ps *problems, c *Case) {
	x := c.Expect.Timeline
	tl, err := england.Replay(c.Economy, x.From, x.To, england.ReplayOptions{})
	if err != nil {
		ps.add(x.Line, x.Path, "replaying the economy: %v", err)
		return
	}
	for _, r := range x.Records {
		i := slices.IndexFunc(tl.Subjects, func(s england.SubjectTimeline) bool { return s.Subject.ID == r.Subject })
		if i < 0 {
			ps.add(r.Line, r.Path, "no subject %s in the replay", r.Subject)
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
		if w, g := strings.Join(want, ", "), strings.Join(got, ", "); w != g {
			ps.add(r.Line, r.Path, "%s %s over %s..%s: the record and the replay compare differently\n  - expected: %s\n  + replayed: %s\n\n%s",
				r.Subject, r.Regime, x.From, x.To, w, or(g, "(no difference)"), strings.TrimRight(subjectText(tl, r.Subject), "\n"))
		}
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
