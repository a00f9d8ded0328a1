package economy

import "slices"

// FactDates returns, sorted and each once, the days on which something
// about p became known or changed: a report published, a year's figures
// known, a quarter's figures known (the day after it ends), a control
// total event, a rating published, an action, breach, undertaking or
// spell begun or ended, authorisation. Between two of these days
// [AsOf] gives the same provider, so a decision about p can change only on
// them (or when the rules change, or a time limit counted from one of them
// runs out).
func (p *Provider) FactDates() []Date {
	var ds dates
	ds.add(p.Authorised)
	for i := range p.Accounts {
		a := &p.Accounts[i]
		ds.add(knownFrom(a.Period, a.Published))
		for _, e := range a.ControlTotalEvents {
			ds.add(e.Date)
		}
	}
	for _, in := range p.Inspections {
		ds.add(in.Started, in.Published)
		for _, n := range in.RequirementNotices {
			ds.add(n.Issued)
		}
		for _, n := range in.WarningNotices {
			ds.add(n.Issued)
		}
	}
	for _, x := range p.Performance {
		ds.add(x.Period.To.AddDays(1))
	}
	for _, w := range p.Workforce {
		ds.add(w.Period.To.AddDays(1))
	}
	for _, r := range p.Ratings {
		ds.add(r.Published)
	}
	for _, a := range p.CQCActions {
		ds.add(a.Start, a.End)
	}
	for _, b := range p.Governance.Breaches {
		ds.add(b.Date, b.Resolved)
	}
	for _, u := range p.Governance.Undertakings {
		ds.add(u.Date, u.Released)
	}
	ds.spells(p.Governance.Spells)
	return ds.sorted()
}

// FactDates returns the days on which something about c became known or
// changed, as [Provider.FactDates] does.
func (c *Commissioner) FactDates() []Date {
	var ds dates
	for _, r := range c.Ratings {
		ds.add(r.Published)
	}
	for _, d := range c.Directions {
		ds.add(d.Issued, d.Revoked)
	}
	for i := range c.Finance {
		ds.add(knownFrom(c.Finance[i].Period, c.Finance[i].Published))
	}
	ds.spells(c.Spells)
	return ds.sorted()
}

// FactDates returns the days on which something in e became known or
// changed: those of every provider and commissioner, and the area's own
// (system finance, spells, ratings).
func (e *Economy) FactDates() []Date {
	var ds dates
	for i := range e.Providers {
		ds.add(e.Providers[i].FactDates()...)
	}
	for i := range e.Commissioners {
		ds.add(e.Commissioners[i].FactDates()...)
	}
	for i := range e.System {
		ds.add(knownFrom(e.System[i].Period, e.System[i].Published))
	}
	for _, r := range e.Ratings {
		ds.add(r.Published)
	}
	for _, o := range e.Obligations {
		for _, ev := range o.Events {
			ds.add(ev.Date)
		}
	}
	ds.spells(e.Spells)
	return ds.sorted()
}

// knownFrom is the first day a period's actual figures are known: the day
// they were published, else the day after the period ends.
func knownFrom(p Period, published Date) Date {
	if !published.IsZero() {
		return published
	}
	if p.To.IsZero() {
		return Date{}
	}
	return p.To.AddDays(1)
}

type dates []Date

func (ds *dates) add(xs ...Date) {
	for _, d := range xs {
		if !d.IsZero() {
			*ds = append(*ds, d)
		}
	}
}

func (ds *dates) spells(ss []Spell) {
	for _, s := range ss {
		ds.add(s.Start, s.End)
	}
}

func (ds dates) sorted() []Date {
	slices.SortFunc(ds, Date.Compare)
	return slices.Compact(ds)
}
