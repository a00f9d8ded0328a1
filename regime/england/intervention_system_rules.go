package england

import (
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// nof2026From is the first day of the 2026/27 framework: an ICB segment
// published before it is not a 2026/27 segment (ICBs were not segmented
// in 2025/26, and those of 2024/25 had another framework's meaning).
var nof2026From = economy.MustDate("2026-04-01")

// segmentRead is a published segment as a rule read it: its value, the
// rating, where it was read, and where a rating of the same period and
// day that disagrees was read, if one was. The places are kept as
// indexes, so that reading allocates nothing, and written as JSON paths
// only for a reason.
type segmentRead struct {
	seg         int
	r           *economy.PublishedRating
	at, against ratingAt
}

// ratingAt is where a rating was read: the area's ratings (c < 0) or a
// commissioner's, at index i; the zero value of against means none.
type ratingAt struct {
	set  bool
	c, i int
}

func (a ratingAt) path() string {
	if a.c < 0 {
		return "ratings[" + strconv.Itoa(a.i) + "]"
	}
	return "commissioners[" + strconv.Itoa(a.c) + "].ratings[" + strconv.Itoa(a.i) + "]"
}

// conflict reports whether a disagreeing rating was read.
func (s segmentRead) conflict() bool { return s.against.set }

// latestSegment keeps, of the ratings offered to it, the one rating the
// latest period (on a tie, published latest) on or before d and from
// from, noting a disagreement on the same period and day.
type latestSegment struct {
	d, from economy.Date
	best    segmentRead
	found   bool
}

func (l *latestSegment) offer(r *economy.PublishedRating, at ratingAt) {
	if r.Published.IsZero() || r.Published.After(l.d) || (!l.from.IsZero() && r.Published.Before(l.from)) {
		return
	}
	seg, err := strconv.Atoi(r.Value)
	if err != nil {
		return // economy.Validate refuses a segment that is not a number
	}
	if !l.found {
		l.best, l.found = segmentRead{seg: seg, r: r, at: at}, true
		return
	}
	b := l.best.r
	switch {
	case r.Period.To.After(b.Period.To), r.Period.To == b.Period.To && r.Published.After(b.Published):
		l.best = segmentRead{seg: seg, r: r, at: at}
	case r.Period.To == b.Period.To && r.Published == b.Published && r.Value != b.Value && !l.best.conflict():
		l.best.against = at
	}
}

// areaSchemes are the schemes of a system's own segment under law.
func areaSchemes(law systemLaw) []economy.RatingScheme {
	switch law {
	case sys2021:
		return []economy.RatingScheme{economy.SystemSegment}
	case sys2022, sys2026:
		// An ICB took over its ICS's segment on 1 July 2022 until it was
		// segmented again, so a system segment still counts.
		return []economy.RatingScheme{economy.SystemSegment, economy.ICBSegment}
	}
	return nil
}

// segmentFrom is the first day a segment of law may have been published.
func segmentFrom(law systemLaw) economy.Date {
	if law == sys2026 {
		return nof2026From
	}
	return economy.Date{}
}

// readSystemSegment reads the system's latest published segment on d:
// from the area's own ratings and, from July 2022, its ICBs' ratings.
func readSystemSegment(law systemLaw, e *economy.Economy, d economy.Date) (segmentRead, bool) {
	l := latestSegment{d: d, from: segmentFrom(law)}
	schemes := areaSchemes(law)
	for i := range e.Ratings {
		r := &e.Ratings[i]
		for _, sc := range schemes {
			if r.Scheme == sc {
				l.offer(r, ratingAt{set: true, c: -1, i: i})
			}
		}
	}
	if law == sys2022 || law == sys2026 {
		for j := range e.Commissioners {
			c := &e.Commissioners[j]
			if c.Kind != economy.ICB {
				continue
			}
			for i := range c.Ratings {
				if c.Ratings[i].Scheme == economy.ICBSegment {
					l.offer(&c.Ratings[i], ratingAt{set: true, c: j, i: i})
				}
			}
		}
	}
	return l.best, l.found
}

// systemSegmentWanted names the rating a system's segment is read from,
// for the reason of an Unknown.
func systemSegmentWanted(law systemLaw, d economy.Date) string {
	switch law {
	case sys2021:
		return "ratings (system_segment published on or before " + d.String() + ")"
	case sys2026:
		if d.Before(nof2026From) {
			return "ratings or an ICB's commissioners[].ratings (icb_segment published from " + nof2026From.String() + ", after the facts date " + d.String() + ")"
		}
		return "ratings or an ICB's commissioners[].ratings (icb_segment published from " + nof2026From.String() + " to " + d.String() + ")"
	}
	return "ratings (system_segment or icb_segment) or an ICB's commissioners[].ratings (icb_segment), published on or before " + d.String()
}

// segmentTitles say what each segment meant from July 2021.
var segmentTitles = [...]string{
	1: "segment 1: no specific support needs",
	2: "segment 2: support needs reviewed by the region (the default)",
	3: "segment 3: mandated regional support",
	4: "segment 4: mandated intensive support (the Recovery Support Programme)",
}

// segmentCite is the source of each segment's meaning.
func segmentCite(law systemLaw, seg int) economy.Citation {
	switch {
	case law == sys2026:
		return srcNOF2026Scope
	case seg == 2 && law == sys2021:
		return srcSOF2021Default
	case seg >= 3:
		return srcSegmentLabels
	}
	return srcSegmentMeanings
}

// systemSegmentIDs are the ids of the system segment entries, by segment.
var systemSegmentIDs = [...]string{1: RuleSystemSegment1, 2: RuleSystemSegment2, 3: RuleSystemSegment3, 4: RuleSystemSegment4}

// systemSegmentRule is Met when the system's published segment is want.
// Without a published segment it is Unknown and names the rating it
// needs: segmenting a system is NHS England's judgement (2021/22, 2022/23)
// or its thresholds on ICB metrics not encoded here (2026/27).
func systemSegmentRule(law systemLaw, want int) regime.Rule {
	return regime.Predicate(systemSegmentIDs[want], segmentTitles[want], segmentCite(law, want),
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			e := s.Economy()
			if e == nil {
				w.Missing("economy")
				return regime.Unknown
			}
			d := env.FactsDate()
			got, ok := readSystemSegment(law, e, d)
			if !ok {
				return pendingSystemSegment(law, env, e, w, want)
			}
			if got.conflict() {
				if w != nil {
					w.Missing("one segment for " + got.r.Period.String() + " (" + got.at.path() + " and " + got.against.path() + " disagree)")
					w.Because("two segments published for the same period on the same day disagree")
				}
				return regime.Unknown
			}
			v := regime.VerdictOf(got.seg == want)
			if w != nil {
				w.Fact(regime.Fact{Name: "published " + got.r.Scheme.String(), Value: decimal.NewNullDecimal(decimal.NewFromInt(int64(got.seg))),
					Text: got.r.Value + " for " + got.r.Period.String() + ", published " + got.r.Published.String() + " (" + got.at.path() + ")",
					Op:   regime.EQ, Threshold: decimal.NewNullDecimal(decimal.NewFromInt(int64(want))), Source: got.r.Source, Verdict: v})
				why := "published segment " + got.r.Value + " for " + got.r.Period.String() + " (" + got.at.path() + ", " + got.r.Published.String() + ")"
				if v == regime.Met {
					why += providerInterplay(w, e, d, want == 4)
				} else {
					why += ", not " + strconv.Itoa(want)
				}
				w.Because(why)
			}
			return v
		})
}

