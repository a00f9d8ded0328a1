package rating

import "github.com/failregime/failregime/economy"

// The sources of the financial ratings and the oversight segmentations.
// Each function returns a fresh value, so no caller can change another's
// citations. "Verified" means the fact was read at the address given;
// every band table of the RAF, the FSRR and the SOF is still remembered,
// not read.

// finUnread is the note every remembered value carries.
const finUnread = "FROM MEMORY; primary source not read"

func finUnverified(doc, issuer string, year int, section, note string) economy.Citation {
	n := finUnread
	if note != "" {
		n += "; " + note
	}
	return economy.Citation{Document: doc, Issuer: issuer, Year: year, Section: section, Note: n}
}

func finVerified(doc, issuer string, year int, section, url, note string) economy.Citation {
	return economy.Citation{Document: doc, Issuer: issuer, Year: year, Section: section, URL: url, Verified: true, Note: note}
}

func citeRAFInForce() economy.Citation {
	return finVerified("News analysis: risk radar", "HFMA", 2013, "",
		"https://www.hfma.org.uk/articles/news-analysis-risk-radar",
		"the risk assessment framework replaced the Compliance Framework on 1 October 2013; two metrics on a four-point scale")
}

func citeRAFMetrics() economy.Citation {
	return finVerified("Monitor unveils shake-up of financial risk ratings", "HSJ", 2013, "",
		"https://www.hsj.co.uk/news/finance/monitor-unveils-shake-up-of-financial-risk-ratings/5053588.article",
		"two metrics: capital servicing capacity and liquidity days; the formulas themselves were not read")
}

func citeRAFScale() economy.Citation {
	return finVerified("Monitor ratings", "Liverpool Women's NHS Foundation Trust", 2015, "",
		"https://www.liverpoolwomens.nhs.uk/about-us/our-governance-performance/monitor-ratings/",
		"1 = most serious risk, 4 = least; \"2*\" = a 2 that Monitor judges unlikely to get worse soon")
}

func citeCoSRRExample() economy.Citation {
	return finVerified("Council of governors report (CoSRR worked example)", "NHS foundation trust", 2015, "",
		"https://slideum.com/doc/3764297/slide-1",
		"capital service cover rating 2 and liquidity rating 3 gave CoSRR 3: a half rounds up; equal weights inferred, not read")
}

// citeCoSRRRounding: the CoSRR rounded up, as the FSRR's report says and
// the worked example shows.
func citeCoSRRRounding() economy.Citation {
	return citeFSRRFinal("the FSRR rounds to the nearest whole number, 'a change to the previous framework, which rounded up'; a trust's governors' report shows capital service cover 2 and liquidity 3 giving 3 (slideum.com/doc/3764297)")
}

func citeRAF2013(section, note string) economy.Citation {
	return finUnverified("Risk assessment framework", "Monitor", 2013, section, note)
}

func citeFSRRAdopted() economy.Citation {
	return finVerified("Risk assessment framework update: summary of responses to Monitor's consultation", "Monitor", 2015, "",
		"https://www.gov.uk/government/consultations/consultation-on-changes-to-the-risk-assessment-framework-june-2015/risk-assessment-framework-update-summary-of-responses-to-monitors-consultation-august-2015",
		"updated 5 August 2015: I&E margin and planning accuracy joined the CoSRR metrics in one financial sustainability risk rating")
}

func citeFSRRConsultation(note string) economy.Citation {
	return finVerified("Monitor rating likely to identify more FTs at risk", "HFMA", 2015, "June 2015 consultation proposal",
		"https://www.hfma.org.uk/articles/monitor-rating-likely-identify-more-fts-risk", note)
}

// citeFSRRFinal is HFMA's report of the framework Monitor adopted in
// August 2015, after consultation.
func citeFSRRFinal(note string) economy.Citation {
	return finVerified("New risk framework to be applicable immediately", "HFMA", 2015, "",
		"https://www.hfma.org.uk/articles/new-risk-framework-be-applicable-immediately", note)
}

func citeRAF2015(section, note string) economy.Citation {
	return finUnverified("Risk assessment framework (updated August 2015)", "Monitor", 2015, section, note)
}

func citeSOFConfirmed(note string) economy.Citation {
	return finVerified("Oversight scheme change confirmed", "HFMA", 2016, "",
		"https://www.hfma.org.uk/articles/oversight-scheme-change-confirmed", note)
}

func citeAlderHey() economy.Citation {
	return finVerified("Alder Hey Children's NHS Foundation Trust Annual Report and Accounts 2017/18", "Alder Hey Children's NHS FT", 2018, "p.22",
		"https://online.flipbuilder.com/yphr/goky/files/basic-html/page22.html",
		"five metrics, each weighted 20%, scored 1 (best) to 4")
}

func citeSOF2016(section, note string) economy.Citation {
	return finUnverified("Single oversight framework", "NHS Improvement", 2016, section, note)
}

func citeSOFSegments() economy.Citation {
	return finVerified("What do the SOF segments mean?", "NHS Improvement (Model Hospital)", 2017, "",
		"https://feedback.model.nhs.uk/knowledgebase/articles/1154059-what-do-the-sof-segments-mean",
		"1 maximum autonomy; 2 targeted support (concerns in one or more themes); 3 mandated support (actual or suspected breach); 4 special measures")
}

