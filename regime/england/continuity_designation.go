package england

import (
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// stateProtectedRule is whether a state-owned provider's service must
// continue locally after the provider's exit: it is designated, or (from
// the licence to March 2016) it is a foundation trust's service and so a
// commissioner requested service by default, or it meets one of the
// designation tests of Monitor's 2013 guidance. A test nobody assessed
// leaves it Unknown, never "may cease".
func (k continuityKeys) stateProtectedRule() regime.Rule {
	rules := []regime.Rule{designatedRule()}
	if k.licence {
		rules = append(rules, regime.Predicate(RuleFtDeemedCRS, "a foundation trust's service, commissioner requested until April 2016", citeCRSGuidance, ftDeemedCRS))
	}
	rules = append(rules,
		regime.Predicate(RuleNoAlternativeCloseEnough, "no alternative provider close enough", citeCRSTests, k.noAlternative, k.maxKm.Ref(), k.maxMins.Ref()),
		regime.Flag(RuleWidensInequalities, "removing it would increase health inequalities", widensInequalities, citeCRSTests),
		regime.Any(
			regime.Flag(RuleDependentsUnviable, "removing it would make dependent services unviable", dependentsUnviable, citeCRSTests),
			regime.Predicate(RuleDependentDesignated, "a service that depends on it is itself designated", citeCRSTests, dependentDesignated),
		),
	)
	return regime.Named(RuleMustContinueLocally, "designated, or meets a designation test", citeCRSTests, regime.Any(rules...))
}

func designatedRule() regime.Rule {
	return regime.Predicate(RuleDesignated, "designated commissioner requested or location specific", citeCRSGuidance, designated)
}

// designated reads the service's designation; a designation nobody gave
// is Unknown.
func designated(_ *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	svc := s.Service()
	if svc == nil {
		w.Missing("service")
		return regime.Unknown
	}
	return designationVerdict(svc.Designation, w, "designation")
}

func designationVerdict(d economy.Designation, w *regime.Why, name string) regime.Verdict {
	v := regime.Unknown
	switch {
	case d == economy.DesignationUnknown || d > economy.LocationSpecific:
		w.Missing(name)
		return regime.Unknown
	case d.IsDesignated():
		v = regime.Met
	default:
		v = regime.NotMet
	}
	if w != nil {
		w.Because(name + " is " + d.String())
		w.Fact(regime.Fact{Name: name, Text: d.String(), Verdict: v})
	}
	return v
}

// ftDeemedCRS is Met for a foundation trust's service on a date from
// 1 April 2013 to 31 March 2016, when its services were all commissioner
// requested services.
func ftDeemedCRS(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	p := s.Provider()
	if p == nil || p.Kind == economy.ProviderKindUnknown {
		w.Missing("kind")
		return regime.Unknown
	}
	d := env.DecisionDate()
	if d.IsZero() {
		w.Missing("decision date")
		return regime.Unknown
	}
	v := regime.VerdictOf(p.Kind == economy.KindFoundationTrust && !d.Before(ftDeemedCRSFrom) && !d.After(ftDeemedCRSTo))
	if w != nil {
		w.Because("the provider is " + withArticle(p.Kind.String()) + " on " + d.String() + "; foundation trusts' services were commissioner requested from 2013-04-01 to 2016-03-31")
	}
	return v
}

func widensInequalities(_ *regime.Env, s regime.Subject) (bool, bool) {
	if svc := s.Service(); svc != nil && svc.WidensInequalities != nil {
		return *svc.WidensInequalities, true
	}
	return false, false
}

func dependentsUnviable(_ *regime.Env, s regime.Subject) (bool, bool) {
	if svc := s.Service(); svc != nil && svc.DependentsUnviable != nil {
		return *svc.DependentsUnviable, true
	}
	return false, false
}

// dependentDesignated is Met when a service listed as depending on this
// one is itself designated: losing this one would take a protected service
// with it. No dependents listed is NotMet.
func dependentDesignated(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	p, svc := s.Provider(), s.Service()
	if svc == nil || p == nil {
		w.Missing("service")
		return regime.Unknown
	}
	v := regime.NotMet
	for _, id := range svc.Dependents {
		dep, ok := env.Service(p, id)
		if !ok {
			if w != nil {
				w.Missing("dependent service " + id)
			}
			v = v.Or(regime.Unknown)
			continue
		}
		name := "" // built only when explaining: the verdict path must not allocate
		if w != nil {
			name = "designation of dependent " + id
		}
		v = v.Or(designationVerdict(dep.Designation, w, name))
	}
	if w != nil && len(svc.Dependents) == 0 {
		w.Because("no dependent services listed")
	}
	return v
}

// crsRule is whether a private or voluntary provider's service is a
// commissioner requested service the licence protects: designated CRS by
// its commissioners, on a date the licence bound independent providers,
// and the provider holds a licence (the continuity of services conditions
// are licence conditions).
func (k continuityKeys) crsRule() regime.Rule {
	if !k.licence {
		return regime.Predicate(RuleCRSBeforeLicence, "no commissioner requested services before the provider licence", srcLicence2013,
			func(_ *regime.Env, _ regime.Subject, w *regime.Why) regime.Verdict {
				w.Because("the provider licence, and with it commissioner requested services, did not yet exist")
				return regime.NotMet
			})
	}
	return regime.Predicate(RuleCommissionerRequested, "designated a commissioner requested service of a licensed provider", citeCoS1, crsProtected)
}

func crsProtected(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	p, svc := s.Provider(), s.Service()
	if p == nil || svc == nil {
		w.Missing("service")
		return regime.Unknown
	}
	d := env.DecisionDate()
	if d.IsZero() {
		w.Missing("decision date")
		return regime.Unknown
	}
	if d.Before(licenceIndependentFrom) {
		if w != nil {
			w.Because("the licence bound independent providers only from 2014-04-01")
		}
		return regime.NotMet
	}
	switch svc.Designation {
	case economy.CommissionerRequested:
	case economy.DesignationNone, economy.LocationSpecific:
		if w != nil {
			w.Because("designation is " + svc.Designation.String() + ": only commissioner requested services of independent providers are protected")
			w.Fact(regime.Fact{Name: "designation", Text: svc.Designation.String(), Verdict: regime.NotMet})
		}
		return regime.NotMet
	default:
		w.Missing("designation")
		return regime.Unknown
	}
	if p.Licensed == nil {
		w.Missing("licensed")
		return regime.Unknown
	}
	v := regime.VerdictOf(*p.Licensed)
	if w != nil {
		w.Fact(regime.Fact{Name: "designation", Text: svc.Designation.String(), Verdict: regime.Met})
		if v == regime.Met {
			w.Because("a commissioner requested service of a licensed provider")
		} else {
			w.Because("designated, but the provider holds no licence, so the continuity of services conditions do not bind it")
		}
	}
	return v
}

// withArticle puts "a" or "an" before a word, for reasons that name a
// kind ("an independent_private").
func withArticle(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an " + word
	}
	return "a " + word
}
