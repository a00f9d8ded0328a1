package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// Sources of the whole-economy rules.
var (
	srcSuccessRegimeAreas = economy.Citation{Document: "First three troubled areas to be put into success regime", Issuer: "HSJ", Year: 2015,
		URL: "https://www.hsj.co.uk/commissioning/first-three-troubled-areas-to-be-put-into-success-regime/5085532.article", Verified: true,
		Note: "deep-rooted, long-standing problems spread across the whole system rather than single organisations; Essex, North Cumbria and North, East and West Devon; Kent considered but not included"}
	srcSuccessRegimeEssex = economy.Citation{Document: "What is the success regime?", Issuer: "Essex Success Regime", Year: 2015,
		URL: "https://www.successregimeessex.co.uk/about/what-is-the-success-regime/", Verified: true,
		Note: "areas with serious financial deficits together with quality or performance problems"}
	srcChallengedEconomiesHSJ = economy.Citation{Document: "Updated: support offered to challenged health economies", Issuer: "HSJ", Year: 2014,
		URL: "https://www.hsj.co.uk/news/updated-support-offered-to-challenged-health-economies/5068167.article", Verified: true,
		Note: "external suppliers to help the commissioners and providers of 11 areas build integrated five-year plans"}
)

// economyParams are the keys the whole-economy rules read. The sources
// describe both regimes in words only; every number here is this
// library's reading of them and says so.
type economyParams struct {
	failingDeficitPct regime.DecimalKey // an organisation's deficit that makes it failing, % of income or allocation
	failingDeficitMin regime.DecimalKey // ... or at least this many pounds
	qualityRating     regime.EnumKey    // latest CQC overall rating at or below which quality is a problem
	srMinFailing      regime.IntKey
	srDeficitMin      regime.DecimalKey
	srDeficitPct      regime.DecimalKey
	longMonths        regime.MonthsKey
	cheMinFailing     regime.IntKey
	cheDeficitMin     regime.DecimalKey
}

func declareEconomyParams(ed *edition, ps *regime.Params) economyParams {
	var ep economyParams
	ep.failingDeficitPct = ps.Decimal(regime.ParamDef{Name: "economy.failing_deficit_pct", Title: "deficit that makes an organisation failing", Unit: "% of income",
		Citation: srcSuccessRegimeEssex,
		Interpretation: "no published number: an NHS provider or CCG counts as failing on finance when its deficit (the plan or forecast for the year under way, else the outturn of the year ended) " +
			"is at least this share of its operating income or allocation", Range: percentRange}, decimal.NewFromInt(1))
	ep.failingDeficitMin = ps.Decimal(regime.ParamDef{Name: "economy.failing_deficit_min", Title: "deficit in pounds that makes an organisation failing", Unit: "pounds",
		Citation:       srcSuccessRegimeEssex,
		Interpretation: "no published number: a deficit of at least this many pounds counts whatever the organisation's income (which the record often omits)", Range: poundsRange},
		decimal.NewFromInt(10_000_000))
	ep.qualityRating = ps.Enum(regime.ParamDef{Name: "economy.quality_rating", Title: "CQC overall rating that is a quality problem",
		Citation:       srcSuccessRegimeEssex,
		Interpretation: "the sources say quality or performance problems: read as a provider whose latest overall CQC rating is this or worse, besides any provider in quality special measures or missing an operational standard"},
		"requires_improvement", "requires_improvement", "inadequate")
	ep.longMonths = ps.Months(regime.ParamDef{Name: "economy.longstanding_months", Title: "age of problems that makes them long-standing", Unit: "months",
		Citation:       srcSuccessRegimeAreas,
		Interpretation: "the sources say deep-rooted and long-standing: read as an area-wide regime begun before the date, or an organisation's failure-regime spell (special measures, enforcement, directions) begun at least this many months before", Range: monthsRange},
		12)
	if ed.successRegime {
		ep.srMinFailing = ps.Int(regime.ParamDef{Name: "economy.sr_min_failing", Title: "failing organisations in the area", Unit: "organisations",
			Citation:       srcSuccessRegimeAreas,
			Interpretation: "the sources say problems spread across the whole system rather than single organisations: read as at least this many failing NHS organisations", Range: countRange}, 2)
		ep.srDeficitMin = ps.Decimal(regime.ParamDef{Name: "economy.sr_system_deficit_min", Title: "area deficit", Unit: "pounds",
			Citation: srcSuccessRegimeEssex,
			Interpretation: "the sources say serious financial deficits: read as the area's whole-system deficit, or, where the record gives none, the sum of its NHS organisations' deficits, " +
				"of at least this many pounds", Range: poundsRange}, decimal.NewFromInt(20_000_000))
		ep.srDeficitPct = ps.Decimal(regime.ParamDef{Name: "economy.sr_system_deficit_pct", Title: "area deficit as a share of its income", Unit: "% of system income",
			Citation:       srcSuccessRegimeEssex,
			Interpretation: "as economy.sr_system_deficit_min, as a share of the whole-system income where the record gives it", Range: percentRange}, decimal.NewFromInt(2))
	}
	if ed.challengedEconomies {
		ep.cheMinFailing = ps.Int(regime.ParamDef{Name: "economy.che_min_failing", Title: "failing organisations in a challenged economy", Unit: "organisations",
			Citation:       srcChallengedEconomies,
			Interpretation: "the 2014 announcement names areas, not criteria: read as at least this many failing NHS organisations, with a deficit or a quality problem in the area", Range: countRange}, 1)
		ep.cheDeficitMin = ps.Decimal(regime.ParamDef{Name: "economy.che_system_deficit_min", Title: "area deficit in a challenged economy", Unit: "pounds",
			Citation:       srcChallengedEconomies,
			Interpretation: "as economy.sr_system_deficit_min, with the lower bar of the 2014 programme", Range: poundsRange}, decimal.NewFromInt(10_000_000))
	}
	return ep
}

