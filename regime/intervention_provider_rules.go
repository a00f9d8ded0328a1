package regime

import (
	"slices"
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/shopspring/decimal"
)

// nhsGate reads the provider's kind for a rule that only NHS trusts and
// foundation trusts can meet: Unknown without a provider or kind, NotMet
// (saying why) for any other kind, Met for an NHS body.
func nhsGate(s Subject, w *Why, what string) (*economy.Provider, Verdict) {
	p := s.Provider()
	if p == nil {
		w.Missing("provider")
		return nil, Unknown
	}
	if p.Kind == economy.KindUnknown {
		w.Missing("provider.kind")
		return p, Unknown
	}
	if !p.Kind.IsNHS() {
		if w != nil {
			w.Because(what + " covers NHS trusts and foundation trusts only; this provider is " + p.Kind.String())
		}
		return p, NotMet
	}
	return p, Met
}

// judgement reads a regulator's judgement recorded in Governance: nil
// means the judgement was not made (economy.Governance documents it so),
// which is not a ground for action.
func judgement(b *bool) bool { return b != nil && *b }

func judgementText(b *bool) string {
	switch {
	case b == nil:
		return "not made"
	case *b:
		return "made"
	}
	return "made: no"
}

// spellRule is Met when the provider has a spell of one of is in force on
// the facts date. The spells are taken as the complete record: none in
// force means not in the regime.
func spellRule(id, title string, cite economy.Citation, explain func(env *Env, sp economy.Spell) string, is ...economy.Regime) Rule {
	return Predicate(id, title, cite, func(env *Env, s Subject, w *Why) Verdict {
		p := s.Provider()
		if p == nil {
			w.Missing("provider")
			return Unknown
		}
		for _, i := range is {
			if sp, ok := economy.SpellOf(p.Governance.Spells, i, env.FactsDate()); ok {
				if w != nil {
					r := "in " + sp.Regime.String() + " since " + sp.Start.String()
					if explain != nil {
						if x := explain(env, sp); x != "" {
							r += ": " + x
						}
					}
					w.Because(r)
				}
				return Met
			}
		}
		if w != nil {
			w.Because("no spell of " + interventionList(is) + " in force on " + env.FactsDate().String())
		}
		return NotMet
	})
}

func interventionList(is []economy.Regime) string {
	s := ""
	for i, x := range is {
		if i > 0 {
			s += " or "
		}
		s += x.String()
	}
	return s
}

// ratingUse is a rating method and the kinds of provider it applies to in
// an edition.
type ratingUse struct {
	m         rating.Method
	ft, trust bool
}

func (u ratingUse) appliesTo(k economy.ProviderKind) bool {
	return (k == economy.KindFoundationTrust && u.ft) || (k == economy.KindNHSTrust && u.trust)
}

// ratingRule compares the published score of u's method with the
// threshold parameter key under op. The rating is run on the facts date;
// a rating that lacks facts makes the rule Unknown and names them.
func ratingRule(id, title string, u ratingUse, op Op, key IntKey, def ParamDef) Rule {
	return Predicate(id, title, def.Citation, func(env *Env, s Subject, w *Why) Verdict {
		p, v := nhsGate(s, w, u.m.Short)
		if v != Met {
			return v
		}
		if !u.appliesTo(p.Kind) {
			if w != nil {
				w.Because(u.m.Short + " does not apply to a " + p.Kind.String() + " in this edition")
			}
			return NotMet
		}
		r := env.rate(&u.m, rating.Input{Provider: p, Economy: env.Economy(), Date: env.FactsDate()})
		if !r.Rated() {
			if w != nil {
				if len(r.Missing) == 0 {
					w.Missing(u.m.ID)
				}
				for _, m := range r.Missing {
					w.Missing(u.m.ID + ": " + m)
				}
			}
			return Unknown
		}
		th, ok := key.Get(env)
		if !ok {
			w.Missing("parameter " + key.Name())
			return Unknown
		}
		score := r.Published()
		got := int64(score.Value)
		c := 0
		if got < th {
			c = -1
		} else if got > th {
			c = 1
		}
		verdict := VerdictOf(op.holds(c))
		if w != nil {
			cite := def.Citation
			w.Fact(Fact{Name: u.m.Short, Value: decimal.NewNullDecimal(decimal.NewFromInt(got)), Text: score.String(), Op: op,
				Threshold: decimal.NewNullDecimal(decimal.NewFromInt(th)), Param: key.Name(), Source: &cite,
				Interpretation: def.Interpretation, Verdict: verdict})
			w.Because(u.m.Short + " " + score.String() + " (" + strconv.FormatInt(got, 10) + " " + op.Symbol() + " " +
				strconv.FormatInt(th, 10) + "): " + verdict.String())
		}
		return verdict
	}, key.Ref())
}

// uses finds the methods an edition applies to providers.
func editionRatings(ed *edition) (map[string]ratingUse, error) {
	out := map[string]ratingUse{}
	ids := slices.Concat(ed.ftRatings, ed.trustRatings)
	if ed.segmentation != "" {
		ids = append(ids, ed.segmentation)
	}
	for _, id := range ids {
		if _, done := out[id]; done {
			continue
		}
		m, ok := rating.Lookup(id)
		if !ok {
			return nil, errorf("provider intervention: rating method %q is not in the rating registry", id)
		}
		seg := id == ed.segmentation
		out[id] = ratingUse{m: m, ft: seg || slices.Contains(ed.ftRatings, id), trust: seg || slices.Contains(ed.trustRatings, id)}
	}
	return out, nil
}
