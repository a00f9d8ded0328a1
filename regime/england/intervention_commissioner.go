package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// Sources of the commissioner intervention rules. Verified means read at the
// address given.
var (
	srcDirections = economy.Citation{Document: "CCG directions", Issuer: "NHS England",
		Section: "National Health Service Act 2006 s.14Z21", URL: "https://www.england.nhs.uk/commissioning/ccg-assess/directions/", Verified: true,
		Note: "NHS England may direct a CCG it is satisfied is failing, or at risk of failing, to discharge its functions"}
	srcICBDirections = economy.Citation{Document: "NHS enforcement guidance", Issuer: "NHS England", Year: 2023,
		Section: "§1.1: National Health Service Act 2006 s.14Z61, inserted by the Health and Care Act 2022",
		URL:     "https://www.england.nhs.uk/long-read/nhs-enforcement-guidance/", Verified: true,
		Note: "NHS England may direct an ICB when it is satisfied that the ICB is (a) failing or (b) at risk of failing to discharge its functions; the section's text was not read at legislation.gov.uk, and its commencement is taken as 1 July 2022, when the ICBs were established"}
	srcCCGAssurance2013 = economy.Citation{Document: "CCGs to be assured each quarter", Issuer: "HSJ", Year: 2013,
		URL: "https://www.hsj.co.uk/commissioning/ccgs-to-be-assured-each-quarter/5065886.article", Verified: true,
		Note: "2013/14-2014/15: assured, assured with support, not assured - intervention required"}
	srcCCGRatings2016 = economy.Citation{Document: "CCG ratings: 26 judged inadequate by NHS England", Issuer: "HSJ", Year: 2016,
		URL: "https://www.hsj.co.uk/commissioning/ccg-ratings-26-judged-inadequate-by-nhs-england/7009416.article", Verified: true,
		Note: "2015/16 ratings; CCGs rated inadequate to develop and implement an improvement plan under legal directions"}
	srcCCGSpecialMeasures = economy.Citation{Document: "Other bodies could take powers from failing CCGs", Issuer: "HSJ", Year: 2015,
		URL: "https://www.hsj.co.uk/news/commissioning/other-bodies-could-take-powers-from-failing-ccgs/5089616.article", Verified: true,
		Note: "special measures for a CCG facing persistent performance, financial or governance problems where it cannot demonstrate the leadership capability and capacity to improve on its own"}
	srcCCGSpecialMeasures2016 = economy.Citation{Document: "Failing CCGs could be 'disbanded' as 26 declared inadequate", Issuer: "GP Online", Year: 2016,
		URL: "https://www.gponline.com/failing-ccgs-disbanded-26-declared-inadequate-new-ratings-regime/article/1403113", Verified: true,
		Note: "nine CCGs placed in special measures in July 2016, all among the 26 rated inadequate; the other 17 were put under legal directions only"}
)

// LeadershipCapabilityFact is the pending fact behind CCG special measures:
// whether NHS England judged that the CCG can show the leadership
// capability and capacity to improve on its own ("yes" or "no"). No
// published figure decides it, so the rule set asks for it and a decision
// lists both answers as scenarios; [Env.Assuming] settles it.
const LeadershipCapabilityFact = "commissioner.leadership_can_improve_alone"

// commissionerParams are the keys the commissioner rules read.
type commissionerParams struct {
	persistentYears regime.IntKey
	deficitPct      regime.DecimalKey
}

func declareCommissionerParams(ps *regime.Params) commissionerParams {
	return commissionerParams{
		persistentYears: ps.Int(regime.ParamDef{Name: "commissioner.sm_persistent_years", Title: "years of problems that make them persistent", Unit: "years",
			Citation: srcCCGSpecialMeasures,
			Interpretation: "the 2015 guidance says persistent without a number: read as this many consecutive annual assessments rated inadequate or not assured, " +
				"or this many consecutive years in deficit beyond commissioner.sm_deficit_pct of allocation",
			Range: regime.Whole(1, maxYears)}, 2),
		deficitPct: ps.Decimal(regime.ParamDef{Name: "commissioner.sm_deficit_pct", Title: "in-year deficit that counts as a financial problem", Unit: "% of allocation",
			Citation:       srcCCGSpecialMeasures,
			Interpretation: "no published number: an in-year deficit (planned for the year under way, outturn for years ended) of at least this share of the year's allocation",
			Range:          percentRange},
			decimal.NewFromInt(1)),
	}
}

