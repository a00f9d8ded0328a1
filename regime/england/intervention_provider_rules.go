package england

import (
	"slices"
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// nhsGate reads the provider's kind for a rule that only NHS trusts and
// foundation trusts can meet: Unknown without a provider or kind, NotMet
// (saying why) for any other kind, Met for an NHS body.
func nhsGate(s regime.Subject, w *regime.Why, what string) (*economy.Provider, regime.Verdict) {
	p := s.Provider()
	if p == nil {
		w.Missing("provider")
		return nil, regime.Unknown
	}
	if p.Kind == economy.ProviderKindUnknown {
		w.Missing("provider.kind")
		return p, regime.Unknown
	}
	if !p.Kind.IsNHS() {
		if w != nil {
			w.Because(what + " covers NHS trusts and foundation trusts only; this provider is " + p.Kind.String())
		}
		return p, regime.NotMet
	}
	return p, regime.Met
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
func spellRule(id, title string, cite economy.Citation, explain func(env *regime.Env, sp economy.Spell) string, is ...economy.Regime) regime.Rule {
	return regime.Predicate(id, title, cite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		p := s.Provider()
		if p == nil {
			w.Missing("provider")
			return regime.Unknown
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
				return regime.Met
			}
		}
		if w != nil {
			w.Because("no spell of " + interventionList(is) + " in force on " + env.FactsDate().String())
		}
		return regime.NotMet
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

// ratingRule compares the score of u's method with the threshold
// parameter key under op. The rating a regulator published for the
// provider (the latest published on or before the facts date) decides, as
// it did in law; without one, the method is run on the facts date. When
// both exist and disagree, the reasons show both and say the published one
// decided. A rating that lacks facts, with none published, makes the rule
// Unknown and names them.
func ratingRule(id, title string, u ratingUse, op regime.Op, key regime.IntKey, def regime.ParamDef) regime.Rule {
	scheme, publishes := rating.SchemeOf(u.m.ID)
	return regime.Predicate(id, title, def.Citation, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		p, v := nhsGate(s, w, u.m.Short)
		if v != regime.Met {
			return v
		}
		if !u.appliesTo(p.Kind) {
			if w != nil {
				w.Because(u.m.Short + " does not apply to " + aOr(p.Kind.String()) + " in this edition")
			}
			return regime.NotMet
		}
		var pub *economy.PublishedRating
		var score rating.Score
		starred := false
		if publishes {
			if x, ok := economy.LatestRating(p.Ratings, scheme, env.FactsDate()); ok {
				if sc, st, ok := rating.PublishedScore(*x); ok {
					pub, score, starred = x, sc, st
				}
			}
		}
		r := env.Rate(&u.m, rating.Input{Provider: p, Economy: env.Economy(), Date: env.FactsDate()})
		if pub == nil {
			if !r.Rated() {
				if w != nil {
					if publishes {
						w.Missing("ratings[scheme=" + scheme.String() + "]")
					}
					if len(r.Missing) == 0 {
						w.Missing(u.m.ID)
					}
					for _, m := range r.Missing {
						w.Missing(u.m.ID + ": " + m)
					}
				}
				return regime.Unknown
			}
			score = r.Published()
		}
		th, ok := key.Get(env)
		if !ok {
			w.Missing("parameter " + key.Name())
			return regime.Unknown
		}
		got := int64(score.Value)
		c := 0
		if got < th {
			c = -1
		} else if got > th {
			c = 1
		}
		verdict := regime.VerdictOf(op.Holds(c))
		if w != nil {
			cite := def.Citation
			text := score.String()
			if starred {
				text += "*"
			}
			w.Grow(2)
			w.Fact(regime.Fact{Name: u.m.Short, Value: decimal.NewNullDecimal(decimal.NewFromInt(got)), Text: text, Op: op,
				Threshold: decimal.NewNullDecimal(decimal.NewFromInt(th)), Param: key.Name(), Source: &cite,
				Interpretation: def.Interpretation, Verdict: verdict})
			because := u.m.Short + " " + text + " (" + strconv.FormatInt(got, 10) + " " + op.Symbol() + " " +
				strconv.FormatInt(th, 10) + "): " + verdict.String()
			if pub != nil {
				because += "; published " + pub.Published.String() + " for " + pub.Period.String()
				w.Fact(regime.Fact{Name: u.m.Short + " as published", Text: pub.Value, Source: pub.Source, Verdict: verdict})
				if r.Rated() && r.Published() != score {
					because += "; computed from the accounts: " + r.Published().String() + " (the published rating decides)"
				}
			}
			w.Because(because)
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
			return nil, errorf("provider intervention: rating method %q is not in the rating registry: %w", id, regime.ErrInvalidRule)
		}
		seg := id == ed.segmentation
		out[id] = ratingUse{m: m, ft: seg || slices.Contains(ed.ftRatings, id), trust: seg || slices.Contains(ed.trustRatings, id)}
	}
	return out, nil
}
