package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// tdaBrings is what the rungs the NHS TDA's escalation leads to bring, in
// the editions of its accountability framework. A framework says what a
// regime brings whoever entered it, so the intervention rungs, which
// Monitor's foundation trusts reach too, say which trusts the TDA's
// measure is for. What the TDA's interventions comprised was not read:
// they are described by the category alone.
func tdaBrings(ed *edition) []regime.Brings {
	if !ed.tda {
		return nil
	}
	var out []regime.Brings
	if ed.qualitySM {
		out = append(out, regime.Brings{Regime: economy.QualitySpecialMeasures, Measures: []regime.Measure{
			{What: "its special measures overseen by the regulator that placed it there, the NHS TDA (an NHS trust) or Monitor (a foundation trust), generally on the Chief Inspector of Hospitals' recommendation", Citation: srcTDASpecialMeasures2014},
			{What: "an improvement director, appointed by the NHS TDA or Monitor, acting on the trust's behalf and giving assurance of its approach to improvement", Citation: srcSpecialMeasuresGuide},
			{What: "one or more partner organisations appointed to support the trust's improvement", Citation: srcSpecialMeasuresGuide},
			{What: "a review of the capability of the trust's leadership, and changes to its management if needed", Citation: srcSpecialMeasuresGuide},
			{What: "monthly publication online of the trust's progress against its action plan", Citation: srcSpecialMeasuresGuide},
		}})
	}
	out = append(out,
		regime.Brings{Regime: economy.MandatedSupport, Measures: []regime.Measure{
			{What: "for an NHS trust at the NHS TDA's escalation level 4: strategic intervention, the TDA's intervention for significant delivery issues, clinical or financial", Citation: srcTDAEscalationLevels},
		}},
		regime.Brings{Regime: economy.InvestigationConsidered, Measures: []regime.Measure{
			{What: "for an NHS trust at the NHS TDA's escalation level 3: supporting intervention, the TDA's support for some delivery issues, clinical or financial", Citation: srcTDAEscalationLevels},
		}},
	)
	return out
}
