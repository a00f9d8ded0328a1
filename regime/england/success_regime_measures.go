package england

import (
	"slices"

	"github.com/failregime/failregime/regime"

	"github.com/failregime/failregime/economy"
)

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
	items  []regime.Measure
}{
	{economy.SuccessRegime, func(ed *edition) bool { return ed.successRegime }, []regime.Measure{
		{What: "a single short-term plan: improvement against agreed quality, performance and financial metrics", Citation: srcSuccessRegime},
		{What: "a medium-term transformation plan, including new care models", Citation: srcSuccessRegime},
		{What: "new care models named for it: multispecialty community providers, primary and acute care systems, enhanced health in care homes, viable smaller hospitals", Citation: srcSuccessRegimeUnverified},
		{What: "leadership capacity and collaborative working across the area's organisations", Citation: srcSuccessRegime},
		{What: "transitional funding, £20m across the first three areas: North, East and West Devon £7.4m, Essex £6.4m, Cumbria £6.2m", Citation: srcSuccessRegimeFunding},
		{What: "transitional funding conditional on delivery of the plans", Citation: srcSuccessRegimeUnverified},
		{What: "one accountability mechanism: NHS England, Monitor and the NHS TDA acting jointly", Citation: srcSuccessRegimeAreas},
		{What: "support from high-performing health economies", Citation: srcSuccessRegimeUnverified},
		{What: "involvement of the Local Government Association and the Care Quality Commission", Citation: srcSuccessRegimeUnverified},
		{What: "local leaders kept in post, working under direction", Citation: srcSuccessRegimeUnverified},
	}},
	{economy.ChallengedHealthEconomy, func(ed *edition) bool { return ed.challengedEconomies }, []regime.Measure{
		{What: "external suppliers (about £800k an area, about ten weeks) to help commissioners and providers build an integrated five-year plan", Citation: srcChallengedEconomies},
	}},
	{economy.LegalDirections, func(ed *edition) bool { return ed.commissioners != pctEra }, []regime.Measure{
		{What: "directions from NHS England, which may make the commissioner stop a function for a period and another body perform it", Citation: srcDirections},
		{What: "from 2015/16, an improvement plan delivered under legal directions", Citation: srcCCGRatings2016},
		{What: "for example (NEW Devon CCG, 2015): a financial recovery plan, a leadership capability review, NHS England approval of senior appointments", Citation: srcNewDevonDirections},
	}},
	{economy.CommissionerSpecialMeasures, func(ed *edition) bool { return ed.commissioners == ccg2015 || ed.commissioners == ccgIAF2016 }, []regime.Measure{
		{What: "NHS England oversees and works with the CCG for a year", Citation: srcCCGSpecialMeasures},
		{What: "then removal, a short extension, or changes to management, governance or structure, with other CCGs or bodies able to take over its functions", Citation: srcCCGSpecialMeasures},
	}},
}

// bringsFor lists what each regime brings in edition ed, for its
// framework to carry (see [regime.FrameworkSpec.Brings]); a decision that
// chooses one of these regimes then reports what it brings.
func bringsFor(ed *edition) []regime.Brings {
	var out []regime.Brings
	for _, row := range measureTable {
		if row.in(ed) {
			out = append(out, regime.Brings{Regime: row.regime, Measures: slices.Clone(row.items)})
		}
	}
	return out
}
