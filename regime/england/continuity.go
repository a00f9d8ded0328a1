package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// Dates the continuity and asset rules turn on, all verified: the licence
// bound foundation trusts from 1 April 2013 and other providers from
// 1 April 2014 (srcLicence2013); foundation trusts' services were all
// commissioner requested services until April 2016 (citeCRSGuidance).
var (
	licenceIndependentFrom = economy.MakeDate(2014, 4, 1)
	ftDeemedCRSFrom        = economy.MakeDate(2013, 4, 1)
	ftDeemedCRSTo          = economy.MakeDate(2016, 3, 31)
)

// serviceContinuitySet builds the service continuity rule set for ed: for
// each service, what happens to it if its provider fails or exits on the
// decision date. Every edition has one, since the 2008 paper's principle
// held throughout; the licence editions add the continuity of services
// conditions for foundation trusts and independent providers.
func serviceContinuitySet(ed *edition, ps *regime.Params) (*regime.RuleSet, error) {
	k := continuityKeys{
		maxKm: ps.Decimal(regime.ParamDef{Name: "continuity.alternative_max_km", Title: "furthest an alternative provider may be and still count as close enough",
			Unit: "km", Citation: citeCRSTests, Interpretation: "the guidance asks whether an alternative provider is close enough and gives no distance; 30 km by road is this library's reading",
			Range: regime.Between(decimal.Zero, decimal.NewFromInt(maxKm))},
			decimal.NewFromInt(30)),
		maxMins: ps.Decimal(regime.ParamDef{Name: "continuity.alternative_max_travel_minutes", Title: "longest travel time to an alternative provider that still counts as close enough",
			Unit: "minutes", Citation: citeCRSTests, Interpretation: "the guidance asks whether an alternative provider is close enough and gives no travel time; 45 minutes is this library's reading",
			Range: regime.Between(decimal.Zero, decimal.NewFromInt(maxMinutes))},
			decimal.NewFromInt(45)),
		licence: ed.licence,
	}
	state := stateOwnedRule()
	private := regime.Predicate(RulePrivateOrVoluntary, "the provider is privately or voluntarily owned", srcPerformanceRegime2008, privateOrVoluntary)
	transfer := k.transferRule()
	agree := agreementRule()

	cosTitle, cosCite := "commissioner requested service under licence condition CoS1", citeCoS1
	if !ed.licence {
		cosTitle, cosCite = "no commissioner requested services before the provider licence", srcLicence2013
	}
	entries := []regime.Entry{
		{Priority: 10, Decides: KeepThenContinue.Ruling(),
			Rule: regime.Named(RuleStateContinueLocally, "state-owned provider's service that must continue locally", srcPerformanceRegime2008, regime.All(state, k.stateProtectedRule(), agree))},
		{Priority: 20, Decides: CRSContinue.Ruling(),
			Rule: regime.Named(RuleCRSContinueLocally, cosTitle, cosCite, regime.All(private, k.crsRule(), agree))},
		{Priority: 30, Decides: KeepThenTransfer.Ruling(),
			Rule: regime.Named(RuleStateTransfer, "state-owned provider's service with a named alternative provider", srcPerformanceRegime2008, regime.All(state, transfer, agree))},
		{Priority: 40, Decides: KeepThenReshape.Ruling(),
			Rule: regime.Named(RuleStateReshape, "state-owned provider's service with no named alternative provider", srcPerformanceRegime2008, regime.All(state, agree))},
		{Priority: 50, Decides: CreditorsTransfer.Ruling(),
			Rule: regime.Named(RuleCreditorsTransfer, "unprotected service of a private or voluntary provider, with a named alternative", citeCreditors, regime.All(private, transfer, agree))},
		{Priority: 60, Decides: CreditorsCease.Ruling(),
			Rule: regime.Named(RuleCreditorsCease, "unprotected service of a private or voluntary provider, with no named alternative", citeCreditors, regime.All(private, agree))},
	}
	return regime.NewRuleSet(regime.RuleSetSpec{
		ID: ServiceContinuity, Title: "service continuity if the provider fails or exits", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectService), Citation: srcPerformanceRegime2008, Entries: entries,
	})
}

// continuityKeys are the parameters and edition facts the continuity
// predicates read.
type continuityKeys struct {
	maxKm, maxMins regime.DecimalKey
	licence        bool // the edition has the provider licence
}

func stateOwnedRule() regime.Rule {
	return regime.Predicate(RuleStateOwned, "the provider is state-owned", srcPerformanceRegime2008, stateOwned)
}

// stateOwned is Met for a state-owned provider and Unknown when ownership
// is not given, so that an unknown owner never falls to the creditors.
func stateOwned(_ *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	return ownedBy(s, w, economy.StateOwned)
}

func privateOrVoluntary(_ *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	return ownedBy(s, w, economy.PrivatelyOwned, economy.VoluntaryOwned)
}

// providerIs holds "the provider is <ownership>" for every ownership, so
// that explaining a provider's ownership, once for each of its services
// and assets, writes no new string.
var providerIs = func() (out []string) {
	for o := economy.Ownership(0); o.Valid(); o++ {
		out = append(out, "the provider is "+o.String())
	}
	return out
}()

// providerIsText is providerIs[o], or the sentence written out for a value
// out of range (Decide does not validate the economy).
func providerIsText(o economy.Ownership) string {
	if int(o) < len(providerIs) {
		return providerIs[o]
	}
	return "the provider is " + o.String()
}

func ownedBy(s regime.Subject, w *regime.Why, owners ...economy.Ownership) regime.Verdict {
	p := s.Provider()
	if p == nil {
		w.Missing("provider")
		return regime.Unknown
	}
	o := p.EffectiveOwnership()
	if o == economy.OwnershipUnknown {
		w.Missing("ownership")
		return regime.Unknown
	}
	for _, x := range owners {
		if o == x {
			if w != nil {
				w.Because(providerIsText(o))
				w.Fact(regime.Fact{Name: "ownership", Text: o.String(), Verdict: regime.Met})
			}
			return regime.Met
		}
	}
	if w != nil {
		w.Because(providerIsText(o))
		w.Fact(regime.Fact{Name: "ownership", Text: o.String(), Verdict: regime.NotMet})
	}
	return regime.NotMet
}
