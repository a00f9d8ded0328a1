package england

import (
	"slices"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/timetable"
	"github.com/shopspring/decimal"
)

// Sources of the provider intervention rules.
var (
	citeS65A = economy.Citation{Document: "National Health Service Act 2006", Issuer: "legislation.gov.uk",
		Section: "ss.65A, 65B, 65D: NHS trusts (Secretary of State, 'in the interests of the health service'); foundation trusts (Monitor: unable to pay its debts)",
		URL:     "https://www.legislation.gov.uk/ukpga/2006/41/part/2/chapter/5A/2013-04-01?view=plain+extent", Verified: true}
	citeS65D = economy.Citation{Document: "National Health Service Act 2006", Issuer: "legislation.gov.uk",
		Section: "s.65D (current): unable to pay its debts, or a serious failure to provide services of sufficient quality; CQC may require the order (s.65D(1A))",
		URL:     "https://www.legislation.gov.uk/ukpga/2006/41/section/65D?view=plain", Verified: true,
		Note: "the quality ground and CQC's power came with Care Act 2014 s.84, in force 15 July 2014 (SI 2014/1714)"}
	citeS65B2022 = economy.Citation{Document: "Health and Care Act 2022, Schedule 8", Issuer: "legislation.gov.uk", Year: 2022,
		Section: "s.65B as substituted: NHS England must order if CQC requires; may if in the interests of the health service and the Secretary of State approves",
		URL:     "https://www.legislation.gov.uk/ukpga/2022/31/schedule/8/enacted?view=interweave", Verified: true}
	citeCQCSpecialMeasures = economy.Citation{Document: "Special measures: NHS trusts", Issuer: "Care Quality Commission",
		Section: "inadequate in at least two of the five key questions at trust level, one of them well-led, and/or a recommendation by the Chief Inspector of Hospitals",
		URL:     "https://www.cqc.org.uk/guidance-providers/nhs-trusts/special-measures-nhs-trusts", Verified: true}
	citeFSMCriteria = economy.Citation{Document: "Models for preventing and addressing failure", Issuer: "BMA",
		Section: "financial special measures for trusts that failed to agree, or to meet, a financial control total (21 July 2016)",
		URL:     "https://www.bma.org.uk/advice-and-support/nhs-delivery-and-workforce/the-nhs-and-the-law/models-for-preventing-and-addressing-failure", Verified: true,
		Note: "quantified criteria (Annex H of Strengthening financial performance and accountability in 2016/17) not read; NHS Improvement's later wording adds 'planning a deficit' and 'significant variance' (nationalhealthexecutive.com, Barking, Havering and Redbridge)"}
	citeFSMCriteriaNHSI = economy.Citation{Document: "NHSI places trust into financial special measures following rapid deterioration of finances", Issuer: "National Health Executive",
		URL:  "http://www.nationalhealthexecutive.com/Health-Care-News/nhsi-places-trust-into-financial-special-measures-following-rapid-deterioration-of-finances-/193661",
		Note: "NHS Improvement's criteria: no agreed control total and planning a deficit; or an agreed control total with significant variance and a significant forecast deficit; or an exceptional financial governance failure"}
	citeSOFSegments = economy.Citation{Document: "What do the SOF segments mean?", Issuer: "NHS Improvement (Model Hospital)",
		Section: "1 maximum autonomy; 2 targeted support; 3 mandated support; 4 special measures",
		URL:     "https://feedback.model.nhs.uk/knowledgebase/articles/1154059-what-do-the-sof-segments-mean", Verified: true}
	citeNOF2021Segments = economy.Citation{Document: "NHS System Oversight Framework segmentation", Issuer: "NHS England",
		Section: "segment 3 enhanced oversight (mandated support); segment 4 the Recovery Support Programme",
		URL:     "https://www.england.nhs.uk/system-and-organisational-oversight/nhs-system-oversight-framework-segmentation/", Verified: true}
	citeNOF2025RSPVia5 = economy.Citation{Document: "NHS oversight framework: segmentation and league tables", Issuer: "NHS England",
		Section: "each trust placed in one of four core segments, segment 1 the narrowest range of challenges, segment 4 the broadest; intensive, tailored support through the Recovery Support Programme accessed via segment 5",
		URL:     "https://www.england.nhs.uk/nhs-oversight-framework/segmentation-and-league-tables/", Verified: true}
	citeNOF2025Segment5 = economy.Citation{Document: "NHS Oversight Framework 2025/26: methodology manual", Issuer: "NHS England", Year: 2025,
		Section: "segment 5: intensive support through the Provider Improvement Programme",
		URL:     "https://www.england.nhs.uk/long-read/nhs-oversight-framework-2025-26-methodology-manual", Verified: true}
	citeFRRTriggers = economy.Citation{Document: "Introduction to FT finance risk ratings", Issuer: "HFMA",
		Section: "FRR below 3: monthly monitoring; FRR 1 with a threat to financial stability: a typical significant breach",
		URL:     "https://www.hfma.org.uk/articles/introduction-toft-finance-risk-ratings", Verified: true}
	citeFRRIntervention = economy.Citation{Document: "Introduction to performance management of FTs", Issuer: "HFMA", Year: 2011,
		Section: "intervention considered at FRR 1 or 2 from 2011/12; at 1 before",
		URL:     "https://www.hfma.org.uk/articles/introduction-performance-managenent-fts", Verified: true}
	citeGovernanceLadder = economy.Citation{Document: "Compliance Framework", Issuer: "Monitor", Year: 2010,
		Section: "governance risk rating: amber-red: material concerns, escalation; red: likely or actual significant breach",
		Note:    "unverified: the four levels (green, amber-green, amber-red, red) are published; what each level led to was not read at source"}
	citeRAFMonitoring = economy.Citation{Document: "Risk assessment framework", Issuer: "Monitor", Year: 2013,
		Section: "a continuity of services (later financial sustainability) rating of 2 or less: closer monitoring; 1: investigation likely",
		Note:    "unverified: not read at source (HFMA, 28 June 2015, reports investigation for a rating of 1 and as likely for 2 under the FSRR proposal)"}
	citeNHSPFEscalation = economy.Citation{Document: "Thirty-four trusts not meeting minimum standards", Issuer: "HSJ", Year: 2009,
		Section: "performance under review: the PCT requires improvement; underperforming: the SHA leads intervention; challenged: external review, then the regime for unsustainable providers",
		URL:     "https://www.hsj.co.uk/acute-care/thirty-four-trusts-not-meeting-minimum-standards/5006190.article", Verified: true}
	citeCQCAggregation = economy.Citation{Document: "How we determine your aggregated ratings: NHS trusts", Issuer: "Care Quality Commission",
		Section: "ratings principles: if two or more of the key questions are rated inadequate, the overall rating will normally be inadequate",
		URL:     "https://www.cqc.org.uk/guidance-providers/nhs-trusts/how-we-determine-your-aggregated-ratings-nhs-trusts", Verified: true,
		Note: "the principle is quoted from CQC's published ratings principles (the adult social care page of the same guidance states it in these words); the NHS trusts page read applies the principles with professional judgement"}
	citeServicesRatings = economy.Citation{Document: "How Monitor regulates NHS foundation trusts", Issuer: "Monitor",
		Section: "three risk ratings: governance (red, amber, green), finance (1-5) and mandatory goods and services (red, amber, green); the intensity of monitoring and the need for regulatory action follow from them; a trust at risk of breaching its terms of authorisation must explain why and is likely to be asked for an action plan",
		URL:     "http://www.nhsft-regulator.gov.uk/home/about-nhs-foundation-trusts/how-monitor-regulates-nhs-foundation-trusts", Verified: true}
	citeLicenceCoverage = srcLicence2013
	citeProviderLadder  = economy.Citation{Document: "failregime provider intervention ladder", Note: "this library's ordering of the published regimes by intensity; each entry cites its own source"}
)

