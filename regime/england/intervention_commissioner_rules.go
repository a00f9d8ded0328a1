package england

import (
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// subjectKindFor reports whether a commissioner of kind k is subject to the
// commissioner regime of law, and false for a kind the facts do not give.
func subjectKindFor(law commissionerLaw, k economy.CommissionerKind) (subject, known bool) {
	switch k {
	case economy.CommissionerKindUnknown:
		return false, false
	case economy.PCT:
		return law == pctEra, true
	case economy.CCG:
		return law != pctEra && law != icb2022, true
	case economy.ICB:
		return law == icb2022, true
	}
	return false, true // NHS England and local authorities
}

// notSubjectRule is Met for a commissioner these rules do not judge: NHS
// England (which intervenes rather than being intervened in), a local
// authority (overseen under local government law), or a body of a kind
// that did not exist in the edition (a PCT after March 2013, a CCG after
// June 2022).
func notSubjectRule(law commissionerLaw) regime.Rule {
	cite := eraAssuranceCite(law)
	if law == icb2022 {
		cite = srcICBEstablished
	}
	return regime.Predicate(RuleCommissionerNotSubject, "not subject to commissioner intervention", cite,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			c := s.Commissioner()
			if c == nil {
				w.Missing("commissioner")
				return regime.Unknown
			}
			subject, known := subjectKindFor(law, c.Kind)
			if !known {
				w.Missing("commissioner kind")
				return regime.Unknown
			}
			if w != nil {
				w.Fact(regime.Fact{Name: "commissioner kind", Text: c.Kind.String(), Verdict: regime.VerdictOf(!subject)})
				switch {
				case subject:
					w.Because(aOr(c.Kind.String()) + " is subject to the commissioner regime of this edition")
				case c.Kind == economy.CCG && law == icb2022:
					w.Because("CCGs were closed down on 1 July 2022, when 42 ICBs took over their commissioning (Integrated Care Boards (Establishment) Order 2022, s.14Z25): a ccg is not subject to the commissioner regime of this edition")
				case c.Kind == economy.ICB && law != icb2022:
					w.Because("ICBs were established on 1 July 2022 (Integrated Care Boards (Establishment) Order 2022, s.14Z25): an icb is not subject to the commissioner regime of this edition")
				default:
					w.Because(aOr(c.Kind.String()) + " is not subject to the commissioner regime of this edition")
				}
			}
			return regime.VerdictOf(!subject)
		})
}

// failingRating reports whether r is the worst assessment of its era:
// "not assured" (2013/14-2014/15) or "inadequate" (from 2015/16). Both
// words count in every CCG edition, because until the next ratings are
// published the latest rating may be in the previous era's words.
func failingRating(r economy.AssuranceRating) bool {
	return r == economy.NotAssured || r == economy.AssuranceInadequate
}

// inForceIntervention reports whether spells hold a spell of i on d.
func inForceIntervention(spells []economy.Spell, i economy.Regime, d economy.Date) bool {
	_, ok := economy.SpellOf(spells, i, d)
	return ok
}

// directionsRule: NHS Act 2006 s.14Z21 (s.14Z61 for ICBs). A commissioner
// already under a direction or a legal-directions spell is in the regime;
// otherwise it is eligible when its latest published assessment is the
// worst of its era. Without an assessment or a direction it is Unknown:
// an unrated CCG is not thereby a sound one. The lists of directions and
// spells are read as complete records.
func directionsRule(law commissionerLaw) regime.Rule {
	cite := srcDirections
	if law == icb2022 {
		cite = srcICBDirections
	}
	return regime.Predicate(RuleLegalDirections, "legal directions", cite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		c := s.Commissioner()
		if c == nil {
			w.Missing("commissioner")
			return regime.Unknown
		}
		d := env.FactsDate()
		for i := range c.Directions {
			if c.Directions[i].InForce(d) {
				if w != nil {
					w.Fact(regime.Fact{Name: "direction in force", Text: "issued " + c.Directions[i].Issued.String() + " " + c.Directions[i].Section, Verdict: regime.Met})
					w.Because("a direction issued on " + c.Directions[i].Issued.String() + " is in force: the commissioner is under legal directions")
				}
				return regime.Met
			}
		}
		if inForceIntervention(c.Spells, economy.LegalDirections, d) {
			w.Because("a legal-directions spell is in force")
			return regime.Met
		}
		a, ok := c.LatestAssessment(d)
		if !ok || a.Rating == economy.AssuranceRatingUnknown {
			w.Missing("ratings[scheme=ccg_assurance]")
			w.Because("no direction in force and no published assessment: cannot tell whether directions are warranted")
			return regime.Unknown
		}
		v := regime.VerdictOf(failingRating(a.Rating))
		if w != nil {
			w.Fact(regime.Fact{Name: "latest assessment " + a.Period.String(), Text: a.Rating.String(), ThresholdText: "not_assured or inadequate", Verdict: v})
			if v == regime.Met {
				w.Because("rated " + a.Rating.String() + " for " + a.Period.String() + ": NHS England directs commissioners so rated to deliver an improvement plan")
			} else {
				w.Because("rated " + a.Rating.String() + " for " + a.Period.String() + " and under no direction")
			}
		}
		return v
	})
}

