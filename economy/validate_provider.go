package economy

func (p *problems) provider(path string, pr *Provider) {
	p.id(p.join(path, "id"), pr.ID)
	p.required(p.join(path, "name"), pr.Name)
	enumValue(p, p.join(path, "kind"), pr.Kind, true)
	enumValue(p, p.join(path, "ownership"), pr.Ownership, false)
	p.ownership(path, pr)
	if p.date(p.join(path, "authorised"), pr.Authorised, false) &&
		pr.Kind != KindFoundationTrust && pr.Kind != ProviderKindUnknown {
		p.add(p.join(path, "authorised"), "is only for NHS foundation trusts, not %s", pr.Kind)
	}

	services := firstSeen{}
	for i := range pr.Services {
		spath := p.index(p.join(path, "services"), i)
		services.check(p, p.join(path, "services"), i, p.join(spath, "id"), pr.Services[i].ID)
		p.service(spath, pr.ID, &pr.Services[i])
	}
	servicesRead := p.decoded(p.join(path, "services"), len(pr.Services))
	serviceIDs := known{services, servicesRead}
	for i := range pr.Services {
		for j, d := range pr.Services[i].Dependents {
			if d != "" && !serviceIDs.has(d) {
				p.add(p.index(p.join(p.index(p.join(path, "services"), i), "dependents"), j), "no service %q in this provider", d)
			}
		}
	}
	assets := firstSeen{}
	for i := range pr.Assets {
		apath := p.index(p.join(path, "assets"), i)
		assets.check(p, p.join(path, "assets"), i, p.join(apath, "id"), pr.Assets[i].ID)
		p.asset(apath, &pr.Assets[i], serviceIDs)
	}
	for i := range pr.Accounts {
		p.accounts(p.index(p.join(path, "accounts"), i), &pr.Accounts[i])
	}
	for i := range pr.Inspections {
		p.inspection(p.index(p.join(path, "inspections"), i), &pr.Inspections[i])
	}
	for i := range pr.Performance {
		p.performance(p.index(p.join(path, "performance"), i), &pr.Performance[i])
	}
	p.workforce(p.join(path, "workforce"), pr.Workforce)
	p.publishedRatings(p.join(path, "ratings"), pr.Ratings)
	p.cqcActions(p.join(path, "cqc_actions"), pr.CQCActions)
	p.governance(p.join(path, "governance"), &pr.Governance)
	p.citations(p.join(path, "sources"), pr.Sources)
}

// ownership reports an ownership the kind rules out: NHS bodies are owned
// by the state, and a company run for profit is not.
func (p *problems) ownership(path string, pr *Provider) {
	if pr.Ownership == OwnershipUnknown {
		return
	}
	switch {
	case pr.Kind.IsNHS() && pr.Ownership != StateOwned:
		p.add(p.join(path, "ownership"), "must be %s for an %s", StateOwned, pr.Kind)
	case pr.Kind == KindIndependentPrivate && pr.Ownership == StateOwned:
		p.add(p.join(path, "ownership"), "must not be %s for an %s provider", StateOwned, pr.Kind)
	}
}

func (p *problems) service(path, providerID string, s *Service) {
	p.id(p.join(path, "id"), s.ID)
	p.required(p.join(path, "name"), s.Name)
	enumValue(p, p.join(path, "designation"), s.Designation, false)
	cpath := p.join(path, "commissioners")
	for j, c := range s.Commissioners {
		p.required(p.index(cpath, j), c)
	}
	p.once(s.Commissioners, func(j int) string { return p.index(cpath, j) })
	alternatives := make([]string, len(s.Alternatives))
	for j, a := range s.Alternatives {
		alternatives[j] = a.ProviderID
	}
	p.once(alternatives, func(j int) string { return p.join(p.index(p.join(path, "alternatives"), j), "provider_id") })
	for j, a := range s.Alternatives {
		apath := p.index(p.join(path, "alternatives"), j)
		p.required(p.join(apath, "provider_id"), a.ProviderID)
		if a.ProviderID != "" && a.ProviderID == providerID {
			p.add(p.join(apath, "provider_id"), "must not be the service's own provider")
		}
		p.nonNegative(p.join(apath, "distance_km"), a.DistanceKm)
		p.nonNegative(p.join(apath, "travel_minutes"), a.TravelMins)
	}
	dpath := p.join(path, "dependents")
	for j, d := range s.Dependents {
		p.required(p.index(dpath, j), d)
	}
	p.once(s.Dependents, func(j int) string { return p.index(dpath, j) })
	p.nonNegative(p.join(path, "annual_value"), s.AnnualValue)
}

func (p *problems) asset(path string, a *Asset, services known) {
	p.id(p.join(path, "id"), a.ID)
	p.required(p.join(path, "description"), a.Description)
	enumValue(p, p.join(path, "class"), a.Class, false)
	p.nonNegative(p.join(path, "value"), a.Value)
	npath := p.join(path, "needed_for")
	for j, s := range a.NeededFor {
		jpath := p.index(npath, j)
		p.required(jpath, s)
		if s != "" && !services.has(s) {
			p.add(jpath, "no service %q in this provider", s)
		}
	}
	p.once(a.NeededFor, func(j int) string { return p.index(npath, j) })
}
