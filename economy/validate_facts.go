package economy

import "github.com/failregime/failregime/internal/patherr"

func (p *problems) inspection(path string, in *Inspection) {
	enumValue(p, p.join(path, "scope"), in.Scope, true) // without it the report would be silently ignored as no trust-level report
	p.span(p.join(path, "started"), in.Started, false, p.join(path, "published"), in.Published, false)
	r := p.join(path, "ratings")
	enumValue(p, p.join(r, "safe"), in.Ratings.Safe, false)
	enumValue(p, p.join(r, "effective"), in.Ratings.Effective, false)
	enumValue(p, p.join(r, "caring"), in.Ratings.Caring, false)
	enumValue(p, p.join(r, "responsive"), in.Ratings.Responsive, false)
	enumValue(p, p.join(r, "well_led"), in.Ratings.WellLed, false)
	enumValue(p, p.join(path, "overall"), in.Overall, false)
	enumValue(p, p.join(path, "use_of_resources"), in.UseOfResources, false)
	p.notices(p.join(path, "requirement_notices"), in.RequirementNotices)
	p.notices(p.join(path, "warning_notices"), in.WarningNotices)
	// A pending inspection has no report yet: a publication date or a
	// rating on it would be read as published facts.
	if in.Pending {
		if !in.Published.IsZero() {
			p.add(p.join(path, "published"), "a pending inspection has no published report")
		}
		if in.Ratings != (KeyQuestionRatings{}) || in.Overall != CQCRatingUnknown || in.UseOfResources != CQCRatingUnknown {
			p.add(p.join(path, "pending"), "a pending inspection carries no ratings")
		}
	}
}

func (p *problems) notices(path string, ns []Notice) {
	for i, n := range ns {
		npath := p.index(path, i)
		enumValue(p, p.join(npath, "key_question"), n.KeyQuestion, false)
		p.date(p.join(npath, "issued"), n.Issued, false)
	}
}

func (p *problems) performance(path string, x *Performance) {
	p.period(p.join(path, "period"), x.Period)
	p.optionalPercent(p.join(path, "ae_4_hours"), x.AE4Hours)
	p.optionalPercent(p.join(path, "rtt_incomplete_18_weeks"), x.RTTIncomplete18Weeks)
	p.optionalPercent(p.join(path, "rtt_admitted_18_weeks"), x.RTTAdmitted18Weeks)
	p.optionalPercent(p.join(path, "rtt_non_admitted_18_weeks"), x.RTTNonAdmitted18Wks)
	p.optionalPercent(p.join(path, "cancer_2_week_wait"), x.Cancer2WeekWait)
	p.optionalPercent(p.join(path, "cancer_31_day"), x.Cancer31Day)
	p.optionalPercent(p.join(path, "cancer_62_day"), x.Cancer62Day)
	p.optionalPercent(p.join(path, "cancer_28_day_fds"), x.Cancer28DayFDS)
	p.optionalPercent(p.join(path, "diagnostics_over_6_weeks"), x.DiagnosticsOver6Wks)
	p.optionalPercent(p.join(path, "ambulance_cat_a_8_minutes"), x.AmbulanceCatA8Min)
	p.nonNegative(p.join(path, "cdiff_cases"), x.CDifficileCases)
	p.nonNegative(p.join(path, "cdiff_objective"), x.CDifficileObjective)
	if p.quiet {
		// Valid needs no order and no paths: whether any figure fails is
		// the same in map order.
		for name, v := range x.Other {
			if name == "" {
				p.add("", "name must not be empty")
			}
			p.percent("", v)
		}
		return
	}
	for _, name := range sortedKeys(x.Other) {
		opath := patherr.Field(p.join(path, "other"), name)
		if name == "" {
			p.add(opath, "name must not be empty")
		}
		p.percent(opath, x.Other[name])
	}
}

func (p *problems) governance(path string, g *Governance) {
	for i, b := range g.Breaches {
		bpath := p.index(p.join(path, "breaches"), i)
		p.required(p.join(bpath, "condition"), b.Condition)
		enumValue(p, p.join(bpath, "status"), b.Status, true)
		p.span(p.join(bpath, "date"), b.Date, true, p.join(bpath, "resolved"), b.Resolved, false)
	}
	for i, u := range g.Undertakings {
		upath := p.index(p.join(path, "undertakings"), i)
		p.span(p.join(upath, "date"), u.Date, false, p.join(upath, "released"), u.Released, false)
	}
	p.spells(p.join(path, "spells"), g.Spells)
}

func (p *problems) spells(path string, spells []Spell) {
	for i, s := range spells {
		spath := p.index(path, i)
		enumValue(p, p.join(spath, "regime"), s.Regime, true)
		p.span(p.join(spath, "start"), s.Start, true, p.join(spath, "end"), s.End, false)
		if s.Source != nil {
			p.citation(p.join(spath, "source"), *s.Source)
		}
		if s.End.IsZero() && s.EndNote != "" {
			p.add(p.join(spath, "end_note"), "needs an end")
		}
		if s.EndSource != nil {
			if s.End.IsZero() {
				p.add(p.join(spath, "end_source"), "needs an end")
			}
			p.citation(p.join(spath, "end_source"), *s.EndSource)
		}
	}
}

func (p *problems) commissioner(path string, c *Commissioner) {
	p.id(p.join(path, "id"), c.ID)
	p.required(p.join(path, "name"), c.Name)
	enumValue(p, p.join(path, "kind"), c.Kind, true)
	if c.Population != nil && *c.Population < 0 {
		p.add(p.join(path, "population"), "must not be negative")
	}
	p.nonNegative(p.join(path, "allocation"), c.Allocation)
	for i, d := range c.Directions {
		dpath := p.index(p.join(path, "directions"), i)
		p.span(p.join(dpath, "issued"), d.Issued, true, p.join(dpath, "revoked"), d.Revoked, false)
	}
	for i, f := range c.Finance {
		fpath := p.index(p.join(path, "finance"), i)
		p.period(p.join(fpath, "period"), f.Period)
		p.published(p.join(fpath, "published"), f.Published, f.Period)
		p.nonNegative(p.join(fpath, "allocation"), f.Allocation)
		p.signed(p.join(fpath, "surplus"), f.Surplus)
		p.signed(p.join(fpath, "planned_surplus"), f.PlannedSurplus)
	}
	p.spells(p.join(path, "spells"), c.Spells)
	p.publishedRatings(p.join(path, "ratings"), c.Ratings)
	p.citations(p.join(path, "sources"), c.Sources)
}
