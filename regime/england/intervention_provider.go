package england

import (
	"slices"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/failregime/failregime/regime"
)

// The priorities of the provider ladder: fixed numbers, so that an entry
// keeps its place and ID across editions.
const (
	prioTSA = (iota + 1) * 10
	prioSegment5
	prioQualitySM
	prioFinancialSM
	prioRecovery
	prioMandated
	prioInvestigation
	prioMonitoring
	prioRoutine
)

// providerInterventionSet builds the provider intervention rule set of an
// edition: the regimes a provider can be in, most intensive first, under
// the First policy, so that the chosen entry is the most intensive regime
// the provider is eligible for and an undecided entry above it makes the
// decision Unknown. Entries exist only in the editions whose law had them;
// ratings are read with the methods the edition applies to each kind.
func providerInterventionSet(ed *edition, ps *regime.Params) (*regime.RuleSet, error) {
	uses, err := editionRatings(ed)
	if err != nil {
		return nil, err
	}
	k := declareProviderParams(ed, ps)
	rk := declareRegulatorParams(ed, ps)
	k.nof = declareNOFParams(ed, ps)
	var entries []regime.Entry
	add := func(prio int, r regime.Rule, reg economy.Regime) {
		if r != nil {
			r = leavable(r, reg, exitExtra(k, reg))
			entries = append(entries, regime.Entry{Priority: prio, Rule: r, Decides: regime.Ruling{Regime: reg, Intensity: reg.Intensity()}})
		}
	}
	if ed.tsa != tsaNone {
		add(prioTSA, tsaRule(ed, k, uses), economy.TrustSpecialAdministration)
	}
	switch {
	case ed.segment5:
		add(prioSegment5, pipRule(ed, k, uses), economy.ProviderImprovementProgramme)
	case ed.segmentation == rating.MethodNOF2026:
		add(prioSegment5, pipSpellRule(), economy.ProviderImprovementProgramme)
	}
	if ed.qualitySM {
		add(prioQualitySM, qualitySMRule(k), economy.QualitySpecialMeasures)
	}
	if ed.financialSM {
		add(prioFinancialSM, financialSMRule(k), economy.FinancialSpecialMeasures)
	}
	if ed.recoverySupport {
		add(prioRecovery, regime.Named(RuleRecoverySupport, "recovery support (segment 4)", citeNOF2021Segments, regime.Any(
			spellRule(RuleRecoverySpell, "in the Recovery Support Programme", citeNOF2021Segments, nil, economy.RecoverySupportProgramme),
			segmentRule(ed, k, RuleRecoverySegment, "segment of mandated intensive support", uses[ed.segmentation], regime.GE, k.recoverySegment, k.defs["provider.recovery_segment_min"]),
		)), economy.RecoverySupportProgramme)
	}
	add(prioMandated, mandatedRule(ed, k, uses, rk.mandated()...), economy.MandatedSupport)
	add(prioInvestigation, investigationRule(ed, k, uses, rk.investigation()...), economy.InvestigationConsidered)
	add(prioMonitoring, monitoringRule(ed, k, uses), economy.EnhancedMonitoring)
	add(prioRoutine, routineRule(ed), economy.RoutineOversight)
	entries = append(entries, tdaEntries(ed, ps)...)
	return regime.NewRuleSet(regime.RuleSetSpec{
		ID: ProviderIntervention, Title: "provider intervention", Policy: regime.First,
		AppliesTo: regime.KindsOf(regime.SubjectProvider), Citation: citeProviderLadder, Entries: entries,
	})
}

