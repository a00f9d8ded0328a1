package england

import "github.com/failregime/failregime/economy"

// Sources of the rules on reshaping services: the tests a significant
// service change must meet, local authority health scrutiny and referral,
// the Independent Reconfiguration Panel, the Secretary of State's call-in,
// and a special administrator's consultation. Verified means read at the
// address given; secondary sources say so.
var (
	srcFourTestsAnnounced = economy.Citation{Document: "Editor's blog, Friday 21 May 2010: Lansley's four tests for NHS service changes", Issuer: "Health Policy Insight", Year: 2010,
		URL:      "https://www.healthpolicyinsight.com/editors-blog-friday-21-may-2010--lansleys-four-tests-for-nhs-service-changes---only-one-is-empirically-measurable/",
		Verified: true, Note: "quotes the Secretary of State's article of 21 May 2010: clarity about the clinical evidence base, the support of the GP commissioners involved, promoting choice for patients, and genuine engagement of the public, patients and local authorities (a secondary report)"}
	srcFourTests = economy.Citation{Document: "Service reconfiguration: the four tests", Issuer: "Lexology", Year: 2010,
		URL:      "https://www.lexology.com/library/detail.aspx?g=41603c8c-4bac-4a9e-8ed7-89ad22b4be0d",
		Section:  "Revised Operating Framework for the NHS in England 2010/11, 21 June 2010",
		Verified: true, Note: "existing and future proposals must show support from GP commissioners, strengthened public and patient engagement, clarity on the clinical evidence base and consistency with current and prospective patient choice; guidance of 29 July 2010 gives no thresholds (a law firm's note)"}
	srcBedTest = economy.Citation{Document: "New patient care test for hospital bed closures", Issuer: "NHS England", Year: 2017,
		URL:      "https://www.england.nhs.uk/2017/03/new-patient-care-test/",
		Verified: true, Note: "from 1 April 2017 significant bed closures subject to formal public consultation must meet one of three conditions before NHS England approves them: sufficient alternative provision with the workforce to deliver it; new treatments that reduce admissions; or below-average bed efficiency with a credible plan"}
	srcScrutiny2002 = economy.Citation{Document: "Patient and Public Involvement in the NHS, Third Report of Session 2006-07 (HC 278), chapter 5", Issuer: "House of Commons Health Committee", Year: 2007,
		URL:      "https://publications.parliament.uk/pa/cm200607/cmselect/cmhealth/278/27808.htm",
		Verified: true, Note: "NHS bodies consult users (NHS Act 2006 s.242); under the 2002 regulations a scrutiny committee may report a proposal it considers not in the interests of the health service in its area to the Secretary of State, who may decide it and may refer it to the Independent Reconfiguration Panel"}
	srcScrutiny2013 = economy.Citation{Document: "The Local Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013 (SI 2013/218)", Issuer: "legislation.gov.uk", Year: 2013,
		Section: "reg 23: consultation on a substantial development or variation; reg 23(9): report to the Secretary of State", URL: "http://legislation.data.gov.uk/uksi/2013/218/made/data.htm?wrap=true",
		Verified: true, Note: "in force 1 April 2013; the number of the referral paragraph is confirmed by SI 2024/16 reg 3(2)(a)"}
	srcReferralsEnd = economy.Citation{Document: "The Local Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) (Amendment and Saving Provision) Regulations 2024 (SI 2024/16)", Issuer: "legislation.gov.uk", Year: 2024,
		URL:      "https://legislation.gov.uk/uksi/2024/16/body/made/data.xht?view=snippet&wrap=true",
		Verified: true, Note: "from 31 January 2024 reg 23(6)-(11) and reg 25 of SI 2013/218 are omitted, ending local authorities' referrals; a proposal already referred is saved"}
	srcCallIn = economy.Citation{Document: "The Health and Care Act 2022 (Commencement No. 8 and Transitional and Saving Provision) Regulations 2023 (SI 2023/1431)", Issuer: "legislation.gov.uk", Year: 2023,
		Section: "reg 4(a): Health and Care Act 2022 s.46(1) and Sch 6 (NHS Act 2006 Sch 10A, reconfiguration of services: intervention powers) in force 31 January 2024",
		URL:     "https://legislation.gov.uk/uksi/2023/1431/data.htm", Verified: true}
	srcCallInGuidance = economy.Citation{Document: "Reconfiguring NHS services: ministerial intervention powers", Issuer: "Department of Health and Social Care", Year: 2024,
		URL:      "https://www.gov.uk/government/publications/reconfiguring-nhs-services-ministerial-intervention-powers",
		Verified: true, Note: "from 31 January 2024 commissioners notify reconfigurations, local authorities can no longer make new referrals, and anyone may ask the Secretary of State to call a proposal in, expected only where local resolution has failed"}
	srcIRP = economy.Citation{Document: "Independent Reconfiguration Panel annual business review 2023-24", Issuer: "Independent Reconfiguration Panel", Year: 2024,
		URL:      "https://www.gov.uk/government/publications/independent-reconfiguration-panel-annual-business-review-2023-24/independent-reconfiguration-panel-annual-business-review-2023-24",
		Verified: true, Note: "the panel advises the Secretary of State on contested reconfigurations; 20 years old in 2023-24, it is kept to advise on call-ins"}
	srcTSAConsultation2010 = economy.Citation{Document: "Health Bill [HL] 2008-09 (Bill 124), clause inserting ss.65G-65H of the NHS Act 2006", Issuer: "House of Commons", Year: 2009,
		URL:      "https://publications.parliament.uk/pa/cm200809/cmbills/124/09124.14-20.html",
		Verified: true, Note: "a notice inviting responses, in writing among other ways; at least one meeting for the staff and one open to anyone, notices in the first 5 working days; written responses requested from the strategic health authority and, as the list goes on, others; read in the bill, the enacted list beyond the strategic health authority was not read"}
	srcTSAConsultation2013 = economy.Citation{Document: "Health and Social Care Act 2012, s.189", Issuer: "legislation.gov.uk", Year: 2012,
		URL:      "http://www.legislation.gov.uk/ukpga/2012/7/section/189/data.html",
		Verified: true, Note: "a Local Healthwatch organisation replaces the local involvement network among those an administrator must ask for a written response (s.65H(8)(e)); the Board (NHS England) is asked from 1 April 2013 (s.65H(7)(za), read in the text of 9 May 2022)"}
	srcTSAConsultation2014 = economy.Citation{Document: "National Health Service Act 2006, s.65H (as at 9 May 2022)", Issuer: "legislation.gov.uk",
		URL:      "https://legislation.gov.uk/ukpga/2006/41/section/65H/2022-05-09/data.html",
		Verified: true, Note: "written responses from the Board, the persons the trust provides services to, any affected trust and those it provides to, the local authorities where the trust or an affected trust provides services, and Local Healthwatch; a staff meeting for each affected trust (Care Act 2014, in force 15 July 2014)"}
	srcTSACQC2014 = economy.Citation{Document: "Care Act 2014, Explanatory Notes to s.85", Issuer: "legislation.gov.uk", Year: 2014,
		URL:      "http://www.legislation.gov.uk/ukpga/2014/23/notes/division/5/2/1/5?view=plain",
		Verified: true, Note: "the Care Quality Commission is consulted on the draft report (s.65F), and the draft may not be given without its statement on quality"}
	srcTSAConsultation2022 = economy.Citation{Document: "Health and Care Act 2022, Schedule 8, paragraph 7", Issuer: "legislation.gov.uk", Year: 2022,
		URL:      "https://legislation.gov.uk/ukpga/2022/31/schedule/8/paragraph/7/2022-07-01/data.html",
		Verified: true, Note: "from 1 July 2022 the Board is no longer asked; members of Parliament and others are asked if NHS England directs, and NHS England may direct meetings"}
	srcCommissionerSupportFT = economy.Citation{Document: "Care Act 2014, Explanatory Notes to s.120", Issuer: "legislation.gov.uk", Year: 2014,
		URL:      "http://www.legislation.gov.uk./ukpga/2014/23/notes/division/5/3/4/1",
		Verified: true, Note: "a foundation trust's administrator must by statute seek the support of commissioners for the recommendations; an NHS trust's administrator is expected to by statutory guidance; s.120 (in force 15 July 2014) lets the recommendations reach affected trusts"}
	srcLewishamHC = economy.Citation{Document: "R (London Borough of Lewisham and Save Lewisham Hospital Campaign Ltd) v Secretary of State for Health and the Trust Special Administrator [2013] EWHC 2381 (Admin)", Issuer: "BAILII", Year: 2013,
		URL:      "http://www.bailii.org/ew/cases/EWHC/Admin/2013/2381.html",
		Verified: true, Note: "31 July 2013: an administrator's powers were confined to the trust he was appointed to, so the recommendations on Lewisham Hospital, of another trust, were outside them (holding read in case notes)"}
)