// specialMeasuresRule: CCG special measures (2015 guidance). A CCG in a
// special-measures spell is in the regime. Otherwise two things are
// needed: persistent problems (an interpretation, see the parameters) and
// NHS England's judgement that the CCG cannot improve on its own, which is
// a pending fact ([LeadershipCapabilityFact]). In July 2016 nine of the 26
// CCGs rated inadequate went into special measures and the rest only under
// directions: the judgement, not the figures, told them apart.
func specialMeasuresRule(cp commissionerParams) regime.Rule {
	inSpell := regime.Predicate(RuleCCGSpecialMeasuresSpell, "in CCG special measures", srcCCGSpecialMeasures,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			c := s.Commissioner()
			if c == nil {
				w.Missing("commissioner")
				return regime.Unknown
			}
			if inForceIntervention(c.Spells, economy.CommissionerSpecialMeasures, env.FactsDate()) {
				w.Because("a CCG special-measures spell is in force")
				return regime.Met
			}
			w.Because("no CCG special-measures spell in force")
			return regime.NotMet
		})
	persistent := regime.Any(persistentRatingsRule(cp), persistentDeficitRule(cp))
	leadership := regime.Predicate(RuleCCGCannotImproveAlone, "leadership cannot improve on its own", srcCCGSpecialMeasures2016,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			v, ok := regime.PendingValue(env, w, LeadershipCapabilityFact, "yes", "no")
			if !ok {
				w.Because("NHS England's judgement of the CCG's leadership capability is not in the facts")
				return regime.Unknown
			}
			switch v {
			case "no":
				w.Because("assumed: the CCG cannot show the leadership capability to improve on its own")
				return regime.Met
			case "yes":
				w.Because("assumed: the CCG can improve on its own")
				return regime.NotMet
			}
			w.Because("assumed value " + strconv.Quote(v) + " is neither yes nor no")
			return regime.Unknown
		})
	return regime.Named(RuleCCGSpecialMeasures, "CCG special measures", srcCCGSpecialMeasures, regime.Any(
		inSpell,
		regime.Named(RuleCCGSpecialMeasuresCriteria, "persistent problems and no capability to improve alone", srcCCGSpecialMeasures,
			regime.All(regime.Named(RuleCCGPersistentProblems, "persistent performance, financial or governance problems", srcCCGSpecialMeasures, persistent), leadership)),
	))
}

// persistentRatingsRule: the last N annual assessments are all the worst
// of their era. Fewer than N, all failing, is Unknown (the history is not
// long enough to say); any of the last N not failing is NotMet.
func persistentRatingsRule(cp commissionerParams) regime.Rule {
	return regime.Predicate(RuleCCGPersistentRatings, "consecutive failing assessments", srcCCGSpecialMeasures,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			c := s.Commissioner()
			n, ok := cp.persistentYears.Get(env)
			if c == nil || !ok {
				w.Missing("commissioner or commissioner.sm_persistent_years")
				return regime.Unknown
			}
			d := env.FactsDate()
			run, seen := int64(0), int64(0)
			next := d
			// Each step reads an earlier assessment, so the run can be
			// no longer than the list: a period that ends before it
			// starts (in an economy built without Validate) stops it.
			for seen < n && seen < int64(len(c.Ratings)) {
				a, found := latestAssessmentBefore(c, next, d)
				if !found {
					break
				}
				seen++
				if !failingRating(a.Rating) {
					if w != nil {
						w.Fact(paramFact(env, "consecutive failing assessments", run, regime.GE, cp.persistentYears, "assessments", regime.NotMet))
						w.Because("assessment for " + a.Period.String() + " was " + a.Rating.String() + ": the run of failing assessments is " + strconv.FormatInt(run, 10))
					}
					return regime.NotMet
				}
				run++
				next = a.Period.From.AddDays(-1)
			}
			if run >= n {
				if w != nil {
					w.Fact(paramFact(env, "consecutive failing assessments", run, regime.GE, cp.persistentYears, "assessments", regime.Met))
					w.Because(strconv.FormatInt(run, 10) + " consecutive assessments rated not assured or inadequate")
				}
				return regime.Met
			}
			w.Missing("ratings[scheme=ccg_assurance, an earlier year]")
			return regime.Unknown
		}, cp.persistentYears.Ref())
}

// latestAssessmentBefore is the assurance rating, published on or before
// known, whose period ends latest on or before end.
func latestAssessmentBefore(c *economy.Commissioner, end, known economy.Date) (economy.Assurance, bool) {
	var best economy.Assurance
	found := false
	for i := range c.Ratings {
		r := &c.Ratings[i]
		if r.Scheme != economy.CCGAssurance || r.Published.IsZero() || r.Published.After(known) || r.Period.To.After(end) {
			continue
		}
		if a, ok := c.AssuranceFor(r.Period.To, known); ok && (!found || a.Period.To.After(best.Period.To)) {
			best, found = a, true
		}
	}
	return best, found
}

