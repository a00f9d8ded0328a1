package england

import (
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/failregime/failregime/rating"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// areaSpellRule is Met when the economy is in a spell of i on the facts
// date: an area already in a regime is in it, whatever its figures say.
func areaSpellRule(id, title string, i economy.Regime, cite economy.Citation) regime.Rule {
	return regime.Predicate(id, title, cite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		e := s.Economy()
		if e == nil {
			w.Missing("economy")
			return regime.Unknown
		}
		sp, ok := economy.SpellOf(e.Spells, i, env.FactsDate())
		if !ok {
			if w != nil {
				w.Because("no " + i.String() + " spell in force")
			}
			return regime.NotMet
		}
		if w != nil {
			w.Because("in a " + i.String() + " spell since " + sp.Start.String())
		}
		return regime.Met
	})
}

// orgFailingSpells are the interventions that mark an organisation as
// failing while they are in force.
var orgFailingSpells = [...]economy.Regime{
	economy.QualitySpecialMeasures, economy.FinancialSpecialMeasures, economy.TrustSpecialAdministration,
	economy.EnforcementUndertakings, economy.SignificantBreach, economy.RecoverySupportProgramme,
	economy.ProviderImprovementProgramme, economy.LegalDirections, economy.CommissionerSpecialMeasures,
}

func isFailingIntervention(i economy.Regime) bool {
	for _, x := range orgFailingSpells {
		if x == i {
			return true
		}
	}
	return false
}

// failingSpellInForce returns the first failing spell in force on d.
func failingSpellInForce(spells []economy.Spell, d economy.Date) (economy.Spell, bool) {
	for _, sp := range spells {
		if sp.InForce(d) && isFailingIntervention(sp.Regime) {
			return sp, true
		}
	}
	return economy.Spell{}, false
}

// position is an organisation's financial position as the facts stood on
// a date: its surplus (negative: deficit) and the income or allocation to
// compare it with.
type position struct {
	surplus   decimal.Decimal
	income    decimal.Decimal
	hasIncome bool
}

// providerPosition reads the forecast, else the plan, of the year under
// way; else the outturn (else the forecast) of the latest year ended.
// Year-to-date figures are skipped: they are not a year's position.
func providerPosition(p *economy.Provider, d economy.Date) (position, bool) {
	var cur, last *economy.Accounts
	for i := range p.Accounts {
		a := &p.Accounts[i]
		if a.YearToDate || a.Period.From.IsZero() || a.Period.From.After(d) {
			continue
		}
		if a.Period.Contains(d) {
			if cur == nil || a.Period.From.After(cur.Period.From) {
				cur = a
			}
		} else if !a.Period.To.After(d) && (last == nil || !a.Period.To.Before(last.Period.To)) {
			last = a
		}
	}
	var pos position
	var fig decimal.NullDecimal
	switch {
	case cur != nil && cur.ForecastSurplus.Valid:
		fig = cur.ForecastSurplus
	case cur != nil && cur.PlannedSurplus.Valid:
		fig = cur.PlannedSurplus
	case last != nil && last.Surplus.Valid:
		fig = last.Surplus
	case last != nil && last.ForecastSurplus.Valid:
		fig = last.ForecastSurplus
	}
	if !fig.Valid {
		return pos, false
	}
	pos.surplus = fig.Decimal
	for _, a := range [...]*economy.Accounts{cur, last} {
		if a != nil && a.OperatingIncome.Valid && a.OperatingIncome.Decimal.IsPositive() {
			pos.income, pos.hasIncome = a.OperatingIncome.Decimal, true
			break
		}
	}
	return pos, true
}

