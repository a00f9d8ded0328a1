package economy

import "github.com/shopspring/decimal"

// AsOf returns e as it stood on date: only what was known that day. A
// decision made on date about AsOf(e, date) is the decision made about e
// itself, which is how the regime package reads every economy.
//
// What is known when:
//   - accounts, commissioner and system finance: the actual figures from
//     the day they were published (or the day after their period); before
//     that, only what is planned or forecast, and the control total events
//     dated on or before date;
//   - performance and workforce: from the day after their period ends;
//   - CQC inspections: from publication; an inspection started but not yet
//     published is kept as pending, its ratings and notices dropped;
//   - published ratings, CQC actions, breaches, undertakings, directions
//     and spells: from the day they start; an end after date is dropped,
//     so the thing is still in force;
//   - a foundation trust authorised after date was an NHS trust then.
//
// Judgements (Governance.LowCapability and the like) carry no date and are
// kept: give them in a case only for the days they were made. Citations,
// services and assets are kept as they are.
//
// e is not changed. The result shares with e every part that needed no
// change (all of it, when everything was known on date), so that reading
// an economy as it stood costs a scan, not a copy: treat the result as
// read-only while e is in use, and the other way round.
func AsOf(e *Economy, date Date) Economy {
	out := *e
	out.Commissioners = sift(e.Commissioners, func(c *Commissioner) (Commissioner, change) {
		return commissionerAsOf(c, date)
	})
	out.Providers = sift(e.Providers, func(p *Provider) (Provider, change) { return providerAsOf(p, date) })
	out.System = sift(e.System, func(s *SystemFinance) (SystemFinance, change) {
		if s.FiguresKnown(date) || (s.Published.IsZero() && !s.Surplus.Valid) {
			return *s, same
		}
		x := *s
		x.Published, x.Surplus = Date{}, decimal.NullDecimal{}
		return x, changed
	})
	out.Spells = spellsAsOf(e.Spells, date)
	out.Ratings = ratingsAsOf(e.Ratings, date)
	out.Obligations = sift(e.Obligations, func(o *Obligation) (Obligation, change) {
		x, c := *o, same
		x.Events = siftInto(&c, o.Events, func(ev *ObligationEvent) (ObligationEvent, change) { return *ev, keptIf(!ev.Date.After(date)) })
		return x, c
	})
	return out
}

// AsOf returns p as it stood on date, as [AsOf] does for a whole economy.
// Its services and assets are p's own.
func (p *Provider) AsOf(date Date) Provider {
	x, _ := providerAsOf(p, date)
	return x
}

// AsOf returns c as it stood on date, as [AsOf] does for a whole economy.
func (c *Commissioner) AsOf(date Date) Commissioner {
	x, _ := commissionerAsOf(c, date)
	return x
}

// change says what sift's function did with an element.
type change uint8

const (
	same    change = iota // kept as it is
	changed               // kept, with something stripped
	dropped               // not known at all
)

// sift applies f to each element of xs. While f keeps every element as
// it is, xs itself is returned: nothing is copied unless something
// changed.
func sift[T any](xs []T, f func(*T) (T, change)) []T {
	var out []T
	for i := range xs {
		y, c := f(&xs[i])
		if c != same && out == nil {
			out = make([]T, i, len(xs))
			copy(out, xs[:i])
		}
		if out != nil && c != dropped {
			out = append(out, y)
		}
	}
	if out == nil {
		return xs
	}
	return out
}

// mark folds a field's change into the whole's.
func mark(c *change, sub change) {
	if sub != same {
		*c = changed
	}
}

func providerAsOf(p *Provider, date Date) (Provider, change) {
	x, c := *p, same
	if p.Kind == KindFoundationTrust && p.Authorised.After(date) {
		x.Kind, x.Authorised, c = KindNHSTrust, Date{}, changed
	}
	x.Accounts = siftInto(&c, p.Accounts, func(a *Accounts) (Accounts, change) { return accountsAsOf(a, date) })
	x.Inspections = siftInto(&c, p.Inspections, func(i *Inspection) (Inspection, change) { return inspectionAsOf(i, date) })
	x.Performance = siftInto(&c, p.Performance, func(q *Performance) (Performance, change) {
		return *q, keptIf(q.Period.To.Before(date))
	})
	x.Workforce = siftInto(&c, p.Workforce, func(w *Workforce) (Workforce, change) {
		return *w, keptIf(w.Period.To.Before(date))
	})
	x.Ratings = siftInto(&c, p.Ratings, func(r *PublishedRating) (PublishedRating, change) { return *r, keptIf(!r.Published.After(date)) })
	x.CQCActions = siftInto(&c, p.CQCActions, func(a *CQCAction) (CQCAction, change) {
		if a.Start.After(date) {
			return *a, dropped
		}
		if a.End.After(date) {
			y := *a
			y.End = Date{}
			return y, changed
		}
		return *a, same
	})
	x.Governance.Breaches = siftInto(&c, p.Governance.Breaches, func(b *Breach) (Breach, change) {
		if b.Date.After(date) {
			return *b, dropped
		}
		if b.Resolved.After(date) {
			y := *b
			y.Resolved = Date{}
			return y, changed
		}
		return *b, same
	})
	x.Governance.Undertakings = siftInto(&c, p.Governance.Undertakings, func(u *Undertaking) (Undertaking, change) {
		if u.Date.After(date) {
			return *u, dropped
		}
		if u.Released.After(date) {
			y := *u
			y.Released = Date{}
			return y, changed
		}
		return *u, same
	})
	spells := spellsAsOf(p.Governance.Spells, date)
	mark(&c, changeOf(p.Governance.Spells, spells))
	x.Governance.Spells = spells
	return x, c
}

