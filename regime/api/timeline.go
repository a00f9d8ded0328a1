package api

import (
	"fmt"
	"slices"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/failregime/failregime/regime/internal/input"
)

// The fields of the "timeline" object.
const (
	timelineFrom      = "from"
	timelineTo        = "to"
	timelineTolerance = "tolerance_days"
)

// MaxTimelineWork bounds a timeline request's work: the days replayed
// (at most one a fact changes, an edition starts or a month begins)
// times the organisations and areas judged on each, every day an
// assessment of each. The shipped cases from 2008 to 2026 need at most
// about 5,100 (nof_2025_26_acute_trusts); the limit keeps any call to a
// second or two.
const MaxTimelineWork = 20_000

// timelineRequest is a checked "timeline" object.
type timelineRequest struct {
	from, to  economy.Date
	tolerance int
}

// parseTimeline reads a timeline request: the span, and the economy or
// case to replay. Nothing of an assessment goes with it.
func (p *parser) parseTimeline(r *request, n *jsontree.Node, root *jsontree.Node) {
	for _, m := range root.Members {
		if m.Key != fieldTimeline && m.Key != fieldEconomy && m.Key != fieldCase && slices.Contains(knownFields, m.Key) {
			p.d.Fail(m.Value, "not allowed with %q, which takes only %q or %q", fieldTimeline, fieldEconomy, fieldCase)
		}
	}
	t := &timelineRequest{}
	if p.d.Want(n, jsontree.Object, `an object with "from" and "to"`) {
		p.d.Fields(n, timelineFrom, timelineTo, timelineTolerance)
		fromOK, toOK := false, false
		for _, f := range []struct {
			name string
			date *economy.Date
			ok   *bool
		}{{timelineFrom, &t.from, &fromOK}, {timelineTo, &t.to, &toOK}} {
			if v := n.Get(f.name); v == nil {
				p.d.List.Add(fieldTimeline+"."+f.name, "missing; want a day as YYYY-MM-DD")
			} else {
				*f.date, *f.ok = input.Date(p.d, v)
			}
		}
		if fromOK && toOK && t.to.Before(t.from) {
			p.d.Fail(n.Get(timelineTo), "%s is before from, %s", t.to, t.from)
		}
		if v := n.Get(timelineTolerance); v != nil {
			if tol, ok := p.d.Int(v, 32); ok {
				if tol < 0 || tol > 3660 {
					p.d.Fail(v, "%d: want 0 to 3660 days (0: 31)", tol)
				}
				t.tolerance = int(tol)
			}
		}
	}
	r.timeline = t
	p.parseEconomy(r, root)
	if p.d.List.Len() == 0 {
		if work := timelineWork(&r.economy, p.all, t.from, t.to); work > MaxTimelineWork {
			p.d.Fail(n, "replaying %q from %s to %s is about %d subject-days of work, more than the limit of %d (api.MaxTimelineWork); shorten the span",
				r.economy.ID, t.from, t.to, work, MaxTimelineWork)
		}
	}
}

// timelineWork bounds from above the work of replaying e from from to to:
// the days england.Replay decides on, counted without removing those that
// coincide, times the subjects judged each day.
func timelineWork(e *economy.Economy, all []*regime.Framework, from, to economy.Date) int {
	in := func(d economy.Date) bool { return !d.Before(from) && !d.After(to) }
	days := 1 + from.DaysUntil(to)/28 + 1
	for _, d := range e.FactDates() {
		if in(d) {
			days++
		}
	}
	for _, f := range all {
		if in(f.From()) {
			days++
		}
	}
	return days * len(regime.Subjects(e))
}

// answerTimeline replays the economy under the shipped editions.
func answerTimeline(r request) (Response, []Problem) {
	t := r.timeline
	tl, err := england.Replay(&r.economy, t.from, t.to, england.ReplayOptions{ToleranceDays: t.tolerance})
	if err != nil {
		return Response{}, []Problem{{Message: fmt.Sprintf("cannot replay: %v", err)}}
	}
	if tl.Subjects == nil {
		tl.Subjects = []england.SubjectTimeline{}
	}
	return Response{Schema: Schema, OK: true, Case: r.caseName, Timeline: &tl}, nil
}
