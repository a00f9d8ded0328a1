package england

import (
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// tdaCategories are the TDA's five oversight categories, in the order of
// the escalation levels 1 to 5 (see provider.tda_*_min for the reading).
var tdaCategories = [...]string{
	1: "standard oversight with reduced frequency",
	2: "standard oversight with standard frequency",
	3: "supporting intervention",
	4: "strategic intervention",
	5: "special measures",
}

// tdaEntries are the provider ladder's entries for the NHS TDA's oversight
// of NHS trusts, in the editions of its accountability framework: the
// escalation level it published decides special measures, strategic
// intervention (mandated support) and supporting intervention (escalation).
//
// Without a published level, special measures are still decided by the
// spells on record and the Chief Inspector's recommendation (the ladder's
// own entries), but the two intervention rungs are Unknown: nothing else
// the library reads says whether the TDA intervened, and routine
// oversight would be a guess.
func tdaEntries(ed *edition, ps *regime.Params) []regime.Entry {
	k := declareTDAParams(ed, ps)
	if k == nil {
		return nil
	}
	entry := func(prio int, r regime.Rule, reg economy.Regime) regime.Entry {
		return regime.Entry{Priority: prio, Rule: r, Decides: regime.Ruling{Regime: reg, Intensity: reg.Intensity()}}
	}
	rule := func(id, title string, key regime.IntKey, needLevel bool) regime.Rule {
		return tdaLevelRule(id, title, key, k.defs[key.Name()], needLevel)
	}
	return []regime.Entry{
		entry(prioTDASpecial, rule(RuleTDASpecialMeasures, "NHS TDA escalation: special measures", k.special, false), economy.QualitySpecialMeasures),
		entry(prioTDAMandated, rule(RuleTDAStrategicIntervention, "NHS TDA escalation: strategic intervention", k.mandated, true), economy.MandatedSupport),
		entry(prioTDAInvestigation, rule(RuleTDASupportingIntervention, "NHS TDA escalation: supporting intervention", k.investigation, true), economy.InvestigationConsidered),
	}
}

// tdaGate: the TDA's framework covers NHS trusts only; Monitor oversaw
// foundation trusts, and other providers were outside both.
func tdaGate(s regime.Subject, w *regime.Why) (*economy.Provider, regime.Verdict) {
	p := s.Provider()
	switch {
	case p == nil:
		w.Missing("provider")
		return nil, regime.Unknown
	case p.Kind == economy.ProviderKindUnknown:
		w.Missing("provider.kind")
		return p, regime.Unknown
	case p.Kind == economy.KindFoundationTrust:
		w.Because("the NHS TDA's accountability framework covers NHS trusts; Monitor oversaw foundation trusts")
		return p, regime.NotMet
	case p.Kind != economy.KindNHSTrust:
		if w != nil {
			w.Because("the NHS TDA's accountability framework covers NHS trusts only; this provider is " + p.Kind.String())
		}
		return p, regime.NotMet
	}
	return p, regime.Met
}

// tdaLevel reads a published escalation level, 0 when it is not one of
// the scheme's words.
func tdaLevel(r *economy.PublishedRating) int64 {
	n, err := strconv.ParseInt(r.Value, 10, 64)
	if err != nil || n < tdaLevelMin || n >= tdaLevelOff {
		return 0
	}
	return n
}

// tdaLevelRule is Met when the NHS trust's escalation level, the latest
// the TDA published on or before the facts date, is at least the
// threshold key. Without one it is Unknown, naming the level, when
// needLevel is set, and NotMet otherwise.
func tdaLevelRule(id, title string, key regime.IntKey, def regime.ParamDef, needLevel bool) regime.Rule {
	return regime.Predicate(id, title, def.Citation, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		p, v := tdaGate(s, w)
		if v != regime.Met {
			return v
		}
		facts := env.FactsDate()
		r, ok := economy.LatestRating(p.Ratings, economy.TDAEscalation, facts)
		var level int64
		if ok {
			level = tdaLevel(r)
		}
		if level == 0 {
			if !needLevel {
				if w != nil {
					w.Because("no NHS TDA escalation level published by " + facts.String() +
						": special measures are read from the spells on record and the Chief Inspector's recommendation")
				}
				return regime.NotMet
			}
			if w != nil {
				w.Missing("ratings[scheme=" + economy.TDAEscalation.String() + "]")
				w.Because("no NHS TDA escalation level published by " + facts.String() +
					": the TDA's accountability framework decided an NHS trust's oversight, and without its level the trust may have been in intervention")
			}
			return regime.Unknown
		}
		th, ok := key.Get(env)
		if !ok {
			w.Missing("parameter " + key.Name())
			return regime.Unknown
		}
		verdict := regime.VerdictOf(level >= th)
		if w != nil {
			cite := def.Citation
			w.Grow(2)
			w.Fact(regime.Fact{Name: "NHS TDA escalation level", Value: decimal.NewNullDecimal(decimal.NewFromInt(level)), Text: r.Value + ": " + tdaCategories[level],
				Op: regime.GE, Threshold: decimal.NewNullDecimal(decimal.NewFromInt(th)), Param: key.Name(), Source: &cite,
				Interpretation: def.Interpretation, Verdict: verdict})
			w.Fact(regime.Fact{Name: "NHS TDA escalation level as published", Text: r.Value, Source: r.Source, Verdict: verdict})
			w.Because("NHS TDA escalation level " + r.Value + " (" + tdaCategories[level] + "), published " + r.Published.String() +
				" for " + r.Period.String() + " (" + strconv.FormatInt(level, 10) + " " + regime.GE.Symbol() + " " + strconv.FormatInt(th, 10) + "): " + verdict.String())
		}
		return verdict
	}, key.Ref())
}
