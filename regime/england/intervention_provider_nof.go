package england

import (
	"slices"
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// The provider rules of the NHS Oversight Framework editions (August 2019
// on) that read a published segment: NHS England's published NOF segment
// (economy.PublishedRating, scheme nof_segment) decides in preference to
// the segment this library computes, and a decision shows both when both
// exist.

// Sources of the NOF provider rules.
var (
	citeNOF2025Step4 = economy.Citation{Document: "NHS Oversight Framework 2025/26: methodology manual (verbatim copy)", Issuer: "NHS England", Year: 2025,
		Section: "Step 4: for some providers allocated to segment 4, the relevant NHS England region will consider their capability rating and determine whether they should be entered into the Provider Improvement Programme (PIP); all providers in the PIP will be placed in segment 5",
		URL:     "https://github.com/al26152/Langchain/blob/7381fee265f1a14004791e2c0d8aa59ca9e25fc5/docs/NHS%20England%20_%20NHS%20Oversight%20Framework%202025_26%20_%20methodology%20manual.md", Verified: true,
		Note: "copy of https://www.england.nhs.uk/long-read/nhs-oversight-framework-2025-26-methodology-manual (PRN02028_i), whose opening was read at that address"}
	citePIPCatastrophic = economy.Citation{Document: "Exclusive: failing trusts will pay for new intervention regime", Issuer: "HSJ", Year: 2025,
		URL:  "https://www.hsj.co.uk/quality-and-performance/exclusive-failing-trusts-will-pay-for-new-intervention-regime/7039531.article",
		Note: "secondary (based on leaked documents): trusts normally enter with the lowest performance and a low capability to improve, or after a catastrophic failure of governance, of quality or finance"}
	citeNOF2026ThresholdsUnverified = economy.Citation{Document: "NHS Oversight Framework 2026/27: methodology manual", Issuer: "NHS England", Year: 2026,
		Section: "average metric scores translated into segments 1 to 4 using defined thresholds",
		URL:     "https://www.england.nhs.uk/long-read/nhs-oversight-framework-2026-27-methodology-manual/",
		Note:    "unverified: the threshold values were not found in the sources read; 1.75, 2.50 and 3.25 (four equal bands of 1.00-4.00, upper edges inclusive) are this library's interpretation"}
	citePIP2026 = economy.Citation{Document: "NHS Oversight Framework 2026/27: methodology manual", Issuer: "NHS England", Year: 2026,
		URL:  "https://www.england.nhs.uk/long-read/nhs-oversight-framework-2026-27-methodology-manual/",
		Note: "the opening read describes segments 1 to 4; whether 2026/27 keeps a segment 5 was not found, so only a Provider Improvement Programme spell on the record places a provider there"}
)

// RegionEntersPIPFact is the pending fact behind segment 5 in 2025/26:
// whether the NHS England region enters the provider into the Provider
// Improvement Programme ("yes" or "no"), which it considers for a segment
// 4 provider with a low capability rating. The fact of one provider is
// named RegionEntersPIPFact + ":" + its ID.
const RegionEntersPIPFact = "provider.region_enters_pip"

// nofParams are the parameters of the NOF provider rules.
type nofParams struct {
	// nof2026 are the upper edges of segments 1 to 3 in 2026/27.
	nof2026 [3]regime.DecimalKey
}

func declareNOFParams(ed *edition, ps *regime.Params) nofParams {
	var np nofParams
	if ed.segmentation != rating.MethodNOF2026 {
		return np
	}
	def := rating.DefaultNOF2026Params().Thresholds
	for i := range np.nof2026 {
		n := strconv.Itoa(i + 1)
		np.nof2026[i] = ps.Decimal(regime.ParamDef{Name: "provider.nof2026_segment_" + n + "_max", Title: "highest average metric score of segment " + n + " (2026/27)",
			Unit: "average metric score", Citation: citeNOF2026ThresholdsUnverified,
			Range: regime.Between(decimal.NewFromInt(1), decimal.NewFromInt(4)),
			Interpretation: "unverified: the 2026/27 manual translates the average metric score into a segment 'using defined thresholds' whose values were not found; " +
				"four equal bands of the 1.00-4.00 range are this library's interpretation"}, def[i])
	}
	return np
}

func (np nofParams) refs() []regime.ParamRef {
	var out []regime.ParamRef
	for _, k := range np.nof2026 {
		if k.Name() != "" {
			out = append(out, k.Ref())
		}
	}
	return out
}

// nofSegmentations are the segmentations of the NHS Oversight Framework
// editions, whose segment NHS England publishes as a nof_segment.
var nofSegmentations = []string{rating.MethodNOF2019, rating.MethodNOF2021, rating.MethodNOF2022, rating.MethodNOF2025, rating.MethodNOF2026}

// computeSegment computes the edition's segment of p on the facts date:
// in 2026/27 with the framework's threshold parameters, otherwise with the
// rating method's defaults.
func computeSegment(ed *edition, k *providerParams, u ratingUse, env *regime.Env, p *economy.Provider) rating.Result {
	d := env.FactsDate()
	if ed.segmentation != rating.MethodNOF2026 {
		return env.Rate(&u.m, rating.Input{Provider: p, Economy: env.Economy(), Date: d})
	}
	params := rating.DefaultNOF2026Params()
	for i, key := range k.nof.nof2026 {
		v, ok := key.Get(env)
		if !ok {
			return rating.Result{Method: u.m.ID, Short: u.m.Short, Status: rating.InsufficientData, Missing: []string{"parameter " + key.Name()}}
		}
		params.Thresholds[i] = v
	}
	return rating.RateNOF2026(rating.NOF2026InputFrom(p, d), params)
}

// publishedSegment is p's latest published NOF segment on d.
func publishedSegment(p *economy.Provider, d economy.Date) (*economy.PublishedRating, int64, bool) {
	r, ok := economy.LatestRating(p.Ratings, economy.NOFSegment, d)
	if !ok {
		return nil, 0, false
	}
	seg, err := strconv.ParseInt(r.Value, 10, 64)
	if err != nil {
		return nil, 0, false // economy.Validate refuses it
	}
	return r, seg, true
}

// segmentRule compares a provider's segment with the threshold key under
// op. Under the NOF editions the latest published NOF segment decides,
// with the computed segment beside it; without one, the computed segment
// decides. Other editions compare the computed rating ([ratingRule]).
func segmentRule(ed *edition, k *providerParams, id, title string, u ratingUse, op regime.Op, key regime.IntKey, def regime.ParamDef) regime.Rule {
	if !slices.Contains(nofSegmentations, ed.segmentation) {
		return ratingRule(id, title, u, op, key, def)
	}
	refs := append([]regime.ParamRef{key.Ref()}, k.nof.refs()...)
	return regime.Predicate(id, title, def.Citation, func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
		p, v := nhsGate(s, w, u.m.Short)
		if v != regime.Met {
			return v
		}
		th, ok := key.Get(env)
		if !ok {
			w.Missing("parameter " + key.Name())
			return regime.Unknown
		}
		holds := func(seg int64) regime.Verdict {
			c := 0
			if seg < th {
				c = -1
			} else if seg > th {
				c = 1
			}
			return regime.VerdictOf(op.Holds(c))
		}
		d := env.FactsDate()
		cite := def.Citation
		pub, seg, hasPub := publishedSegment(p, d)
		if hasPub && w == nil {
			return holds(seg)
		}
		comp := computeSegment(ed, k, u, env, p)
		if !hasPub && !comp.Rated() && th >= 5 && op == regime.GE && (ed.segment5 || ed.segmentation == rating.MethodNOF2026) {
			// Segment 5 is never computed from metrics: it is the
			// region's decision to enter the Provider Improvement
			// Programme, read from the record (a published segment 5 or
			// the programme's spell, which a computed segment reflects).
			if w != nil {
				w.Because("no NOF segment published on the record, and segment 5 is never computed from metrics: it is the region's decision, on the record as a published segment 5 or a Provider Improvement Programme spell (segment at least " +
					strconv.FormatInt(th, 10) + "): not met")
			}
			return regime.NotMet
		}
		if hasPub {
			verdict := holds(seg)
			text := pub.Value + " for " + pub.Period.String() + ", published " + pub.Published.String()
			if pub.Note != "" {
				text += " (" + pub.Note + ")"
			}
			w.Fact(regime.Fact{Name: "published NOF segment", Value: decimal.NewNullDecimal(decimal.NewFromInt(seg)),
				Text: text, Op: op,
				Threshold: decimal.NewNullDecimal(decimal.NewFromInt(th)), Param: key.Name(), Source: pub.Source,
				Interpretation: def.Interpretation, Verdict: verdict})
			why := "published NOF segment " + pub.Value + " for " + pub.Period.String() + " (published " + pub.Published.String() + "; " +
				pub.Value + " " + op.Symbol() + " " + strconv.FormatInt(th, 10) + "): " + verdict.Text()
			if comp.Rated() {
				cs := int64(comp.Published().Value)
				w.Fact(regime.Fact{Name: u.m.Short + " (computed, not used)", Value: decimal.NewNullDecimal(decimal.NewFromInt(cs)), Text: comp.Published().String(),
					Op: op, Threshold: decimal.NewNullDecimal(decimal.NewFromInt(th)), Param: key.Name(), Source: &cite, Verdict: holds(cs)})
				if cs == seg {
					why += "; computed " + u.m.Short + " agrees (segment " + strconv.FormatInt(cs, 10) + ")"
				} else {
					why += "; computed " + u.m.Short + " differs (segment " + strconv.FormatInt(cs, 10) + "): the published segment decides"
				}
			} else {
				why += "; " + u.m.Short + " not computed (" + missingText(comp.Missing) + ")"
			}
			w.Because(why + providerSystemNote(ed, env, seg))
			return verdict
		}
		if !comp.Rated() {
			if w != nil {
				w.Missing("ratings[scheme=nof_segment, published on or before " + d.String() + "]")
				if len(comp.Missing) == 0 {
					w.Missing(u.m.ID)
				}
				for _, m := range comp.Missing {
					w.Missing(u.m.ID + ": " + m)
				}
				w.Because("no NOF segment published on the record, and " + u.m.Short + " cannot be computed from the facts given")
			}
			return regime.Unknown
		}
		cs := int64(comp.Published().Value)
		verdict := holds(cs)
		if w != nil {
			w.Fact(regime.Fact{Name: u.m.Short, Value: decimal.NewNullDecimal(decimal.NewFromInt(cs)), Text: comp.Published().String(), Op: op,
				Threshold: decimal.NewNullDecimal(decimal.NewFromInt(th)), Param: key.Name(), Source: &cite,
				Interpretation: def.Interpretation, Verdict: verdict})
			w.Because("no NOF segment published on the record; computed " + u.m.Short + " " + comp.Published().String() + " (" +
				strconv.FormatInt(cs, 10) + " " + op.Symbol() + " " + strconv.FormatInt(th, 10) + "): " + verdict.Text() + providerSystemNote(ed, env, cs))
		}
		return verdict
	}, refs...)
}

