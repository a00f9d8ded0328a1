// Package england is England's NHS failure and oversight regime as it
// stood from 1 April 2008 to today, built with package regime: 21
// editions, each the law on the days it was in force, with its rule sets,
// parameters and sources.
//
// [InForce] returns the edition in force on a day and [Frameworks] lists
// them all; [FrameworkByID] finds one by its ID ("sr2015"). Each edition
// starts on the day a rule this package encodes changed, so every day from
// 1 April 2008 has exactly one edition in force:
//
//	day := economy.MustDate("2015-06-03")
//	f, err := england.InForce(day)
//	if err != nil {
//		fmt.Println(err)
//		return
//	}
//	a, err := f.Assess(regime.NewEnv(&area, day))
//
// Each edition has up to six rule sets:
//
//   - [ProviderIntervention]: the most intensive regime a provider is
//     eligible for, from routine oversight through enhanced monitoring,
//     investigation, mandated support, special measures for quality or
//     finance, the recovery support programme and segment 5, to trust
//     special administration; in 2008/09 an NHS trust's annual health
//     check rating, and in the Compliance Framework editions CQC's
//     registration actions on a foundation trust, as Monitor read them;
//     from August 2019 a provider's published NOF segment is read before
//     one is computed, and segment 5 (2025/26) is the region's decision,
//     a pending fact ([RegionEntersPIPFact]); for an NHS trust from April
//     2013 to September 2016, the escalation level the NHS TDA published;
//     routine oversight only where a regime the package encodes covers the
//     provider, otherwise Unknown, naming what is not encoded;
//   - [CommissionerIntervention]: for PCTs (to March 2013) their published
//     ratings (the annual health check, World Class Commissioning) and
//     SHA performance management; for CCGs and ICBs assurance, legal
//     directions (s.14Z21 for CCGs; s.14Z61 for ICBs, on NHS England's
//     judgement, a pending fact: [ICBFailingFact]), CCG special measures
//     to June 2021 and the Recovery Support Programme and mandated support
//     from July 2021;
//   - [EconomyIntervention]: the 2014 challenged health economies and the
//     2015 success regime, with what the regime brings; from August 2019
//     system oversight, each edition as published: systems not segmented
//     in 2019/20, ICSs in 2021/22, ICBs from July 2022, not in 2025/26,
//     again in 2026/27, segment 4 the Recovery Support Programme, with
//     how the area's providers stand beside the system;
//   - [ServiceContinuity]: for each service, what happens if its provider
//     fails or exits ([Continuity]), and who must agree ([WhoMustAgree],
//     [ContinuityPlan]; a decision names an area of more than
//     [MaxLocalListed] area commissioners by count, and the providers a
//     service may move to by ID);
//   - [ServiceChange]: for each service, where a proposal to reshape it
//     stands ([ChangeStage]) under the process of the day: a special
//     administrator's consultation and the Secretary of State's decision,
//     or commissioners' consultation, the local authorities' scrutiny and
//     referral (to 30 January 2024) or the Secretary of State's call-in
//     (from 31 January 2024); the tests a significant change must meet
//     (four from 21 June 2010, beds from 1 April 2017); and the courts;
//   - [AssetProtection]: for each asset, whether it is protected and what a
//     disposal needs ([Protection], [AssetRegister], [DecideDisposal]).
//
// Every threshold names its source in its citation and says when the
// source was not verified; a threshold read from no published number is a
// parameter whose definition says it is an interpretation. Change any of
// them with regime.Framework.With, within the parameter's range: months
// 0 to 120, years 1 to 20, counts of organisations 0 to 1000, shares of
// income or allocation 0 to 100 per cent, pounds 0 to a trillion,
// distances 0 to 1000 km and 0 to 1440 minutes, ratings and segments
// within their scales (one step beyond switches the trigger off). Each
// parameter reports its range ([regime.Parameter]).
package england