// commissionerInterventionSet builds the rule set that places a CCG or ICB
// on the commissioner ladder under Policy First: CCG special measures (to
// June 2021) or the Recovery Support Programme (from July 2021), then
// legal directions (s.14Z21 for CCGs, s.14Z61 for ICBs), then mandated
// support (segment 3, or an ICB's undertakings, from July 2021), then
// routine assurance. NHS England and local authorities
// are not subject to it; the set says so as a labelled result rather than
// placing them anywhere. Before 1 April 2013 the commissioners were PCTs,
// assessed by the annual health check and World Class Commissioning and
// performance-managed by their strategic health authority (pctEntries): a
// PCT without a current published rating is Unknown, naming the rating.
func commissionerInterventionSet(ed *edition, ps *regime.Params) (*regime.RuleSet, error) {
	spec := regime.RuleSetSpec{ID: CommissionerIntervention, Title: "commissioner intervention", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectCommissioner)}
	notSubject := regime.Entry{Priority: 0, Rule: notSubjectRule(ed.commissioners), Decides: regime.Ruling{Code: CodeNotSubject, Text: "not subject to commissioner intervention"}}
	if ed.commissioners == pctEra {
		spec.Citation = srcPerformanceRegime2008
		spec.Entries = append([]regime.Entry{notSubject}, pctEntries(ps)...)
		return regime.NewRuleSet(spec)
	}
	spec.Citation = eraAssuranceCite(ed.commissioners)
	spec.Entries = []regime.Entry{notSubject}
	if ed.recoverySupport {
		// From July 2021 the Recovery Support Programme replaced special
		// measures for trusts and CCGs.
		spec.Entries = append(spec.Entries, regime.Entry{Priority: 12, Rule: commissionerRSPRule(ed), Decides: regime.Ruling{Regime: economy.RecoverySupportProgramme}})
	} else {
		cp := declareCommissionerParams(ps)
		if ed.commissioners == ccg2015 || ed.commissioners == ccgIAF2016 {
			spec.Entries = append(spec.Entries, regime.Entry{Priority: 10, Rule: specialMeasuresRule(cp), Decides: regime.Ruling{Regime: economy.CommissionerSpecialMeasures}})
		}
	}
	directions := directionsRule(ed.commissioners)
	if ed.commissioners == icb2022 {
		directions = icbDirectionsRule(ed)
	}
	spec.Entries = append(spec.Entries, regime.Entry{Priority: 20, Rule: directions, Decides: regime.Ruling{Regime: economy.LegalDirections}})
	if ed.recoverySupport {
		if r := commissionerMandatedRule(ed); r != nil {
			spec.Entries = append(spec.Entries, regime.Entry{Priority: 25, Rule: r, Decides: regime.Ruling{Regime: economy.MandatedSupport}})
		}
	}
	spec.Entries = append(spec.Entries,
		regime.Entry{Priority: 30, Rule: regime.Always(RuleRoutineAssurance, "routine assurance", eraAssuranceCite(ed.commissioners)), Decides: regime.Ruling{Regime: economy.CommissionerAssurance}})
	return regime.NewRuleSet(spec)
}

// eraAssuranceCite is the source of the assessment words of each era.
func eraAssuranceCite(law commissionerLaw) economy.Citation {
	switch law {
	case ccg2013:
		return srcCCGAssurance2013
	case ccg2015:
		return srcCCGAssurance2015
	case ccgIAF2016:
		return srcIAF2016
	case icb2022:
		return srcICBAnnualAssessment
	}
	return srcPerformanceRegime2008
}