// SystemSegmentFact is the pending fact of a system whose segment is not
// published: the segment NHS England allocated it, "1" to "4". The fact
// of one area is named SystemSegmentFact + ":" + its economy ID. In
// 2021/22 and 2022/23 organisations were allocated to segment 2 by
// default (HFMA, 2021), which the reason says; assuming "2" applies the
// default.
const SystemSegmentFact = "economy.system_segment"

// pendingSystemSegment answers a segment rule of a system with no
// published segment from the pending fact [SystemSegmentFact]: Unknown,
// naming the rating it needs, unless a value is assumed.
func pendingSystemSegment(law systemLaw, env *regime.Env, e *economy.Economy, w *regime.Why, want int) regime.Verdict {
	name := SystemSegmentFact + ":" + e.ID
	v, ok := regime.PendingValue(env, w, name, "1", "2", "3", "4")
	if !ok {
		if w != nil {
			w.Missing(systemSegmentWanted(law, env.FactsDate()))
			why := "no segment of the system or its ICB is published on the record: NHS England's segmentation decides, and this library does not make it"
			switch law {
			case sys2026:
				why = "no 2026/27 segment of the ICB is published on the record: it comes from ICB metrics scored against defined thresholds, neither of which is encoded"
			case sys2021, sys2022:
				why += "; by default an organisation was allocated to segment 2, unless NHS England assessed it as needing support"
			}
			w.Because(why)
		}
		return regime.Unknown
	}
	seg, err := strconv.Atoi(v)
	if err != nil || seg < 1 || seg > 4 {
		if w != nil {
			w.Because("assumed value " + strconv.Quote(v) + " of " + name + " is not a segment 1 to 4")
		}
		return regime.Unknown
	}
	verdict := regime.VerdictOf(seg == want)
	if w != nil {
		why := "assumed: segment " + v
		if seg == 2 && (law == sys2021 || law == sys2022) {
			why += " (the default allocation)"
		}
		if verdict == regime.Met {
			why += providerInterplay(w, e, env.FactsDate(), want == 4)
		}
		w.Because(why)
	}
	return verdict
}