func missingText(ms []string) string {
	switch len(ms) {
	case 0:
		return "facts missing"
	case 1:
		return "missing " + ms[0]
	}
	return "missing " + ms[0] + " and " + strconv.Itoa(len(ms)-1) + " more"
}

// providerSystemNote says, for a provider in segment 4 or 5, whether its
// system is in the Recovery Support Programme too: the programme applies
// to one organisation or a whole system (NHS England, December 2024). An
// economy with no CCG or ICB is a list of providers, not a system, and
// gets no note.
func providerSystemNote(ed *edition, env *regime.Env, seg int64) string {
	e := env.Economy()
	if seg < 4 || e == nil || ed.systems == sysNone || !hasSystemBody(e) {
		return ""
	}
	d := env.FactsDate()
	name := nameOr(e.Name, e.ID)
	if in, why := systemInSupport(ed.systems, e, d); in {
		return "; its system, " + name + ", is in the Recovery Support Programme too (" + why + ")"
	}
	return "; its system, " + name + ", is not in the Recovery Support Programme on the record: the provider's support is its own"
}

// hasSystemBody reports whether e has a CCG or ICB.
func hasSystemBody(e *economy.Economy) bool {
	for i := range e.Commissioners {
		if k := e.Commissioners[i].Kind; k == economy.CCG || k == economy.ICB {
			return true
		}
	}
	return false
}