// economyInterventionSet builds the rule set for whole health economies,
// under Policy First: the success regime (June 2015 to August 2019), then
// the challenged health economies (February 2014 to June 2015), then "no
// area-wide regime". An area already in a spell of a regime is in it;
// otherwise the regime's criteria decide. From August 2019 the set is
// system oversight ([systemOversightSet]). Editions before 2014 have no
// economy rule set: there was no area-wide regime to decide.
func economyInterventionSet(ed *edition, ps *regime.Params) (*regime.RuleSet, error) {
	if ed.systems != sysNone {
		return systemOversightSet(ed)
	}
	if !ed.successRegime && !ed.challengedEconomies {
		return nil, nil
	}
	ep := declareEconomyParams(ed, ps)
	spec := regime.RuleSetSpec{ID: EconomyIntervention, Title: "whole-economy intervention", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectEconomy), Entries: []regime.Entry{notAnAreaEntry()}}
	if ed.successRegime {
		spec.Citation = srcSuccessRegime
		staffing := staffingRule(declareStaffingParams(ps))
		spec.Entries = append(spec.Entries,
			regime.Entry{Priority: 10, Rule: areaLeavable(areaSpellRule(RuleSuccessRegimeSpell, "in the success regime", economy.SuccessRegime, srcSuccessRegime),
				successRegimeCriteria(ep, staffing), economy.SuccessRegime), Decides: regime.Ruling{Regime: economy.SuccessRegime}},
			regime.Entry{Priority: 20, Rule: successRegimeCriteria(ep, staffing), Decides: regime.Ruling{Regime: economy.SuccessRegime}})
	}
	if ed.challengedEconomies {
		spec.Citation = srcChallengedEconomies
		spec.Entries = append(spec.Entries,
			regime.Entry{Priority: 30, Rule: areaLeavable(areaSpellRule(RuleChallengedEconomySpell, "a challenged health economy", economy.ChallengedHealthEconomy, srcChallengedEconomies),
				challengedCriteria(ep), economy.ChallengedHealthEconomy), Decides: regime.Ruling{Regime: economy.ChallengedHealthEconomy}},
			regime.Entry{Priority: 40, Rule: challengedCriteria(ep), Decides: regime.Ruling{Regime: economy.ChallengedHealthEconomy}})
	}
	spec.Entries = append(spec.Entries, regime.Entry{Priority: 90,
		Rule:    regime.Always(RuleNoAreaRegime, "no area-wide regime", spec.Citation),
		Decides: regime.Ruling{Code: CodeNoAreaWideRegime, Text: "no area-wide regime"}})
	return regime.NewRuleSet(spec)
}

// successRegimeCriteria: several failing organisations, problems that
// are long-standing, and financial or quality problems "or sometimes
// both" (NHS England's announcement, the primary source: it asks for
// either, where the local Essex page read both; the primary source
// wins), or the staffing shortages (extra) the Cumbria programme named.
func successRegimeCriteria(ep economyParams, extra ...regime.Rule) regime.Rule {
	return regime.Named(RuleSuccessRegimeCriteria, "whole-system failure: success regime criteria", srcSuccessRegimeAreas, regime.All(
		failingCountRule(RuleSRFailingOrganisations, "failing organisations across the area", ep, ep.srMinFailing, srcSuccessRegimeAreas),
		longStandingRule(ep),
		regime.Named(RuleSRFinanceOrQuality, "financial or quality problems, or both", srcSuccessRegime, regime.Any(append([]regime.Rule{
			systemDeficitRule(RuleSRSystemDeficit, "serious area-wide deficit", ep, ep.srDeficitMin, ep.srDeficitPct, srcSuccessRegimeEssex),
			qualityProblemRule(RuleSRQualityOrPerformance, "quality or performance problems", ep, srcSuccessRegimeEssex),
		}, extra...)...)),
	))
}

// challengedCriteria is the weaker test of 2014: a failing organisation
// and either a deficit or a quality problem in the area.
func challengedCriteria(ep economyParams) regime.Rule {
	return regime.Named(RuleChallengedEconomyCriteria, "challenged health economy criteria", srcChallengedEconomiesHSJ, regime.All(
		failingCountRule(RuleCHEFailingOrganisations, "failing organisations in the area", ep, ep.cheMinFailing, srcChallengedEconomies),
		regime.Any(
			systemDeficitRule(RuleCHESystemDeficit, "area-wide deficit", ep, ep.cheDeficitMin, regime.DecimalKey{}, srcChallengedEconomies),
			qualityProblemRule(RuleCHEQualityOrPerformance, "quality or performance problems", ep, srcChallengedEconomies),
		),
	))
}

// notAnAreaEntry decides first that a collection of organisations gathered
// for a case (economy.Economy.Collection) is not a health economy: no
// area-wide regime can be judged of it, and saying "none applies" on the
// area rules' own terms would be a guess.
func notAnAreaEntry() regime.Entry {
	return regime.Entry{Priority: 1,
		Rule: regime.Predicate(RuleNotAnArea, "a collection of organisations, not a health economy", srcSuccessRegime,
			func(_ *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
				e := s.Economy()
				if e == nil {
					w.Missing("economy")
					return regime.Unknown
				}
				if w != nil {
					if e.Collection {
						w.Because("the organisations were gathered for a case, not as a local health economy")
					} else {
						w.Because("a local health economy")
					}
				}
				return regime.VerdictOf(e.Collection)
			}),
		Decides: regime.Ruling{Code: CodeNotAnArea, Text: "not a health economy: no area-wide regime is judged"}}
}
