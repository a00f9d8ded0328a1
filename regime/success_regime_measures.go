package regime

import (
	"slices"

	"github.com/failregime/failregime/economy"
)

// Measure is one thing that entering a regime brings to the organisation
// or area placed in it (a plan, funding, support, a mechanism of
// accountability), with the source that says so.
type Measure struct {
	What     string           `json:"what"`
	Citation economy.Citation `json:"citation"`
}

// Sources of what the regimes bring, besides those of the rules.
var (
	srcSuccessRegimeFunding = economy.Citation{Document: "Revealed: funding for each success regime area", Issuer: "HSJ", Year: 2016,
		URL: "https://www.hsj.co.uk/finance-and-efficiency/revealed-funding-for-each-success-regime-area/7005844.article", Verified: true,
		Note: "£3.5m in 2015/16 and £16.5m in 2016/17, £20m across the three areas"}
	srcSuccessRegimeUnverified = economy.Citation{Document: "Success regime: programme descriptions (from memory)", Issuer: "NHS England, Monitor and NHS TDA", Year: 2015,
		Note: "not found in the sources read; kept as a description of the programme, not as a rule"}
	srcNewDevonDirections = economy.Citation{Document: "Country's biggest CCG subject to NHS England directions", Issuer: "HSJ", Year: 2015,
		URL: "https://www.hsj.co.uk/hsj-local/ccgs/nhs-north-east-west-devon-ccg/countrys-biggest-ccg-subject-to-nhs-england-directions/5089619.article", Verified: true,
		Note: "the directions of August 2015 to NEW Devon CCG: an improvement and financial recovery plan, a capability review, NHS England approval of senior appointments"}
)

// measureTable lists what each regime brings, and in which editions.
var measureTable = []struct {
	regime economy.Regime
	in     func(*edition) bool
	items  []Measure
}{
	{economy.SuccessRegime, func(ed *edition) bool { return ed.successRegime }, []Measure{
		{"a single short-term plan: improvement against agreed quality, performance and financial metrics", srcSuccessRegime},
		{"a medium-term transformation plan, including new care models", srcSuccessRegime},
		{"new care models named for it: multispecialty community providers, primary and acute care systems, enhanced health in care homes, viable smaller hospitals", srcSuccessRegimeUnverified},
		{"leadership capacity and collaborative working across the area's organisations", srcSuccessRegime},
		{"transitional funding, £20m across the first three areas: North, East and West Devon £7.4m, Essex £6.4m, Cumbria £6.2m", srcSuccessRegimeFunding},
		{"transitional funding conditional on delivery of the plans", srcSuccessRegimeUnverified},
		{"one accountability mechanism: NHS England, Monitor and the NHS TDA acting jointly", srcSuccessRegimeAreas},
		{"support from high-performing health economies", srcSuccessRegimeUnverified},
		{"involvement of the Local Government Association and the Care Quality Commission", srcSuccessRegimeUnverified},
		{"local leaders kept in post, working under direction", srcSuccessRegimeUnverified},
	}},
	{economy.ChallengedHealthEconomy, func(ed *edition) bool { return ed.challengedEconomies }, []Measure{
		{"external suppliers (about £800k an area, about ten weeks) to help commissioners and providers build an integrated five-year plan", srcChallengedEconomies},
	}},
	{economy.LegalDirections, func(ed *edition) bool { return ed.commissioners != pctEra }, []Measure{
		{"directions from NHS England, which may make the commissioner stop a function for a period and another body perform it", srcDirections},
		{"from 2015/16, an improvement plan delivered under legal directions", srcCCGRatings2016},
		{"for example (NEW Devon CCG, 2015): a financial recovery plan, a leadership capability review, NHS England approval of senior appointments", srcNewDevonDirections},
	}},
	{economy.CommissionerSpecialMeasures, func(ed *edition) bool { return ed.commissioners == ccg2015 || ed.commissioners == ccgIAF2016 }, []Measure{
		{"NHS England oversees and works with the CCG for a year", srcCCGSpecialMeasures},
		{"then removal, a short extension, or changes to management, governance or structure, with other CCGs or bodies able to take over its functions", srcCCGSpecialMeasures},
	}},
}

// Measures returns what entering regime r brings in the edition whose
// framework ID is editionID (such as "sr2015"), each item with its
// citation; unverified items say so in theirs. It returns nil for a regime
// or edition it has nothing on. The result is a fresh copy.
//
// Decision.Text prints these under a Met decision, so that an analyst
// reading "success_regime" also reads what that means for the area.
func Measures(r economy.Regime, editionID string) []Measure {
	var ed *edition
	for i := range editionTable {
		if editionTable[i].id == editionID {
			ed = &editionTable[i]
			break
		}
	}
	if ed == nil {
		return nil
	}
	for _, row := range measureTable {
		if row.regime == r && row.in(ed) {
			return slices.Clone(row.items)
		}
	}
	return nil
}

// bringsLines renders the measures of a Met decision's chosen regimes.
func (d Decision) bringsLines() []string {
	if d.Verdict != Met {
		return nil
	}
	var out []string
	for _, c := range d.Chosen {
		for _, m := range Measures(c.Regime, d.Framework.ID) {
			out = append(out, m.What+" ("+m.Citation.String()+")")
		}
	}
	return out
}