// commissionerPosition reads the plan of the year under way, else the
// outturn of the latest year ended, against the year's allocation (else
// the commissioner's annual allocation).
func commissionerPosition(c *economy.Commissioner, d economy.Date) (position, bool) {
	var pos position
	f, ok := financeYearBefore(c, d, economy.Date{})
	if !ok {
		return pos, false
	}
	var fig decimal.NullDecimal
	switch {
	case f.Period.Contains(d) && f.PlannedSurplus.Valid:
		fig = f.PlannedSurplus
	case f.Surplus.Valid:
		fig = f.Surplus
	default:
		fig = f.PlannedSurplus
	}
	if !fig.Valid {
		return pos, false
	}
	pos.surplus = fig.Decimal
	alloc := f.Allocation
	if !alloc.Valid {
		alloc = c.Allocation
	}
	if alloc.Valid && alloc.Decimal.IsPositive() {
		pos.income, pos.hasIncome = alloc.Decimal, true
	}
	return pos, true
}

// deficitFails: Met when the deficit reaches min pounds or pct of income;
// NotMet in surplus, or below both with income known; else Unknown.
func deficitFails(pos position, min, pct decimal.Decimal) regime.Verdict {
	if !pos.surplus.IsNegative() {
		return regime.NotMet
	}
	deficit := pos.surplus.Neg()
	if deficit.Cmp(min) >= 0 {
		return regime.Met
	}
	if !pos.hasIncome {
		return regime.Unknown
	}
	return regime.VerdictOf(deficit.Mul(hundred).Cmp(pct.Mul(pos.income)) >= 0)
}

// judged reports whether an organisation in the area is an organisation
// the whole-economy rules count: an NHS trust or foundation trust, a CCG or
// an ICB. Independent providers, councils and NHS England are not part of
// the NHS system whose failure the regimes address.
func providerCounts(p *economy.Provider) (counts, known bool) {
	if p.Kind == economy.ProviderKindUnknown {
		return false, false
	}
	return p.Kind.IsNHS(), true
}

func commissionerCounts(c *economy.Commissioner) (counts, known bool) {
	if c.Kind == economy.CommissionerKindUnknown {
		return false, false
	}
	return c.Kind == economy.CCG || c.Kind == economy.ICB || c.Kind == economy.PCT, true
}

// providerFailing: in a failing spell, under undertakings, with a breach
// suspected (a regulator's investigation) or found and not resolved, or
// in deficit beyond the parameters.
func providerFailing(env *regime.Env, ep economyParams, p *economy.Provider, d economy.Date) regime.Verdict {
	if counts, known := providerCounts(p); !known {
		return regime.Unknown
	} else if !counts {
		return regime.NotMet
	}
	if _, ok := failingSpellInForce(p.Governance.Spells, d); ok {
		return regime.Met
	}
	for _, u := range p.Governance.Undertakings {
		if !u.Date.IsZero() && !u.Date.After(d) && (u.Released.IsZero() || u.Released.After(d)) {
			return regime.Met
		}
	}
	for _, b := range p.Governance.Breaches {
		if (b.Status == economy.BreachSuspected || b.Status == economy.BreachFound) && !b.Date.IsZero() && !b.Date.After(d) &&
			(b.Resolved.IsZero() || b.Resolved.After(d)) {
			return regime.Met
		}
	}
	pos, ok := providerPosition(p, d)
	min, mok := ep.failingDeficitMin.Get(env)
	pct, pok := ep.failingDeficitPct.Get(env)
	if !ok || !mok || !pok {
		return regime.Unknown
	}
	return deficitFails(pos, min, pct)
}

// commissionerFailing: under directions or special measures, rated not
// assured or inadequate in its latest assessment, or in deficit beyond the
// parameters.
func commissionerFailing(env *regime.Env, ep economyParams, c *economy.Commissioner, d economy.Date) regime.Verdict {
	if counts, known := commissionerCounts(c); !known {
		return regime.Unknown
	} else if !counts {
		return regime.NotMet
	}
	if _, ok := failingSpellInForce(c.Spells, d); ok {
		return regime.Met
	}
	for i := range c.Directions {
		if c.Directions[i].InForce(d) {
			return regime.Met
		}
	}
	if a, ok := c.LatestAssessment(d); ok && failingRating(a.Rating) {
		return regime.Met
	}
	pos, ok := commissionerPosition(c, d)
	min, mok := ep.failingDeficitMin.Get(env)
	pct, pok := ep.failingDeficitPct.Get(env)
	if !ok || !mok || !pok {
		return regime.Unknown
	}
	return deficitFails(pos, min, pct)
}

