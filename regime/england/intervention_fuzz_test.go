package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/shopspring/decimal"
)

// fuzzArea builds an area from fuzz bytes: commissioners and providers of
// any kind, with spells, directions, assessments, finance, accounts and
// inspections drawn from the bytes, so that every branch of the
// commissioner and economy rules sees odd combinations.
func fuzzArea(data []byte) *economy.Economy {
	next := func() byte {
		if len(data) == 0 {
			return 0
		}
		b := data[0]
		data = data[1:]
		return b
	}
	day := func() economy.Date {
		return economy.DateOf(economy.MustDate("2012-01-01").Time().AddDate(0, 0, int(next())*12+int(next())))
	}
	amount := func() decimal.NullDecimal {
		if next()%4 == 0 {
			return decimal.NullDecimal{}
		}
		return decimal.NewNullDecimal(decimal.NewFromInt((int64(next()) - 128) * 1_000_000))
	}
	year := func() economy.Period {
		y := 2012 + int(next()%8)
		from := economy.DateOf(economy.MustDate("2012-04-01").Time().AddDate(y-2012, 0, 0))
		return economy.Period{From: from, To: from.AddMonths(12).AddDays(-1)}
	}
	spells := func() []economy.Spell {
		var out []economy.Spell
		for range next() % 3 {
			s := economy.Spell{Regime: economy.Regime(next() % 13), Start: day()}
			if next()%2 == 0 {
				s.End = day()
			}
			out = append(out, s)
		}
		return out
	}
	e := &economy.Economy{ID: "F", Spells: spells()}
	for i := range next() % 4 {
		c := economy.Commissioner{ID: "c" + string(rune('a'+i)), Kind: economy.CommissionerKind(next() % 6), Allocation: amount(), Spells: spells()}
		for range next() % 3 {
			p := year()
			c.Ratings = append(c.Ratings, economy.PublishedRating{Scheme: economy.CCGAssurance, Period: p, Published: p.To.AddDays(int(next() % 200)),
				Value: economy.AssuranceRating(next() % 8).String(), Source: &economy.Citation{Document: "fuzz"}})
		}
		for range next() % 3 {
			c.Finance = append(c.Finance, economy.CommissionerFinance{Period: year(), Allocation: amount(), Surplus: amount(), PlannedSurplus: amount()})
		}
		if next()%3 == 0 {
			c.Directions = append(c.Directions, economy.Direction{Issued: day(), Revoked: day()})
		}
		e.Commissioners = append(e.Commissioners, c)
	}
	for i := range next() % 4 {
		p := economy.Provider{ID: "p" + string(rune('a'+i)), Kind: economy.ProviderKind(next() % 7)}
		p.Governance.Spells = spells()
		for range next() % 3 {
			p.Accounts = append(p.Accounts, economy.Accounts{Period: year(), YearToDate: next()%5 == 0, Surplus: amount(),
				PlannedSurplus: amount(), ForecastSurplus: amount(), OperatingIncome: amount()})
		}
		if next()%2 == 0 {
			p.Inspections = append(p.Inspections, economy.Inspection{Published: day(), Overall: economy.CQCRating(next() % 5), Pending: next()%4 == 0})
		}
		if next()%3 == 0 {
			p.Governance.Breaches = append(p.Governance.Breaches, economy.Breach{Status: economy.BreachStatus(next() % 3), Date: day(), Resolved: day()})
		}
		if next()%3 == 0 {
			p.Governance.Undertakings = append(p.Governance.Undertakings, economy.Undertaking{Date: day(), Released: day()})
		}
		e.Providers = append(e.Providers, p)
	}
	if next()%2 == 0 {
		e.System = append(e.System, economy.SystemFinance{Period: year(), PlannedSurplus: amount(), Surplus: amount(), Income: amount()})
	}
	return e
}

// FuzzInterventionSets: random areas never panic, the verdict-only path
// (Match) agrees with the explained decision, for commissioners and
// economies on dates across every edition that has these rule sets, and
// each decision is in proportion to the area (checkProportionate).
func FuzzInterventionSets(f *testing.F) {
	f.Add([]byte{}, uint16(0))                                           // an empty area on the first day
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, uint16(1250))   // a little of everything, mid-2015
	f.Add([]byte{0, 3, 2, 7, 7, 1, 200, 9, 9, 3, 3, 1, 2}, uint16(3700)) // ICB era
	f.Add([]byte{255, 255, 255, 255, 255, 255, 255, 255}, uint16(400))   // extremes, PCT era
	all, err := england.Frameworks()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, offset uint16) {
		e := fuzzArea(data)
		date := economy.DateOf(economy.MustDate("2012-01-01").Time().AddDate(0, 0, int(offset%5000)))
		var fw *regime.Framework
		for _, x := range all {
			if x.InForce(date) {
				fw = x
			}
		}
		if fw == nil {
			return
		}
		env := regime.NewEnv(e, date).WithParams(fw)
		check := func(id string, s regime.Subject) {
			rs, ok := fw.RuleSet(id)
			if !ok {
				return
			}
			d, err := fw.Decide(env, id, s)
			if err != nil {
				t.Fatal(err)
			}
			kenv, ks := env.Known(s)
			if _, v := rs.Match(&kenv, ks); v != d.Verdict {
				t.Fatalf("%s on %s: Match says %s, Decide says %s\n%s", id, s, v, d.Verdict, d.Text())
			}
			j, err := d.JSON()
			if err != nil {
				t.Fatal(err)
			}
			checkProportionate(t, id, j, len(data))
			checkProportionate(t, id+" text", []byte(d.Text()), len(data))
		}
		for i := range e.Commissioners {
			check(england.CommissionerIntervention, regime.CommissionerSubject(&e.Commissioners[i]))
		}
		check(england.EconomyIntervention, regime.EconomySubject(e))
	})
}
