package england

// The ids of what this package ships: its rule sets, the entries of each
// and the named conditions inside them. A program reads a decision by
// these names (regime.Decision.Node, regime.Decision.WhyNot, Choice.Entry)
// and a case file expects them; a constant lets the compiler catch the
// typo a string would carry silently to a lookup that finds nothing. The
// rules are built from these same constants, and a test checks that every
// id the editions use is one of them and that each is used, so the two
// cannot drift.
//
// Not every edition has every rule: an id names a rule in the editions
// whose law has it (NHS TDA escalation only from April 2013 to September
// 2016, for instance), and a lookup in another edition's decision finds
// nothing.

// The IDs of the shipped rule sets.
const (
	ProviderIntervention     = "provider_intervention"
	CommissionerIntervention = "commissioner_intervention"
	EconomyIntervention      = "economy_intervention"
	ServiceContinuity        = "service_continuity"
	ServiceChange            = "service_change"
	AssetProtection          = "asset_protection"
)

// Entries of the ProviderIntervention rule set, which decides which regime a
// provider is in. A Choice names one of these, and a case file's "entries".
const (
	RuleMandatedSupport            = "mandated_support"             // mandated support or enforcement
	RuleInvestigationConsidered    = "investigation_considered"     // investigation or escalation considered
	RuleEnhancedMonitoring         = "enhanced_monitoring"          // enhanced monitoring
	RuleRoutineOversight           = "routine_oversight"            // otherwise: routine oversight
	RuleTrustSpecialAdministration = "trust_special_administration" // trust special administration (NHS Act 2006 Chapter 5A)
	RuleTDASpecialMeasures         = "tda_special_measures"         // NHS TDA escalation: special measures
	RuleTDAStrategicIntervention   = "tda_strategic_intervention"   // NHS TDA escalation: strategic intervention
	RuleTDASupportingIntervention  = "tda_supporting_intervention"  // NHS TDA escalation: supporting intervention
	RuleQualitySpecialMeasures     = "quality_special_measures"     // special measures for quality
	RuleFinancialSpecialMeasures   = "financial_special_measures"   // special measures for finance
	RuleRecoverySupport            = "recovery_support"             // recovery support (segment 4)
	RuleProviderImprovement        = "provider_improvement"         // segment 5: the Provider Improvement Programme
)

// Named conditions inside the entries of the ProviderIntervention rule set:
// the outcomes [regime.Decision.Node] finds, and the ids why-not findings
// give.
const (
	RuleEnforcementSpell          = "enforcement_spell"           // enforcement undertakings or a significant breach in force
	RuleEnforcementFacts          = "enforcement_facts"           // undertakings in force or a breach found
	RuleFRRSignificantBreach      = "frr_significant_breach"      // financial risk rating 1 with a threat to financial stability
	RuleFRRBreachLevel            = "frr_breach_level"            // financial risk rating
	RuleFinancialThreat           = "financial_threat"            // threat to financial stability
	RuleGovernanceBreach          = "governance_breach"           // governance rating red (potential significant breach)
	RuleServicesBreach            = "services_breach"             // mandatory services rating red (failure to provide a mandatory service)
	RuleCQCFinding                = "cqc_finding"                 // a CQC action Monitor considers as a potential significant breach
	RuleHealthCheckEscalation     = "health_check_escalation"     // annual health check rating at or below the escalation rating (SHA performance management)
	RuleFRRIntervention           = "frr_intervention"            // financial risk rating at which intervention is considered
	RuleGovernanceEscalation      = "governance_escalation"       // governance rating amber-red
	RuleServicesEscalation        = "services_escalation"         // mandatory services rating amber (a mandatory service at risk)
	RuleMonitoringSpell           = "monitoring_spell"            // in enhanced monitoring
	RuleFRRMonitoring             = "frr_monitoring"              // financial risk rating below 3 (monthly monitoring)
	RuleNHSPFUnderperforming      = "nhspf_underperforming"       // NHS Performance Framework underperforming or challenged (SHA-led intervention)
	RuleNHSPFUnderReview          = "nhspf_under_review"          // NHS Performance Framework performance under review
	RuleTSASpell                  = "tsa_spell"                   // in special administration
	RuleTSAGrounds                = "tsa_grounds"                 // grounds for a special administration order
	RuleQualitySMSpell            = "quality_sm_spell"            // in quality special measures
	RuleQualitySMCriteria         = "quality_sm_criteria"         // recommended for special measures, or inadequate including well-led
	RuleMonitorCoSRRInvestigation = "monitor_cosrr_investigation" // CoSRR at which an investigation is considered
	RuleMonitorFSRRInvestigation  = "monitor_fsrr_investigation"  // FSRR at which an investigation is considered
	RuleFinancialSMSpell          = "financial_sm_spell"          // in financial special measures
	RuleControlTotal              = "control_total"               // failed to agree or to meet the control total
	RuleMandatedSegment           = "mandated_segment"            // segment of mandated support
	RuleTargetedSupport           = "targeted_support"            // segment of targeted support
	RuleRecoverySpell             = "recovery_spell"              // in the Recovery Support Programme
	RuleRecoverySegment           = "recovery_segment"            // segment of mandated intensive support
	RuleImprovementSpell          = "improvement_spell"           // in the Provider Improvement Programme
	RuleSegment5                  = "segment_5"                   // segment 5
	RuleRegionEntersPIP           = "region_enters_pip"           // the region enters the provider into the Provider Improvement Programme
)

