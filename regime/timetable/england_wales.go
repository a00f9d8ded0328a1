package timetable

import "github.com/failregime/failregime/economy"

// EnglandAndWales returns the working-day calendar of England and Wales:
// the standing rules for every year from 1948 to 2100, and the one-off
// changes announced from 1995 to the last year announced (2027 when this
// library was written). Later years are computed from the standing rules,
// and [Calendar.Computed] says so; add a newly announced change with
// [Calendar.With].
func EnglandAndWales() Calendar {
	return Calendar{name: "England and Wales", source: englandAndWalesSource, announcedTo: 2027,
		changes: englandAndWalesChanges, firstYear: 1948, lastYear: 2100}
}

var englandAndWalesSource = economy.Citation{
	Document: "UK bank holidays: England and Wales",
	Issuer:   "GOV.UK",
	URL:      "https://www.gov.uk/bank-holidays",
	Section:  "standing rules of the Banking and Financial Dealings Act 1971, Schedule 1, with substitute days; one-off changes as announced",
	Verified: false,
	Note:     "unverified: the one-off changes are listed from their announcements as reported, and cross-checked against third-party copies of the gov.uk feed, not the feed itself",
}

// englandAndWalesChanges are the announced one-off changes: extra days, and
// standing days moved.
var englandAndWalesChanges = []Change{
	{Date: d("1995-05-08"), Name: "Early May bank holiday (VE day)", Replaces: d("1995-05-01")},
	{Date: d("1999-12-31"), Name: "Millennium celebrations"},
	{Date: d("2002-06-04"), Name: "Spring bank holiday", Replaces: d("2002-05-27")},
	{Date: d("2002-06-03"), Name: "Queen's Golden Jubilee"},
	{Date: d("2011-04-29"), Name: "Wedding of Prince William and Catherine Middleton"},
	{Date: d("2012-06-04"), Name: "Spring bank holiday", Replaces: d("2012-05-28")},
	{Date: d("2012-06-05"), Name: "Queen's Diamond Jubilee"},
	{Date: d("2020-05-08"), Name: "Early May bank holiday (VE day)", Replaces: d("2020-05-04")},
	{Date: d("2022-06-02"), Name: "Spring bank holiday", Replaces: d("2022-05-30")},
	{Date: d("2022-06-03"), Name: "Queen's Platinum Jubilee"},
	{Date: d("2022-09-19"), Name: "State Funeral of Queen Elizabeth II"},
	{Date: d("2023-05-08"), Name: "Coronation of King Charles III"},
}

func d(s string) economy.Date { return economy.MustDate(s) }
