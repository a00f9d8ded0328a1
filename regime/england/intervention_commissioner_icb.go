package england

import (
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// Sources of the commissioner rules from July 2021: the Recovery Support
// Programme for CCGs and ICBs, and NHS England's powers over ICBs.
var (
	srcICBEstablished = economy.Citation{Document: "Integrated care in your area", Issuer: "NHS England", Year: 2022,
		URL: "https://www.england.nhs.uk/integratedcare/integrated-care-in-your-area/", Verified: true,
		Note: "the Integrated Care Boards (Establishment) Order 2022, made under NHS Act 2006 s.14Z25, established 42 ICBs with effect from 1 July 2022; CCGs were closed down on 1 July 2022"}
	srcICBAnnualAssessment = economy.Citation{Document: "Annual assessment of integrated care boards 2023/24: supporting guidance", Issuer: "NHS England", Year: 2024,
		Section: "National Health Service Act 2006 s.14Z59",
		URL:     "https://england.nhs.uk/long-read/annual-assessment-of-integrated-care-boards-2023-24-supporting-guidance", Verified: true,
		Note: "NHS England assesses each ICB every year; the 2022/23 guidance cites s.14Z16 instead, which looks like a slip"}
)

// ICBFailingFact is the pending fact behind directions to an ICB: whether
// NHS England is satisfied that the ICB is failing, or at risk of
// failing, to discharge its functions (NHS Act 2006 s.14Z61), "yes" or
// "no". The pending fact of one ICB is named ICBFailingFact + ":" + its
// ID. No published figure decides it, so a decision lists both answers
// as scenarios; [regime.Env.Assuming] settles it.
const ICBFailingFact = "commissioner.nhse_satisfied_icb_failing"

// commissionerSegmented reports whether the edition segments the
// commissioner kind k: CCGs in 2021/22, ICBs from July 2022 except in
// 2025/26.
func commissionerSegmented(law systemLaw, k economy.CommissionerKind) bool {
	switch law {
	case sys2021:
		return k == economy.CCG
	case sys2022, sys2026:
		return k == economy.ICB
	}
	return false
}

// commissionerScheme is the scheme of a commissioner's own segment.
func commissionerScheme(k economy.CommissionerKind) economy.RatingScheme {
	if k == economy.ICB {
		return economy.ICBSegment
	}
	return economy.NOFSegment
}

// readCommissionerSegment reads the commissioner's latest published
// segment of its own on d.
func readCommissionerSegment(law systemLaw, c *economy.Commissioner, d economy.Date) (segmentRead, bool) {
	l := latestSegment{d: d, from: segmentFrom(law)}
	sc := commissionerScheme(c.Kind)
	for i := range c.Ratings {
		if c.Ratings[i].Scheme == sc {
			l.offer(&c.Ratings[i], ratingAt{set: true, c: -1, i: i})
		}
	}
	return l.best, l.found
}

// commissionerSegmentRule is Met when the commissioner's own published
// segment is at least min; for a kind the edition does not segment it is
// NotMet, saying so, and without a published segment Unknown, naming it.
func commissionerSegmentRule(law systemLaw, id string, min int) regime.Rule {
	return regime.Predicate(id, segmentTitles[min], segmentCite(law, min), func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		c := s.Commissioner()
		if c == nil {
			w.Missing("commissioner")
			return regime.Unknown
		}
		if !commissionerSegmented(law, c.Kind) {
			if w != nil {
				w.Because(aOr(c.Kind.String()) + " is not segmented in this edition")
			}
			return regime.NotMet
		}
		d := env.FactsDate()
		got, ok := readCommissionerSegment(law, c, d)
		if !ok {
			if w != nil {
				from := ""
				if law == sys2026 {
					from = " from " + nof2026From.String()
				}
				w.Missing("ratings[scheme=" + commissionerScheme(c.Kind).String() + ", published" + from + " on or before " + d.String() + "]")
				w.Because("no segment of the " + c.Kind.String() + " is published on the record: NHS England's segmentation decides, and this library does not make it")
			}
			return regime.Unknown
		}
		if got.conflict() {
			if w != nil {
				w.Missing("one segment for " + got.r.Period.String() + " (" + got.at.path() + " and " + got.against.path() + " disagree)")
				w.Because("two segments published for the same period on the same day disagree")
			}
			return regime.Unknown
		}
		v := regime.VerdictOf(got.seg >= min)
		if w != nil {
			w.Fact(regime.Fact{Name: "published " + got.r.Scheme.String(), Value: decimal.NewNullDecimal(decimal.NewFromInt(int64(got.seg))),
				Text: got.r.Value + " for " + got.r.Period.String() + ", published " + got.r.Published.String() + " (" + got.at.path() + ")",
				Op:   regime.GE, Threshold: decimal.NewNullDecimal(decimal.NewFromInt(int64(min))), Source: got.r.Source, Verdict: v})
			w.Because("published segment " + got.r.Value + " for " + got.r.Period.String() + " (" + got.r.Published.String() + "): " + v.Text())
		}
		return v
	})
}

// commissionerSpellRule is Met when the commissioner is in a spell of one
// of is on the facts date; the spells are the complete record.
func commissionerSpellRule(id, title string, cite economy.Citation, is ...economy.Regime) regime.Rule {
	return regime.Predicate(id, title, cite, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		c := s.Commissioner()
		if c == nil {
			w.Missing("commissioner")
			return regime.Unknown
		}
		if sp, ok := firstSpell(c.Spells, env.FactsDate(), is...); ok {
			if w != nil {
				w.Because("in " + sp.Regime.String() + " since " + sp.Start.String())
			}
			return regime.Met
		}
		if w != nil {
			w.Because("no spell of " + interventionList(is) + " in force on " + env.FactsDate().String())
		}
		return regime.NotMet
	})
}

