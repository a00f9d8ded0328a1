package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	srDay    = "2015-06-03"
	y2014    = economy.Period{From: economy.MustDate("2014-04-01"), To: economy.MustDate("2015-03-31")}
	y2015    = economy.Period{From: economy.MustDate("2015-04-01"), To: economy.MustDate("2016-03-31")}
	smSpell  = []economy.Spell{{Regime: economy.QualitySpecialMeasures, Start: economy.MustDate("2013-07-16")}}
	noIncome = decimal.NullDecimal{}
)

func money(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decimal.RequireFromString(s)) }

// trust is an NHS trust whose 2015/16 plan is the given surplus.
func trust(id string, plan decimal.NullDecimal, income decimal.NullDecimal) economy.Provider {
	p := economy.Provider{ID: id, Kind: economy.KindNHSTrust,
		Accounts: []economy.Accounts{{Period: y2015, PlannedSurplus: plan}}}
	if income.Valid {
		// The year under way's income is not known until it ends: the
		// share is of the last year's, known by then.
		p.Accounts = append(p.Accounts, economy.Accounts{Period: economy.FinancialYear(2014), OperatingIncome: income})
	}
	return p
}

// srArea is an area meeting every success-regime criterion but the one a
// test varies: A is in quality special measures since 2013 (failing,
// quality, long-standing) with a £25m planned deficit.
func srArea(extra ...economy.Provider) *economy.Economy {
	a := trust("A", money("-25000000"), noIncome)
	a.Governance.Spells = smSpell
	return &economy.Economy{ID: "X", Providers: append([]economy.Provider{a}, extra...)}
}

func economyVerdict(t *testing.T, e *economy.Economy) (regime.Verdict, string) {
	t.Helper()
	d := decideOn(t, england.EconomyIntervention, regime.EconomySubject(e), e, srDay)
	return d.Verdict, chosenEntry(d)
}

// economy.failing_deficit_min (£10m) and economy.failing_deficit_pct (1%
// of income): the second trust is failing at, and above, each boundary.
func TestFailingDeficitBoundaries(t *testing.T) {
	tests := []struct {
		name        string
		givePlan    string
		giveIncome  decimal.NullDecimal
		wantVerdict regime.Verdict
		wantEntry   string
	}{
		{"below the pounds, no income: unknown", "-9999999", noIncome, regime.Unknown, ""},
		{"at the pounds", "-10000000", noIncome, regime.Met, "success_regime_criteria"},
		{"above the pounds", "-10000001", noIncome, regime.Met, "success_regime_criteria"},
		{"below 1% of income", "-999999", money("100000000"), regime.Met, "no_area_regime"},
		{"at 1% of income", "-1000000", money("100000000"), regime.Met, "success_regime_criteria"},
		{"above 1% of income", "-1000001", money("100000000"), regime.Met, "success_regime_criteria"},
		{"in surplus", "0", noIncome, regime.Met, "no_area_regime"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, entry := economyVerdict(t, srArea(trust("B", money(tt.givePlan), tt.giveIncome)))
			assert.Equal(t, tt.wantVerdict, v)
			assert.Equal(t, tt.wantEntry, entry)
		})
	}
}

// economy.sr_min_failing (2): one, two and three failing organisations.
func TestSuccessRegimeMinFailing(t *testing.T) {
	healthy := trust("H", money("0"), noIncome)
	failing := func(id string) economy.Provider {
		p := trust(id, money("0"), noIncome)
		p.Governance.Undertakings = []economy.Undertaking{{Date: economy.MustDate("2015-01-01")}}
		return p
	}
	tests := []struct {
		name      string
		give      []economy.Provider
		wantEntry string
	}{
		{"one failing", []economy.Provider{healthy}, "no_area_regime"},
		{"two failing", []economy.Provider{failing("B")}, "success_regime_criteria"},
		{"three failing", []economy.Provider{failing("B"), failing("C")}, "success_regime_criteria"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, entry := economyVerdict(t, srArea(tt.give...))
			assert.Equal(t, regime.Met, v)
			assert.Equal(t, tt.wantEntry, entry)
		})
	}
}

