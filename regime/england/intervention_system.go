package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// Sources of the system oversight rules (August 2019 on). Verified means
// read at the address given.
var (
	srcNOF2019Scope = economy.Citation{Document: "NHS System Oversight Framework 2021/22", Issuer: "NHS England and NHS Improvement", Year: 2021,
		URL: "https://www.england.nhs.uk/nhs-system-oversight-framework-2021-22/", Verified: true,
		Note: "it replaces the NHS Oversight Framework for 2019/20, 'which brought together arrangements for provider and CCG oversight in a single document': providers and CCGs were segmented in 2019/20, systems were not"}
	srcSOF2021Scope = economy.Citation{Document: "NHS System Oversight Framework 2021/22", Issuer: "NHS England and NHS Improvement", Year: 2021,
		URL: "https://www.england.nhs.uk/nhs-system-oversight-framework-2021-22/", Verified: true,
		Note: "'This framework applies to all Integrated Care Systems (ICSs), Clinical Commissioning Groups (CCGs), NHS trusts and foundation trusts'"}
	srcSOF2021Default = economy.Citation{Document: "NHS calls for more details on system oversight plan", Issuer: "HFMA", Year: 2021,
		URL: "https://www.hfma.org.uk/news/healthcare-finance/news-item/nhs-calls-for-more-details-on-system-oversight-plan", Verified: true,
		Note: "secondary, on the consultation: 'by default, organisations will be allocated to segment 2'; ICSs, trusts and CCGs in one of four segments"}
	srcSegmentMeanings = economy.Citation{Document: "NHS oversight framework segmentation", Issuer: "NHS England",
		Section: "segments 1 and 2: support needs reviewed quarterly by the regional team; segment 3: a diagnostic stocktake with the regional team; segment 4: the Recovery Support Programme",
		URL:     "https://www.england.nhs.uk/system-and-organisational-oversight/nhs-system-oversight-framework-segmentation/", Verified: true}
	srcSegmentLabels = economy.Citation{Document: "Health leaders praise hard work and commitment of staff as NHS Norfolk and Waveney Integrated Care Board progresses out of national support",
		Issuer: "NHS Norfolk and Waveney ICB", Year: 2024,
		URL: "https://improvinglivesnw.org.uk/health-leaders-praise-hard-work-and-commitment-of-staff-as-nhs-norfolk-and-waveney-integrated-care-board-progresses-out-of-national-support/", Verified: true,
		Note: "segment 4 'mandated intensive support', segment 3 'mandated regional support'"}
	srcNOF2022Scope = economy.Citation{Document: "NHS Oversight", Issuer: "NHS England",
		URL: "https://www.england.nhs.uk/system-and-organisational-oversight/", Verified: true,
		Note: "the framework covers NHS trusts, foundation trusts and integrated care boards; the Recovery Support Programme is for organisations in segment 4 and replaces the programmes of special measures for trusts and CCGs"}
	srcRSPUpdate = economy.Citation{Document: "Update on the Recovery Support Programme", Issuer: "NHS England", Year: 2024,
		Section: "Board paper, 5 December 2024, agenda item 4.2, paras 2-4",
		URL:     "https://www.england.nhs.uk/long-read/update-on-the-recovery-support-programme/", Verified: true,
		Note: "in place since July 2021; intensive support to ICBs and trusts in segment 4, for a time-limited period with exit criteria agreed; to one organisation or across a whole system, the ICB and its NHS providers; 20 providers and 3 ICBs enrolled"}
	srcNOF2025NoICBSegments = economy.Citation{Document: "NHS Oversight Framework 2025/26: methodology manual", Issuer: "NHS England", Year: 2025,
		Section: "Introduction",
		URL:     "https://www.england.nhs.uk/long-read/nhs-oversight-framework-2025-26-methodology-manual", Verified: true,
		Note: "'Although integrated care boards (ICBs) will not be segmented this year, their scores across a range of contextual metrics will be published'"}
	srcNOF2026Scope = economy.Citation{Document: "NHS Oversight Framework 2026/27: methodology manual", Issuer: "NHS England", Year: 2026,
		Section: "Introduction and overview",
		URL:     "https://www.england.nhs.uk/long-read/nhs-oversight-framework-2026-27-methodology-manual/", Verified: true,
		Note: "each provider and ICB is scored and allocated to a segment from 1 (high performer with narrow range of challenges) to 4 (widespread poor performance and likely to require co-ordinated intervention) by defined thresholds; the threshold values and the rest of the manual were not read"}
)

