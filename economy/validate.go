package economy

import "reflect"

// Validate reports every problem with e at once: missing required facts,
// duplicate IDs, references to organisations or services that do not
// exist or are listed twice, impossible values, and lists, strings and
// decimals beyond the limits of this package ([MaxProviders],
// [MaxTextLength], [CheckDecimal] and the rest). The result is nil or an
// errors.Join of *FieldError values, each with a JSON path such as
// "providers[2].accounts[0].operating_expenses": first the lists and
// strings beyond their limits, then every other problem in the order of
// the fields; at most [MaxProblems] of them, then a count of the rest.
// [FieldErrors] lists them.
//
// IDs (of the economy, its commissioners, providers, local authorities,
// services, assets and reconfigurations) are 1 to [MaxIDLength] bytes of ASCII letters,
// digits, '-', '_' and '.', starting with a letter or digit. In
// particular an ID holds no '/', which joins a provider's ID to its
// services' and assets' in subject IDs ("RNL/ae-cic"): provider "A" with
// service "B/C" and provider "A/B" with service "C" would otherwise both
// be the subject "A/B/C".
//
// Facts that were not given (a zero date, an invalid NullDecimal, a nil
// pointer) are never errors: missing is not wrong, only unknown.
// Validate does not modify e and is safe to call concurrently.
func (e Economy) Validate() error {
	p := newProblems()
	p.economy(&e)
	return p.err()
}

// Validate reports every problem with p on its own, with paths relative to
// it ("accounts[0].operating_expenses"). References to other organisations
// are checked only by [Economy.Validate], which knows them.
func (p Provider) Validate() error {
	ps := newProblems()
	ps.bounds("", reflect.ValueOf(p))
	ps.provider("", &p)
	return ps.err()
}

// Validate reports every problem with c on its own, with paths relative to
// it ("finance[1].allocation").
func (c Commissioner) Validate() error {
	p := newProblems()
	p.bounds("", reflect.ValueOf(c))
	p.commissioner("", &c)
	return p.err()
}

func (p *problems) economy(e *Economy) {
	p.bounds("", reflect.ValueOf(e).Elem())
	p.id("id", e.ID)
	p.required("name", e.Name)

	// Within Parse, an ID that could not be read leaves its list's IDs
	// unknown: references to them are then not checked.
	commissionersRead := p.decoded("commissioners", len(e.Commissioners))
	providersRead := p.decoded("providers", len(e.Providers))
	commissioners := firstSeen{}
	for i := range e.Commissioners {
		path := p.index("commissioners", i)
		p.commissioner(path, &e.Commissioners[i])
		commissioners.check(p, "commissioners", i, p.join(path, "id"), e.Commissioners[i].ID)
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
		path := p.index("providers", i)
		p.provider(path, &e.Providers[i])
		providers.check(p, "providers", i, p.join(path, "id"), e.Providers[i].ID)
		p.references(path, &e.Providers[i], known{commissioners, commissionersRead}, known{providerIDs, providersRead})
	}
	authorities := firstSeen{}
	for i, la := range e.LocalAuthorities {
		path := p.index("local_authorities", i)
		p.id(p.join(path, "id"), la.ID)
		p.required(p.join(path, "name"), la.Name)
		authorities.check(p, "local_authorities", i, p.join(path, "id"), la.ID)
	}
	authoritiesRead := p.decoded("local_authorities", len(e.LocalAuthorities))
	p.reconfigurations(e, known{providerIDs, providersRead}, known{commissioners, commissionersRead}, known{authorities, authoritiesRead})
	for i, s := range e.System {
		path := p.index("system", i)
		p.period(p.join(path, "period"), s.Period)
		p.published(p.join(path, "published"), s.Published, s.Period)
		p.signed(p.join(path, "planned_surplus"), s.PlannedSurplus)
		p.signed(p.join(path, "surplus"), s.Surplus)
		p.nonNegative(p.join(path, "income"), s.Income)
	}
	p.spells("spells", e.Spells)
	p.obligations("obligations", e.Obligations)
	p.publishedRatings("ratings", e.Ratings)
	p.citations("sources", e.Sources)
}

// known is the IDs of a list, and whether every one of them was read.
type known struct {
	ids  firstSeen
	read bool
}

// has reports whether id names an element of the list; when some IDs
// could not be read, any might, so nothing is reported.
func (k known) has(id string) bool {
	_, ok := k.ids[id]
	return ok || !k.read
}

// references checks what a provider names elsewhere in the economy: the
// commissioners of its services and the alternative providers.
func (p *problems) references(path string, pr *Provider, commissioners, providers known) {
	for i, s := range pr.Services {
		spath := p.index(p.join(path, "services"), i)
		for j, c := range s.Commissioners {
			if c != "" && !commissioners.has(c) {
				p.add(p.index(p.join(spath, "commissioners"), j), "no commissioner %q in the economy", c)
			}
		}
		for j, a := range s.Alternatives {
			if a.ProviderID != "" && a.ProviderID != pr.ID && !providers.has(a.ProviderID) {
				p.add(p.join(p.index(p.join(spath, "alternatives"), j), "provider_id"), "no provider %q in the economy", a.ProviderID)
			}
		}
	}
}

// Valid reports whether Validate would find no problem. It makes every
// check Validate makes, but builds no report (no path for each field
// checked, no message), at a fraction of Validate's cost: it is for a
// caller that checks an economy before each use, as
// regime.Framework.Assess does, and wants Validate's problems only when
// there are some. It does not modify e and is safe to call concurrently.
func (e Economy) Valid() bool {
	p := &problems{quiet: true}
	p.economy(&e)
	return !p.found
}