// systemRSPSpellRule is Met when the area, or from July 2022 one of its
// ICBs, is in a Recovery Support Programme spell on the facts date. The
// spells are read as the complete record.
func systemRSPSpellRule(law systemLaw) regime.Rule {
	return regime.Predicate(RuleSystemRSPSpell, "in the Recovery Support Programme (the system or its ICB)", srcRSPUpdate,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			e := s.Economy()
			if e == nil {
				w.Missing("economy")
				return regime.Unknown
			}
			d := env.FactsDate()
			if sp, ok := economy.SpellOf(e.Spells, economy.RecoverySupportProgramme, d); ok {
				if w != nil {
					w.Because("the system is in the Recovery Support Programme since " + sp.Start.String() + providerInterplay(w, e, d, true))
				}
				return regime.Met
			}
			if law >= sys2022 {
				for i := range e.Commissioners {
					c := &e.Commissioners[i]
					if c.Kind != economy.ICB {
						continue
					}
					if sp, ok := economy.SpellOf(c.Spells, economy.RecoverySupportProgramme, d); ok {
						if w != nil {
							w.Because("its ICB, " + nameOr(c.Name, c.ID) + ", is in the Recovery Support Programme since " + sp.Start.String() +
								" (the programme is ICB-focused)" + providerInterplay(w, e, d, true))
						}
						return regime.Met
					}
				}
			}
			if w != nil {
				w.Because("no Recovery Support Programme spell in force for the area or its ICB on " + d.String())
			}
			return regime.NotMet
		})
}

// notSegmentedRule is the explicit decision of an edition that did not
// segment systems: Met, with why, and how the area's providers stand.
func notSegmentedRule(id, title string, cite economy.Citation, why string) regime.Rule {
	return regime.Predicate(id, title, cite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		if w != nil {
			reason := why
			if e := s.Economy(); e != nil {
				reason += providerInterplay(w, e, env.FactsDate(), false)
			}
			w.Because(reason)
		}
		return regime.Met
	})
}

// providersInSupport describes each NHS provider of e that is, on d, in
// the Recovery Support Programme or the Provider Improvement Programme,
// or whose latest published NOF segment is 4 or 5.
func providersInSupport(e *economy.Economy, d economy.Date) []string {
	var out []string
	for i := range e.Providers {
		p := &e.Providers[i]
		if !p.Kind.IsNHS() {
			continue
		}
		if sp, ok := firstSpell(p.Governance.Spells, d, economy.ProviderImprovementProgramme, economy.RecoverySupportProgramme); ok {
			out = append(out, p.ID+" ("+sp.Regime.String()+" since "+sp.Start.String()+")")
			continue
		}
		if r, ok := economy.LatestRating(p.Ratings, economy.NOFSegment, d); ok && (r.Value == "4" || r.Value == "5") {
			out = append(out, p.ID+" (segment "+r.Value+" for "+r.Period.String()+")")
		}
	}
	return out
}

// firstSpell is the first spell of is in force on d, in the order of is.
func firstSpell(spells []economy.Spell, d economy.Date, is ...economy.Regime) (economy.Spell, bool) {
	for _, i := range is {
		if sp, ok := economy.SpellOf(spells, i, d); ok {
			return sp, true
		}
	}
	return economy.Spell{}, false
}

// providerInterplay says how the area's providers stand against the
// system's place, and records each provider in support as a fact: a
// system in intensive support with or without providers there, and a
// provider in segment 4 or 5, or a programme, in a system that is not.
// The Recovery Support Programme applies "to one organisation or across a
// whole system" (NHS England, December 2024).
func providerInterplay(w *regime.Why, e *economy.Economy, d economy.Date, systemInSupport bool) string {
	if w == nil {
		return ""
	}
	in := providersInSupport(e, d)
	for _, x := range in {
		w.Fact(regime.Fact{Name: "provider in support", Text: x, Verdict: regime.Met})
	}
	switch {
	case systemInSupport && len(in) > 0:
		return "; its NHS providers in segment 4 or 5 or a support programme: " + strings.Join(in, ", ")
	case systemInSupport:
		return "; none of its NHS providers is in segment 4 or 5 or a support programme on the record: the system is there on its own account"
	case len(in) > 0:
		return "; of its NHS providers, in segment 4 or 5 or a support programme while the system is not: " + strings.Join(in, ", ") + ": their support is organisational, not the system's"
	}
	return ""
}
