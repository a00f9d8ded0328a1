package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// What the asset protection rule set decides for each asset on the
// decision date: whether it is protected, and so what a disposal proposed
// on that date needs. The decision date is the date of the proposed
// disposal.
const (
	// LabelDisposalRefused: a protected asset of a provider under trust
	// special administration on the date; no disposal while it lasts.
	LabelDisposalRefused = "protected: disposal refused while the provider is under trust special administration"
	// LabelPublicAssetSoS: an NHS trust's publicly funded asset, secured
	// for the Secretary of State.
	LabelPublicAssetSoS = "protected public asset: disposal only with the Secretary of State's consent"
	// LabelPublicAssetMonitor and LabelPublicAssetNHSE: another state-owned
	// provider's (a foundation trust's) publicly funded asset, whose
	// disposal needs the regulator: Monitor to 30 June 2022, NHS England
	// from 1 July 2022.
	LabelPublicAssetMonitor = "protected public asset: disposal only with Monitor's consent"
	LabelPublicAssetNHSE    = "protected public asset: disposal only with NHS England's consent"
	// LabelRelevantAssetMonitor and LabelRelevantAssetNHSE: an asset needed
	// for a commissioner requested service of a licensed provider (licence
	// condition CoS2).
	LabelRelevantAssetMonitor = "protected relevant asset (CoS2): disposal only with Monitor's consent"
	LabelRelevantAssetNHSE    = "protected relevant asset (CoS2): disposal only with NHS England's consent"
	// LabelNotProtected: nothing in the regime stops a disposal.
	LabelNotProtected = "not protected: disposal allowed"
)

// assetProtectionSet builds the asset protection rule set for ed. Every
// edition has it: the 2008 paper secures a state-owned provider's public
// assets for the Secretary of State throughout, and the licence editions
// add the relevant assets of commissioner requested services.
func assetProtectionSet(ed *edition, ps *regime.Params) (*regime.RuleSet, error) {
	regulator, publicLabel, relevantLabel, regCite := "Monitor", LabelPublicAssetMonitor, LabelRelevantAssetMonitor, citeCRSEffect
	// NHS England took over Monitor's powers on 1 July 2022, the day the
	// 2022 text of Chapter 5A came into force (citeIPRAF).
	if ed.tsa >= tsa2022 {
		regulator, publicLabel, relevantLabel, regCite = "NHS England", LabelPublicAssetNHSE, LabelRelevantAssetNHSE, citeIPRAF
	}
	public := regime.Named("public_asset", "a state-owned provider's publicly funded asset", srcPerformanceRegime2008, regime.All(
		stateOwnedRule(),
		regime.Flag("publicly_funded", "paid for with public money", publiclyFunded, srcPerformanceRegime2008),
	))
	relevant := relevantAssetRule(ed.licence)
	entries := []regime.Entry{
		{Priority: 10, Decides: regime.Result{Label: LabelDisposalRefused},
			Rule: regime.Named("refused_under_tsa", "protected asset of a provider under trust special administration", citeTSADisposal, regime.All(
				regime.Predicate("under_tsa", "under trust special administration on the date", srcChapter5A, underTSA),
				regime.Any(public, relevant),
			))},
		{Priority: 20, Decides: regime.Result{Label: LabelPublicAssetSoS},
			Rule: regime.Named("public_asset_nhs_trust", "an NHS trust's public asset, secured for the Secretary of State", citeSoSConsent, regime.All(
				regime.Predicate("nhs_trust", "the provider is an NHS trust", srcPerformanceRegime2008, nhsTrust),
				public,
			))},
		{Priority: 30, Decides: regime.Result{Label: publicLabel},
			Rule: regime.Named("public_asset_regulator", "a foundation trust's public asset: disposal with "+regulator+"'s consent", regCite, public)},
		{Priority: 40, Decides: regime.Result{Label: relevantLabel},
			Rule: regime.Named("relevant_asset", "relevant asset: disposal with "+regulator+"'s consent", regCite, relevant)},
		{Priority: 50, Decides: regime.Result{Label: LabelNotProtected},
			Rule: regime.Always("not_protected", "neither a public asset of a state-owned provider nor a relevant asset", srcPerformanceRegime2008)},
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
	if p == nil || p.Kind == economy.KindUnknown {
		w.Missing("provider kind")
		return regime.Unknown
	}
	if w != nil {
		w.Because("the provider is a " + p.Kind.String())
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
