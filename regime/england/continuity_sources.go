package england

import "github.com/failregime/failregime/economy"

// Sources of the continuity and asset rules. Each is verified only where
// it was read at its address; the licence's condition numbers are from
// memory and say so.
var (
	citeCRSTests = economy.Citation{Document: "CRS policy: information for commissioners", Issuer: "NHS England",
		Section:  "About commissioner requested services",
		URL:      "https://www.england.nhs.uk/licensing-and-oversight-of-independent-providers/information-for-commissioners/",
		Verified: true,
		Note:     "a CRS must continue locally if its provider fails because no alternative provider is close enough, removing it would increase health inequalities, or removing it would make dependent services unviable; the continuity of services conditions are Section 6 of the licence"}
	citeCRSGuidance = economy.Citation{Document: "NHS commissioners: designate commissioner requested services", Issuer: "Monitor", Year: 2013,
		URL: "https://www.gov.uk/guidance/nhs-commissioners-designate-commissioner-requested-services", Verified: true,
		Note: "foundation trusts' services were automatically CRS until April 2016; services of NHS trusts are exempt from CRS designation"}
	citeCRSEffect = economy.Citation{Document: "What commissioners need to know about the new Monitor licence", Issuer: "Pulse", Year: 2013,
		URL:      "https://www.pulsetoday.co.uk/news/uncategorised/what-commissioners-need-to-know-about-the-new-monitor-licence/",
		Verified: true, Note: "a provider of CRS cannot stop providing it without the agreement of commissioners and the regulator, nor dispose of assets used for it without consent"}
	citeCoS1 = economy.Citation{Document: "NHS provider licence, standard conditions", Issuer: "Monitor", Year: 2013,
		Section: "Section 6, condition CoS1: continuing provision of commissioner requested services", Verified: false,
		Note: "condition number and title from memory; its effect is verified in citeCRSEffect and at gov.uk/guidance/nhs-commissioners-designate-commissioner-requested-services"}
	citeCoS2 = economy.Citation{Document: "NHS provider licence, standard conditions", Issuer: "Monitor", Year: 2013,
		Section: "Section 6, condition CoS2: restriction on the disposal of assets", Verified: false,
		Note: "condition number, title and the term \"relevant asset\" from memory; that a CRS provider may not dispose of assets used for a CRS without consent is verified at pulsetoday.co.uk and gov.uk"}
	citeCreditors = economy.Citation{Document: "Health and Social Care Act 2012, s.128 (health special administration orders)", Issuer: "legislation.gov.uk",
		URL: "https://legislation.gov.uk/cy/ukpga/2012/7/section/128?view=plain", Verified: true,
		Note: "marked prospective, so never in force: a failed private provider goes through ordinary insolvency, run for its creditors, and only its commissioner requested services are protected, through the licence"}
	citeIPRAF = economy.Citation{Document: "Risk assessment framework and reporting manual for independent sector providers of NHS services", Issuer: "NHS England", Year: 2023,
		URL:      "https://www.england.nhs.uk/long-read/risk-assessment-framework-and-reporting-manual-for-independent-sector-providers-of-nhs-services/",
		Verified: true, Note: "on 1 July 2022 Monitor was abolished and NHS England assumed its regulatory powers; the continuity of services conditions protect CRS, including on an independent provider's insolvency"}
	citeLocalCommissioners = economy.Citation{Document: "Developing the NHS performance regime", Issuer: "Department of Health", Year: 2008,
		URL: "https://navigator.health.org.uk/theme/developing-nhs-performance-regime-document", Verified: true,
		Note: "local commissioners are involved in reconfiguring services after a provider's exit; which commissioners count as local (every area commissioner of the economy, and whoever buys the service) is this library's reading"}
	citeSoSConsent = economy.Citation{Document: "Developing the NHS performance regime", Issuer: "Department of Health", Year: 2008,
		URL: "https://navigator.health.org.uk/theme/developing-nhs-performance-regime-document", Verified: true,
		Note: "the Secretary of State secures public assets; that an NHS trust's disposal of one therefore needs the Secretary of State's consent is this library's interpretation"}
	citeTSADisposal = economy.Citation{Document: "National Health Service Act 2006, Part 2 Chapter 5A (trust special administrators)", Issuer: "legislation.gov.uk",
		URL:      "https://www.legislation.gov.uk/ukpga/2006/41/part/2/chapter/5A/2013-04-01?view=plain+extent",
		Verified: true, Note: "while a special administrator runs the trust, its board is suspended; that protected assets may not be disposed of meanwhile is this library's interpretation of the 2008 paper's requirement to secure public assets"}
)
