package economy

import "github.com/failregime/failregime/internal/patherr"

func (p *problems) inspection(path string, in *Inspection) {
	enumValue(p, join(path, "scope"), in.Scope, true) // without it the report would be silently ignored as no trust-level report
	p.span(join(path, "started"), in.Started, false, join(path, "published"), in.Published, false)
	r := join(path, "ratings")
	enumValue(p, join(r, "safe"), in.Ratings.Safe, false)
	enumValue(p, join(r, "effective"), in.Ratings.Effective, false)
	enumValue(p, join(r, "caring"), in.Ratings.Caring, false)
	enumValue(p, join(r, "responsive"), in.Ratings.Responsive, false)
	enumValue(p, join(r, "well_led"), in.Ratings.WellLed, false)
	enumValue(p, join(path, "overall"), in.Overall, false)
	enumValue(p, join(path, "use_of_resources"), in.UseOfResources, false)
	p.notices(join(path, "requirement_notices"), in.RequirementNotices)
	p.notices(join(path, "warning_notices"), in.WarningNotices)
	// A pending inspection has no report yet: a publication date or a
	// rating on it would be read as published facts.
	if in.Pending {
		if !in.Published.IsZero() {
			p.add(join(path, "published"), "a pending inspection has no published report")
		}
		if in.Ratings != (KeyQuestionRatings{}) || in.Overall != CQCRatingUnknown || in.UseOfResources != CQCRatingUnknown {
			p.add(join(path, "pending"), "a pending inspection carries no ratings")
		}
	}
}

func (p *problems) notices(path string, ns []Notice) {
	for i, n := range ns {
		npath := index(path, i)
		enumValue(p, join(npath, "key_question"), n.KeyQuestion, false)
		p.date(join(npath, "issued"), n.Issued, false)
	}
}

func (p *problems) performance(path string, x *Performance) {
	p.period(join(path, "period"), x.Period)
	p.optionalPercent(join(path, "ae_4_hours"), x.AE4Hours)
	p.optionalPercent(join(path, "rtt_incomplete_18_weeks"), x.RTTIncomplete18Weeks)
	p.optionalPercent(join(path, "rtt_admitted_18_weeks"), x.RTTAdmitted18Weeks)
	p.optionalPercent(join(path, "rtt_non_admitted_18_weeks"), x.RTTNonAdmitted18Wks)
	p.optionalPercent(join(path, "cancer_2_week_wait"), x.Cancer2WeekWait)
	p.optionalPercent(join(path, "cancer_31_day"), x.Cancer31Day)
	p.optionalPercent(join(path, "cancer_62_day"), x.Cancer62Day)
	p.optionalPercent(join(path, "cancer_28_day_fds"), x.Cancer28DayFDS)
	p.optionalPercent(join(path, "diagnostics_over_6_weeks"), x.DiagnosticsOver6Wks)
	p.optionalPercent(join(path, "ambulance_cat_a_8_minutes"), x.AmbulanceCatA8Min)
	p.nonNegative(join(path, "cdiff_cases"), x.CDifficileCases)
	p.nonNegative(join(path, "cdiff_objective"), x.CDifficileObjective)
	for _, name := range sortedKeys(x.Other) {
		opath := patherr.Field(join(path, "other"), name)
		if name == "" {
			p.add(opath, "name must not be empty")
		}
		p.percent(opath, x.Other[name])
	}
}

func (p *problems) governance(path string, g *Governance) {
	for i, b := range g.Breaches {
		bpath := index(join(path, "breaches"), i)
		p.required(join(bpath, "condition"), b.Condition)
		enumValue(p, join(bpath, "status"), b.Status, true)
		p.span(join(bpath, "date"), b.Date, true, join(bpath, "resolved"), b.Resolved, false)
	}
	for i, u := range g.Undertakings {
		upath := index(join(path, "undertakings"), i)
		p.span(join(upath, "date"), u.Date, false, join(upath, "released"), u.Released, false)
	}
	p.spells(join(path, "spells"), g.Spells)
}

func (p *problems) spells(path string, spells []Spell) {
	for i, s := range spells {
		spath := index(path, i)
		enumValue(p, join(spath, "regime"), s.Regime, true)
		p.span(join(spath, "start"), s.Start, true, join(spath, "end"), s.End, false)
		if s.Source != nil {
			p.citation(join(spath, "source"), *s.Source)
		}
		if s.End.IsZero() && s.EndNote != "" {
			p.add(join(spath, "end_note"), "needs an end")
		}
		if s.EndSource != nil {
			if s.End.IsZero() {
				p.add(join(spath, "end_source"), "needs an end")
			}
			p.citation(join(spath, "end_source"), *s.EndSource)
		}
	}
}

func (p *problems) commissioner(path string, c *Commissioner) {
	p.id(join(path, "id"), c.ID)
	p.required(join(path, "name"), c.Name)
	enumValue(p, join(path, "kind"), c.Kind, true)
	if c.Population != nil && *c.Population < 0 {
		p.add(join(path, "population"), "must not be negative")
	}
	p.nonNegative(join(path, "allocation"), c.Allocation)
	for i, d := range c.Directions {
		dpath := index(join(path, "directions"), i)
		p.span(join(dpath, "issued"), d.Issued, true, join(dpath, "revoked"), d.Revoked, false)
	}
	for i, f := range c.Finance {
		fpath := index(join(path, "finance"), i)
		p.period(join(fpath, "period"), f.Period)
		p.published(join(fpath, "published"), f.Published, f.Period)
		p.nonNegative(join(fpath, "allocation"), f.Allocation)
		p.signed(join(fpath, "surplus"), f.Surplus)
		p.signed(join(fpath, "planned_surplus"), f.PlannedSurplus)
	}
	p.spells(join(path, "spells"), c.Spells)
	p.publishedRatings(join(path, "ratings"), c.Ratings)
	p.citations(join(path, "sources"), c.Sources)
}
