package england

import (
	"slices"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// Agreement is who must agree to what happens to a service when its
// provider fails or exits.
//
// Commissioners are the service's own commissioners: a commissioner
// requested service may not stop or change without them (licence condition
// CoS1). Local are the commissioners to involve in reshaping the service
// after the provider's exit (Department of Health, 2008): every area
// commissioner of the economy (a PCT, CCG, ICB or local authority, since an
// economy is one geographic area and its area commissioners serve the
// population the service serves) and anyone else who buys the service,
// such as NHS England's direct commissioning. Scrutiny are the economy's
// local authorities, whose health scrutiny any substantial change to the
// service goes before (the process is the service change rule set,
// [ServiceChange]). The lists keep the economy's order. The zero
// Agreement names nobody.
type Agreement struct {
	Commissioners []string `json:"commissioners"`
	Local         []string `json:"local"`
	Scrutiny      []string `json:"scrutiny,omitempty"`
}

// WhoMustAgree lists who must agree to what happens to svc, a service in
// economy e. A nil e gives the service's own commissioners alone; a nil svc
// gives the zero Agreement.
func WhoMustAgree(e *economy.Economy, svc *economy.Service) Agreement {
	if svc == nil {
		return Agreement{}
	}
	a := Agreement{Commissioners: slices.Clone(svc.Commissioners)}
	own := idSet(svc.Commissioners)
	local := map[string]bool{}
	if e != nil {
		for i := range e.Commissioners {
			c := &e.Commissioners[i]
			if areaCommissioner(c.Kind) || own[c.ID] {
				a.Local = append(a.Local, c.ID)
				local[c.ID] = true
			}
		}
		for i := range e.LocalAuthorities {
			a.Scrutiny = append(a.Scrutiny, e.LocalAuthorities[i].ID)
		}
	}
	for _, id := range svc.Commissioners {
		if !local[id] {
			a.Local = append(a.Local, id)
			local[id] = true
		}
	}
	return a
}

// areaCommissioner reports whether a commissioner of kind k commissions for
// the population of a place, rather than nationally.
func areaCommissioner(k economy.CommissionerKind) bool {
	switch k {
	case economy.PCT, economy.CCG, economy.ICB, economy.Council:
		return true
	}
	return false
}

// agreementRule records, on every decision about a service, who must
// agree: it is Met for any service and only adds the names to the
// explanation.
func agreementRule() regime.Rule {
	return regime.Predicate(RuleWhoMustAgree, "commissioners who must agree, and local commissioners to involve", citeLocalCommissioners, agreement)
}

func agreement(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	svc := s.Service()
	if svc == nil {
		w.Missing("service")
		return regime.Unknown
	}
	if w != nil {
		cs, ls := agreementText(env, svc)
		w.Because("commissioners who must agree: " + cs + "; local commissioners to involve after exit: " + ls)
		w.Grow(2)
		w.Fact(regime.Fact{Name: "commissioners who must agree", Text: cs, Verdict: regime.Met})
		w.Fact(regime.Fact{Name: "local commissioners to involve", Text: ls, Verdict: regime.Met})
	}
	return regime.Met
}

func orNone(ids []string) string {
	if len(ids) == 0 {
		return "none named"
	}
	return strings.Join(ids, ", ")
}