// failingCountRule counts the area's failing NHS organisations against
// the minimum k: Met once that many are failing, NotMet when even every
// unknown one failing would not reach it, else Unknown.
func failingCountRule(id, title string, ep economyParams, k regime.IntKey, cite economy.Citation) regime.Rule {
	return regime.Predicate(id, title, cite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		e := s.Economy()
		need, ok := k.Get(env)
		if e == nil || !ok {
			w.Missing("economy or " + k.Name())
			return regime.Unknown
		}
		d := env.FactsDate()
		var met, unknown int64
		tally := func(v regime.Verdict, kind, id, name string) {
			switch v {
			case regime.Met:
				met++
			case regime.NotMet:
			default:
				unknown++
			}
			if w != nil && v != regime.NotMet {
				w.Fact(regime.Fact{Name: kind + " " + id, Text: nameOr(name, id) + ": failing " + v.Text(), Verdict: v})
			}
		}
		for i := range e.Providers {
			p := &e.Providers[i]
			tally(providerFailing(env, ep, p, d), "provider", p.ID, p.Name)
		}
		for i := range e.Commissioners {
			c := &e.Commissioners[i]
			tally(commissionerFailing(env, ep, c, d), "commissioner", c.ID, c.Name)
		}
		v := regime.CountVerdict(int(need), int(met), int(unknown))
		if need < 1 {
			v = regime.Met
		}
		if w != nil {
			w.Fact(paramFact(env, "failing organisations", met, regime.GE, k, "organisations", v))
			w.Because(strconv.FormatInt(met, 10) + " failing and " + strconv.FormatInt(unknown, 10) + " unknown of " +
				strconv.Itoa(len(e.Providers)+len(e.Commissioners)) + " organisations; at least " + strconv.FormatInt(need, 10) + " needed: " + v.Text())
		}
		return v
	}, k.Ref(), ep.failingDeficitMin.Ref(), ep.failingDeficitPct.Ref())
}

// systemDeficitRule: the area's whole-system position when the record
// gives one (the plan for the year under way, else the outturn of the
// latest year ended), compared with min pounds and, with the system's
// income, pct; otherwise the sum of its NHS organisations' deficits, a
// floor that unknown organisations can only raise.
func systemDeficitRule(id, title string, ep economyParams, min, pct regime.DecimalKey, cite economy.Citation) regime.Rule {
	refs := []regime.ParamRef{min.Ref(), ep.failingDeficitMin.Ref()}
	if pct.Name() != "" {
		refs = append(refs, pct.Ref())
	}
	return regime.Predicate(id, title, cite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		e := s.Economy()
		floor, ok := min.Get(env)
		if e == nil || !ok {
			w.Missing("economy or " + min.Name())
			return regime.Unknown
		}
		d := env.FactsDate()
		if pos, found := systemPosition(e, d); found {
			deficit := pos.surplus.Neg()
			var v regime.Verdict
			switch {
			case !pos.surplus.IsNegative():
				v = regime.NotMet
			case deficit.Cmp(floor) >= 0:
				v = regime.Met
			case pct.Name() == "":
				v = regime.NotMet // no share-of-income test in this regime
			default:
				if p, pok := pct.Get(env); pok && pos.hasIncome {
					v = regime.VerdictOf(deficit.Mul(hundred).Cmp(p.Mul(pos.income)) >= 0)
				}
			}
			if w != nil {
				w.Fact(decimalParamFact(env, "area deficit", pos.surplus.Neg(), min, "pounds", v))
				w.Because("the area's whole-system deficit is " + decimaltext.Format(pos.surplus.Neg()) + " pounds: " + v.Text())
			}
			return v
		}
		sum, unknown := decimal.Zero, 0
		for i := range e.Providers {
			p := &e.Providers[i]
			if counts, known := providerCounts(p); known && !counts {
				continue
			}
			if pos, ok := providerPosition(p, d); ok && p.Kind != economy.ProviderKindUnknown {
				if pos.surplus.IsNegative() {
					sum = sum.Add(pos.surplus.Neg())
				}
				continue
			}
			unknown++
		}
		for i := range e.Commissioners {
			c := &e.Commissioners[i]
			if counts, known := commissionerCounts(c); known && !counts {
				continue
			}
			if pos, ok := commissionerPosition(c, d); ok && c.Kind != economy.CommissionerKindUnknown {
				if pos.surplus.IsNegative() {
					sum = sum.Add(pos.surplus.Neg())
				}
				continue
			}
			unknown++
		}
		v := regime.Unknown
		switch {
		case sum.Cmp(floor) >= 0:
			v = regime.Met
		case unknown == 0:
			v = regime.NotMet
		}
		if w != nil {
			w.Fact(decimalParamFact(env, "sum of organisations' deficits", sum, min, "pounds", v))
			w.Because("no whole-system figure: the NHS organisations' deficits add up to at least " + decimaltext.Format(sum) +
				" pounds, with " + strconv.Itoa(unknown) + " organisations' positions unknown: " + v.Text())
			if unknown > 0 {
				w.Missing("accounts or finance of " + strconv.Itoa(unknown) + " organisations (providers[].accounts, commissioners[].finance)")
			}
		}
		return v
	}, refs...)
}