// economy.sr_system_deficit_min (£20m) on the sum of deficits, and
// economy.sr_system_deficit_pct (2%) on a whole-system figure with income.
func TestSystemDeficitBoundaries(t *testing.T) {
	// Both trusts fail on enforcement, not quality, and are rated good
	// with every standard met: finance alone decides "financial or
	// quality problems".
	area := func(deficit string) *economy.Economy {
		enforced := []economy.Spell{{Regime: economy.EnforcementUndertakings, Start: economy.MustDate("2013-01-01")}}
		good := []economy.Inspection{{Scope: economy.ScopeProvider, Published: economy.MustDate("2015-01-01"), Overall: economy.Good}}
		a := trust("A", money(deficit), noIncome)
		b := trust("B", money("0"), noIncome)
		for _, p := range []*economy.Provider{&a, &b} {
			p.Governance.Spells, p.Inspections, p.Performance = enforced, good, []economy.Performance{goodPerformance()}
		}
		return &economy.Economy{ID: "X", Providers: []economy.Provider{a, b}}
	}
	system := func(deficit string) *economy.Economy {
		e := area("0")
		e.System = []economy.SystemFinance{{Period: y2015, PlannedSurplus: money(deficit), Income: money("500000000")}}
		return e
	}
	tests := []struct {
		name      string
		give      *economy.Economy
		wantEntry string
	}{
		{"sum below £20m", area("-19999999"), "no_area_regime"},
		{"sum at £20m", area("-20000000"), "success_regime_criteria"},
		{"sum above £20m", area("-20000001"), "success_regime_criteria"},
		{"system below 2% of £500m", system("-9999999"), "no_area_regime"},
		{"system at 2%", system("-10000000"), "success_regime_criteria"},
		{"system above 2%", system("-10000001"), "success_regime_criteria"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, entry := economyVerdict(t, tt.give)
			assert.Equal(t, regime.Met, v)
			assert.Equal(t, tt.wantEntry, entry)
		})
	}
}

// economy.longstanding_months (12): a spell begun 12 months before the
// date, a day less, a day more.
func TestLongStandingBoundary(t *testing.T) {
	tests := []struct {
		name      string
		giveStart string
		wantEntry string
	}{
		{"a day short of 12 months", "2014-06-04", "no_area_regime"},
		{"exactly 12 months", "2014-06-03", "success_regime_criteria"},
		{"a day over 12 months", "2014-06-02", "success_regime_criteria"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := srArea(trust("B", money("-10000000"), noIncome))
			e.Providers[0].Governance.Spells = []economy.Spell{{Regime: economy.QualitySpecialMeasures, Start: economy.MustDate(tt.giveStart)}}
			v, entry := economyVerdict(t, e)
			assert.Equal(t, regime.Met, v)
			assert.Equal(t, tt.wantEntry, entry)
		})
	}
}

// economy.quality_rating (requires improvement): a provider rated good,
// requires improvement or inadequate, whose waiting times met every
// standard.
func TestQualityRatingBoundary(t *testing.T) {
	tests := []struct {
		give      economy.CQCRating
		wantEntry string
	}{
		{economy.Good, "no_area_regime"},
		{economy.RequiresImprovement, "success_regime_criteria"},
		{economy.Inadequate, "success_regime_criteria"},
	}
	for _, tt := range tests {
		t.Run(tt.give.String(), func(t *testing.T) {
			// No deficit: quality alone decides "financial or quality
			// problems".
			a := trust("A", money("0"), noIncome)
			a.Governance.Spells = []economy.Spell{{Regime: economy.EnforcementUndertakings, Start: economy.MustDate("2013-01-01")}}
			a.Inspections = []economy.Inspection{{Scope: economy.ScopeProvider, Published: economy.MustDate("2015-01-01"), Overall: tt.give}}
			a.Performance = []economy.Performance{goodPerformance()}
			b := trust("B", money("0"), noIncome)
			b.Governance.Spells = a.Governance.Spells
			b.Inspections = []economy.Inspection{{Scope: economy.ScopeProvider, Published: economy.MustDate("2015-01-01"), Overall: economy.Good}}
			b.Performance = a.Performance
			v, entry := economyVerdict(t, &economy.Economy{ID: "X", Providers: []economy.Provider{a, b}})
			assert.Equal(t, regime.Met, v)
			assert.Equal(t, tt.wantEntry, entry)
		})
	}
}

func goodPerformance() economy.Performance {
	return economy.Performance{Period: economy.Period{From: economy.MustDate("2015-01-01"), To: economy.MustDate("2015-03-31")},
		AE4Hours: money("96"), RTTIncomplete18Weeks: money("93"), RTTAdmitted18Weeks: money("91"), RTTNonAdmitted18Wks: money("96"),
		Cancer2WeekWait: money("94"), Cancer31Day: money("97"), Cancer62Day: money("86"), Cancer28DayFDS: money("80"),
		DiagnosticsOver6Wks: money("0.5"), AmbulanceCatA8Min: money("76")} // the standards rating asks every provider for every standard
}

// ccg builds a CCG with the given finance and assessments.
func ccg(kind economy.CommissionerKind, fin []economy.CommissionerFinance, as ...economy.AssuranceRating) *economy.Commissioner {
	c := &economy.Commissioner{ID: "C", Kind: kind, Allocation: money("100000000"), Finance: fin}
	for i, r := range as {
		y := 2015 - len(as) + 1 + i
		from := economy.DateOf(economy.MustDate("2000-04-01").Time().AddDate(y-2000, 0, 0))
		c.Ratings = append(c.Ratings, assurance(economy.Period{From: from, To: from.AddMonths(12).AddDays(-1)}, r))
	}
	return c
}

