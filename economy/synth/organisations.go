package synth

import (
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

var designations = []economy.Designation{economy.DesignationNone, economy.CommissionerRequested, economy.LocationSpecific, economy.DesignationUnknown}

// services gives p two to four services bought by the economy's
// commissioners, with alternatives among its other providers, and an asset
// or two needed for them.
func (g *gen) services(e *economy.Economy, p *economy.Provider) {
	n := 2 + g.pick(3)
	for i := 0; i < n; i++ {
		s := economy.Service{
			ID: "s" + strconv.Itoa(i+1), Name: "Service " + strconv.Itoa(i+1), Category: []string{"urgent_and_emergency", "maternity", "elective", "community"}[g.pick(4)],
			Designation: designations[g.pick(len(designations))], AnnualValue: g.money(1_000_000, 80_000_000),
			WidensInequalities: g.flag(20), DependentsUnviable: g.flag(20),
		}
		if len(e.Commissioners) > 0 {
			s.Commissioners = []string{e.Commissioners[g.pick(len(e.Commissioners))].ID}
		}
		for _, other := range e.Providers {
			if other.ID != p.ID && g.chance(30) {
				s.Alternatives = append(s.Alternatives, economy.Alternative{ProviderID: other.ID,
					DistanceKm: decimal.NewNullDecimal(decimal.New(g.rng.Int64N(2000), -1)), HasCapacity: g.flag(60)})
			}
		}
		if i > 0 && g.chance(30) {
			s.Dependents = []string{"s1"}
		}
		p.Services = append(p.Services, s)
	}
	for i := 0; i < 1+g.pick(2); i++ {
		p.Assets = append(p.Assets, economy.Asset{
			ID: "a" + strconv.Itoa(i+1), Description: "Asset " + strconv.Itoa(i+1),
			Class: []economy.AssetClass{economy.Land, economy.Buildings, economy.Equipment, economy.OtherAsset}[g.pick(4)],
			Value: g.money(10_000, 200_000_000), PubliclyFunded: g.flag(70),
			NeededFor: []string{p.Services[g.pick(len(p.Services))].ID},
		})
	}
}

var commissionerKinds = []economy.CommissionerKind{economy.CCG, economy.CCG, economy.ICB, economy.NHSEngland, economy.Council}

var assurance = []economy.AssuranceRating{
	economy.Assured, economy.AssuredWithSupport, economy.NotAssured,
	economy.AssuranceOutstanding, economy.AssuranceGood, economy.AssuranceRequiresImprovement, economy.AssuranceInadequate,
}

// synthSource is what every synthetic fact cites.
var synthSource = economy.Citation{Document: "failregime synthetic data", Note: "generated, not real"}

func (g *gen) commissioner(id string) economy.Commissioner {
	pop := int64(100_000 + g.rng.Int64N(1_400_000))
	c := economy.Commissioner{ID: id, Name: "Synthetic commissioner " + id, Kind: commissionerKinds[g.pick(len(commissionerKinds))],
		Population: &pop, Allocation: g.money(150_000_000, 2_500_000_000),
		Sources: []economy.Citation{{Document: "failregime synthetic data", Note: "generated, not real"}}}
	for y := g.firstYear(); y <= g.c.Date.Year; y++ {
		period := economy.FinancialYear(y)
		rated := assurance[g.pick(len(assurance))] // drawn every year, so the stream does not depend on the date
		if published := period.To.AddMonths(4); !published.After(g.c.Date) {
			c.Ratings = append(c.Ratings, economy.PublishedRating{Scheme: economy.CCGAssurance, Period: period, Published: published,
				Value: rated.String(), Source: &synthSource})
		}
		c.Finance = append(c.Finance, economy.CommissionerFinance{Period: period, Allocation: c.Allocation,
			Surplus: g.money(-60_000_000, 20_000_000), PlannedSurplus: g.money(-30_000_000, 20_000_000)})
	}
	if g.chance(10) {
		c.Directions = append(c.Directions, economy.Direction{Issued: g.date(), Section: "s14Z21"})
	}
	if g.chance(5) {
		c.Spells = append(c.Spells, g.spell(economy.CommissionerSpecialMeasures))
	}
	return c
}
