package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// ServicePlan is what happens to one service if its provider fails or
// exits: whether it is kept running through the transition, the continuity
// decision for after the exit, who must agree, and where any proposal to
// reshape it stands. It is plain data.
type ServicePlan struct {
	Service regime.SubjectRef `json:"service"`
	// KeptRunning is Met for a service that must be kept running through the
	// transition: every service of a state-owned provider (Department of
	// Health, 2008), and a private or voluntary provider's commissioner
	// requested services. It is NotMet for the other services of a private or
	// voluntary provider, left to its creditors' process, and Unknown when
	// the facts do not say. It can be Met while Decision is Unknown: a
	// state-owned provider's service is kept running whatever follows.
	KeptRunning regime.Verdict  `json:"kept_running"`
	Agreement   Agreement       `json:"agreement"`
	Decision    regime.Decision `json:"decision"`
	// Change is where a proposal to reshape the service stands: the
	// decision of the service change rule set ([ServiceChange]), with the
	// tests, who has been consulted and who must still agree; nil when
	// the framework has no such rule set.
	Change *regime.Decision `json:"change,omitempty"`
}

// ContinuityPlan decides every service of the provider providerID of
// env's economy, in the order the provider lists them, with f's service
// continuity rule set on env's dates. It errors only when it cannot judge:
// a nil framework or economy (regime.ErrInvalidInput), a provider not in
// the economy (ErrUnknownProvider), or a framework without the rule set
// (regime.ErrUnknownRuleSet).
func ContinuityPlan(f *regime.Framework, env regime.Env, providerID string) ([]ServicePlan, error) {
	p, err := provider("continuity plan", f, env, providerID)
	if err != nil {
		return nil, err
	}
	out := make([]ServicePlan, 0, len(p.Services))
	for i := range p.Services {
		svc := &p.Services[i]
		s := regime.ServiceSubject(p, svc)
		d, err := f.Decide(env, ServiceContinuity, s)
		if err != nil {
			return nil, err
		}
		plan := ServicePlan{
			Service:     regime.SubjectRef{Kind: regime.SubjectService, ID: s.ID(), Name: s.Name()},
			KeptRunning: keptRunning(p, d),
			Agreement:   WhoMustAgree(env.Economy(), svc),
			Decision:    d,
		}
		if _, ok := f.RuleSet(ServiceChange); ok {
			c, err := f.Decide(env, ServiceChange, s)
			if err != nil {
				return nil, err
			}
			plan.Change = &c
		}
		out = append(out, plan)
	}
	return out, nil
}

func keptRunning(p *economy.Provider, d regime.Decision) regime.Verdict {
	if p.EffectiveOwnership() == economy.StateOwned {
		return regime.Met
	}
	c, _ := ContinuityOf(d)
	switch c {
	case CRSContinue:
		return regime.Met
	case CreditorsTransfer, CreditorsCease:
		return regime.NotMet
	}
	return regime.Unknown
}
