package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// Sources of CQC's registration of NHS bodies and of Monitor acting on its
// findings. Verified means read at the address given.
var (
	citeCQCRegistration2010 = economy.Citation{Document: "All NHS trusts now registered under new system for monitoring quality and safety of care", Issuer: "Care Quality Commission", Year: 2010,
		URL:      "https://cqc.org.uk/news/releases/all-nhs-trusts-now-registered-under-new-system-monitoring-quality-safety-care",
		Verified: true, Note: "all 378 NHS trusts registered by 1 April 2010, when CQC's full legal powers came into force; some registered with conditions, Basildon and Thurrock among them"}
	citeBasildon2009 = economy.Citation{Document: "Regulators demand improvement at Basildon and Thurrock University Hospitals NHS Foundation Trust", Issuer: "Monitor and the Care Quality Commission (reproduced by IvyRose)", Year: 2009,
		URL:      "https://www.ivyroses.com/Health/3229",
		Verified: true, Note: "27 November 2009: Monitor found a significant breach of the terms of authorisation on the concerns CQC shared with it, CQC having issued a warning notice"}
)

// cqcActionWords are the kinds of CQC action the parameter may name, least
// severe first.
func cqcActionWords() []string {
	var out []string
	for k := economy.ComplianceAction; k <= economy.RegistrationCancelled; k++ {
		out = append(out, k.String())
	}
	return out
}

// cqcFindingRule: a CQC action of the parameter's kind or more severe, in
// force on a foundation trust on the facts date, is a finding Monitor
// considered as a potential significant breach (Compliance Framework
// editions). The list of actions is read as the complete record: none in
// force is NotMet.
func cqcFindingRule(k regulatorKeys) regime.Rule {
	return regime.Predicate(RuleCQCFinding, "a CQC action Monitor considers as a potential significant breach", citeBasildon2009,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			p, v := nhsGate(s, w, "Monitor's regulation")
			if v != regime.Met {
				return v
			}
			if p.Kind != economy.KindFoundationTrust {
				w.Because("Monitor regulated foundation trusts; an NHS trust's CQC actions went to its strategic health authority")
				return regime.NotMet
			}
			word, ok := k.cqcActionMin.Get(env)
			var min economy.CQCActionKind
			if !ok || min.UnmarshalText([]byte(word)) != nil {
				w.Missing("parameter provider.cqc_action_breach_min")
				return regime.Unknown
			}
			d := env.FactsDate()
			for i := range p.CQCActions {
				a := &p.CQCActions[i]
				if a.Kind >= min && a.InForce(d) {
					if w != nil {
						f := regime.Fact{Name: "CQC action in force", Text: a.Kind.String() + " since " + a.Start.String(),
							ThresholdText: word + " or more severe", Param: "provider.cqc_action_breach_min", Verdict: regime.Met}
						if a.Kind >= economy.RegistrationConditions {
							f.Source = &citeCQCRegistration2010
						}
						w.Fact(f)
						w.Because("CQC's " + a.Kind.String() + " of " + a.Start.String() + " is in force: Monitor considers whether the trust is in significant breach")
					}
					return regime.Met
				}
			}
			if w != nil {
				w.Because("no CQC action of kind " + word + " or more severe in force on " + d.String())
			}
			return regime.NotMet
		}, k.cqcActionMin.Ref())
}
