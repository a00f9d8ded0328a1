package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
)

// Sources that define the editions' spans and contents. Each is read at the
// address given unless it says otherwise.
var (
	srcPerformanceRegime2008 = economy.Citation{Document: "Developing the NHS performance regime", Issuer: "Department of Health", Year: 2008,
		URL: "https://navigator.health.org.uk/theme/developing-nhs-performance-regime-document", Verified: true,
		Note: "a failure regime for state-owned providers must keep services running, secure public assets for the Secretary of State and involve local commissioners in reshaping services"}
	srcComplianceFramework = economy.Citation{Document: "Compliance Framework", Issuer: "Monitor", Year: 2008,
		URL: "https://www.hfma.org.uk/articles/introduction-toft-finance-risk-ratings", Verified: false,
		Note: "the 2008/09 edition's start on 1 April 2008 is from memory; the ratings are verified at the address"}
	srcComplianceFramework2011 = economy.Citation{Document: "Compliance Framework 2011/12", Issuer: "Monitor", Year: 2011, Verified: true,
		URL:  "https://www.hfma.org.uk/articles/introduction-performance-managenent-fts",
		Note: "intervention considered at a financial risk rating of 1 or 2; before 2011/12 only at 1"}
	srcNHSPerformanceFramework = economy.Citation{Document: "NHS Performance Framework", Issuer: "Department of Health", Year: 2009, Verified: true,
		URL: "https://www.hsj.co.uk/acute-care/thirty-four-trusts-not-meeting-minimum-standards/5006190.article"}
	srcChapter5A = economy.Citation{Document: "National Health Service Act 2006, Part 2 Chapter 5A (trust special administrators)", Issuer: "legislation.gov.uk",
		Section: "ss.65A-65O, inserted by Health Act 2009 s.16 (in force 15.2.2010); s.65A(1)(b) any foundation trust from 1.11.2012",
		URL:     "https://www.legislation.gov.uk/ukpga/2006/41/part/2/chapter/5A/2013-04-01?view=plain+extent", Verified: true}
	srcCareAct2014Commencement = economy.Citation{Document: "The Care Act 2014 (Commencement No.1) Order 2014", Issuer: "legislation.gov.uk", Year: 2014,
		Section: "art. 3(2): sections 84, 85 and 120 in force 15 July 2014", URL: "https://www.legislation.gov.uk/uksi/2014/1714/made", Verified: true}
	srcHealthAndCareAct2022 = economy.Citation{Document: "Health and Care Act 2022, Schedule 8", Issuer: "legislation.gov.uk", Year: 2022,
		URL: "https://www.legislation.gov.uk/ukpga/2022/31/schedule/8/enacted?view=interweave", Verified: true,
		Note: "NHS England makes trust special administration orders from 1 July 2022, when ICBs replaced CCGs"}
	srcLicence2013 = economy.Citation{Document: "Monitor's draft risk assessment framework", Issuer: "Ridout Law", Year: 2013,
		URL: "https://ridout-law.com/monitors-draft-risk-assessment-framework-is-issued-for-consultation/", Verified: true,
		Note: "the provider licence applies to foundation trusts from 1 April 2013, to other providers from 1 April 2014"}
	srcKeogh2013 = economy.Citation{Document: "Eleven trusts put in special measures following Keogh review", Issuer: "Nursing Times", Year: 2013,
		URL: "https://www.nursingtimes.net/news/hospital/eleven-trusts-put-in-special-measures-following-keogh-review/5061243.article", Verified: true}
	srcRAF2013 = economy.Citation{Document: "Risk assessment framework", Issuer: "Monitor", Year: 2013,
		URL: "https://www.hfma.org.uk/articles/news-analysis-risk-radar", Verified: true, Note: "replaced the Compliance Framework on 1 October 2013"}
	srcChallengedEconomies = economy.Citation{Document: "Strategic support for struggling health economies", Issuer: "National Health Executive", Year: 2014,
		URL: "https://www.nationalhealthexecutive.com/Health-Care-News/strategic-support-for-struggling-health-economies", Verified: true,
		Note: "announced 18 February 2014 by Monitor, NHS England and the NHS TDA"}
	srcCCGAssurance2015 = economy.Citation{Document: "CCG assurance framework 2015/16", Issuer: "NHS England", Year: 2015,
		URL: "https://www.salfordccg.nhs.uk/our-performance", Verified: true, Note: "outstanding, good, requires improvement, inadequate"}
	srcSuccessRegime = economy.Citation{Document: "Devon to benefit from success regime", Issuer: "NHS England", Year: 2015,
		URL: "https://www.england.nhs.uk/2015/06/devon-success-regime/", Verified: true,
		Note: "announced 3 June 2015 with Essex and North Cumbria; when each area left the regime was not found"}
	srcRAF2015 = economy.Citation{Document: "Risk assessment framework update: summary of responses to Monitor's consultation", Issuer: "Monitor", Year: 2015,
		URL:      "https://www.gov.uk/government/consultations/consultation-on-changes-to-the-risk-assessment-framework-june-2015/risk-assessment-framework-update-summary-of-responses-to-monitors-consultation-august-2015",
		Verified: true, Note: "the financial sustainability risk rating; the first day it applied (taken as 5 August 2015) was not read"}
	srcIAF2016 = economy.Citation{Document: "CCG improvement and assessment framework launched", Issuer: "NHS England", Year: 2016,
		URL: "https://www.england.nhs.uk/2016/03/framework-launched/", Verified: true}
	srcFinancialSM2016 = economy.Citation{Document: "Strengthening financial performance and accountability in 2016/17", Issuer: "NHS Improvement and NHS England", Year: 2016,
		URL: "https://docplayer.net/21183964-Strengthening-financial-performance-accountability-in-2016-17.html", Verified: true,
		Note: "announced 21 July 2016; financial special measures for trusts and CCGs"}
	srcSOF2016 = economy.Citation{Document: "Single Oversight Framework", Issuer: "NHS Improvement", Year: 2016,
		URL: "https://feedback.model.nhs.uk/knowledgebase/articles/1154059-what-do-the-sof-segments-mean", Verified: true, Note: "in force 1 October 2016"}
	srcNOF2019 = economy.Citation{Document: "NHS Oversight Framework 2019/20", Issuer: "NHS England and NHS Improvement", Year: 2019,
		URL: "https://www.nhscc.org/latest-news/nhs-oversight-framework-published/", Verified: true, Note: "published 23 August 2019"}
	srcSOF2021 = economy.Citation{Document: "NHS System Oversight Framework 2021/22", Issuer: "NHS England and NHS Improvement", Year: 2021,
		URL: "https://www.england.nhs.uk/system-and-organisational-oversight/nhs-system-oversight-framework-segmentation/", Verified: true,
		Note: "segment 4 enters the Recovery Support Programme, which replaced special measures from July 2021"}
	srcNOF2022 = economy.Citation{Document: "NHS Oversight Framework 2022/23", Issuer: "NHS England", Year: 2022,
		URL: "https://www.hfma.org.uk/articles/oversight-framework-updated-system-start", Verified: true, Note: "in operation from 1 July 2022"}
	srcNOF2025 = economy.Citation{Document: "NHS Oversight Framework 2025/26: methodology manual", Issuer: "NHS England", Year: 2025,
		URL: "https://www.england.nhs.uk/long-read/nhs-oversight-framework-2025-26-methodology-manual", Verified: true,
		Note: "published 26 June 2025; segments 1 to 5"}
	srcNOF2026 = economy.Citation{Document: "NHS Oversight Framework 2026/27: methodology manual", Issuer: "NHS England", Year: 2026,
		URL: "https://www.england.nhs.uk/long-read/nhs-oversight-framework-2026-27-methodology-manual/", Verified: true,
		Note: "segments 1 to 4 from average metric scores by defined thresholds; taken to apply from 1 April 2026"}
)