// providerParams are the keys the provider intervention rules read, each
// declared only in the editions whose rules use it.
type providerParams struct {
	tsaEvidence                           regime.EnumKey
	tsaFTDerived                          regime.BoolKey
	segment5                              regime.IntKey
	qsmInadequate                         regime.IntKey
	qsmOverallBounds                      regime.BoolKey
	qsmRecommendationDecides              regime.BoolKey
	qsmReinspect, qsmExtend               regime.MonthsKey
	fsmTolerance                          regime.DecimalKey
	fsmNeedsDeficit                       regime.BoolKey
	recoverySegment, mandatedSegment      regime.IntKey
	monitoringSegment                     regime.IntKey
	cfBreachFRR, cfInterventionFRR        regime.IntKey
	cfMonitoringFRR                       regime.IntKey
	cfGovernanceBreach, cfGovernanceEscal regime.IntKey
	cfServicesBreach, cfServicesEscal     regime.IntKey
	rafInvestigation                      regime.IntKey
	nhspfMandated, nhspfEscalation        regime.IntKey
	nof                                   nofParams
	defs                                  map[string]regime.ParamDef
}

// Words of provider.tsa_interest_evidence.
const (
	evidenceJudgements           = "judgements"
	evidenceJudgementsChallenged = "judgements_or_challenged"
)

// sofSegmentations are the segmentations whose segment 2 meant targeted
// support (a support need, not the default).
var sofSegmentations = []string{rating.MethodSOFSegment, rating.MethodNOF2019}