// persistentDeficitRule: in deficit beyond the parameter share of
// allocation in each of the last N years, counting the year under way by
// its plan and the years ended by their outturn. A gap in the record, or
// a year without a figure, is Unknown unless a year already breaks the run.
func persistentDeficitRule(cp commissionerParams) regime.Rule {
	return regime.Predicate(RuleCCGPersistentDeficit, "consecutive years in deficit", srcCCGSpecialMeasures,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			c := s.Commissioner()
			n, ok := cp.persistentYears.Get(env)
			pct, pok := cp.deficitPct.Get(env)
			if c == nil || !ok || !pok {
				w.Missing("commissioner or parameters")
				return regime.Unknown
			}
			d := env.FactsDate()
			run := int64(0)
			var prevFrom economy.Date
			for run < n {
				f, found := financeYearBefore(c, d, prevFrom)
				if found && run >= int64(len(c.Finance)) {
					found = false // a year read twice: a period that ends before it starts
				}
				if !found {
					if w != nil {
						w.Missing("finance[the year before " + nameOr(prevFrom.String(), "the year under way") + "]")
					}
					return regime.Unknown
				}
				v, what := deficitVerdict(c, f, d, pct, w != nil)
				if v != regime.Met {
					if w != nil {
						w.Fact(regime.Fact{Name: "deficit " + f.Period.String(), Text: what, Verdict: v})
						w.Because("the run of deficit years stops at " + f.Period.String() + ": " + what)
					}
					if v == regime.Unknown && w != nil {
						w.Missing("finance[" + f.Period.String() + "]")
					}
					return v
				}
				if w != nil {
					w.Fact(regime.Fact{Name: "deficit " + f.Period.String(), Text: what, Verdict: regime.Met})
				}
				run++
				prevFrom = f.Period.From
			}
			if w != nil {
				w.Fact(paramFact(env, "consecutive deficit years", run, regime.GE, cp.persistentYears, "years", regime.Met))
				w.Because(strconv.FormatInt(run, 10) + " consecutive years in deficit beyond the threshold")
			}
			return regime.Met
		}, cp.persistentYears.Ref(), cp.deficitPct.Ref())
}

// financeYearBefore returns the commissioner's finance entry for the year
// under way on d when prevFrom is zero, else the entry for the year ending
// the day before prevFrom.
func financeYearBefore(c *economy.Commissioner, d, prevFrom economy.Date) (*economy.CommissionerFinance, bool) {
	var best *economy.CommissionerFinance
	for i := range c.Finance {
		f := &c.Finance[i]
		switch {
		case prevFrom.IsZero():
			if f.Period.From.After(d) {
				continue
			}
			if best == nil || f.Period.From.After(best.Period.From) {
				best = f
			}
		case f.Period.To == prevFrom.AddDays(-1):
			best = f
		}
	}
	return best, best != nil
}

// deficitVerdict says whether a year's figure is a deficit of at least pct
// of allocation: the plan for a year under way on d, the outturn for a
// year ended (its plan if no outturn is given yet). The words are built
// only when explain is set, so the verdict path does not allocate.
func deficitVerdict(c *economy.Commissioner, f *economy.CommissionerFinance, d economy.Date, pct decimal.Decimal, explain bool) (regime.Verdict, string) {
	var fig decimal.NullDecimal
	switch ended := f.Period.To.Before(d); {
	case ended && f.Surplus.Valid:
		fig = f.Surplus
	case f.PlannedSurplus.Valid:
		fig = f.PlannedSurplus
	default:
		fig = f.Surplus
	}
	if !fig.Valid {
		return regime.Unknown, "no figure"
	}
	if !fig.Decimal.IsNegative() {
		if !explain {
			return regime.NotMet, ""
		}
		return regime.NotMet, "surplus " + decimaltext.Format(fig.Decimal)
	}
	alloc := f.Allocation
	if !alloc.Valid {
		alloc = c.Allocation
	}
	if !alloc.Valid || !alloc.Decimal.IsPositive() {
		if !explain {
			return regime.Unknown, ""
		}
		return regime.Unknown, "deficit " + decimaltext.Format(fig.Decimal.Neg()) + ", allocation not given"
	}
	// Compare deficit*100 with pct*allocation: exact, with no rounding to
	// push a share just below the threshold over it.
	v := regime.VerdictOf(fig.Decimal.Neg().Mul(hundred).Cmp(pct.Mul(alloc.Decimal)) >= 0)
	if !explain {
		return v, ""
	}
	share := fig.Decimal.Neg().Mul(hundred).DivRound(alloc.Decimal, 6)
	return v, "deficit " + decimaltext.Format(share) + "% of allocation; at least " + decimaltext.Format(pct) + "% needed"
}

var hundred = decimal.NewFromInt(100)

// paramFact records a whole-number fact compared with an integer
// parameter, with the parameter's provenance.
func paramFact(env *regime.Env, name string, v int64, op regime.Op, k regime.IntKey, unit string, verdict regime.Verdict) regime.Fact {
	return k.Fact(env, name, v, op, unit, verdict)
}
