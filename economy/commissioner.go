package economy

import (
	"github.com/failregime/failregime/internal/enum"
	"github.com/shopspring/decimal"
)

// CommissionerKind is the kind of body that buys care.
type CommissionerKind uint8

// Commissioner kinds. The zero value means not given.
const (
	CommissionerKindUnknown CommissionerKind = iota
	PCT                                      // primary care trust, to 31 March 2013
	CCG                                      // clinical commissioning group, 1 April 2013 - 30 June 2022
	ICB                                      // integrated care board, from 1 July 2022
	NHSEngland                               // NHS England direct commissioning
	Council                                  // local authority: public health and social care
)

var commissionerKindWords = enum.New("CommissionerKind",
	"unknown", "pct", "ccg", "icb", "nhs_england", "local_authority",
)

// String returns the lower snake word of the CommissionerKind.
func (k CommissionerKind) String() string { return commissionerKindWords.Name(uint8(k)) }

// MarshalText encodes the CommissionerKind as its lower snake word.
func (k CommissionerKind) MarshalText() ([]byte, error) {
	return commissionerKindWords.Marshal(uint8(k))
}

// Valid reports whether k is one of the CommissionerKind constants.
func (k CommissionerKind) Valid() bool { return commissionerKindWords.Valid(uint8(k)) }

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (k *CommissionerKind) UnmarshalText(b []byte) error {
	return enum.Unmarshal(commissionerKindWords, b, k)
}

// AssuranceRating is NHS England's published assessment of a CCG. The words
// changed over the years: 2013/14-2014/15 used three assurance categories,
// 2015/16 onwards the CQC-style four-point scale.
type AssuranceRating uint8

// Assurance ratings. The zero value means not given.
const (
	AssuranceRatingUnknown AssuranceRating = iota
	Assured
	AssuredWithSupport
	NotAssured
	AssuranceOutstanding
	AssuranceGood
	AssuranceRequiresImprovement
	AssuranceInadequate
)

var assuranceWords = enum.New("AssuranceRating",
	"unknown", "assured", "assured_with_support", "not_assured",
	"outstanding", "good", "requires_improvement", "inadequate",
)

// String returns the lower snake word of the AssuranceRating.
func (a AssuranceRating) String() string { return assuranceWords.Name(uint8(a)) }

// MarshalText encodes the AssuranceRating as its lower snake word.
func (a AssuranceRating) MarshalText() ([]byte, error) { return assuranceWords.Marshal(uint8(a)) }

// Valid reports whether a is one of the AssuranceRating constants.
func (a AssuranceRating) Valid() bool { return assuranceWords.Valid(uint8(a)) }

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (a *AssuranceRating) UnmarshalText(b []byte) error { return enum.Unmarshal(assuranceWords, b, a) }

// Assurance is one assurance rating NHS England published about a
// commissioner: a typed view of a PublishedRating of scheme ccg_assurance.
type Assurance struct {
	Period    Period
	Rating    AssuranceRating
	Published Date
	Source    *Citation
}

// Direction is a legal direction to a commissioner, for example under NHS
// Act 2006 s.14Z21.
type Direction struct {
	Issued      Date   `json:"issued"`
	Revoked     Date   `json:"revoked,omitzero"`
	Section     string `json:"section,omitempty"` // e.g. "s14Z21"
	Description string `json:"description,omitempty"`
}

// InForce reports whether the direction applies on date.
func (d Direction) InForce(date Date) bool {
	return !d.Issued.IsZero() && !date.Before(d.Issued) && (d.Revoked.IsZero() || date.Before(d.Revoked))
}

// CommissionerFinance is a commissioner's financial position for a period.
type CommissionerFinance struct {
	Period Period `json:"period"`
	// Published is the day the outturn (Surplus) was published; see
	// [Accounts.Published].
	Published      Date                `json:"published,omitzero"`
	Allocation     decimal.NullDecimal `json:"allocation,omitzero"`
	Surplus        decimal.NullDecimal `json:"surplus,omitzero"` // negative: deficit
	PlannedSurplus decimal.NullDecimal `json:"planned_surplus,omitzero"`
}

// Commissioner is a body that buys care for a population.
type Commissioner struct {
	ID         string              `json:"id"` // ODS code, e.g. "01H" for NHS Cumbria CCG
	Name       string              `json:"name"`
	Kind       CommissionerKind    `json:"kind"`
	Population *int64              `json:"population,omitempty"`
	Allocation decimal.NullDecimal `json:"allocation,omitzero"` // annual allocation in pounds
	// Ratings are the ratings and segments published about the
	// commissioner: CCG assurance (scheme ccg_assurance), an ICB's segment.
	Ratings    []PublishedRating     `json:"ratings,omitempty"`
	Directions []Direction           `json:"directions,omitempty"`
	Finance    []CommissionerFinance `json:"finance,omitempty"`
	Spells     []Spell               `json:"spells,omitempty"`
	Sources    []Citation            `json:"sources,omitempty"`
}

// LatestAssessment returns the latest assurance rating published on or
// before date: the one rating the latest period, as a reader on that day
// could know it.
func (c *Commissioner) LatestAssessment(date Date) (Assurance, bool) {
	r, ok := LatestRating(c.Ratings, CCGAssurance, date)
	if !ok {
		return Assurance{}, false
	}
	return assuranceOf(r)
}

// AssuranceFor returns the assurance rating for the period ending on to,
// if one was published on or before date.
func (c *Commissioner) AssuranceFor(to, date Date) (Assurance, bool) {
	for i := range c.Ratings {
		r := &c.Ratings[i]
		if r.Scheme == CCGAssurance && r.Period.To == to && !r.Published.IsZero() && !r.Published.After(date) {
			return assuranceOf(r)
		}
	}
	return Assurance{}, false
}

func assuranceOf(r *PublishedRating) (Assurance, bool) {
	var a AssuranceRating
	if a.UnmarshalText([]byte(r.Value)) != nil || a == AssuranceRatingUnknown {
		return Assurance{}, false
	}
	return Assurance{Period: r.Period, Rating: a, Published: r.Published, Source: r.Source}, true
}

// LatestFinance returns the finance, of those whose outturn was known on
// date, whose period ends latest.
func (c *Commissioner) LatestFinance(date Date) (*CommissionerFinance, bool) {
	return latest(c.Finance, date, func(f *CommissionerFinance) Date {
		if !f.FiguresKnown(date) {
			return Date{}
		}
		return f.Period.To
	})
}
