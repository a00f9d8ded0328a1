package synth

import (
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

var kinds = []economy.ProviderKind{
	economy.KindNHSTrust, economy.KindFoundationTrust, economy.KindNHSTrust, economy.KindFoundationTrust,
	economy.KindIndependentPrivate, economy.KindIndependentVoluntary, economy.KindGPPractice, economy.KindSocialCare,
}

func (g *gen) provider(id string) economy.Provider {
	p := economy.Provider{ID: id, Name: "Synthetic provider " + id, Kind: kinds[g.pick(len(kinds))],
		PeerGroup: []string{"acute", "non_acute", "ambulance"}[g.pick(3)]}
	if p.Kind == economy.KindSocialCare {
		p.Ownership = []economy.Ownership{economy.StateOwned, economy.PrivatelyOwned}[g.pick(2)]
	}
	if p.Kind == economy.KindFoundationTrust {
		p.Authorised = economy.MakeDate(2004+g.pick(10), time.April, 1)
	}
	licensed := p.Kind == economy.KindFoundationTrust || g.chance(50)
	p.Licensed = &licensed
	for y := g.firstYear(); y <= g.c.Date.Year; y++ {
		p.Accounts = append(p.Accounts, g.accounts(economy.FinancialYear(y)))
		for q := 0; q < 4; q++ {
			from := economy.MakeDate(y, time.April, 1).AddMonths(3 * q)
			p.Performance = append(p.Performance, g.performance(economy.Period{From: from, To: from.AddMonths(3).AddDays(-1)}))
		}
	}
	for n := 1 + g.pick(2); n > 0; n-- {
		p.Inspections = append(p.Inspections, g.inspection())
	}
	p.Governance = g.governance()
	p.Sources = []economy.Citation{{Document: "failregime synthetic data", Note: "generated, not real"}}
	return p
}

// money draws whole pounds in [lo, hi].
func (g *gen) money(lo, hi int64) decimal.NullDecimal {
	return decimal.NewNullDecimal(decimal.NewFromInt(lo + g.rng.Int64N(hi-lo+1)))
}

// pct draws a percentage with two places in [lo, hi].
func (g *gen) pct(lo, hi int64) decimal.NullDecimal {
	return decimal.NewNullDecimal(decimal.New(lo*100+g.rng.Int64N((hi-lo)*100+1), -2))
}

// maybe leaves one figure in ten unreported, so rules meet missing facts.
func (g *gen) maybe(d decimal.NullDecimal) decimal.NullDecimal {
	if g.chance(10) {
		return decimal.NullDecimal{}
	}
	return d
}

func (g *gen) flag(percent int) *bool {
	b := g.chance(percent)
	return &b
}

// controlTotal draws the year's control total decision, dated the first
// day of the year: accepted seven times in ten. The draw is made for every
// year, so the stream does not depend on the period.
func (g *gen) controlTotal(period economy.Period) []economy.ControlTotalEvent {
	status := economy.ControlTotalRefused
	if *g.flag(70) {
		status = economy.ControlTotalAccepted
	}
	return []economy.ControlTotalEvent{{Date: period.From, Status: status}}
}

func (g *gen) accounts(period economy.Period) economy.Accounts {
	income := 100_000_000 + g.rng.Int64N(900_000_000)
	expenses := income * (90 + g.rng.Int64N(20)) / 100
	ebitda := income - expenses + g.rng.Int64N(income/20)
	inv := g.rng.Int64N(10_000_000)
	current := inv + g.rng.Int64N(150_000_000)
	a := economy.Accounts{
		Period:                    period,
		OperatingIncome:           decimal.NewNullDecimal(decimal.NewFromInt(income)),
		OperatingExpenses:         decimal.NewNullDecimal(decimal.NewFromInt(expenses)),
		Depreciation:              g.money(1_000_000, 30_000_000),
		EBITDA:                    g.maybe(decimal.NewNullDecimal(decimal.NewFromInt(ebitda))),
		PlannedEBITDA:             g.maybe(g.money(0, income/10)),
		Surplus:                   g.money(-income/5, income/20),
		PlannedSurplus:            g.maybe(g.money(-income/10, income/20)),
		ForecastSurplus:           g.maybe(g.money(-income/5, income/20)),
		PDCDividend:               g.money(0, 15_000_000),
		InterestPayable:           g.money(0, 10_000_000),
		InterestReceivable:        g.money(0, 1_000_000),
		LoanRepayments:            g.money(0, 10_000_000),
		FinanceLeaseRepayments:    g.money(0, 2_000_000),
		PFIRepayments:             g.money(0, 20_000_000),
		CurrentAssets:             decimal.NewNullDecimal(decimal.NewFromInt(current)),
		Inventories:               decimal.NewNullDecimal(decimal.NewFromInt(inv)),
		CurrentLiabilities:        g.money(0, 200_000_000),
		CommittedFacilities:       g.money(0, 20_000_000),
		WorkingCapitalFacility:    g.money(0, 30_000_000),
		AverageAssetsEmployed:     g.money(50_000_000, 800_000_000),
		AgencySpend:               g.money(0, 40_000_000),
		AgencyCeiling:             g.money(1, 30_000_000),
		CapitalExpenditure:        g.money(0, 60_000_000),
		PlannedCapitalExpenditure: g.money(1, 60_000_000),
		ControlTotal:              g.money(-income/10, income/20),
		ControlTotalEvents:        g.controlTotal(period),
		BorrowingLimitBreached:    g.flag(5),
		PDCDividendUnpaid:         g.flag(5),
		PlanLate:                  g.flag(10),
		PlanIncomplete:            g.flag(10),
		LoanRepaymentAtRisk:       g.flag(5),
		DeficitSupport:            g.flag(20),
	}
	return a
}

func (g *gen) performance(period economy.Period) economy.Performance {
	p := economy.Performance{
		Period:               period,
		AE4Hours:             g.maybe(g.pct(70, 100)),
		RTTIncomplete18Weeks: g.maybe(g.pct(60, 100)),
		RTTAdmitted18Weeks:   g.maybe(g.pct(70, 100)),
		RTTNonAdmitted18Wks:  g.maybe(g.pct(80, 100)),
		Cancer2WeekWait:      g.maybe(g.pct(80, 100)),
		Cancer31Day:          g.maybe(g.pct(85, 100)),
		Cancer62Day:          g.maybe(g.pct(60, 100)),
		Cancer28DayFDS:       g.maybe(g.pct(60, 100)),
		DiagnosticsOver6Wks:  g.maybe(g.pct(0, 40)),
		AmbulanceCatA8Min:    g.maybe(g.pct(60, 90)),
	}
	p.Other = map[string]decimal.Decimal{}
	for _, m := range []string{"nof2025:ae_4_hours", "nof2025:rtt_18_weeks", "nof2025:cancer_62_day", "nof2025:finance"} {
		p.Other[m] = decimal.New(100+g.rng.Int64N(301), -2)
	}
	return p
}

var ratings = economy.CQCRatings()

func (g *gen) rating() economy.CQCRating { return ratings[g.pick(len(ratings))] }

func (g *gen) inspection() economy.Inspection {
	started := g.date()
	in := economy.Inspection{Scope: economy.ScopeProvider, Started: started}
	if g.chance(10) {
		in.Pending = true
		return in
	}
	in.Published = started.AddDays(30 + g.pick(90))
	in.Ratings = economy.KeyQuestionRatings{Safe: g.rating(), Effective: g.rating(), Caring: g.rating(), Responsive: g.rating(), WellLed: g.rating()}
	in.Overall = g.rating()
	if g.chance(20) {
		in.RequirementNotices = []economy.Notice{{KeyQuestion: economy.KeyQuestions()[g.pick(5)], Regulation: "Regulation 12", Issued: in.Published}}
	}
	if g.chance(5) {
		in.WarningNotices = []economy.Notice{{KeyQuestion: economy.KeyQuestions()[g.pick(5)], Regulation: "Regulation 17", Issued: in.Published}}
	}
	in.RecommendsSpecialMeasures = g.flag(5)
	return in
}

var providerSpells = []economy.Regime{
	economy.QualitySpecialMeasures, economy.FinancialSpecialMeasures, economy.EnforcementUndertakings,
	economy.SignificantBreach, economy.RecoverySupportProgramme, economy.TrustSpecialAdministration,
}

func (g *gen) governance() economy.Governance {
	var gv economy.Governance
	if g.chance(25) {
		gv.Spells = append(gv.Spells, g.spell(providerSpells[g.pick(len(providerSpells))]))
	}
	if g.chance(15) {
		d := g.date()
		gv.Breaches = append(gv.Breaches, economy.Breach{Condition: "FT4", Status: []economy.BreachStatus{economy.BreachSuspected, economy.BreachFound}[g.pick(2)], Date: d})
		gv.Undertakings = append(gv.Undertakings, economy.Undertaking{Date: d.AddDays(30)})
	}
	gv.LowCapability = g.flag(10)
	gv.CatastrophicFailure = g.flag(2)
	gv.UnableToPayDebts = g.flag(5)
	gv.SeriousQualityFailure = g.flag(5)
	return gv
}
