package economy

import (
	"github.com/shopspring/decimal"

	"github.com/failregime/failregime/internal/enum"
)

// ObligationKind is what a regime asks of, or gives to, an area: the
// success regime's plans, funding, partners and accountability. The zero
// value is unknown.
type ObligationKind uint8

// Kinds of obligation.
const (
	ObligationKindUnknown ObligationKind = iota
	ShortTermPlan                        // a single plan against agreed quality, performance and financial metrics
	TransformationPlan                   // a medium-term transformation plan
	NewCareModel                         // a new care model the plan adopts (Model names it)
	TransitionalFunding                  // money given on conditions (Amount, Condition)
	SupportPartner                       // support from a high-performing economy or organisation (Partners)
	SingleAccountability                 // one accountability mechanism across the national bodies
	LocalGovernmentAndCQC                // LGA and CQC involvement
	LeadersUnderDirection                // leaders kept in post, or appointed, under direction
)

var obligationKindWords = enum.New("ObligationKind", "unknown", "short_term_plan", "transformation_plan", "new_care_model",
	"transitional_funding", "support_partner", "single_accountability", "local_government_and_cqc", "leaders_under_direction")

// String returns the kind's lower snake word.
func (k ObligationKind) String() string { return obligationKindWords.Name(uint8(k)) }

// MarshalText encodes k as its word.
func (k ObligationKind) MarshalText() ([]byte, error) { return obligationKindWords.Marshal(uint8(k)) }

// Valid reports whether k is one of the ObligationKind constants.
func (k ObligationKind) Valid() bool { return obligationKindWords.Valid(uint8(k)) }

// UnmarshalText decodes a word; an unknown word is an *EnumError.
func (k *ObligationKind) UnmarshalText(b []byte) error {
	return enum.Unmarshal(obligationKindWords, b, k)
}

// ObligationStatus is where an obligation stood, as a dated event. The
// zero value is unknown.
type ObligationStatus uint8

// Obligation statuses.
const (
	ObligationStatusUnknown ObligationStatus = iota
	ObligationRequired                       // asked for, not yet done
	ObligationAgreed                         // a plan agreed, a partner signed up, a condition set
	ObligationInProgress                     // under way
	ObligationDelivered                      // done: a plan published, a model running
	ObligationReleased                       // funding paid out
	ObligationWithheld                       // funding held back, a condition not met
	ObligationMissed                         // a deadline passed undone
)

var obligationStatusWords = enum.New("ObligationStatus", "unknown", "required", "agreed", "in_progress", "delivered",
	"released", "withheld", "missed")

// String returns the status's lower snake word.
func (s ObligationStatus) String() string { return obligationStatusWords.Name(uint8(s)) }

// MarshalText encodes s as its word.
func (s ObligationStatus) MarshalText() ([]byte, error) {
	return obligationStatusWords.Marshal(uint8(s))
}

// Valid reports whether s is one of the ObligationStatus constants.
func (s ObligationStatus) Valid() bool { return obligationStatusWords.Valid(uint8(s)) }

// UnmarshalText decodes a word; an unknown word is an *EnumError.
func (s *ObligationStatus) UnmarshalText(b []byte) error {
	return enum.Unmarshal(obligationStatusWords, b, s)
}

// Obligation is one thing a regime asked of, or gave to, an area, with
// what became of it: a short-term plan, transitional funding of £6.4m on
// conditions, a partner economy. Its events say, dated, how it stood.
type Obligation struct {
	Kind   ObligationKind `json:"kind"`
	Regime Regime         `json:"regime"` // the regime that brought it, e.g. success_regime
	// Model names a new care model: multispecialty community provider,
	// primary and acute care system, enhanced health in care homes,
	// viable smaller hospital, or another the record names.
	Model     string              `json:"model,omitempty"`
	Amount    decimal.NullDecimal `json:"amount,omitzero"` // pounds, for funding
	Condition string              `json:"condition,omitempty"`
	Partners  []string            `json:"partners,omitempty"` // organisations or areas, by ID or name
	Due       Date                `json:"due,omitzero"`
	Events    []ObligationEvent   `json:"events,omitempty"`
	Note      string              `json:"note,omitempty"`
	Source    *Citation           `json:"source"`
}

// ObligationEvent is one dated step of an obligation.
type ObligationEvent struct {
	Date   Date             `json:"date"`
	Status ObligationStatus `json:"status"`
	Note   string           `json:"note,omitempty"`
	Source *Citation        `json:"source,omitempty"`
}

// StatusOn returns the latest event dated on or before date (on a tie,
// the one listed last), and false when none is: nothing was recorded of
// the obligation by then.
func (o *Obligation) StatusOn(date Date) (ObligationEvent, bool) {
	e, ok := latest(o.Events, date, func(x *ObligationEvent) Date { return x.Date })
	if !ok {
		return ObligationEvent{}, false
	}
	return *e, true
}

func (p *problems) obligations(path string, os []Obligation) {
	for i, o := range os {
		opath := p.index(path, i)
		enumValue(p, p.join(opath, "kind"), o.Kind, true)
		enumValue(p, p.join(opath, "regime"), o.Regime, true)
		p.nonNegative(p.join(opath, "amount"), o.Amount)
		if o.Amount.Valid && o.Kind != TransitionalFunding {
			p.add(p.join(opath, "amount"), "is only for transitional_funding")
		}
		if o.Model != "" && o.Kind != NewCareModel {
			p.add(p.join(opath, "model"), "is only for new_care_model")
		}
		for j, partner := range o.Partners {
			p.required(p.index(p.join(opath, "partners"), j), partner)
		}
		p.date(p.join(opath, "due"), o.Due, false)
		for j, e := range o.Events {
			epath := p.index(p.join(opath, "events"), j)
			p.date(p.join(epath, "date"), e.Date, true)
			enumValue(p, p.join(epath, "status"), e.Status, true)
			if e.Source != nil {
				p.citation(p.join(epath, "source"), *e.Source)
			}
		}
		if o.Source == nil {
			p.add(p.join(opath, "source"), "is required: an obligation is a fact of record")
		} else {
			p.citation(p.join(opath, "source"), *o.Source)
		}
	}
}