// Entries of the CommissionerIntervention rule set, which decides which
// regime a commissioner is in: a PCT, a CCG or an ICB. A Choice names one of
// these, and a case file's "entries".
const (
	RuleCommissionerNotSubject      = "commissioner_not_subject"      // not subject to commissioner intervention
	RulePCTSHAEscalation            = "pct_sha_escalation"            // a current published rating at or below the escalation rating
	RulePCTAssurance                = "pct_assurance"                 // otherwise: routine assurance by the strategic health authority
	RuleLegalDirections             = "legal_directions"              // legal directions
	RuleRoutineAssurance            = "routine_assurance"             // routine assurance
	RuleCCGSpecialMeasures          = "ccg_special_measures"          // CCG special measures
	RuleCommissionerRecoverySupport = "commissioner_recovery_support" // the Recovery Support Programme (segment 4)
	RuleCommissionerMandatedSupport = "commissioner_mandated_support" // mandated support (segment 3) or undertakings
)

// Named conditions inside the entries of the CommissionerIntervention rule
// set: the outcomes [regime.Decision.Node] finds, and the ids why-not
// findings give.
const (
	RuleCCGSpecialMeasuresSpell    = "ccg_special_measures_spell"    // in CCG special measures
	RuleCCGSpecialMeasuresCriteria = "ccg_special_measures_criteria" // persistent problems and no capability to improve alone
	RuleCCGPersistentProblems      = "ccg_persistent_problems"       // persistent performance, financial or governance problems
	RuleCCGPersistentRatings       = "ccg_persistent_ratings"        // consecutive failing assessments
	RuleCCGPersistentDeficit       = "ccg_persistent_deficit"        // consecutive years in deficit
	RuleCCGCannotImproveAlone      = "ccg_cannot_improve_alone"      // leadership cannot improve on its own
	RuleCommissionerRSPSpell       = "commissioner_rsp_spell"        // in the Recovery Support Programme
	RuleCommissionerSegment4       = "commissioner_segment_4"        // segment 4: mandated intensive support (the Recovery Support Programme)
	RuleCommissionerSegment3       = "commissioner_segment_3"        // segment 3: mandated regional support
	RuleICBUndertakingsSpell       = "icb_undertakings_spell"        // undertakings given to NHS England
)

// Entries of the EconomyIntervention rule set, which decides the area-wide
// regime of a health economy: a challenged economy, the success regime or a
// system segment. A Choice names one of these, and a case file's "entries".
const (
	RuleNotAnArea                 = "not_an_area"                 // a collection of organisations, not a health economy
	RuleChallengedEconomySpell    = "challenged_economy_spell"    // a challenged health economy
	RuleChallengedEconomyCriteria = "challenged_economy_criteria" // challenged health economy criteria
	RuleNoAreaRegime              = "no_area_regime"              // no area-wide regime
	RuleSuccessRegimeSpell        = "success_regime_spell"        // in the success regime
	RuleSuccessRegimeCriteria     = "success_regime_criteria"     // whole-system failure: success regime criteria
	RuleSystemsNotSegmented       = "systems_not_segmented"       // systems not segmented (NOF 2019/20: providers and CCGs)
	RuleSystemRSPSpell            = "system_rsp_spell"            // in the Recovery Support Programme (the system or its ICB)
	RuleSystemSegment4            = "system_segment_4"            // segment 4: mandated intensive support (the Recovery Support Programme)
	RuleSystemSegment3            = "system_segment_3"            // segment 3: mandated regional support
	RuleSystemSegment2            = "system_segment_2"            // segment 2: support needs reviewed by the region (the default)
	RuleSystemSegment1            = "system_segment_1"            // segment 1: no specific support needs
	RuleICBsNotSegmented          = "icbs_not_segmented"          // ICBs not segmented (NOF 2025/26)
)

// Named conditions inside the entries of the EconomyIntervention rule set:
// the outcomes [regime.Decision.Node] finds, and the ids why-not findings
// give.
const (
	RuleCHEFailingOrganisations = "che_failing_organisations"  // failing organisations in the area
	RuleCHESystemDeficit        = "che_system_deficit"         // area-wide deficit
	RuleCHEQualityOrPerformance = "che_quality_or_performance" // quality or performance problems
	RuleSRFailingOrganisations  = "sr_failing_organisations"   // failing organisations across the area
	RuleLongstandingProblems    = "longstanding_problems"      // deep-rooted, long-standing problems
	RuleSRFinanceOrQuality      = "sr_finance_or_quality"      // financial or quality problems, or both
	RuleSRSystemDeficit         = "sr_system_deficit"          // serious area-wide deficit
	RuleSRQualityOrPerformance  = "sr_quality_or_performance"  // quality or performance problems
	RuleSRStaffing              = "sr_staffing"                // staffing shortages (recruitment and retention)
)