// systemPosition reads the area's whole-system figures.
func systemPosition(e *economy.Economy, d economy.Date) (position, bool) {
	var pos position
	var cur, last *economy.SystemFinance
	for i := range e.System {
		sf := &e.System[i]
		if sf.Period.Contains(d) && sf.PlannedSurplus.Valid {
			cur = sf
		} else if !sf.Period.To.IsZero() && !sf.Period.To.After(d) && sf.Surplus.Valid && (last == nil || !sf.Period.To.Before(last.Period.To)) {
			last = sf
		}
	}
	switch {
	case cur != nil:
		pos.surplus = cur.PlannedSurplus.Decimal
		pos.income, pos.hasIncome = cur.Income.Decimal, cur.Income.Valid && cur.Income.Decimal.IsPositive()
	case last != nil:
		pos.surplus = last.Surplus.Decimal
		pos.income, pos.hasIncome = last.Income.Decimal, last.Income.Valid && last.Income.Decimal.IsPositive()
	default:
		return pos, false
	}
	return pos, true
}

// decimalParamFact records a decimal fact compared (>=) with a parameter.
func decimalParamFact(env *regime.Env, name string, v decimal.Decimal, k regime.DecimalKey, unit string, verdict regime.Verdict) regime.Fact {
	return k.Fact(env, name, v, regime.GE, unit, verdict)
}

// standardsParams is read once: the operational standards are fixed data.
var standardsParams = rating.DefaultStandardsParams()

// providerQuality: in quality special measures; rated at or below the
// parameter overall by CQC; or missing an operational standard in its
// latest reported period. Unknown when none of these is met and a fact is
// missing (no inspection or no performance figures).
func providerQuality(env *regime.Env, ep economyParams, p *economy.Provider, d economy.Date) regime.Verdict {
	if counts, known := providerCounts(p); !known {
		return regime.Unknown
	} else if !counts {
		return regime.NotMet
	}
	if inForceIntervention(p.Governance.Spells, economy.QualitySpecialMeasures, d) {
		return regime.Met
	}
	word, ok := ep.qualityRating.Get(env)
	if !ok {
		return regime.Unknown
	}
	bar := economy.RequiresImprovement
	if word == "inadequate" {
		bar = economy.Inadequate
	}
	res := regime.NotMet
	if in, ok := p.LatestInspection(d); ok && in.Overall.Known() && !in.Pending {
		if in.Overall >= bar {
			return regime.Met
		}
	} else {
		res = regime.Unknown
	}
	if perf, ok := p.LatestPerformance(d); ok {
		r := rating.RateStandards(perf, standardsParams)
		if r.Rated() && r.Score == rating.StandardNotMet.Score() {
			return regime.Met
		}
		if !r.Rated() {
			res = regime.Unknown
		}
	} else {
		res = regime.Unknown
	}
	return res
}

