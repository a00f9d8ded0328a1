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
	if e != nil {
		for i := range e.Commissioners {
			c := &e.Commissioners[i]
			if areaCommissioner(c.Kind) || slices.Contains(svc.Commissioners, c.ID) {
				a.Local = append(a.Local, c.ID)
			}
		}
		for i := range e.LocalAuthorities {
			a.Scrutiny = append(a.Scrutiny, e.LocalAuthorities[i].ID)
		}
	}
	for _, id := range svc.Commissioners {
		if !slices.Contains(a.Local, id) {
			a.Local = append(a.Local, id)
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
	return regime.Predicate("who_must_agree", "commissioners who must agree, and local commissioners to involve", citeLocalCommissioners, agreement)
}

func agreement(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
	svc := s.Service()
	if svc == nil {
		w.Missing("service")
		return regime.Unknown
	}
	if w != nil {
		cs, ls := agreementText(env.Economy(), svc)
		w.Because("commissioners who must agree: " + cs + "; local commissioners to involve after exit: " + ls)
		w.Grow(2)
		w.Fact(regime.Fact{Name: "commissioners who must agree", Text: cs, Verdict: regime.Met})
		w.Fact(regime.Fact{Name: "local commissioners to involve", Text: ls, Verdict: regime.Met})
	}
	return regime.Met
}

// agreementText is orNone of the two lists of WhoMustAgree(e, svc), built
// without the lists.
func agreementText(e *economy.Economy, svc *economy.Service) (commissioners, local string) {
	commissioners = orNone(svc.Commissioners)
	// Local: the economy's commissioners that are area commissioners or
	// the service's own, in the economy's order, then the service's own
	// not yet named (not in the economy, and not earlier in its list).
	inLocal := func(c *economy.Commissioner) bool {
		return areaCommissioner(c.Kind) || slices.Contains(svc.Commissioners, c.ID)
	}
	notNamed := func(i int) bool {
		id := svc.Commissioners[i]
		if slices.Contains(svc.Commissioners[:i], id) {
			return false
		}
		if e != nil {
			for j := range e.Commissioners {
				if e.Commissioners[j].ID == id {
					return false
				}
			}
		}
		return true
	}
	size, n := 0, 0
	if e != nil {
		for i := range e.Commissioners {
			if c := &e.Commissioners[i]; inLocal(c) {
				size, n = size+len(c.ID), n+1
			}
		}
	}
	for i := range svc.Commissioners {
		if notNamed(i) {
			size, n = size+len(svc.Commissioners[i]), n+1
		}
	}
	if n == 0 {
		return commissioners, orNone(nil)
	}
	var b strings.Builder
	b.Grow(size + 2*(n-1))
	first := true
	add := func(id string) {
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(id)
	}
	if e != nil {
		for i := range e.Commissioners {
			if c := &e.Commissioners[i]; inLocal(c) {
				add(c.ID)
			}
		}
	}
	for i := range svc.Commissioners {
		if notNamed(i) {
			add(svc.Commissioners[i])
		}
	}
	return commissioners, b.String()
}

func orNone(ids []string) string {
	if len(ids) == 0 {
		return "none named"
	}
	return strings.Join(ids, ", ")
}