// Codes of the system oversight entries that decide no regime, or name
// the segment besides the regime.
const (
	// CodeSystemsNotSegmented: the NHS Oversight Framework 2019/20
	// segmented providers and CCGs, not systems.
	CodeSystemsNotSegmented = "systems_not_segmented"
	// CodeICBsNotSegmented: the NHS Oversight Framework 2025/26 did not
	// segment ICBs.
	CodeICBsNotSegmented = "icbs_not_segmented"
	// CodeSystemSegment1 and CodeSystemSegment2: a system or ICB in
	// segment 1 or 2, with no mandated support.
	CodeSystemSegment1 = "system_segment_1"
	CodeSystemSegment2 = "system_segment_2"
)

// systemOversightSet builds the economy rule set of the editions from
// August 2019: how NHS England's oversight framework of the day placed a
// system (the area of an STP or ICS, from 1 July 2022 an ICB), under
// Policy First. An area in a Recovery Support Programme spell, or whose
// ICB is in one, is in it; otherwise its published segment decides: 4 the
// Recovery Support Programme, 3 mandated support, 1 or 2 routine
// oversight. Where the edition did not segment systems the set says so as
// an explicit decision, and where a segment exists but none is published
// the decision is Unknown, naming the rating it needs. Each entry's
// reason says how the area's NHS providers stand, for the interplay of
// system and organisational support.
func systemOversightSet(ed *edition) (*regime.RuleSet, error) {
	spec := regime.RuleSetSpec{ID: EconomyIntervention, Title: "system oversight", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectEconomy), Citation: systemLawCite(ed.systems)}
	switch ed.systems {
	case sys2019:
		spec.Entries = []regime.Entry{{Priority: 90, Rule: notSegmentedRule(RuleSystemsNotSegmented,
			"systems not segmented (NOF 2019/20: providers and CCGs)", srcNOF2019Scope,
			"the NHS Oversight Framework 2019/20 segmented providers and CCGs, not systems: no system regime to place the area in"),
			Decides: regime.Ruling{Code: CodeSystemsNotSegmented, Text: "no system segment: NOF 2019/20 segmented providers and CCGs"}}}
	case sys2025:
		spec.Entries = []regime.Entry{
			{Priority: 10, Rule: systemRSPSpellRule(ed.systems), Decides: regime.Ruling{Regime: economy.RecoverySupportProgramme}},
			{Priority: 90, Rule: notSegmentedRule(RuleICBsNotSegmented, "ICBs not segmented (NOF 2025/26)", srcNOF2025NoICBSegments,
				"ICBs were not segmented in 2025/26: their contextual metrics were published to inform improvement conversations, and no system segment decides"),
				Decides: regime.Ruling{Code: CodeICBsNotSegmented, Text: "no system segment: ICBs not segmented in 2025/26"}},
		}
	default:
		spec.Entries = []regime.Entry{
			{Priority: 10, Rule: systemRSPSpellRule(ed.systems), Decides: regime.Ruling{Regime: economy.RecoverySupportProgramme}},
			{Priority: 20, Rule: systemSegmentRule(ed.systems, 4), Decides: regime.Ruling{Regime: economy.RecoverySupportProgramme}},
			{Priority: 30, Rule: systemSegmentRule(ed.systems, 3), Decides: regime.Ruling{Regime: economy.MandatedSupport}},
			{Priority: 40, Rule: systemSegmentRule(ed.systems, 2),
				Decides: regime.Ruling{Regime: economy.RoutineOversight, Code: CodeSystemSegment2, Text: "segment 2: support needs reviewed by the region"}},
			{Priority: 50, Rule: systemSegmentRule(ed.systems, 1),
				Decides: regime.Ruling{Regime: economy.RoutineOversight, Code: CodeSystemSegment1, Text: "segment 1: no specific support needs"}},
		}
	}
	spec.Entries = append([]regime.Entry{notAnAreaEntry()}, spec.Entries...)
	return regime.NewRuleSet(spec)
}

// systemLawCite is the source of each edition's treatment of systems.
func systemLawCite(law systemLaw) economy.Citation {
	switch law {
	case sys2019:
		return srcNOF2019Scope
	case sys2021:
		return srcSOF2021Scope
	case sys2022:
		return srcNOF2022Scope
	case sys2025:
		return srcNOF2025NoICBSegments
	case sys2026:
		return srcNOF2026Scope
	}
	return economy.Citation{}
}
