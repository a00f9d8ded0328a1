package rating

import (
	"strconv"

	"github.com/failregime/failregime/economy"
)

// CQCCountRow is one row of CQC's count tables: for Min or more underlying
// ratings (up to the next row's Min), how many outstanding ratings make the
// aggregate outstanding, how many requires-improvement-or-worse ratings
// limit it to requires improvement, and how many inadequate ratings make it
// inadequate.
type CQCCountRow struct {
	Min                         int              `json:"min"`
	Outstanding                 int              `json:"outstanding"`
	RequiresImprovement         int              `json:"requires_improvement"`
	Inadequate                  int              `json:"inadequate"`
	OutstandingCitation         economy.Citation `json:"outstanding_citation"`
	GoodCitation                economy.Citation `json:"good_citation"`
	RequiresImprovementCitation economy.Citation `json:"requires_improvement_citation"`
	InadequateCitation          economy.Citation `json:"inadequate_citation"`
}

// CQCParams are the principles [RateCQC] applies. The zero value means the
// NHS trust principles of [DefaultCQCParams], and so does each field left
// unset (no rows, a zero residual or citation); [SocialCareCQCParams] gives
// the adult social care principles.
type CQCParams struct {
	Rows []CQCCountRow `json:"rows"` // ascending Min, the first Min 1
	// BreachLimitsOverall caps the aggregate at requires improvement when
	// any underlying rating carries a notice.
	BreachLimitsOverall bool             `json:"breach_limits_overall"`
	BreachCitation      economy.Citation `json:"breach_citation"`
	// Residual is the rating when no principle decides: some inadequate
	// ratings, too few to make the aggregate inadequate, and too few
	// ratings requires improvement or worse to limit it.
	Residual         economy.CQCRating `json:"residual"`
	ResidualCitation economy.Citation  `json:"residual_citation"`
	LimiterCitation  economy.Citation  `json:"limiter_citation"`
}

// DefaultCQCParams returns the ratings principles for NHS trusts as far as
// they were read (cqc.org.uk, ratings principles for NHS trusts, updated 12
// May 2022):
//
//   - limiters at the level of the rating: VERIFIED;
//   - outstanding with at least 1 (1-3 ratings), 2 (4-8) or 3 (9+)
//     outstanding and the rest good: VERIFIED;
//   - the requires-improvement and inadequate counts: NOT READ (the page's
//     table was cut off). The defaults are interpretations: 2 and 2 for 4 or
//     more ratings, the adult social care rule for five key questions
//     (verified for adult social care only) carried over unscaled; 1 and 1
//     for 1-3 ratings, so that a single rating aggregates to itself;
//   - good with no inadequate and fewer requires improvement than the
//     requires-improvement count: the adult social care rule, an
//     interpretation for trusts;
//   - Residual requires improvement (one inadequate with four good):
//     FROM MEMORY;
//   - BreachLimitsOverall false: the trust principles apply notices to the
//     linked rating, not to the aggregate.
func DefaultCQCParams() CQCParams {
	interp := func(what string) economy.Citation {
		c := citeCQCTrustPrinciples
		c.Verified = false
		c.Note = fromMemory + "; the NHS trust " + what + " table was cut off in the copy read: " +
			"interpretation from the adult social care principles"
		return c
	}
	ri, inad, good := interp("requires improvement"), interp("inadequate"), interp("good")
	small := func(c economy.Citation) economy.Citation {
		c.Note += "; 1 for 1-3 ratings so that a single rating aggregates to itself"
		return c
	}
	out := citeCQCTrustPrinciples
	return CQCParams{
		Rows: []CQCCountRow{
			{Min: 1, Outstanding: 1, RequiresImprovement: 1, Inadequate: 1, OutstandingCitation: out,
				GoodCitation: small(good), RequiresImprovementCitation: small(ri), InadequateCitation: small(inad)},
			{Min: 4, Outstanding: 2, RequiresImprovement: 2, Inadequate: 2, OutstandingCitation: out,
				GoodCitation: good, RequiresImprovementCitation: ri, InadequateCitation: inad},
			{Min: 9, Outstanding: 3, RequiresImprovement: 2, Inadequate: 2, OutstandingCitation: out,
				GoodCitation: good, RequiresImprovementCitation: ri, InadequateCitation: inad},
		},
		BreachCitation:   citeCQCSocialCare,
		Residual:         economy.RequiresImprovement,
		ResidualCitation: unverified("Ratings principles", "CQC", 0, "", "one inadequate with four good normally gives requires improvement"),
		LimiterCitation:  citeCQCTrustPrinciples,
	}
}

// SocialCareCQCParams returns the adult social care principles (CQC, 12
// May 2022, VERIFIED): any breach caps the overall rating at requires
// improvement; outstanding needs 2 outstanding and the rest good; good
// needs no inadequate and at most one requires improvement; 2 requires
// improvement give requires improvement; 2 inadequate give inadequate. They
// are written for five key questions; Residual is FROM MEMORY as in
// [DefaultCQCParams].
func SocialCareCQCParams() CQCParams {
	c := citeCQCSocialCare
	p := DefaultCQCParams()
	p.Rows = []CQCCountRow{{Min: 1, Outstanding: 2, RequiresImprovement: 2, Inadequate: 2,
		OutstandingCitation: c, GoodCitation: c, RequiresImprovementCitation: c, InadequateCitation: c}}
	p.BreachLimitsOverall = true
	return p
}

// withDefaults fills the fields left unset with those of
// DefaultCQCParams: no rows, a residual that is not a rating and zero
// citations. BreachLimitsOverall is false by default, so it needs no
// filling.
func (p CQCParams) withDefaults() CQCParams {
	d := lazy(DefaultCQCParams)
	fill(&p.Rows, func(rs []CQCCountRow) bool { return len(rs) == 0 }, func() []CQCCountRow { return d().Rows })
	fill(&p.BreachCitation, zeroCitation, func() economy.Citation { return d().BreachCitation })
	fillZero(&p.Residual, economy.RequiresImprovement)
	fill(&p.ResidualCitation, zeroCitation, func() economy.Citation { return d().ResidualCitation })
	fill(&p.LimiterCitation, zeroCitation, func() economy.Citation { return d().LimiterCitation })
	return p
}

// Validate reports whether p, after defaults are filled in, can
// aggregate: rows in ascending order from 1, counts of at least one, and a
// residual that is a rating.
func (p CQCParams) Validate() error {
	p = p.withDefaults()
	var probs []string
	if len(p.Rows) == 0 || p.Rows[0].Min != 1 {
		probs = append(probs, "the first row must start at 1 rating")
	}
	for i, r := range p.Rows {
		if i > 0 && r.Min <= p.Rows[i-1].Min {
			probs = append(probs, "row "+strconv.Itoa(i)+" does not start after the row before it")
		}
		if r.Outstanding < 1 || r.RequiresImprovement < 1 || r.Inadequate < 1 {
			probs = append(probs, "row "+strconv.Itoa(i)+" has a count below 1")
		}
	}
	if !p.Residual.Known() {
		probs = append(probs, "residual is not a rating")
	}
	if len(probs) > 0 {
		return &TableError{Metric: "CQC count table", Problems: probs}
	}
	return nil
}

// row returns the row for n underlying ratings; p is valid.
func (p CQCParams) row(n int) CQCCountRow {
	r := p.Rows[0]
	for _, x := range p.Rows {
		if n >= x.Min {
			r = x
		}
	}
	return r
}