// assurance is an assurance rating for period, taken as published on its
// last day, so that these tests read a year's rating from its end (real
// ratings came months later: the cases carry their days).
func assurance(period economy.Period, r economy.AssuranceRating) economy.PublishedRating {
	return economy.PublishedRating{Scheme: economy.CCGAssurance, Period: period, Published: period.To, Value: r.String(),
		Source: &economy.Citation{Document: "test assurance ratings"}}
}

// rated2014 is a CCG in surplus with one assessment, for 2014/15.
func rated2014(r economy.AssuranceRating) *economy.Commissioner {
	return &economy.Commissioner{ID: "C", Kind: economy.CCG, Allocation: money("100000000"),
		Ratings: []economy.PublishedRating{assurance(y2014, r)},
		Finance: []economy.CommissionerFinance{{Period: y2014, Surplus: money("1")}, {Period: y2015, PlannedSurplus: money("1")}}}
}

// icbSegment is an ICB segment published on 1 May 2023 for 2022/23.
func icbSegment(v string) []economy.PublishedRating {
	return []economy.PublishedRating{{Scheme: economy.ICBSegment, Period: economy.FinancialYear(2022), Published: economy.MustDate("2023-05-01"), Value: v,
		Source: &economy.Citation{Document: "test", Issuer: "test"}}}
}

func commissionerDecision(t *testing.T, c *economy.Commissioner, date string, capable string) regime.Decision {
	t.Helper()
	e := &economy.Economy{ID: "X", Commissioners: []economy.Commissioner{*c}}
	return decideOn(t, england.CommissionerIntervention, regime.CommissionerSubject(&e.Commissioners[0]), e, date,
		regime.Assumption{Name: england.LeadershipCapabilityFact, Value: capable})
}

// commissioner.sm_deficit_pct (1% of allocation) in each of two years.
func TestCCGDeficitBoundary(t *testing.T) {
	tests := []struct {
		name       string
		give       string
		wantRegime economy.Regime
	}{
		{"below 1%", "-999999", economy.CommissionerAssurance},
		{"at 1%", "-1000000", economy.CommissionerSpecialMeasures},
		{"above 1%", "-1000001", economy.CommissionerSpecialMeasures},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fin := []economy.CommissionerFinance{{Period: y2014, Surplus: money(tt.give)}, {Period: y2015, PlannedSurplus: money(tt.give)}}
			d := commissionerDecision(t, ccg(economy.CCG, fin, economy.AssuranceGood), "2016-03-31", "no")
			r, ok := d.Ruling()
			require.True(t, ok, d.Text())
			assert.Equal(t, tt.wantRegime, r.Regime)
		})
	}
}

// commissioner.sm_persistent_years (2): one, two and three failing
// assessments in a row.
func TestCCGPersistentRatings(t *testing.T) {
	surplus := []economy.CommissionerFinance{{Period: y2014, Surplus: money("0")}, {Period: y2015, PlannedSurplus: money("0")}}
	tests := []struct {
		name       string
		give       []economy.AssuranceRating
		wantRegime economy.Regime
	}{
		{"one", []economy.AssuranceRating{economy.AssuranceGood, economy.AssuranceInadequate}, economy.LegalDirections},
		{"two", []economy.AssuranceRating{economy.NotAssured, economy.AssuranceInadequate}, economy.CommissionerSpecialMeasures},
		{"three", []economy.AssuranceRating{economy.NotAssured, economy.NotAssured, economy.AssuranceInadequate}, economy.CommissionerSpecialMeasures},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := commissionerDecision(t, ccg(economy.CCG, surplus, tt.give...), "2016-07-21", "no")
			r, ok := d.Ruling()
			require.True(t, ok, d.Text())
			assert.Equal(t, tt.wantRegime, r.Regime)
		})
	}
}

