package economy

// Validate reports every problem with e at once: missing required facts,
// duplicate IDs, references to organisations or services that do not
// exist, and impossible values. The result is nil or an errors.Join of
// *FieldError values, in the order of the fields, each with a JSON path
// such as "providers[2].accounts[0].operating_expenses"; [FieldErrors]
// lists them.
//
// Facts that were not given (a zero date, an invalid NullDecimal, a nil
// pointer) are never errors: missing is not wrong, only unknown.
// Validate does not modify e and is safe to call concurrently.
func (e Economy) Validate() error {
	var p problems
	p.economy(&e)
	return p.err()
}

// Validate reports every problem with p on its own, with paths relative to
// it ("accounts[0].operating_expenses"). References to other organisations
// are checked only by [Economy.Validate], which knows them.
func (p Provider) Validate() error {
	var ps problems
	ps.provider("", &p)
	return ps.err()
}

// Validate reports every problem with c on its own, with paths relative to
// it ("finance[1].allocation").
func (c Commissioner) Validate() error {
	var p problems
	p.commissioner("", &c)
	return p.err()
}

func (p *problems) economy(e *Economy) {
	p.required("id", e.ID)
	p.required("name", e.Name)

	commissioners := firstSeen{}
	for i := range e.Commissioners {
		path := index("commissioners", i)
		p.commissioner(path, &e.Commissioners[i])
		commissioners.check(p, "commissioners", i, join(path, "id"), e.Commissioners[i].ID)
	}
	// Every provider ID is known before the first is checked, because a
	// service may name a later provider as its alternative.
	providerIDs := firstSeen{}
	for i, pr := range e.Providers {
		if _, seen := providerIDs[pr.ID]; !seen {
			providerIDs[pr.ID] = i
		}
	}
	providers := firstSeen{}
	for i := range e.Providers {
		path := index("providers", i)
		p.provider(path, &e.Providers[i])
		providers.check(p, "providers", i, join(path, "id"), e.Providers[i].ID)
		p.references(path, &e.Providers[i], commissioners, providerIDs)
	}
	authorities := firstSeen{}
	for i, la := range e.LocalAuthorities {
		path := index("local_authorities", i)
		p.required(join(path, "id"), la.ID)
		p.required(join(path, "name"), la.Name)
		authorities.check(p, "local_authorities", i, join(path, "id"), la.ID)
	}
	for i, s := range e.System {
		path := index("system", i)
		p.period(join(path, "period"), s.Period)
		p.signed(join(path, "planned_surplus"), s.PlannedSurplus)
		p.signed(join(path, "surplus"), s.Surplus)
		p.nonNegative(join(path, "income"), s.Income)
	}
	p.spells("spells", e.Spells)
	p.citations("sources", e.Sources)
}

// references checks what a provider names elsewhere in the economy: the
// commissioners of its services and the alternative providers.
func (p *problems) references(path string, pr *Provider, commissioners, providers firstSeen) {
	for i, s := range pr.Services {
		spath := index(join(path, "services"), i)
		for j, c := range s.Commissioners {
			if _, ok := commissioners[c]; !ok && c != "" {
				p.add(index(join(spath, "commissioners"), j), "no commissioner %q in the economy", c)
			}
		}
		for j, a := range s.Alternatives {
			if _, ok := providers[a.ProviderID]; !ok && a.ProviderID != "" && a.ProviderID != pr.ID {
				p.add(join(index(join(spath, "alternatives"), j), "provider_id"), "no provider %q in the economy", a.ProviderID)
			}
		}
	}
}