// systemInSupport reports whether the area or its ICB is in a Recovery
// Support Programme spell on d, or the system's published segment is 4.
func systemInSupport(law systemLaw, e *economy.Economy, d economy.Date) (bool, string) {
	if sp, ok := economy.SpellOf(e.Spells, economy.RecoverySupportProgramme, d); ok {
		return true, "since " + sp.Start.String()
	}
	for i := range e.Commissioners {
		c := &e.Commissioners[i]
		if c.Kind != economy.ICB {
			continue
		}
		if sp, ok := economy.SpellOf(c.Spells, economy.RecoverySupportProgramme, d); ok {
			return true, "its ICB since " + sp.Start.String()
		}
	}
	if got, ok := readSystemSegment(law, e, d); ok && !got.conflict() && got.seg == 4 {
		return true, "segment 4 for " + got.r.Period.String()
	}
	return false, ""
}

// pipRule is segment 5 of 2025/26: a provider in the Provider Improvement
// Programme (its spell, or a published segment 5), or one the region may
// enter into it, which the region decides ([RegionEntersPIPFact]).
func pipRule(ed *edition, k *providerParams, uses map[string]ratingUse) regime.Rule {
	u := uses[ed.segmentation]
	return regime.Named(RuleProviderImprovement, "segment 5: the Provider Improvement Programme", citeNOF2025Step4, regime.Any(
		spellRule(RuleImprovementSpell, "in the Provider Improvement Programme", citeNOF2025Step4, nil, economy.ProviderImprovementProgramme),
		segmentRule(ed, k, RuleSegment5, "segment 5", u, regime.GE, k.segment5, k.defs["provider.segment5"]),
		regionPIPRule(ed, k, u),
	))
}