// mandatedRule: enforcement already in place (spells, undertakings, a
// found breach), or a rating that the edition's framework answers with
// mandated support, or another regulator's finding (extra).
func mandatedRule(ed *edition, k *providerParams, uses map[string]ratingUse, extra ...regime.Rule) regime.Rule {
	rules := []regime.Rule{
		spellRule(RuleEnforcementSpell, "enforcement undertakings or a significant breach in force", citeLicenceCoverage, nil,
			economy.EnforcementUndertakings, economy.SignificantBreach),
		enforcementFacts(ed),
	}
	if ed.segmentation != "" {
		rules = append(rules, segmentRule(ed, k, RuleMandatedSegment, "segment of mandated support", uses[ed.segmentation], regime.GE, k.mandatedSegment, k.defs["provider.mandated_segment_min"]))
	}
	if u, ok := uses[rating.MethodFRR]; ok && u.ft {
		rules = append(rules, regime.Named(RuleFRRSignificantBreach, "financial risk rating 1 with a threat to financial stability", citeFRRTriggers, regime.All(
			ratingRule(RuleFRRBreachLevel, "financial risk rating", u, regime.LE, k.cfBreachFRR, k.defs["provider.cf_significant_breach_frr_max"]),
			financialThreat(),
		)))
	}
	if u, ok := uses[rating.MethodGovernance]; ok && u.ft {
		rules = append(rules, ratingRule(RuleGovernanceBreach, "governance rating red (potential significant breach)", u, regime.GE, k.cfGovernanceBreach, k.defs["provider.cf_governance_breach_min"]))
	}
	if u, ok := uses[rating.MethodServices]; ok && u.ft {
		rules = append(rules, ratingRule(RuleServicesBreach, "mandatory services rating red (failure to provide a mandatory service)", u, regime.GE, k.cfServicesBreach, k.defs["provider.cf_services_breach_min"]))
	}
	if u, ok := uses[rating.MethodNHSPF]; ok && u.trust {
		rules = append(rules, ratingRule(RuleNHSPFUnderperforming, "NHS Performance Framework underperforming or challenged (SHA-led intervention)", u, regime.GE, k.nhspfMandated, k.defs["provider.nhspf_mandated_min"]))
	}
	rules = append(rules, extra...)
	return regime.Named(RuleMandatedSupport, "mandated support or enforcement", citeSOFSegments, regime.Any(rules...))
}

func investigationRule(ed *edition, k *providerParams, uses map[string]ratingUse, extra ...regime.Rule) regime.Rule {
	rules := extra
	if u, ok := uses[rating.MethodFRR]; ok && u.ft {
		rules = append(rules, ratingRule(RuleFRRIntervention, "financial risk rating at which intervention is considered", u, regime.LE, k.cfInterventionFRR, k.defs["provider.cf_intervention_frr_max"]))
	}
	if u, ok := uses[rating.MethodGovernance]; ok && u.ft {
		rules = append(rules, ratingRule(RuleGovernanceEscalation, "governance rating amber-red", u, regime.GE, k.cfGovernanceEscal, k.defs["provider.cf_governance_escalation_min"]))
	}
	if u, ok := uses[rating.MethodServices]; ok && u.ft {
		rules = append(rules, ratingRule(RuleServicesEscalation, "mandatory services rating amber (a mandatory service at risk)", u, regime.GE, k.cfServicesEscal, k.defs["provider.cf_services_escalation_min"]))
	}
	for _, r := range [...]struct{ method, id string }{
		{rating.MethodCoSRR, RuleMonitorCoSRRInvestigation},
		{rating.MethodFSRR, RuleMonitorFSRRInvestigation},
	} {
		if u, ok := uses[r.method]; ok && u.ft {
			rules = append(rules, ratingRule(r.id, u.m.Short+" at which an investigation is considered", u, regime.LE, k.rafInvestigation, k.defs["provider.raf_investigation_max"]))
		}
	}
	if u, ok := uses[rating.MethodNHSPF]; ok && u.trust {
		rules = append(rules, ratingRule(RuleNHSPFUnderReview, "NHS Performance Framework performance under review", u, regime.GE, k.nhspfEscalation, k.defs["provider.nhspf_escalation_min"]))
	}
	if len(rules) == 0 {
		return nil
	}
	return regime.Named(RuleInvestigationConsidered, "investigation or escalation considered", citeFRRIntervention, regime.Any(rules...))
}

func monitoringRule(ed *edition, k *providerParams, uses map[string]ratingUse) regime.Rule {
	rules := []regime.Rule{spellRule(RuleMonitoringSpell, "in enhanced monitoring", citeFRRTriggers, nil, economy.EnhancedMonitoring)}
	if u, ok := uses[rating.MethodFRR]; ok && u.ft {
		rules = append(rules, ratingRule(RuleFRRMonitoring, "financial risk rating below 3 (monthly monitoring)", u, regime.LE, k.cfMonitoringFRR, k.defs["provider.cf_monitoring_frr_max"]))
	}
	if slices.Contains(sofSegmentations, ed.segmentation) {
		rules = append(rules, segmentRule(ed, k, RuleTargetedSupport, "segment of targeted support", uses[ed.segmentation], regime.GE, k.monitoringSegment, k.defs["provider.monitoring_segment_min"]))
	}
	return regime.Named(RuleEnhancedMonitoring, "enhanced monitoring", citeFRRTriggers, regime.Any(rules...))
}

