package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// relevantAssetRule is whether an asset is a relevant asset under licence
// condition CoS2 on the decision date: the provider is bound by the
// licence's continuity of services conditions and the asset is needed for
// one of its commissioner requested services. Before the licence there
// were none.
func relevantAssetRule(licence bool) regime.Rule {
	if !licence {
		return regime.Predicate(RuleRelevantAssetBeforeLicence, "no relevant assets before the provider licence", srcLicence2013,
			func(_ *regime.Env, _ regime.Subject, w *regime.Why) regime.Verdict {
				w.Because("the provider licence, and with it relevant assets, did not yet exist")
				return regime.NotMet
			})
	}
	return regime.Predicate(RuleRelevantAssetCoS2, "needed for a commissioner requested service of a licensed provider", citeCoS2, relevantAsset)
}

func relevantAsset(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	p, a := s.Provider(), s.Asset()
	if p == nil || a == nil {
		w.Missing("asset")
		return regime.Unknown
	}
	d := env.DecisionDate()
	if d.IsZero() {
		w.Missing("decision date")
		return regime.Unknown
	}
	bound := licenceBinds(p, d, w)
	if bound == regime.NotMet {
		return regime.NotMet
	}
	v := regime.NotMet
	for _, id := range a.NeededFor {
		svc, ok := env.Service(p, id)
		if !ok {
			if w != nil {
				w.Missing("service " + id)
			}
			v = v.Or(regime.Unknown)
			continue
		}
		q := isCRS(p, svc, d)
		if w != nil {
			if q == regime.Unknown {
				w.Missing("designation of " + id)
			} else {
				w.Fact(regime.Fact{Name: "needed for " + id, Text: svc.Designation.String(), Verdict: q})
			}
		}
		v = v.Or(q)
	}
	if w != nil && len(a.NeededFor) == 0 {
		w.Because("not listed as needed for any service")
	}
	return bound.And(v)
}

// licenceBinds is whether the licence's continuity of services conditions
// could bind p on d: foundation trusts from 1 April 2013 (every licence
// edition), licensed independent providers from 1 April 2014, never NHS
// trusts, whose services are exempt from designation.
func licenceBinds(p *economy.Provider, d economy.Date, w *regime.Why) regime.Verdict {
	switch p.Kind {
	case economy.KindFoundationTrust:
		return regime.Met
	case economy.KindNHSTrust:
		w.Because("services of NHS trusts are exempt from commissioner requested service designation")
		return regime.NotMet
	case economy.ProviderKindUnknown:
		w.Missing("kind")
		return regime.Unknown
	}
	if d.Before(licenceIndependentFrom) {
		w.Because("the licence bound independent providers only from 2014-04-01")
		return regime.NotMet
	}
	if p.Licensed == nil {
		w.Missing("licensed")
		return regime.Unknown
	}
	if !*p.Licensed {
		w.Because("the provider holds no licence")
		return regime.NotMet
	}
	return regime.Met
}

// isCRS is whether svc was a commissioner requested service of p on d:
// designated so, or a foundation trust's service in the years they all
// were.
func isCRS(p *economy.Provider, svc *economy.Service, d economy.Date) regime.Verdict {
	if p.Kind == economy.KindFoundationTrust && !d.Before(ftDeemedCRSFrom) && !d.After(ftDeemedCRSTo) {
		return regime.Met
	}
	switch svc.Designation {
	case economy.CommissionerRequested:
		return regime.Met
	case economy.DesignationNone, economy.LocationSpecific:
		return regime.NotMet
	}
	return regime.Unknown
}