// Who is subject to the commissioner regime, era by era.
func TestCommissionerKindsAndEras(t *testing.T) {
	direction := []economy.Direction{{Issued: economy.MustDate("2023-01-01"), Section: "s14Z61"}}
	tests := []struct {
		name        string
		give        *economy.Commissioner
		giveDate    string
		wantVerdict regime.Verdict
		wantRegime  economy.Regime
		wantCode    string
	}{
		{"NHS England", ccg(economy.NHSEngland, nil), "2015-06-03", regime.Met, economy.RegimeUnknown, "not_subject"},
		{"local authority", ccg(economy.Council, nil), "2015-06-03", regime.Met, economy.RegimeUnknown, "not_subject"},
		{"PCT after 2013", ccg(economy.PCT, nil), "2015-06-03", regime.Met, economy.RegimeUnknown, "not_subject"},
		{"PCT in 2010: not encoded", ccg(economy.PCT, nil), "2010-06-01", regime.Unknown, economy.RegimeUnknown, ""},
		{"CCG after June 2022", ccg(economy.CCG, nil), "2023-06-01", regime.Met, economy.RegimeUnknown, "not_subject"},
		{"ICB under direction, in segment 2", &economy.Commissioner{ID: "I", Kind: economy.ICB, Directions: direction, Ratings: icbSegment("2")}, "2023-06-01", regime.Met, economy.LegalDirections, ""},
		{"ICB under direction, no segment published: it might be in segment 4", &economy.Commissioner{ID: "I", Kind: economy.ICB, Directions: direction}, "2023-06-01", regime.Unknown, economy.RegimeUnknown, ""},
		{"ICB with no facts", &economy.Commissioner{ID: "I", Kind: economy.ICB}, "2023-06-01", regime.Unknown, economy.RegimeUnknown, ""},
		{"ICB before July 2022", &economy.Commissioner{ID: "I", Kind: economy.ICB}, "2022-06-30", regime.Met, economy.RegimeUnknown, "not_subject"},
		{"CCG not assured in 2014/15", rated2014(economy.NotAssured), "2015-05-01", regime.Met, economy.LegalDirections, ""},
		{"CCG assured in 2014/15", rated2014(economy.Assured), "2015-05-01", regime.Met, economy.CommissionerAssurance, ""},
		{"CCG assured with support, 2013 rules", rated2014(economy.AssuredWithSupport), "2015-03-31", regime.Met, economy.CommissionerAssurance, ""},
		{"unknown kind", ccg(economy.CommissionerKindUnknown, nil), "2015-06-03", regime.Unknown, economy.RegimeUnknown, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := commissionerDecision(t, tt.give, tt.giveDate, "yes")
			assert.Equal(t, tt.wantVerdict, d.Verdict, d.Text())
			r, _ := d.Ruling()
			assert.Equal(t, tt.wantRegime, r.Regime)
			assert.Equal(t, tt.wantCode, r.Code)
		})
	}
}

func TestBrings(t *testing.T) {
	brings := func(id string, r economy.Regime) []regime.Measure {
		f, err := england.FrameworkByID(id)
		require.NoError(t, err)
		return f.Brings(r)
	}
	assert.Len(t, brings("sr2015", economy.SuccessRegime), 10)
	assert.Empty(t, brings("che2014", economy.SuccessRegime), "no success regime before June 2015")
	assert.NotEmpty(t, brings("iaf2016", economy.CommissionerSpecialMeasures))
	assert.Empty(t, brings("nof2022", economy.CommissionerSpecialMeasures))
	m := brings("che2014", economy.ChallengedHealthEconomy)
	require.Len(t, m, 1)
	m[0].What = "changed"
	assert.NotEqual(t, "changed", brings("che2014", economy.ChallengedHealthEconomy)[0].What, "a copy")
}

// economy.che_min_failing (1) and economy.che_system_deficit_min (£10m)
// under the 2014 rules: one trust under undertakings, in an area whose
// deficits sum to just under, at and just over £10m, with no quality facts.
func TestChallengedEconomyBoundaries(t *testing.T) {
	p2014 := economy.Period{From: economy.MustDate("2013-04-01"), To: economy.MustDate("2014-03-31")}
	area := func(deficit string, failing bool) *economy.Economy {
		p := economy.Provider{ID: "A", Kind: economy.KindNHSTrust,
			Accounts: []economy.Accounts{{Period: p2014, Surplus: money(deficit)}}}
		if failing {
			p.Governance.Undertakings = []economy.Undertaking{{Date: economy.MustDate("2014-01-01")}}
		}
		return &economy.Economy{ID: "X", Providers: []economy.Provider{p}}
	}
	tests := []struct {
		name        string
		give        *economy.Economy
		wantVerdict regime.Verdict
		wantEntry   string
	}{
		{"no failing organisation", area("0", false), regime.Met, "no_area_regime"},
		{"deficit below £10m, quality unknown", area("-9999999", true), regime.Unknown, ""},
		{"deficit at £10m", area("-10000000", true), regime.Met, "challenged_economy_criteria"},
		{"deficit above £10m", area("-10000001", true), regime.Met, "challenged_economy_criteria"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decideOn(t, england.EconomyIntervention, regime.EconomySubject(tt.give), tt.give, "2014-06-01")
			assert.Equal(t, tt.wantVerdict, d.Verdict, d.Text())
			assert.Equal(t, tt.wantEntry, chosenEntry(d))
		})
	}
}