// routineRule is the catch-all: routine oversight under the regime the
// edition encodes for the provider's kind, and Unknown, saying what is
// not encoded, where it encodes none (see encodedOversight).
func routineRule(ed *edition) regime.Rule {
	return regime.Predicate(RuleRoutineOversight, "otherwise: routine oversight", citeProviderLadder, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		under, v := encodedOversight(ed, env, s.Provider(), w)
		if v != regime.Met {
			return v
		}
		if w != nil {
			w.Because("no more intensive regime applies under " + under)
		}
		return regime.Met
	})
}

// financialThreat reads "a threat to financial stability" (the Compliance
// Framework's words) as a recorded judgement of inability to pay debts, a
// loan repayment at risk for lack of cash, or an unplanned breach of the
// prudential borrowing limit.
func financialThreat() regime.Rule {
	cite := citeFRRTriggers
	cite.Note = "interpretation: the threat is read from a judgement of inability to pay debts, a loan repayment at risk, or an unplanned borrowing limit breach"
	return regime.Predicate(RuleFinancialThreat, "threat to financial stability", cite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		p := s.Provider()
		if p == nil {
			w.Missing("provider")
			return regime.Unknown
		}
		if judgement(p.Governance.UnableToPayDebts) {
			if w != nil {
				w.Because("judged unable to pay its debts")
			}
			return regime.Met
		}
		a, ok := p.LatestAccounts(env.FactsDate())
		if !ok {
			w.Missing("accounts")
			return regime.Unknown
		}
		v := regime.Unknown
		for _, f := range []struct {
			b    *bool
			name string
		}{{a.LoanRepaymentAtRisk, "loan_repayment_at_risk"}, {a.BorrowingLimitBreached, "borrowing_limit_breached"}} {
			switch {
			case f.b == nil:
				w.Missing("accounts." + f.name)
			case *f.b:
				if w != nil {
					w.Because(f.name)
				}
				return regime.Met
			}
		}
		if a.LoanRepaymentAtRisk != nil && a.BorrowingLimitBreached != nil {
			v = regime.NotMet
			if w != nil {
				w.Because("no loan repayment at risk and no borrowing limit breach")
			}
		}
		return v
	})
}

// licenceForAllFrom is when the provider licence reached providers other
// than foundation trusts.
var licenceForAllFrom = economy.MustDate("2014-04-01")

// enforcementFacts: an undertaking not yet released, or a breach found and
// not resolved, on the facts date. For providers other than NHS bodies the
// licence is the only hook, from 1 April 2014.
func enforcementFacts(ed *edition) regime.Rule {
	return regime.Predicate(RuleEnforcementFacts, "undertakings in force or a breach found", citeLicenceCoverage, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		p := s.Provider()
		if p == nil {
			w.Missing("provider")
			return regime.Unknown
		}
		if p.Kind == economy.ProviderKindUnknown {
			w.Missing("provider.kind")
			return regime.Unknown
		}
		facts := env.FactsDate()
		if !p.Kind.IsNHS() && (!ed.licence || env.DecisionDate().Before(licenceForAllFrom)) {
			if w != nil {
				w.Because("providers other than NHS bodies were licensed only from 1 April 2014")
			}
			return regime.NotMet
		}
		g := &p.Governance
		for _, u := range g.Undertakings {
			if !u.Date.IsZero() && !u.Date.After(facts) && (u.Released.IsZero() || u.Released.After(facts)) {
				if w != nil {
					w.Because("enforcement undertakings given " + u.Date.String() + " are in force")
				}
				return regime.Met
			}
		}
		for _, b := range g.Breaches {
			if b.Status == economy.BreachFound && !b.Date.IsZero() && !b.Date.After(facts) && (b.Resolved.IsZero() || b.Resolved.After(facts)) {
				if w != nil {
					w.Because("breach of " + b.Condition + " found on " + b.Date.String() + " and not resolved")
				}
				return regime.Met
			}
		}
		if w != nil {
			w.Because("no undertakings in force and no unresolved breach found")
		}
		return regime.NotMet
	})
}
