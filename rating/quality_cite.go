package rating

import "github.com/failregime/failregime/economy"

// fromMemory is the note every unverified value in this family carries, so
// that no reader takes a remembered threshold for a published one.
const fromMemory = "unverified: not read at a source"

// unverified returns a citation for a value that no source read confirms.
// detail, when given, says what the value is an interpretation of.
func unverified(doc, issuer string, year int, section, detail string) economy.Citation {
	note := fromMemory
	if detail != "" {
		note += "; " + detail
	}
	return economy.Citation{Document: doc, Issuer: issuer, Year: year, Section: section, Note: note}
}

// citep returns a pointer to c, for a Cut that overrides its table's
// citation.
func citep(c economy.Citation) *economy.Citation { return &c }

// Sources of this family, each read at its address.
var (
	citeCQCTrustPrinciples = economy.Citation{
		Document: "Ratings principles: NHS trusts", Issuer: "CQC", Year: 2022,
		URL: "https://www.cqc.org.uk/guidance-providers/nhs-trusts/ratings-principles-nhs-trusts", Verified: true,
	}
	citeCQCSocialCare = economy.Citation{
		Document: "How we aggregate ratings using the rating principles: adult social care services", Issuer: "CQC", Year: 2022,
		URL: "https://gl-cqc.axis12.com/guidance-providers/adult-social-care/how-we-aggregate-ratings-using-rating-principles-adult-social", Verified: true,
	}
	citeCQCFirstRatings = economy.Citation{
		Document: "Close correlation between safety rating and overall rating, says chief inspector of hospitals", Issuer: "CQC", Year: 2014,
		URL: "https://www.cqc.org.uk/news/stories/close-correlation-between-safety-rating-overall-rating-says-chief-inspector-hospitals", Verified: true,
		Note: "the first trusts rated under the new approach were inspected January to March 2014",
	}
	citeFRRHFMA = economy.Citation{
		Document: "Introduction to FT finance risk ratings", Issuer: "HFMA", Year: 2012,
		URL: "https://hfma.org.uk/articles/introduction-toft-finance-risk-ratings", Verified: true,
	}
	citeFRRScorecard = economy.Citation{
		Document: "Financial risk rating (board scorecard reproducing Monitor's Compliance Framework table)", Issuer: "Oxford University Hospitals NHS Trust", Year: 2012,
		Section: "five metrics with weights and the 5/4/3/2 thresholds; overriding rules: one metric at 2 -> at most 3, two at 2 -> 2, one at 1 -> 2, two at 1 -> 1, plan late or incomplete -> 3, PDC dividend unpaid -> 2, unplanned PBC breach -> 2; a weighted 2.9 reported as 3",
		URL:     "https://studylib.net/doc/11645047/financial-risk-rating-oxford-university-hospitals-nhs-tru...", Verified: true,
		Note: "a trust's own filled-in copy of Monitor's table; whether a value on a threshold scores the higher band is implied by the layout, not stated",
	}
	citeFRRNorthEastLondon = economy.Citation{
		Document: "North East London FT financial risk rating", Issuer: "HSJ", Year: 2012,
		Section:  "'if an individual component of the FRR is a two then an FT cannot achieve an overall rating above three'; a weighted 3.6 rounded up to 4",
		Verified: false,
		Note:     "reported in HSJ, 2012; the article's address was not kept",
	}
	citeFRRKingston = economy.Citation{
		Document: "Kingston Hospital record financial risk rating of three for 2011-12", Issuer: "HSJ", Year: 2012,
		URL: "https://www.hsj.co.uk/kingston-hospital-nhs-foundation-trust/kingston-hospital-record-financial-risk-rating-of-three-for-2011-12/5044966.article", Verified: true,
		Note: "a weighted 3.2 was reported as an overall 3",
	}
	citeFRRNormalise = economy.Citation{
		Document: "Foundation trusts cannot use bailouts to hide financial failings, regulator warns", Issuer: "HSJ", Year: 2012,
		URL: "https://www.hsj.co.uk/finance-and-efficiency/foundation-trusts-cannot-use-bailouts-to-hide-financial-failings-regulator-warns/5043583.article", Verified: true,
	}
	citeFRRReplaced = economy.Citation{
		Document: "News analysis: risk radar", Issuer: "HFMA", Year: 2013,
		URL: "https://hfma.org.uk/articles/news-analysis-risk-radar", Verified: true,
		Note: "the Risk Assessment Framework replaced the Compliance Framework on 1 October 2013",
	}
	citeGovEastLancs = economy.Citation{
		Document: "East Lancs hospitals amber-green against foundation trust standards", Issuer: "HSJ", Year: 2011,
		URL: "https://www.hsj.co.uk/east-lancashire-hospitals-nhs-trust/east-lancs-hospitals-amber-green-against-foundation-trust-standards/5029622.article", Verified: true,
	}
	citeGovCentralManchester = economy.Citation{
		Document: "Central Manchester FT dodged red rating after teleconference with regulator", Issuer: "HSJ", Year: 2011,
		URL: "https://www.hsj.co.uk/central-manchester-university-hospitals-nhs-foundation-trust/central-manchester-ft-dodged-red-rating-after-teleconference-with-regulator/5030512.article", Verified: true,
	}
	citeMonitorRatings = economy.Citation{
		Document: "How Monitor regulates NHS foundation trusts", Issuer: "Monitor",
		URL: "http://www.nhsft-regulator.gov.uk/home/about-nhs-foundation-trusts/how-monitor-regulates-nhs-foundation-trusts", Verified: true,
		Note: "three risk ratings published, including mandatory goods and services",
	}
	citeMonitorTwoRatings = economy.Citation{
		Document: "NHS foundation trusts quarterly report", Issuer: "Monitor", Year: 2011,
		URL: "http://www.monitor-nhsft.gov.uk/home/our-publications/browse-category/reports-nhs-foundation-trusts/nhs-foundation-trusts-quarterly--29", Verified: true,
		Note: "only financial and governance ratings published by Q4 2010/11",
	}
	citePFHFMA2009 = economy.Citation{
		Document: "New finance indicators will warn of underperformance", Issuer: "HFMA", Year: 2009,
		URL: "https://hfma.org.uk/articles/new-finance-indicators-will-warn-underperformance", Verified: true,
	}
	citePFHFMA2012 = economy.Citation{
		Document: "Introduction to performance management of trusts", Issuer: "HFMA", Year: 2012,
		URL: "https://hfma.org.uk/articles/introduction-toperformance-management-trusts", Verified: true,
	}
	citePFSandwell = economy.Citation{
		Document: "Sandwell and West Birmingham Hospitals NHS Trust board pack, NHS Performance Framework monitoring report 2011/12", Issuer: "Sandwell and West Birmingham Hospitals NHS Trust", Year: 2012,
		Section: "p.94 and p.96",
		URL:     "https://www.yumpu.com/en/document/view/26970057/january-2012-sandwell-west-birmingham-hospitals/96", Verified: true,
	}
	citePFHSJ = economy.Citation{
		Document: "Thirty-four trusts not meeting minimum standards", Issuer: "HSJ", Year: 2009,
		URL: "https://www.hsj.co.uk/acute-care/thirty-four-trusts-not-meeting-minimum-standards/5006190.article", Verified: true,
	}
)