// editionTable is every edition from 2008 to today, oldest first. Each
// row starts on the day a rule that the library encodes changed; the days
// between rows belong to the earlier row, so the spans tile the calendar.
var editionTable = []edition{
	{id: "cf2008", name: "Compliance Framework and the 2008 performance regime", label: "2008/09",
		from: "2008-04-01", to: "2009-03-31", sources: []economy.Citation{srcPerformanceRegime2008, srcComplianceFramework},
		ftRatings: []string{rating.MethodFRR, rating.MethodGovernance, rating.MethodServices}, frrIntervention: 1},
	{id: "pf2009", name: "NHS Performance Framework and Compliance Framework", label: "2009/10",
		from: "2009-04-01", to: "2010-02-14", sources: []economy.Citation{srcNHSPerformanceFramework, srcComplianceFramework},
		ftRatings:    []string{rating.MethodFRR, rating.MethodGovernance, rating.MethodServices},
		trustRatings: []string{rating.MethodNHSPF}, frrIntervention: 1},
	{id: "tsa2010", name: "Regime for unsustainable NHS providers", label: "2010",
		from: "2010-02-15", to: "2011-03-31", sources: []economy.Citation{srcChapter5A, srcComplianceFramework},
		ftRatings:    []string{rating.MethodFRR, rating.MethodGovernance, rating.MethodServices},
		trustRatings: []string{rating.MethodNHSPF}, frrIntervention: 1, tsa: tsa2010},
	{id: "cf2011", name: "Compliance Framework", label: "2011/12",
		from: "2011-04-01", to: "2012-10-31", sources: []economy.Citation{srcComplianceFramework2011, srcChapter5A},
		ftRatings:    []string{rating.MethodFRR, rating.MethodGovernance},
		trustRatings: []string{rating.MethodNHSPF}, frrIntervention: 2, tsa: tsa2010},
	{id: "hsca2012", name: "Special administration for any foundation trust", label: "2012/13",
		from: "2012-11-01", to: "2013-03-31", sources: []economy.Citation{srcChapter5A, srcComplianceFramework2011},
		ftRatings:    []string{rating.MethodFRR, rating.MethodGovernance},
		trustRatings: []string{rating.MethodNHSPF}, frrIntervention: 2, tsa: tsa2012},
	{id: "lic2013", name: "Provider licence", label: "2013/14",
		from: "2013-04-01", to: "2013-07-15", sources: []economy.Citation{srcLicence2013, srcChapter5A},
		ftRatings: []string{rating.MethodFRR, rating.MethodGovernance}, frrIntervention: 2, tsa: tsa2012,
		licence: true, tda: true, commissioners: ccg2013},
	{id: "sm2013", name: "Special measures", label: "2013/14",
		from: "2013-07-16", to: "2013-09-30", sources: []economy.Citation{srcKeogh2013, srcLicence2013, srcChapter5A},
		ftRatings: []string{rating.MethodFRR, rating.MethodGovernance}, frrIntervention: 2, tsa: tsa2012,
		licence: true, tda: true, qualitySM: true, commissioners: ccg2013},
	{id: "raf2013", name: "Risk Assessment Framework", label: "2013/14",
		from: "2013-10-01", to: "2014-02-17", sources: []economy.Citation{srcRAF2013, srcKeogh2013, srcChapter5A},
		ftRatings: []string{rating.MethodCoSRR}, tsa: tsa2012, licence: true, tda: true, qualitySM: true, commissioners: ccg2013},
	{id: "che2014", name: "Challenged health economies", label: "2013/14",
		from: "2014-02-18", to: "2014-07-14", sources: []economy.Citation{srcChallengedEconomies, srcRAF2013, srcChapter5A},
		ftRatings: []string{rating.MethodCoSRR}, tsa: tsa2012, licence: true, tda: true, qualitySM: true, commissioners: ccg2013,
		challengedEconomies: true},
	{id: "care2014", name: "Care Act 2014 special administration", label: "2014/15",
		from: "2014-07-15", to: "2015-03-31", sources: []economy.Citation{srcCareAct2014Commencement, srcChallengedEconomies, srcRAF2013},
		ftRatings: []string{rating.MethodCoSRR}, tsa: tsa2014, licence: true, tda: true, qualitySM: true, commissioners: ccg2013,
		challengedEconomies: true},
	{id: "ccg2015", name: "CCG assurance", label: "2015/16",
		from: "2015-04-01", to: "2015-06-02", sources: []economy.Citation{srcCCGAssurance2015, srcChallengedEconomies, srcRAF2013},
		ftRatings: []string{rating.MethodCoSRR}, tsa: tsa2014, licence: true, tda: true, qualitySM: true, commissioners: ccg2015,
		challengedEconomies: true},
	{id: "sr2015", name: "Success regime", label: "2015/16",
		from: "2015-06-03", to: "2015-08-04", sources: []economy.Citation{srcSuccessRegime, srcCCGAssurance2015, srcRAF2013},
		ftRatings: []string{rating.MethodCoSRR}, tsa: tsa2014, licence: true, tda: true, qualitySM: true, commissioners: ccg2015,
		successRegime: true},
	{id: "fsrr2015", name: "Financial sustainability risk rating", label: "2015/16",
		from: "2015-08-05", to: "2016-03-31", sources: []economy.Citation{srcRAF2015, srcSuccessRegime, srcCCGAssurance2015},
		ftRatings: []string{rating.MethodFSRR}, tsa: tsa2014, licence: true, tda: true, qualitySM: true, commissioners: ccg2015,
		successRegime: true},
	{id: "iaf2016", name: "CCG improvement and assessment framework", label: "2016/17",
		from: "2016-04-01", to: "2016-07-20", sources: []economy.Citation{srcIAF2016, srcRAF2015, srcSuccessRegime},
		ftRatings: []string{rating.MethodFSRR}, tsa: tsa2014, licence: true, tda: true, qualitySM: true, commissioners: ccgIAF2016,
		successRegime: true},
	{id: "fsm2016", name: "Financial special measures", label: "2016/17",
		from: "2016-07-21", to: "2016-09-30", sources: []economy.Citation{srcFinancialSM2016, srcRAF2015, srcSuccessRegime},
		ftRatings: []string{rating.MethodFSRR}, tsa: tsa2014, licence: true, tda: true, qualitySM: true, financialSM: true,
		commissioners: ccgIAF2016, successRegime: true},
	{id: "sof2016", name: "Single Oversight Framework", label: "2016/17-2019/20",
		from: "2016-10-01", to: "2019-08-22", sources: []economy.Citation{srcSOF2016, srcFinancialSM2016, srcSuccessRegime},
		ftRatings: []string{rating.MethodSOFFinance}, trustRatings: []string{rating.MethodSOFFinance}, segmentation: rating.MethodSOFSegment,
		tsa: tsa2014, licence: true, qualitySM: true, financialSM: true, commissioners: ccgIAF2016, successRegime: true},
	{id: "nof2019", name: "NHS Oversight Framework", label: "2019/20",
		from: "2019-08-23", to: "2021-06-30", sources: []economy.Citation{srcNOF2019, srcFinancialSM2016},
		segmentation: rating.MethodNOF2019, tsa: tsa2014, licence: true, qualitySM: true, financialSM: true,
		commissioners: ccgIAF2016, systems: sys2019},
	{id: "sof2021", name: "NHS System Oversight Framework", label: "2021/22",
		from: "2021-07-01", to: "2022-06-30", sources: []economy.Citation{srcSOF2021},
		segmentation: rating.MethodNOF2021, tsa: tsa2014, licence: true, recoverySupport: true, commissioners: ccgIAF2016,
		systems: sys2021},
	{id: "nof2022", name: "NHS Oversight Framework", label: "2022/23-2024/25",
		from: "2022-07-01", to: "2025-06-25", sources: []economy.Citation{srcNOF2022, srcHealthAndCareAct2022},
		segmentation: rating.MethodNOF2022, tsa: tsa2022, licence: true, recoverySupport: true, commissioners: icb2022,
		systems: sys2022},
	{id: "nof2025", name: "NHS Oversight Framework", label: "2025/26",
		from: "2025-06-26", to: "2026-03-31", sources: []economy.Citation{srcNOF2025, srcHealthAndCareAct2022},
		segmentation: rating.MethodNOF2025, tsa: tsa2022, licence: true, recoverySupport: true, segment5: true,
		commissioners: icb2022, systems: sys2025},
	{id: "nof2026", name: "NHS Oversight Framework", label: "2026/27",
		from: "2026-04-01", sources: []economy.Citation{srcNOF2026, srcHealthAndCareAct2022},
		segmentation: rating.MethodNOF2026, tsa: tsa2022, licence: true, recoverySupport: true, commissioners: icb2022,
		systems: sys2026},
}