// pipSpellRule is the Provider Improvement Programme of 2026/27: only a
// spell on the record places a provider in it.
func pipSpellRule() regime.Rule {
	return regime.Named(RuleProviderImprovement, "the Provider Improvement Programme (on the record)", citePIP2026,
		spellRule(RuleImprovementSpell, "in the Provider Improvement Programme", citePIP2026, nil, economy.ProviderImprovementProgramme))
}

// regionPIPRule: the region considers entry for a segment 4 provider with
// a low capability rating (the manual's Step 4) or, by HSJ's secondary
// account, one with a catastrophic failure of governance; its decision
// is the pending fact [RegionEntersPIPFact]. With neither judgement
// recorded (nil: not made), or below segment 4 with only a low
// capability, there is nothing for the region to decide.
func regionPIPRule(ed *edition, k *providerParams, u ratingUse) regime.Rule {
	return regime.Predicate(RuleRegionEntersPIP, "the region enters the provider into the Provider Improvement Programme", citeNOF2025Step4,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			p, v := nhsGate(s, w, "the Provider Improvement Programme")
			if v != regime.Met {
				return v
			}
			g := &p.Governance
			low, cat := judgement(g.LowCapability), judgement(g.CatastrophicFailure)
			if !low && !cat {
				if w != nil {
					w.Because("no low capability rating and no catastrophic failure recorded: nothing for the region to consider")
				}
				return regime.NotMet
			}
			ground := "a catastrophic failure of governance recorded (HSJ's account of the programme)"
			if cat && w != nil {
				src := citePIPCatastrophic
				w.Fact(regime.Fact{Name: "catastrophic failure of governance (judgement)", Text: judgementText(g.CatastrophicFailure), Source: &src, Verdict: regime.Met})
			}
			if !cat {
				_, seg, ok := publishedSegment(p, env.FactsDate())
				if !ok {
					r := computeSegment(ed, k, u, env, p)
					if !r.Rated() {
						if w != nil {
							w.Missing("ratings[scheme=nof_segment, published on or before " + env.FactsDate().String() + "]")
							w.Because("a low capability rating is recorded, and the provider's segment is not known: the region considers segment 4 providers")
						}
						return regime.Unknown
					}
					seg = int64(r.Published().Value)
				}
				if seg != 4 {
					if w != nil {
						w.Because("a low capability rating is recorded, but the provider is in segment " + strconv.FormatInt(seg, 10) + ": the region considers entry for segment 4 providers")
					}
					return regime.NotMet
				}
				ground = "segment 4 with a low capability rating"
			}
			name := RegionEntersPIPFact + ":" + p.ID
			val, ok := regime.PendingValue(env, w, name, "yes", "no")
			if !ok {
				if w != nil {
					w.Because(ground + ": whether it enters the Provider Improvement Programme is the NHS England region's decision, not in the facts")
				}
				return regime.Unknown
			}
			switch val {
			case "yes":
				if w != nil {
					w.Because("assumed: the region enters it into the Provider Improvement Programme (" + ground + ")")
				}
				return regime.Met
			case "no":
				if w != nil {
					w.Because("assumed: the region does not enter it into the Provider Improvement Programme (" + ground + ")")
				}
				return regime.NotMet
			}
			if w != nil {
				w.Because("assumed value " + strconv.Quote(val) + " of " + name + " is neither yes nor no")
			}
			return regime.Unknown
		})
}
