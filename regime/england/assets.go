package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// assetProtectionSet builds the asset protection rule set for ed. Every
// edition has it: the 2008 paper secures a state-owned provider's public
// assets for the Secretary of State throughout, and the licence editions
// add the relevant assets of commissioner requested services.
func assetProtectionSet(ed *edition, ps *regime.Params) (*regime.RuleSet, error) {
	regulator, publicCode, relevantCode, regCite := "Monitor", PublicAssetMonitor, RelevantAssetMonitor, citeCRSEffect
	// NHS England took over Monitor's powers on 1 July 2022, the day the
	// 2022 text of Chapter 5A came into force (citeIPRAF).
	if ed.tsa >= tsa2022 {
		regulator, publicCode, relevantCode, regCite = "NHS England", PublicAssetNHSE, RelevantAssetNHSE, citeIPRAF
	}
	public := regime.Named(RulePublicAsset, "a state-owned provider's publicly funded asset", srcPerformanceRegime2008, regime.All(
		stateOwnedRule(),
		regime.Flag(RulePubliclyFunded, "paid for with public money", publiclyFunded, srcPerformanceRegime2008),
	))
	relevant := relevantAssetRule(ed.licence)
	entries := []regime.Entry{
		{Priority: 10, Decides: DisposalRefusedUnderTSA.Ruling(),
			Rule: regime.Named(RuleRefusedUnderTSA, "protected asset of a provider under trust special administration", citeTSADisposal, regime.All(
				regime.Predicate(RuleUnderTSA, "under trust special administration on the date", srcChapter5A, underTSA),
				regime.Any(public, relevant),
			))},
		{Priority: 20, Decides: PublicAssetSoS.Ruling(),
			Rule: regime.Named(RulePublicAssetNHSTrust, "an NHS trust's public asset, secured for the Secretary of State", citeSoSConsent, regime.All(
				regime.Predicate(RuleNHSTrust, "the provider is an NHS trust", srcPerformanceRegime2008, nhsTrust),
				public,
			))},
		{Priority: 30, Decides: publicCode.Ruling(),
			Rule: regime.Named(RulePublicAssetRegulator, "a foundation trust's public asset: disposal with "+regulator+"'s consent", regCite, public)},
		{Priority: 40, Decides: relevantCode.Ruling(),
			Rule: regime.Named(RuleRelevantAsset, "relevant asset: disposal with "+regulator+"'s consent", regCite, relevant)},
		{Priority: 50, Decides: NotProtected.Ruling(),
			Rule: regime.Always(RuleNotProtected, "neither a public asset of a state-owned provider nor a relevant asset", srcPerformanceRegime2008)},
	}
	return regime.NewRuleSet(regime.RuleSetSpec{
		ID: AssetProtection, Title: "asset protection and disposal", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectAsset), Citation: srcPerformanceRegime2008, Entries: entries,
	})
}

func publiclyFunded(_ *regime.Env, s regime.Subject) (bool, bool) {
	if a := s.Asset(); a != nil && a.PubliclyFunded != nil {
		return *a.PubliclyFunded, true
	}
	return false, false
}

func nhsTrust(_ *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	p := s.Provider()
	if p == nil || p.Kind == economy.ProviderKindUnknown {
		w.Missing("kind")
		return regime.Unknown
	}
	if w != nil {
		w.Because("the provider is " + aOr(p.Kind.String()))
	}
	return regime.VerdictOf(p.Kind == economy.KindNHSTrust)
}

// underTSA is whether a trust special administration spell covers the
// decision date. The spells are the record: none listed is NotMet.
func underTSA(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	p := s.Provider()
	if p == nil {
		w.Missing("provider")
		return regime.Unknown
	}
	d := env.DecisionDate()
	if d.IsZero() {
		w.Missing("decision date")
		return regime.Unknown
	}
	sp, ok := economy.SpellOf(p.Governance.Spells, economy.TrustSpecialAdministration, d)
	if w != nil {
		if ok {
			w.Because("under trust special administration since " + sp.Start.String())
			w.Fact(regime.Fact{Name: "trust special administration from", Text: sp.Start.String(), Verdict: regime.Met})
		} else {
			w.Because("no trust special administration on " + d.String())
		}
	}
	return regime.VerdictOf(ok)
}