func declareProviderParams(ed *edition, ps *regime.Params) *providerParams {
	k := &providerParams{defs: map[string]regime.ParamDef{}}
	def := func(d regime.ParamDef) regime.ParamDef { k.defs[d.Name] = d; return d }
	has := func(ids []string, id string) bool { return slices.Contains(ids, id) }
	if ed.tsa >= tsa2010 && ed.tsa < tsa2022 {
		k.tsaEvidence = ps.Enum(def(regime.ParamDef{Name: "provider.tsa_interest_evidence", Title: "evidence that special administration of an NHS trust is in the interests of the health service",
			Citation: citeS65A, Interpretation: "s.65B gives no criterion: read as a recorded judgement that the trust is unable to pay its debts or seriously fails on quality, or (with judgements_or_challenged) an NHS Performance Framework category of challenged, after which DH could trigger the regime for unsustainable providers"}),
			evidenceJudgementsChallenged, evidenceJudgements, evidenceJudgementsChallenged)
	}
	if ed.tsa == tsa2010 {
		k.tsaFTDerived = ps.Bool(def(regime.ParamDef{Name: "provider.tsa_ft_derived_assumed", Title: "a foundation trust is taken to have been an NHS trust (Chapter 5A before 1 November 2012)",
			Citation: citeS65A, Interpretation: "the facts do not record whether a foundation trust was derived from an NHS trust; every one this library knows of was"}), true)
	}
	if ed.segment5 {
		k.segment5 = ps.Int(def(regime.ParamDef{Name: "provider.segment5", Title: "segment of the Provider Improvement Programme", Citation: citeNOF2025Segment5, Range: segmentRange}), 5)
	}
	if ed.qualitySM {
		k.qsmInadequate = ps.Int(def(regime.ParamDef{Name: "provider.qsm_inadequate_min", Title: "key questions rated inadequate at trust level (one of them well-led)", Citation: citeCQCSpecialMeasures, Range: regime.Whole(1, 5)}), 2)
		k.qsmReinspect = ps.Months(def(regime.ParamDef{Name: "provider.qsm_reinspection_months", Title: "re-inspection after entering special measures", Unit: "months", Citation: timetable.QualitySpecialMeasuresSource(), Range: monthsRange}), 12)
		k.qsmExtend = ps.Months(def(regime.ParamDef{Name: "provider.qsm_extension_months", Title: "extension for a trust not improved enough", Unit: "months", Citation: timetable.QualitySpecialMeasuresSource(), Range: monthsRange}), 6)
		k.qsmRecommendationDecides = ps.Bool(def(regime.ParamDef{Name: "provider.qsm_recommendation_decides", Title: "a report that records no recommendation of special measures decides over its ratings", Citation: citeCQCSpecialMeasures,
			Interpretation: "CQC's test is the ratings 'and/or' the Chief Inspector's recommendation; where a report records that the Chief Inspector did not recommend special measures, this library takes that as CQC's conclusion on the ratings too (switch off to apply the ratings test regardless)"}), true)
		k.qsmOverallBounds = ps.Bool(def(regime.ParamDef{Name: "provider.qsm_overall_bounds_key_questions", Title: "an overall rating better than inadequate rules out two inadequate key questions", Citation: citeCQCAggregation,
			Interpretation: "CQC's principles say two or more inadequate key questions 'normally' make the overall rating inadequate; this library reads a published overall rating better than inadequate as ruling that out when the key-question ratings are not given"}), true)
	}
	if ed.financialSM {
		k.fsmTolerance = ps.Decimal(def(regime.ParamDef{Name: "provider.fsm_control_total_tolerance", Title: "shortfall against the control total tolerated", Unit: "pounds", Citation: citeFSMCriteria,
			Interpretation: "'failed to meet a control total' has no published margin: any shortfall beyond this amount counts", Range: poundsRange}), decimal.Zero)
		k.fsmNeedsDeficit = ps.Bool(def(regime.ParamDef{Name: "provider.fsm_refusal_needs_deficit_plan", Title: "refusing the control total counts only with a planned deficit", Citation: citeFSMCriteriaNHSI,
			Interpretation: "off by default, following the 2016 wording (failed to agree); NHS Improvement's later criteria add 'planning a deficit'"}), false)
	}
	if ed.recoverySupport {
		if ed.segmentation == rating.MethodNOF2025 || ed.segmentation == rating.MethodNOF2026 {
			// From 2025/26 segments 1-4 are performance bands and the
			// programme is "accessed via segment 5".
			k.recoverySegment = ps.Int(def(regime.ParamDef{Name: "provider.recovery_segment_min", Title: "segment of the Recovery Support Programme", Citation: citeNOF2025RSPVia5,
				Interpretation: "from 2025/26 segment 4 is the band of the broadest challenges, not the programme: a provider is in the Recovery Support Programme by its spell on the record, or from segment 5 (which the Provider Improvement Programme entry takes first in 2025/26)", Range: segmentRange}), 5)
		} else {
			k.recoverySegment = ps.Int(def(regime.ParamDef{Name: "provider.recovery_segment_min", Title: "segment of mandated intensive support (the Recovery Support Programme)", Citation: citeNOF2021Segments, Range: segmentRange}), 4)
		}
	}
	if ed.segmentation != "" {
		k.mandatedSegment = ps.Int(def(regime.ParamDef{Name: "provider.mandated_segment_min", Title: "segment of mandated support", Citation: citeSOFSegments,
			Interpretation: "from 2025/26 segments 1-4 are performance bands; segment 3 read as the mandated support rung", Range: segmentRange}), 3)
	}
	if has(sofSegmentations, ed.segmentation) {
		k.monitoringSegment = ps.Int(def(regime.ParamDef{Name: "provider.monitoring_segment_min", Title: "segment of targeted support", Citation: citeSOFSegments,
			Interpretation: "targeted support (offered, not mandated) read as enhanced monitoring", Range: segmentRange}), 2)
	}
	if has(ed.ftRatings, rating.MethodFRR) {
		k.cfBreachFRR = ps.Int(def(regime.ParamDef{Name: "provider.cf_significant_breach_frr_max", Title: "financial risk rating of a potential significant breach (with a threat to financial stability)", Citation: citeFRRTriggers, Range: frrMaxRange}), 1)
		k.cfInterventionFRR = ps.Int(def(regime.ParamDef{Name: "provider.cf_intervention_frr_max", Title: "financial risk rating at or below which Monitor considers intervention", Citation: citeFRRIntervention, Range: frrMaxRange}), int64(ed.frrIntervention))
		k.cfMonitoringFRR = ps.Int(def(regime.ParamDef{Name: "provider.cf_monitoring_frr_max", Title: "financial risk rating at or below which Monitor asks for monthly data", Citation: citeFRRTriggers, Range: frrMaxRange}), 2)
	}
	if has(ed.ftRatings, rating.MethodGovernance) {
		k.cfGovernanceBreach = ps.Int(def(regime.ParamDef{Name: "provider.cf_governance_breach_min", Title: "governance rating of a potential significant breach (4 = red)", Citation: citeGovernanceLadder, Range: fourLevelsMin}), 4)
		k.cfGovernanceEscal = ps.Int(def(regime.ParamDef{Name: "provider.cf_governance_escalation_min", Title: "governance rating at which Monitor escalates (3 = amber-red)", Citation: citeGovernanceLadder, Range: fourLevelsMin}), 3)
	}
	if has(ed.ftRatings, rating.MethodServices) {
		k.cfServicesBreach = ps.Int(def(regime.ParamDef{Name: "provider.cf_services_breach_min", Title: "mandatory services rating of a breach of the terms of authorisation (3 = red)", Citation: citeServicesRatings, Range: regime.Whole(1, 4),
			Interpretation: "red is a likely or actual failure to provide a mandatory service, a breach of the terms of authorisation; that Monitor then required remedial action as for a governance red is this library's reading"}), 3)
		k.cfServicesEscal = ps.Int(def(regime.ParamDef{Name: "provider.cf_services_escalation_min", Title: "mandatory services rating at which Monitor asks for an explanation (2 = amber)", Citation: citeServicesRatings, Range: regime.Whole(1, 4),
			Interpretation: "amber is a mandatory service at risk; that Monitor then considered intervention ('at risk of breaching its terms of authorisation ... require them to explain why') is this library's reading"}), 2)
	}
	if has(ed.ftRatings, rating.MethodCoSRR) || has(ed.ftRatings, rating.MethodFSRR) {
		k.rafInvestigation = ps.Int(def(regime.ParamDef{Name: "provider.raf_investigation_max", Title: "continuity of services or financial sustainability rating at or below which an investigation is considered", Citation: citeRAFMonitoring, Range: fourLevelsMax}), 2)
	}
	if has(ed.trustRatings, rating.MethodNHSPF) {
		k.nhspfMandated = ps.Int(def(regime.ParamDef{Name: "provider.nhspf_mandated_min", Title: "NHS Performance Framework category of SHA-led intervention (3 = underperforming)", Citation: citeNHSPFEscalation, Range: fourLevelsMin}), 3)
		k.nhspfEscalation = ps.Int(def(regime.ParamDef{Name: "provider.nhspf_escalation_min", Title: "NHS Performance Framework category at which commissioners intervene (2 = performance under review)", Citation: citeNHSPFEscalation, Range: fourLevelsMin}), 2)
	}
	return k
}

// refs keeps the references of declared parameters: a key the edition
// did not declare has no name and is left out.
func (k *providerParams) refs(rs ...regime.ParamRef) []regime.ParamRef {
	out := rs[:0:0]
	for _, r := range rs {
		if r.Name != "" {
			out = append(out, r)
		}
	}
	return out
}
