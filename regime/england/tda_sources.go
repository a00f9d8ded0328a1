package england

import "github.com/failregime/failregime/economy"

// Sources of the NHS Trust Development Authority's oversight of NHS trusts,
// 1 April 2013 to 30 September 2016. Verified means read at the address
// given; the framework documents themselves were read only as far as
// their contents pages, so the escalation levels are cited to a trust
// board's reproduction of them.
var (
	srcTDAFramework2013 = economy.Citation{Document: "Delivering High Quality Care for Patients: The Accountability Framework for NHS Trust Boards",
		Issuer: "NHS Trust Development Authority", Year: 2013, Section: "The oversight model (p.14)",
		URL:  "https://studylib.net/doc/8694643/delivering-high-quality-care-for-patients--the-accountabi...",
		Note: "unverified: published April 2013; only the contents and foreword were read, not the oversight model"}
	srcTDAFramework2014 = economy.Citation{Document: "Delivering for Patients: the 2014/15 Accountability Framework for NHS trust boards",
		Issuer: "NHS Trust Development Authority", Year: 2014, Section: "02 Oversight and escalation",
		URL:  "https://www.readkong.com/page/the-2014-15-accountability-framework-delivering-for-2396318",
		Note: "unverified: only the foreword was read (refreshed for the Chief Inspector of Hospitals regime and special measures), not section 02"}
	srcTDAFramework2015 = economy.Citation{Document: "Delivering for Patients: the 2015/16 Accountability Framework for NHS trust boards",
		Issuer: "NHS Trust Development Authority", Year: 2015,
		URL:  "https://careersdocbox.com/Nursing/84554396-Trust-development-authority-delivering-for-patients-the-2015-16-accountability-framework-for-nhs-trust-boards.html",
		Note: "unverified: only the foreword was read; taken to apply until the Single Oversight Framework replaced it on 1 October 2016"}
	srcTDARulebook2013 = economy.Citation{Document: "New rulebook unveiled for would-be foundation trusts", Issuer: "HSJ", Year: 2013,
		URL: "https://www.hsj.co.uk/new-rulebook-unveiled-for-would-be-foundation-trusts/5057079.article", Verified: true,
		Note: "the TDA's 2013/14 framework: five quality measures (CQC concerns, access, outcomes, third-party reports, quality governance) each rated one to five from 'no identified concerns' through 'concern requiring investigation' to 'formal action required'; finance: bottom-line income and expenditure, savings, forecast underlying position against plan; an escalation process for trusts that have fallen behind"}
	srcTDAEscalationLevels = economy.Citation{Document: "Performance Report, Trust Board, period ending 30 April 2014", Issuer: "St George's Healthcare NHS Trust", Year: 2014,
		Section:  "The TDA Accountability Framework: escalation levels 1 (highest) to 5 (lowest); five oversight categories: standard oversight with reduced frequency, standard oversight with standard frequency, supporting intervention (some delivery issues, clinical and/or financial), strategic intervention (significant delivery issues), special measures",
		URL:      "https://cdn.slideserve.com/regis/st-george-s-healthcare-nhs-trust-performance-report-trust-board-period-ending-30-th-april-2014",
		Verified: true,
		Note:     "an NHS trust's board paper reproducing the NHS TDA's 2014/15 framework; the TDA's own text was not read"}
	srcTDASpecialMeasures2014 = economy.Citation{Document: "Regulators publish guide to special measures for trusts", Issuer: "Care Quality Commission", Year: 2014,
		URL: "https://www.cqc.org.uk/news/stories/regulators-publish-guide-special-measures-trusts", Verified: true,
		Note: "6 May 2014: trusts are put into special measures by the NHS TDA, foundation trusts by Monitor, generally on the recommendation of the Chief Inspector of Hospitals"}
	srcSpecialMeasuresGuide = economy.Citation{Document: "A guide to special measures", Issuer: "Monitor, Care Quality Commission and NHS Trust Development Authority (summarised by the Health Foundation)", Year: 2014,
		URL: "https://navigator.health.org.uk/theme/guide-special-measures", Verified: true,
		Note: "an improvement director appointed by the NHS TDA or Monitor; one or more partner organisations; a review of the leadership's capability, with changes if needed; monthly publication of progress against the action plan"}
)

// tdaFrameworkYears are the TDA's editions of its framework, each with the
// days it applied and its sources.
var tdaFrameworkYears = []struct {
	from, to string
	sources  []economy.Citation
}{
	{"2013-04-01", "2014-03-31", []economy.Citation{srcTDAFramework2013, srcTDARulebook2013}},
	{"2014-04-01", "2015-03-31", []economy.Citation{srcTDAFramework2014}},
	{"2015-04-01", "2016-09-30", []economy.Citation{srcTDAFramework2015}},
}

// tdaSources are the sources of the TDA's framework for the days of
// edition ed: those of each of its years that ed's span meets.
func tdaSources(ed *edition) []economy.Citation {
	if !ed.tda {
		return nil
	}
	var out []economy.Citation
	for _, y := range tdaFrameworkYears {
		if ed.from <= y.to && (ed.to == "" || ed.to >= y.from) {
			out = append(out, y.sources...)
		}
	}
	return out
}