// commissionerRSPRule: a CCG (2021/22) or an ICB in the Recovery Support
// Programme, by its spell or its published segment 4. In 2025/26, when
// ICBs were not segmented, only the spell counts.
func commissionerRSPRule(ed *edition) regime.Rule {
	rules := []regime.Rule{commissionerSpellRule(RuleCommissionerRSPSpell, "in the Recovery Support Programme", srcRSPUpdate, economy.RecoverySupportProgramme)}
	if ed.systems != sys2025 {
		rules = append(rules, commissionerSegmentRule(ed.systems, RuleCommissionerSegment4, 4))
	}
	return regime.Named(RuleCommissionerRecoverySupport, "the Recovery Support Programme (segment 4)", srcNOF2022Scope, regime.Any(rules...))
}

// commissionerMandatedRule: a commissioner in segment 3 (mandated
// regional support), or an ICB that has given NHS England undertakings
// (from the enforcement guidance of 1 July 2023; read from the record).
func commissionerMandatedRule(ed *edition) regime.Rule {
	var rules []regime.Rule
	if ed.commissioners == icb2022 {
		rules = append(rules, commissionerSpellRule(RuleICBUndertakingsSpell, "undertakings given to NHS England", srcICBUndertakings, economy.EnforcementUndertakings))
	}
	if ed.systems != sys2025 {
		rules = append(rules, commissionerSegmentRule(ed.systems, RuleCommissionerSegment3, 3))
	}
	if len(rules) == 0 {
		return nil
	}
	return regime.Named(RuleCommissionerMandatedSupport, "mandated support (segment 3) or undertakings", srcSegmentLabels, regime.Any(rules...))
}

// icbDirectionsRule: NHS Act 2006 s.14Z61. An ICB under a direction, or
// in a legal-directions spell, is in the regime. Otherwise directions
// need NHS England to be satisfied that the ICB is failing, or at risk of
// failing, to discharge its functions: a judgement no published figure
// makes, read as the pending fact [ICBFailingFact]. A published segment 1
// or 2 shows no sign of failure, and the rule is then NotMet without
// asking; a segment 3 or 4, a support programme or undertakings, or no
// segment at all (2025/26), leave the judgement open.
func icbDirectionsRule(ed *edition) regime.Rule {
	law := ed.systems
	return regime.Predicate(RuleLegalDirections, "legal directions (s.14Z61)", srcICBDirections, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		c := s.Commissioner()
		if c == nil {
			w.Missing("commissioner")
			return regime.Unknown
		}
		d := env.FactsDate()
		for i := range c.Directions {
			if c.Directions[i].InForce(d) {
				if w != nil {
					w.Fact(regime.Fact{Name: "direction in force", Text: "issued " + c.Directions[i].Issued.String() + " " + c.Directions[i].Section, Verdict: regime.Met})
					w.Because("a direction issued on " + c.Directions[i].Issued.String() + " is in force: the ICB is under legal directions")
				}
				return regime.Met
			}
		}
		if inForceIntervention(c.Spells, economy.LegalDirections, d) {
			w.Because("a legal-directions spell is in force")
			return regime.Met
		}
		var open icbOpen
		if sp, ok := firstSpell(c.Spells, d, economy.RecoverySupportProgramme, economy.EnforcementUndertakings); ok {
			open.spell, open.hasSpell = sp, true
		} else if got, ok := readCommissionerSegment(law, c, d); ok && commissionerSegmented(law, c.Kind) && !got.conflict() {
			if got.seg <= 2 {
				if w != nil {
					w.Because("no direction in force, and the ICB's published segment " + got.r.Value + " (" + got.r.Period.String() + ") shows no sign that it is failing to discharge its functions")
				}
				return regime.NotMet
			}
			open.seg, open.hasSeg = got, true
		}
		open.law = law
		name := ICBFailingFact + ":" + c.ID
		v, ok := regime.PendingValue(env, w, name, "yes", "no")
		if !ok {
			if w != nil {
				w.Because("no direction in force (" + open.text() + "): NHS England may direct an ICB only when satisfied that it is failing, or at risk of failing, to discharge its functions, a judgement not in the facts")
			}
			return regime.Unknown
		}
		switch v {
		case "yes":
			if w != nil {
				w.Because("assumed: NHS England is satisfied that the ICB is failing, or at risk of failing, to discharge its functions (" + open.text() + ")")
			}
			return regime.Met
		case "no":
			if w != nil {
				w.Because("assumed: NHS England is not satisfied that the ICB is failing or at risk of failing (" + open.text() + ")")
			}
			return regime.NotMet
		}
		if w != nil {
			w.Because("assumed value " + strconv.Quote(v) + " of " + name + " is neither yes nor no")
		}
		return regime.Unknown
	})
}

// icbOpen is what leaves NHS England's judgement of an ICB open: a
// programme or undertakings spell, a published segment of 3 or 4, or no
// segment at all. text says so, for a reason only.
type icbOpen struct {
	law      systemLaw
	spell    economy.Spell
	hasSpell bool
	seg      segmentRead
	hasSeg   bool
}

func (o icbOpen) text() string {
	switch {
	case o.hasSpell:
		return "in " + o.spell.Regime.String() + " since " + o.spell.Start.String()
	case o.hasSeg:
		return "published segment " + o.seg.r.Value + " for " + o.seg.r.Period.String()
	case o.law == sys2025:
		return "ICBs were not segmented in 2025/26"
	}
	return "no segment of the ICB published"
}