// The days the law on reshaping services changed.
var (
	fourTestsFrom    = economy.MustDate("2010-06-21") // the revised Operating Framework 2010/11
	bedTestFrom      = economy.MustDate("2017-04-01")
	scrutiny2013From = economy.MustDate("2013-04-01")
	tsaLaw2013From   = economy.MustDate("2013-04-01")
	tsaLaw2014From   = economy.MustDate("2014-07-15")
	tsaLaw2022From   = economy.MustDate("2022-07-01")
)

// consultee is one body, or kind of body, an administrator must ask for a
// written response under the text of Chapter 5A in force.
type consultee struct {
	kind economy.ConsulteeKind
	what string
}

// tsaLawOf is the text of ss.65F-65H in force on d: its name, the bodies
// an administrator must ask for a written response, and its source.
func tsaLawOf(d economy.Date) (string, []consultee, economy.Citation) {
	switch {
	case !d.Before(tsaLaw2022From):
		return "2022", []consultee{
			{economy.ConsulteeCommissioner, "the persons the trust provides services to (its commissioners)"},
			{economy.ConsulteeProvider, "any affected trust"},
			{economy.ConsulteeLocalAuthority, "the local authorities where the trust or an affected trust provides services"},
			{economy.ConsulteeLocalHealthwatch, "Local Healthwatch"},
			{economy.ConsulteeCQC, "the Care Quality Commission, on the draft report"},
			{economy.ConsulteeMemberOfParliament, "members of Parliament, if NHS England directs"},
		}, srcTSAConsultation2022
	case !d.Before(tsaLaw2014From):
		return "2014", []consultee{
			{economy.ConsulteeNHSEngland, "the Board (NHS England)"},
			{economy.ConsulteeCommissioner, "the persons the trust provides services to (its commissioners)"},
			{economy.ConsulteeProvider, "any affected trust"},
			{economy.ConsulteeLocalAuthority, "the local authorities where the trust or an affected trust provides services"},
			{economy.ConsulteeLocalHealthwatch, "Local Healthwatch"},
			{economy.ConsulteeCQC, "the Care Quality Commission, on the draft report"},
		}, srcTSAConsultation2014
	case !d.Before(tsaLaw2013From):
		return "2013", []consultee{
			{economy.ConsulteeNHSEngland, "the Board (NHS England)"},
			{economy.ConsulteeCommissioner, "the persons the trust provides services to (its commissioners)"},
			{economy.ConsulteeLocalHealthwatch, "Local Healthwatch"},
		}, srcTSAConsultation2013
	}
	return "2010", []consultee{
		{economy.ConsulteeStrategicHealthAuthority, "the strategic health authority"},
		{economy.ConsulteeCommissioner, "the persons the trust provides services to (its commissioners)"},
		{economy.ConsulteeLocalInvolvementNetwork, "the local involvement network"},
	}, srcTSAConsultation2010
}

// scrutinyCite is the source of local authority health scrutiny on d.
func scrutinyCite(d economy.Date) economy.Citation {
	switch {
	case !d.Before(economy.ReferralsEnd()):
		return srcReferralsEnd
	case !d.Before(scrutiny2013From):
		return srcScrutiny2013
	}
	return srcScrutiny2002
}
