package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// encodedOversight names the oversight regime, encoded in edition ed, that
// covers provider p on the decision date: routine oversight is a decision
// only where such a regime's rules were tried and found nothing. Where the
// package encodes none for p's kind, it is Unknown, naming what is not
// encoded (as for primary care trusts) or the fact that would say which
// regime applied: never a silent pass.
func encodedOversight(ed *edition, env *regime.Env, p *economy.Provider, w *regime.Why) (string, regime.Verdict) {
	if p == nil {
		w.Missing("provider")
		return "", regime.Unknown
	}
	switch p.Kind {
	case economy.ProviderKindUnknown:
		w.Missing("provider.kind")
		return "", regime.Unknown
	case economy.KindFoundationTrust:
		if ed.segmentation != "" {
			return "the oversight framework's segments", regime.Met
		}
		return "Monitor's risk ratings", regime.Met
	case economy.KindNHSTrust:
		switch {
		case ed.segmentation != "":
			return "the oversight framework's segments", regime.Met
		case ed.tda:
			return "the NHS TDA's accountability framework", regime.Met
		case len(ed.trustRatings) > 0:
			return "the NHS Performance Framework", regime.Met
		case ed.commissioners == pctEra:
			return "the annual health check, as strategic health authorities read it", regime.Met
		}
		w.Missing("oversight of NHS trusts in this edition (not encoded)")
		return "", regime.Unknown
	}
	// Other providers came under an NHS oversight regime only through the
	// provider licence, from 1 April 2014, and only if they held one.
	if !ed.licence || env.DecisionDate().Before(licenceForAllFrom) {
		if w != nil {
			w.Missing("oversight of " + aOr(p.Kind.String()) + " before the provider licence: CQC registration (not encoded)")
			w.Because("providers other than NHS bodies were licensed only from 1 April 2014; before, " + aOr(p.Kind.String()) +
				" was overseen through its CQC registration and its contracts, which this package does not encode")
		}
		return "", regime.Unknown
	}
	switch {
	case p.Licensed == nil:
		w.Missing("provider.licensed")
		w.Because("whether it held a provider licence decides whether Monitor's licence oversight applied")
		return "", regime.Unknown
	case !*p.Licensed:
		if w != nil {
			w.Missing("oversight of an unlicensed " + p.Kind.String() + ": CQC registration (not encoded)")
			w.Because("an unlicensed " + p.Kind.String() + " is overseen through its CQC registration and its contracts, which this package does not encode")
		}
		return "", regime.Unknown
	}
	return "its provider licence", regime.Met
}
