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

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (a *AssuranceRating) UnmarshalText(b []byte) error { return enum.Unmarshal(assuranceWords, b, a) }

// Assessment is one published assurance rating for a period.
type Assessment struct {
	Period Period          `json:"period"`
	Rating AssuranceRating `json:"rating"`
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
	Period         Period              `json:"period"`
	Allocation     decimal.NullDecimal `json:"allocation,omitzero"`
	Surplus        decimal.NullDecimal `json:"surplus,omitzero"` // negative: deficit
	PlannedSurplus decimal.NullDecimal `json:"planned_surplus,omitzero"`
}

// Commissioner is a body that buys care for a population.
type Commissioner struct {
	ID          string                `json:"id"` // ODS code, e.g. "01H" for NHS Cumbria CCG
	Name        string                `json:"name"`
	Kind        CommissionerKind      `json:"kind"`
	Population  *int64                `json:"population,omitempty"`
	Allocation  decimal.NullDecimal   `json:"allocation,omitzero"` // annual allocation in pounds
	Assessments []Assessment          `json:"assessments,omitempty"`
	Ratings     []PublishedRating     `json:"ratings,omitempty"` // published ratings and segments, e.g. an ICB's segment
	Directions  []Direction           `json:"directions,omitempty"`
	Finance     []CommissionerFinance `json:"finance,omitempty"`
	Spells      []Spell               `json:"spells,omitempty"`
	Sources     []Citation            `json:"sources,omitempty"`
}

// LatestAssessment returns the assessment whose period ends latest on or
// before date.
func (c *Commissioner) LatestAssessment(date Date) (*Assessment, bool) {
	return latest(c.Assessments, date, func(a *Assessment) Date { return a.Period.To })
}

// LatestFinance returns the finance whose period ends latest on or before
// date.
func (c *Commissioner) LatestFinance(date Date) (*CommissionerFinance, bool) {
	return latest(c.Finance, date, func(f *CommissionerFinance) Date { return f.Period.To })
}