func citeSOFSegment4() economy.Citation {
	return finVerified("Fluid single oversight framework strengthens earned autonomy for providers", "National Health Executive", 2016, "",
		"https://www.nationalhealthexecutive.com/News/fluid-single-oversight-framework-strengthens-earned-autonomy-for-providers/149805",
		"segment 4 is exclusively for providers in special measures")
}

func citeSOFLive() economy.Citation {
	return finVerified("Single oversight framework: shadow segmentation", "CCG alert", 2016, "",
		"https://ccg-alert.blogspot.com/2016/10/single-oversight-framework-shadow.html",
		"framework live 1 October 2016")
}

func citeNOF2019() economy.Citation {
	return finVerified("NHS oversight framework published", "NHS Clinical Commissioners", 2019, "",
		"https://www.nhscc.org/latest-news/nhs-oversight-framework-published/",
		"published 23 August 2019; replaces the single oversight framework; four segments")
}

func citeNOF2021Default() economy.Citation {
	return finVerified("NHS calls for more details on system oversight plan", "HFMA", 2021, "",
		"https://www.hfma.org.uk/news/healthcare-finance/news-item/nhs-calls-for-more-details-on-system-oversight-plan",
		"default allocation is segment 2")
}

func citeNOF2021Segments() economy.Citation {
	return finVerified("NHS System Oversight Framework segmentation", "NHS England", 2021, "",
		"https://www.england.nhs.uk/system-and-organisational-oversight/nhs-system-oversight-framework-segmentation/",
		"segments from no specific support needs (1) to mandated intensive support (4); segment 4 enters the Recovery Support Programme")
}

func citeNOF2022() economy.Citation {
	return finVerified("Oversight framework updated for system start", "HFMA", 2022, "",
		"https://www.hfma.org.uk/articles/oversight-framework-updated-system-start",
		"in operation from 1 July 2022; segment descriptions unchanged in substance")
}

func citeNOF2025Manual(note string) economy.Citation {
	return finVerified("NHS oversight framework 2025/26: methodology manual", "NHS England", 2025, "",
		"https://www.england.nhs.uk/long-read/nhs-oversight-framework-2025-26-methodology-manual", note)
}

// nof2025ManualCopyURL is a verbatim markdown copy of NHS England's
// methodology manual (publication reference PRN02028_i), in which its
// Steps 1 to 4 were read in full; only the opening of the primary page
// was read at england.nhs.uk.
const nof2025ManualCopyURL = "https://github.com/al26152/Langchain/blob/7381fee265f1a14004791e2c0d8aa59ca9e25fc5/docs/NHS%20England%20_%20NHS%20Oversight%20Framework%202025_26%20_%20methodology%20manual.md"

// citeNOF2025ManualCopy cites a step of the 2025/26 manual as read in the
// verbatim copy.
func citeNOF2025ManualCopy(section string) economy.Citation {
	return finVerified("NHS Oversight Framework 2025/26: methodology manual (verbatim copy)", "NHS England", 2025, section, nof2025ManualCopyURL,
		"copy of https://www.england.nhs.uk/long-read/nhs-oversight-framework-2025-26-methodology-manual (PRN02028_i, 26 June 2025), whose opening was read at that address")
}

func citeNOF2025Published() economy.Citation {
	return finVerified("Update on NHS oversight framework 2025/26", "NHS England", 2025, "",
		"https://www.england.nhs.uk/long-read/update-on-nhs-oversight-framework-2025-26",
		"published 26 June 2025; segments 1 to 4 plus segment 5")
}

func citeNOF2025Override() economy.Citation {
	return finVerified("Acute trust league tables", "British Orthopaedic Association", 2025, "",
		"https://www.boa.ac.uk/resource/acute-trust-league-tables.html",
		"four equal segments; any trust in deficit can be no higher than segment 3; what counts as deficit is not stated")
}

func citeNOF2025Segment5() economy.Citation {
	return economy.Citation{
		Document: "Exclusive: failing trusts will pay for new intervention regime", Issuer: "HSJ", Year: 2025,
		URL:  "https://www.hsj.co.uk/quality-and-performance/exclusive-failing-trusts-will-pay-for-new-intervention-regime/7039531.article",
		Note: "secondary source based on leaked documents: lowest performance and low capability, or catastrophic failure; primary criteria not read",
	}
}

// finCiteCuts gives every cut of b without a citation of its own a copy
// of the table's, so that each edge carries its source.
func finCiteCuts(b Bands) Bands {
	for i := range b.Cuts {
		if b.Cuts[i].Citation == nil {
			c := b.Citation
			b.Cuts[i].Citation = &c
		}
	}
	return b
}

// finRecite replaces the cut citations of b, copied from another table,
// with b's own.
func finRecite(b Bands) Bands {
	cuts := make([]Cut, len(b.Cuts))
	for i, c := range b.Cuts {
		c.Citation = nil
		cuts[i] = c
	}
	b.Cuts = cuts
	return finCiteCuts(b)
}
