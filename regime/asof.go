package regime

import "github.com/failregime/failregime/economy"

// asKnown returns env reading its economy as it stood on the facts date
// ([economy.AsOf]) and s moved into that copy, so that no rule can read a
// fact from after its day: a report published later, an exit not yet
// made, a year's outturn not yet known. Decide calls it unless Assess has
// already done so for the whole economy.
func (env Env) asKnown(s Subject) (Env, Subject) {
	return env.Known(s)
}

// Known returns env reading its economy as it stood on the facts date
// ([economy.AsOf]), and s, a subject of that economy, moved into the copy:
// the facts Decide and Assess give their rules. The verdict path
// ([RuleSet.Match], [RuleSet.AppendMatches]) reads the facts it is given
// and, so as not to allocate, copies nothing: give it a Known env and
// subject, made once per economy and date, and it agrees with Decide; give
// it an economy holding facts from after the date (a report published
// later, a year's outturn not yet known) and it reads them. Known of a
// Known env returns it unchanged.
func (env Env) Known(s Subject) (Env, Subject) {
	if env.known {
		return env, s
	}
	date := env.FactsDate()
	orig := env.econ
	if orig != nil {
		k := economy.AsOf(orig, date)
		env.econ = &k
	}
	env.known = true
	return env, moveSubject(s, orig, env.econ, date)
}

// moveSubject finds s, a subject of economy from, in to (AsOf's copy of
// it, with every organisation, service and asset in the same place); a
// subject from elsewhere is copied as it stood on date.
func moveSubject(s Subject, from, to *economy.Economy, date economy.Date) Subject {
	switch s.kind {
	case SubjectEconomy:
		if s.e == from && to != nil {
			return EconomySubject(to)
		}
		k := economy.AsOf(s.e, date)
		return EconomySubject(&k)
	case SubjectCommissioner:
		if from != nil {
			for i := range from.Commissioners {
				if &from.Commissioners[i] == s.c {
					return CommissionerSubject(&to.Commissioners[i])
				}
			}
		}
		k := s.c.AsOf(date)
		return CommissionerSubject(&k)
	case SubjectProvider, SubjectService, SubjectAsset:
		p := moveProvider(s.p, from, to, date)
		switch s.kind {
		case SubjectService:
			for j := range s.p.Services {
				if &s.p.Services[j] == s.svc {
					return ServiceSubject(p, &p.Services[j])
				}
			}
			return ServiceSubject(p, s.svc)
		case SubjectAsset:
			for j := range s.p.Assets {
				if &s.p.Assets[j] == s.a {
					return AssetSubject(p, &p.Assets[j])
				}
			}
			return AssetSubject(p, s.a)
		}
		return ProviderSubject(p)
	}
	return s
}

func moveProvider(p *economy.Provider, from, to *economy.Economy, date economy.Date) *economy.Provider {
	if from != nil {
		for i := range from.Providers {
			if &from.Providers[i] == p {
				return &to.Providers[i]
			}
		}
	}
	k := p.AsOf(date)
	return &k
}

// AsOf returns env and its subject s as they stood on an earlier facts
// date, the rules staying those of the decision date: for a rule that
// looks back, such as one asking since when a criterion has not held. s
// must be the subject the rule was given.
//
// Within [Framework.Assess] the earlier economy is made once per date and
// kept, so that a rule looking back for every subject copies the economy
// once per date, not once per subject and date.
func (env Env) AsOf(date economy.Date, s Subject) (Env, Subject) {
	from := env.econ
	back := env.WithFactsDate(date)
	back.known = true
	back.memo = nil // what the later economy's decision worked out does not hold of the earlier one
	if from != nil {
		if b := env.memo.earlier(from, date); b != nil {
			back.econ = b.econ
		} else {
			k := economy.AsOf(from, date)
			back.econ = &k
		}
	}
	return back, moveSubject(s, from, back.econ, date)
}