// accountsAsOf keeps a period's plans, forecast and control total while
// its actual figures are not yet known.
func accountsAsOf(a *Accounts, date Date) (Accounts, change) {
	c := same
	events := siftInto(&c, a.ControlTotalEvents, func(e *ControlTotalEvent) (ControlTotalEvent, change) {
		return *e, keptIf(!e.Date.After(date))
	})
	if a.FiguresKnown(date) {
		x := *a
		x.ControlTotalEvents = events
		return x, c
	}
	x := Accounts{
		Period: a.Period, YearToDate: a.YearToDate,
		PlannedEBITDA: a.PlannedEBITDA, PlannedSurplus: a.PlannedSurplus, ForecastSurplus: a.ForecastSurplus,
		AgencyCeiling: a.AgencyCeiling, PlannedCapitalExpenditure: a.PlannedCapitalExpenditure,
		ControlTotal: a.ControlTotal, ControlTotalEvents: events,
		PlanLate: a.PlanLate, PlanIncomplete: a.PlanIncomplete,
		LoanRepaymentAtRisk: a.LoanRepaymentAtRisk, DeficitSupport: a.DeficitSupport,
	}
	if !accountsEqualShallow(&x, a) {
		c = changed
	}
	return x, c
}

// accountsEqualShallow reports whether stripping a's actual figures left
// it as it was (it held none), comparing every field that may differ.
func accountsEqualShallow(x, a *Accounts) bool {
	for _, f := range [...]decimal.NullDecimal{a.OperatingIncome, a.OperatingExpenses, a.Depreciation, a.EBITDA,
		a.Surplus, a.ExceptionalIncome, a.PDCDividend, a.InterestPayable, a.InterestReceivable,
		a.LoanRepayments, a.FinanceLeaseRepayments, a.PFIRepayments, a.CurrentAssets, a.Inventories,
		a.CurrentLiabilities, a.CommittedFacilities, a.WorkingCapitalFacility, a.AverageAssetsEmployed,
		a.AgencySpend, a.CapitalExpenditure} {
		if f.Valid {
			return false
		}
	}
	return a.Published.IsZero() && a.BorrowingLimitBreached == nil && a.PDCDividendUnpaid == nil &&
		len(x.ControlTotalEvents) == len(a.ControlTotalEvents)
}

// inspectionAsOf keeps a published report, turns one started but not yet
// published into a pending inspection, and drops one not yet started.
func inspectionAsOf(i *Inspection, date Date) (Inspection, change) {
	if i.Published.IsZero() || i.Published.After(date) {
		if i.Started.IsZero() || i.Started.After(date) {
			return *i, dropped
		}
		x := Inspection{Scope: i.Scope, Location: i.Location, Started: i.Started, Pending: true}
		if i.Pending && i.Published.IsZero() && i.Overall == CQCRatingUnknown && i.Ratings == (KeyQuestionRatings{}) &&
			i.UseOfResources == CQCRatingUnknown && len(i.RequirementNotices) == 0 && len(i.WarningNotices) == 0 &&
			i.RecommendsSpecialMeasures == nil {
			return *i, same
		}
		return x, changed
	}
	x, c := *i, same
	x.RequirementNotices = siftInto(&c, i.RequirementNotices, func(n *Notice) (Notice, change) { return *n, keptIf(!n.Issued.After(date)) })
	x.WarningNotices = siftInto(&c, i.WarningNotices, func(n *Notice) (Notice, change) { return *n, keptIf(!n.Issued.After(date)) })
	return x, c
}

func commissionerAsOf(c *Commissioner, date Date) (Commissioner, change) {
	x, ch := *c, same
	x.Ratings = siftInto(&ch, c.Ratings, func(r *PublishedRating) (PublishedRating, change) { return *r, keptIf(!r.Published.After(date)) })
	x.Directions = siftInto(&ch, c.Directions, func(d *Direction) (Direction, change) {
		if d.Issued.After(date) {
			return *d, dropped
		}
		if d.Revoked.After(date) {
			y := *d
			y.Revoked = Date{}
			return y, changed
		}
		return *d, same
	})
	x.Finance = siftInto(&ch, c.Finance, func(f *CommissionerFinance) (CommissionerFinance, change) {
		if f.FiguresKnown(date) || (f.Published.IsZero() && !f.Surplus.Valid) {
			return *f, same
		}
		y := *f
		y.Published, y.Surplus = Date{}, decimal.NullDecimal{}
		return y, changed
	})
	spells := spellsAsOf(c.Spells, date)
	mark(&ch, changeOf(c.Spells, spells))
	x.Spells = spells
	return x, ch
}

func spellsAsOf(ss []Spell, date Date) []Spell {
	return sift(ss, func(s *Spell) (Spell, change) {
		if s.Start.After(date) {
			return *s, dropped
		}
		if s.End.After(date) {
			y := *s
			y.End, y.EndNote, y.EndSource = Date{}, "", nil
			return y, changed
		}
		return *s, same
	})
}

func ratingsAsOf(rs []PublishedRating, date Date) []PublishedRating {
	return sift(rs, func(r *PublishedRating) (PublishedRating, change) { return *r, keptIf(!r.Published.After(date)) })
}

// siftInto sifts xs and marks c changed if anything in it changed.
func siftInto[T any](c *change, xs []T, f func(*T) (T, change)) []T {
	out := sift(xs, f)
	mark(c, changeOf(xs, out))
	return out
}

// changeOf reports whether sift returned a new slice for xs.
func changeOf[T any](xs, out []T) change {
	if len(xs) != len(out) || (len(xs) > 0 && &xs[0] != &out[0]) {
		return changed
	}
	return same
}

func keptIf(known bool) change {
	if known {
		return same
	}
	return dropped
}
