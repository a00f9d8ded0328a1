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

// Sources of what the Recovery Support Programme, mandated support, the
// Provider Improvement Programme and ICB directions bring.
var (
	srcLSCEntry2025 = economy.Citation{Document: "Four NHS organisations in Lancashire and South Cumbria entered into programme of national support",
		Issuer: "NHS Lancashire and South Cumbria ICB", Year: 2025,
		URL: "https://lancashireandsouthcumbria.icb.nhs.uk/news-and-media/latest-news/four-nhs-organisations-lancashire-and-south-cumbria-entered-programme-national-support", Verified: true,
		Note: "6 February 2025: NHS England agrees each organisation's individual support needs and exit criteria; improvement directors appointed by NHS England"}
	srcSTWTransition2025 = economy.Citation{Document: "Shropshire's hospitals have demonstrated improvements in the past year, says minister", Issuer: "Shropshire Star", Year: 2025,
		URL: "https://www.shropshirestar.com/news/health/2025/07/30/shropshires-hospitals-have-demonstrated-improvements-in-the-past-year-says-minister/", Verified: true,
		Note: "news, quoting the minister (30 July 2025): the transition criteria cover finance, workforce, urgent and emergency care, governance and leadership"}
	srcRSPSystemDirector = economy.Citation{Document: "What is the new NHS Recovery Support Programme?", Issuer: "Glynns Solicitors",
		URL:  "https://glynns.co.uk/articles/what-is-the-new-nhs-recovery-support-programme.php",
		Note: "secondary (a law firm's summary of the 2021/22 framework), not checked against NHS England's text: a System Improvement Director coordinates support"}
	srcPIPPays = economy.Citation{Document: "Exclusive: failing trusts will pay for new intervention regime", Issuer: "HSJ", Year: 2025,
		URL:  "https://www.hsj.co.uk/quality-and-performance/exclusive-failing-trusts-will-pay-for-new-intervention-regime/7039531.article",
		Note: "secondary (HSJ's opening, based on leaked documents): trusts pay for NHS England's interventions; about 15 trusts expected"}
	srcICBDirectionsContent = economy.Citation{Document: "NHSE would take control of failing ICBs, according to guidance", Issuer: "Healthcare Leader", Year: 2022,
		URL:  "https://healthcareleadernews.com/news/nhse-would-take-control-of-failing-icbs-according-to-guidance/",
		Note: "secondary, on the draft enforcement guidance (31 October 2022); not checked against the statute"}
	srcICBUndertakings = economy.Citation{Document: "NHS England's new enforcement guidance in force", Issuer: "Mills & Reeve", Year: 2023,
		URL:  "https://www.mills-reeve.com/insights/blogs/health-and-care/august-2023/nhs-england-s-new-enforcement-guidance-in-force",
		Note: "secondary, quoting the final guidance: undertakings on reasonable grounds to suspect a failure; directions need NHS England to be satisfied of a failure or significant risk of one; a breached undertaking may justify directions"}
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
	{economy.RecoverySupportProgramme, func(ed *edition) bool { return ed.recoverySupport }, []regime.Measure{
		{What: "mandated intensive support for a time-limited period, with exit criteria agreed that will demonstrate sustainable improvement and recovery", Citation: srcRSPUpdate},
		{What: "support to one organisation or across a whole system: the ICB and its NHS providers", Citation: srcRSPUpdate},
		{What: "in place of the special measures programmes for quality and finance, for trusts and CCGs", Citation: srcNOF2022Scope},
		{What: "each organisation's support needs and exit criteria agreed with NHS England; an improvement director appointed by NHS England", Citation: srcLSCEntry2025},
		{What: "transition criteria across finance, workforce, urgent and emergency care, governance and leadership", Citation: srcSTWTransition2025},
		{What: "a System Improvement Director coordinating the support", Citation: srcRSPSystemDirector},
	}},
	{economy.MandatedSupport, func(ed *edition) bool { return ed.recoverySupport }, []regime.Measure{
		{What: "segment 3: a diagnostic stocktake with NHS England's regional team to find the main drivers of concern and agree improvement actions", Citation: srcSegmentMeanings},
		{What: "mandated regional support", Citation: srcSegmentLabels},
	}},
	{economy.ProviderImprovementProgramme, func(ed *edition) bool { return ed.segment5 }, []regime.Measure{
		{What: "segment 5: intensive support through the Provider Improvement Programme, entered by the NHS England region's decision for a segment 4 provider after it considers the provider's capability", Citation: citeNOF2025Segment5},
		{What: "the trust pays for NHS England's interventions itself", Citation: srcPIPPays},
	}},
	{economy.LegalDirections, func(ed *edition) bool { return ed.commissioners == icb2022 }, []regime.Measure{
		{What: "directions from NHS England under s.14Z61, when it is satisfied the ICB is failing, or at risk of failing, to discharge its functions", Citation: srcICBDirections},
		{What: "the ICB or its chief executive may be directed to cease to perform functions, which NHS England or another ICB may perform on its behalf; in extreme cases its constitution varied, or the ICB abolished and merged", Citation: srcICBDirectionsContent},
		{What: "directions as a last resort, after undertakings, whose breach may justify them", Citation: srcICBUndertakings},
	}},
	{economy.LegalDirections, func(ed *edition) bool { return ed.commissioners != pctEra && ed.commissioners != icb2022 }, []regime.Measure{
		{What: "directions from NHS England, which may make the commissioner stop a function for a period and another body perform it", Citation: srcDirections},
		{What: "from 2015/16, an improvement plan delivered under legal directions", Citation: srcCCGRatings2016},
		{What: "for example (NEW Devon CCG, 2015): a financial recovery plan, a leadership capability review, NHS England approval of senior appointments", Citation: srcNewDevonDirections},
	}},
	{economy.CommissionerSpecialMeasures, func(ed *edition) bool {
		return (ed.commissioners == ccg2015 || ed.commissioners == ccgIAF2016) && !ed.recoverySupport
	}, []regime.Measure{
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
