package rating

import (
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// Sources of the operational standards, each VERIFIED at the address it
// gives (for the A&E change, the Department of Health's statistical
// notice).
var (
	citeAE98 = economy.Citation{
		Document: "What is the A&E target row about?", Issuer: "The Guardian", Year: 2020,
		URL: "https://www.theguardian.com/society/2020/jan/15/what-is-the-ae-target-row-about", Verified: true,
		Note: "98% from 2004; start day 1 April 2004 " + fromMemory,
	}
	citeAE95 = economy.Citation{
		Document: "Statistical press notice: A&E statistics, quarterly update, quarter ending 30 September 2010", Issuer: "Department of Health", Year: 2010,
		URL: "https://www.mynewsdesk.com/uk/uk-government/pressreleases/commonwealth-war-graves-commission-national-statistical-press-notice-a-e-statistics-quarterly-update-518679", Verified: true,
		Note: "the revised Operating Framework 2010/11 (June 2010) set 95% with immediate effect; the day, 21 June 2010, " + fromMemory,
	}
	citeRTTIncomplete = economy.Citation{
		Document: "Two key waiting time targets abolished", Issuer: "HSJ", Year: 2015,
		URL: "https://www.hsj.co.uk/news/acute-care/two-key-waiting-time-targets-abolished/5085548.article", Verified: true,
		Note: "92% verified; start 1 April 2012 (Operating Framework 2012/13) " + fromMemory,
	}
	citeRTTAdmitted = economy.Citation{
		Document: "Jeremy Hunt to alter NHS performance targets", Issuer: "The Guardian", Year: 2015,
		URL: "https://www.theguardian.com/society/2015/jun/04/jeremy-hunt-alter-nhs-performance-targets-perverse-incentives", Verified: true,
		Note: "Dec 2008 to June 2015 verified; first and last days (1 Dec 2008, 30 Jun 2015) chosen within those months",
	}
	citeCancer2WW = economy.Citation{
		Document: "NHS key statistics / waiting times targets (CBP-8846)", Issuer: "House of Commons Library",
		URL: "https://commonslibrary.parliament.uk/research-briefings/cbp-8846/", Verified: true,
		Note: "93% until 30 September 2023; start 1 January 2009 " + fromMemory,
	}
	citeCancer31 = economy.Citation{
		Document: "Waiting times", Issuer: "Epsom and St Helier University Hospitals NHS Trust",
		URL: "https://www.epsom-sthelier.nhs.uk/waiting-times", Verified: true,
		Note: "96%; start 1 January 2009 " + fromMemory,
	}
	citeCancer62 = economy.Citation{
		Document: "How are the different targets being missed in England?", Issuer: "Nuffield Trust",
		URL: "https://www.nuffieldtrust.org.uk/chart/how-are-the-different-targets-being-missed-in-england", Verified: true,
		Note: "85%; start 1 January 2009 " + fromMemory,
	}
	citeCancerFDS = economy.Citation{
		Document: "Modernising cancer waiting time standards", Issuer: "South East London Cancer Alliance",
		URL: "https://selca.nhs.uk/news/modernising-cancer-waiting-time-standards", Verified: true,
		Note: "75%, the headline standard from 1 October 2023",
	}
	citeDiagnostics = economy.Citation{
		Document: "How are the different targets being missed in England?", Issuer: "Nuffield Trust",
		URL: "https://www.nuffieldtrust.org.uk/chart/how-are-the-different-targets-being-missed-in-england", Verified: true,
		Note: "no more than 1% waiting over 6 weeks; start 1 April 2008 " + fromMemory,
	}
	citeAmbulance = economy.Citation{
		Document: "Indicator update: waiting times", Issuer: "QualityWatch",
		URL: "https://www.qualitywatch.org.uk/indicator-update/indicator-update-summary-waiting-times", Verified: true,
		Note: "75% within 8 minutes before 2017; first day 1 April 2001 and last day 12 July 2017 (Ambulance Response Programme) " + fromMemory,
	}
)

func day(y int, m time.Month, d int) economy.Date { return economy.MakeDate(y, m, d) }

// DefaultStandardsParams returns the operational standards, each cited to
// its source:
//
//   - A&E 4 hours: 98% from 1 April 2004 to 20 June 2010, then 95% from 21
//     June 2010, when the revised Operating Framework 2010/11 cut it "with
//     immediate effect" (the month is verified, the day is not);
//   - RTT incomplete pathways within 18 weeks: 92% from 1 April 2012;
//   - RTT admitted 90% and non-admitted 95%: 1 December 2008 to 30 June 2015;
//   - cancer two-week wait 93%: 1 January 2009 to 30 September 2023;
//   - cancer 31 days 96% and 62 days 85%: from 1 January 2009;
//   - cancer 28-day faster diagnosis 75%: from 1 October 2023, when it became
//     a headline standard;
//   - diagnostics: no more than 1% waiting over 6 weeks, from 1 April 2008;
//   - ambulance Category A within 8 minutes 75%: 1 April 2001 to 12 July 2017.
//
// Thresholds are verified; start and end days that the sources did not
// give are marked in each citation's note.
func DefaultStandardsParams() StandardsParams {
	pct := func(v int64) decimal.Decimal { return decimal.NewFromInt(v) }
	return StandardsParams{Standards: []Standard{
		{ID: StdAE4Hours, Name: "A&E within 4 hours", Threshold: pct(98), HigherIsBetter: true,
			From: day(2004, time.April, 1), To: day(2010, time.June, 20), Citation: citeAE98},
		{ID: StdAE4Hours, Name: "A&E within 4 hours", Threshold: pct(95), HigherIsBetter: true,
			From: day(2010, time.June, 21), Citation: citeAE95},
		{ID: StdRTTIncomplete, Name: "RTT incomplete pathways within 18 weeks", Threshold: pct(92), HigherIsBetter: true,
			From: day(2012, time.April, 1), Citation: citeRTTIncomplete},
		{ID: StdRTTAdmitted, Name: "RTT admitted within 18 weeks", Threshold: pct(90), HigherIsBetter: true,
			From: day(2008, time.December, 1), To: day(2015, time.June, 30), Citation: citeRTTAdmitted},
		{ID: StdRTTNonAdmitted, Name: "RTT non-admitted within 18 weeks", Threshold: pct(95), HigherIsBetter: true,
			From: day(2008, time.December, 1), To: day(2015, time.June, 30), Citation: citeRTTAdmitted},
		{ID: StdCancer2WeekWait, Name: "cancer two-week wait", Threshold: pct(93), HigherIsBetter: true,
			From: day(2009, time.January, 1), To: day(2023, time.September, 30), Citation: citeCancer2WW},
		{ID: StdCancer31Day, Name: "cancer 31 days", Threshold: pct(96), HigherIsBetter: true,
			From: day(2009, time.January, 1), Citation: citeCancer31},
		{ID: StdCancer62Day, Name: "cancer 62 days", Threshold: pct(85), HigherIsBetter: true,
			From: day(2009, time.January, 1), Citation: citeCancer62},
		{ID: StdCancer28DayFDS, Name: "cancer 28-day faster diagnosis", Threshold: pct(75), HigherIsBetter: true,
			From: day(2023, time.October, 1), Citation: citeCancerFDS},
		{ID: StdDiagnostics6Weeks, Name: "diagnostics waiting over 6 weeks", Threshold: pct(1), HigherIsBetter: false,
			From: day(2008, time.April, 1), Citation: citeDiagnostics},
		{ID: StdAmbulanceCatA8Min, Name: "ambulance Category A within 8 minutes", Threshold: pct(75), HigherIsBetter: true,
			From: day(2001, time.April, 1), To: day(2017, time.July, 12), Citation: citeAmbulance},
	}}
}