// qualityProblemRule is Met when any NHS provider in the area has a
// quality or performance problem.
func qualityProblemRule(id, title string, ep economyParams, cite economy.Citation) regime.Rule {
	return regime.Predicate(id, title, cite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		e := s.Economy()
		if e == nil {
			w.Missing("economy")
			return regime.Unknown
		}
		d := env.FactsDate()
		res := regime.NotMet
		for i := range e.Providers {
			p := &e.Providers[i]
			v := providerQuality(env, ep, p, d)
			if w != nil && v != regime.NotMet {
				w.Fact(regime.Fact{Name: "provider " + p.ID, Text: nameOr(p.Name, p.ID) + ": quality or performance problem " + v.Text(), Verdict: v})
			}
			switch v {
			case regime.Met:
				if w == nil {
					return regime.Met
				}
				res = regime.Met
			case regime.Unknown:
				if res != regime.Met {
					res = regime.Unknown
				}
			}
		}
		if w != nil {
			switch res {
			case regime.Met:
				w.Because("a provider in the area is in quality special measures, rated poorly by CQC or missing an operational standard")
			case regime.NotMet:
				w.Because("no provider in the area has a quality or performance problem on the facts given")
			default:
				w.Because("no provider is known to have a problem, and some providers' ratings or waiting times are not given")
				w.Missing("CQC ratings or operational standards of some providers")
			}
		}
		return res
	}, ep.qualityRating.Ref())
}

// longStandingRule: the area was already in an area-wide regime before
// the date, or an organisation's failing spell began at least the
// parameter's months before it. Spell lists are read as complete records.
func longStandingRule(ep economyParams) regime.Rule {
	return regime.Predicate(RuleLongstandingProblems, "deep-rooted, long-standing problems", srcSuccessRegimeAreas, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		e := s.Economy()
		months, ok := ep.longMonths.Get(env)
		if e == nil || !ok {
			w.Missing("economy or " + ep.longMonths.Name())
			return regime.Unknown
		}
		d := env.FactsDate()
		for _, sp := range e.Spells {
			if (sp.Regime == economy.ChallengedHealthEconomy || sp.Regime == economy.SuccessRegime) && !sp.Start.IsZero() && sp.Start.Before(d) {
				if w != nil {
					w.Because("the area has been a " + sp.Regime.String() + " since " + sp.Start.String())
				}
				return regime.Met
			}
		}
		cutoff := d.AddMonths(-int(months))
		old := func(spells []economy.Spell, who string) bool {
			for _, sp := range spells {
				if isFailingIntervention(sp.Regime) && !sp.Start.IsZero() && !sp.Start.After(cutoff) {
					if w != nil {
						w.Because(who + " entered " + sp.Regime.String() + " on " + sp.Start.String() + ", at least " +
							strconv.FormatInt(months, 10) + " months before " + d.String())
					}
					return true
				}
			}
			return false
		}
		for i := range e.Providers {
			if old(e.Providers[i].Governance.Spells, e.Providers[i].ID) {
				return regime.Met
			}
		}
		for i := range e.Commissioners {
			if old(e.Commissioners[i].Spells, e.Commissioners[i].ID) {
				return regime.Met
			}
		}
		if w != nil {
			w.Because("no earlier area-wide regime and no organisation's failure-regime spell began " + strconv.FormatInt(months, 10) + " or more months before " + d.String())
		}
		return regime.NotMet
	}, ep.longMonths.Ref())
}