// Entries of the ServiceContinuity rule set, which decides what happens to a
// service if its provider fails or exits; see [Continuity]. A Choice names one
// of these, and a case file's "entries".
const (
	RuleStateContinueLocally = "state_continue_locally" // state-owned provider's service that must continue locally
	RuleCRSContinueLocally   = "crs_continue_locally"   // no commissioner requested services before the provider licence
	RuleStateTransfer        = "state_transfer"         // state-owned provider's service with a named alternative provider
	RuleStateReshape         = "state_reshape"          // state-owned provider's service with no named alternative provider
	RuleCreditorsTransfer    = "creditors_transfer"     // unprotected service of a private or voluntary provider, with a named alternative
	RuleCreditorsCease       = "creditors_cease"        // unprotected service of a private or voluntary provider, with no named alternative
)

// Named conditions inside the entries of the ServiceContinuity rule set: the
// outcomes [regime.Decision.Node] finds, and the ids why-not findings give.
const (
	RuleMustContinueLocally      = "must_continue_locally"       // designated, or meets a designation test
	RuleDesignated               = "designated"                  // designated commissioner requested or location specific
	RuleNoAlternativeCloseEnough = "no_alternative_close_enough" // no alternative provider close enough
	RuleWidensInequalities       = "widens_inequalities"         // removing it would increase health inequalities
	RuleDependentsUnviable       = "dependents_unviable"         // removing it would make dependent services unviable
	RuleDependentDesignated      = "dependent_designated"        // a service that depends on it is itself designated
	RuleWhoMustAgree             = "who_must_agree"              // commissioners who must agree, and local commissioners to involve
	RulePrivateOrVoluntary       = "private_or_voluntary"        // the provider is privately or voluntarily owned
	RuleCRSBeforeLicence         = "crs_before_licence"          // no commissioner requested services before the provider licence
	RuleNamedAlternative         = "named_alternative"           // an alternative provider in the economy is close enough and has capacity
	RuleFtDeemedCRS              = "ft_deemed_crs"               // a foundation trust's service, commissioner requested until April 2016
	RuleCommissionerRequested    = "commissioner_requested"      // designated a commissioner requested service of a licensed provider
)

// Entries of the ServiceChange rule set, which decides where a proposed
// reshaping of a service stands; see [ChangeStage]. A Choice names one of
// these, and a case file's "entries".
const (
	RuleNoChangeProposed             = "no_change_proposed"               // no reshaping of the service proposed
	RuleChangeQuashed                = "change_quashed"                   // quashed by a court as to this service
	RuleChangeBeforeSecretaryOfState = "change_before_secretary_of_state" // before the Secretary of State, undecided
	RuleChangeApproved               = "change_approved"                  // approved by the Secretary of State
	RuleChangeRejected               = "change_rejected"                  // rejected by the Secretary of State
	RuleChangeTestsNotMet            = "change_tests_not_met"             // a test of a significant service change is not met
	RuleChangeMayProceed             = "change_may_proceed"               // consulted, decided and the tests met
	RuleChangeInProcess              = "change_in_process"                // proposed, not yet decided
)

// Entries of the AssetProtection rule set, which decides what a disposal of
// an asset needs; see [Protection]. A Choice names one of these, and a case
// file's "entries".
const (
	RuleRefusedUnderTSA      = "refused_under_tsa"      // protected asset of a provider under trust special administration
	RulePublicAssetNHSTrust  = "public_asset_nhs_trust" // an NHS trust's public asset, secured for the Secretary of State
	RulePublicAssetRegulator = "public_asset_regulator" // a foundation trust's public asset: disposal with Monitor's consent
	RuleRelevantAsset        = "relevant_asset"         // relevant asset: disposal with Monitor's consent
	RuleNotProtected         = "not_protected"          // neither a public asset of a state-owned provider nor a relevant asset
)

// Named conditions inside the entries of the AssetProtection rule set: the
// outcomes [regime.Decision.Node] finds, and the ids why-not findings give.
const (
	RuleUnderTSA                   = "under_tsa"                     // under trust special administration on the date
	RulePublicAsset                = "public_asset"                  // a state-owned provider's publicly funded asset
	RulePubliclyFunded             = "publicly_funded"               // paid for with public money
	RuleRelevantAssetBeforeLicence = "relevant_asset_before_licence" // no relevant assets before the provider licence
	RuleNHSTrust                   = "nhs_trust"                     // the provider is an NHS trust
	RuleRelevantAssetCoS2          = "relevant_asset_cos2"           // needed for a commissioner requested service of a licensed provider
)

// Named conditions that more than one rule set reads.
const (
	RuleStateOwned = "state_owned" // the provider is state-owned
)
