package economy

import "github.com/failregime/failregime/internal/enum"

// CQCActionKind is a step CQC takes under its registration powers (Health
// and Social Care Act 2008, registration of NHS bodies from 1 April 2010).
// The zero value is unknown.
type CQCActionKind uint8

// CQC actions, least severe first.
const (
	CQCActionKindUnknown         CQCActionKind = iota
	ComplianceAction                           // a compliance action: improvement required (2010-2015)
	RequirementNotice                          // a requirement notice after a breach of regulation (from April 2015)
	WarningNotice                              // a warning notice (s.29; not for NHS trusts or foundation trusts from the Care Act 2014, s.29(1A))
	SignificantImprovementNotice               // a warning notice that significant improvement is needed (s.29A, NHS trusts and foundation trusts, inserted by Care Act 2014 s.82, in force about 1 October 2014)
	RegistrationConditions                     // conditions imposed or varied on registration (s.12; urgently, s.31)
	RegistrationSuspended                      // registration suspended (urgently, s.31; the section of the ordinary power was not read)
	RegistrationCancelled                      // registration cancelled (s.17; urgently, by a justice of the peace, s.30)
)

var cqcActionKindWords = enum.New("CQCActionKind",
	"unknown", "compliance_action", "requirement_notice", "warning_notice",
	"significant_improvement_notice", "registration_conditions", "registration_suspended", "registration_cancelled")

// String returns the kind's lower snake word.
func (k CQCActionKind) String() string { return cqcActionKindWords.Name(uint8(k)) }

// MarshalText encodes k as its word.
func (k CQCActionKind) MarshalText() ([]byte, error) { return cqcActionKindWords.Marshal(uint8(k)) }

// Valid reports whether k is one of the CQCActionKind constants.
func (k CQCActionKind) Valid() bool { return cqcActionKindWords.Valid(uint8(k)) }

// UnmarshalText decodes a word; an unknown word is an *EnumError.
func (k *CQCActionKind) UnmarshalText(b []byte) error {
	return enum.Unmarshal(cqcActionKindWords, b, k)
}

// Enforcement reports whether k is enforcement action (a warning notice or
// worse), rather than a requirement to improve.
func (k CQCActionKind) Enforcement() bool {
	return k >= WarningNotice && cqcActionKindWords.Valid(uint8(k))
}

// CQCAction is one action CQC took about a provider's registration, from
// the day it was issued to the day it was met, lifted or withdrawn (zero:
// still in force).
type CQCAction struct {
	Kind     CQCActionKind `json:"kind"`
	Start    Date          `json:"start"`
	End      Date          `json:"end,omitzero"`
	Location string        `json:"location,omitempty"`
	Note     string        `json:"note,omitempty"`
	Source   *Citation     `json:"source,omitempty"`
}

// InForce reports whether the action covers date.
func (a CQCAction) InForce(date Date) bool {
	return !a.Start.IsZero() && !date.Before(a.Start) && (a.End.IsZero() || date.Before(a.End))
}

// cqcFrom is the day the Care Quality Commission replaced the Healthcare
// Commission (CQC, "New care regulator commends NHS progress on infection
// control", 3 April 2009): no CQC action can be older.
var cqcFrom = MustDate("2009-04-01")

func (p *problems) cqcActions(path string, as []CQCAction) {
	for i, a := range as {
		apath := p.index(path, i)
		enumValue(p, p.join(apath, "kind"), a.Kind, true)
		p.span(p.join(apath, "start"), a.Start, true, p.join(apath, "end"), a.End, false)
		if a.Start.Valid() && a.Start.Before(cqcFrom) {
			p.add(p.join(apath, "start"), "must not be before %s, when the Care Quality Commission was established", cqcFrom)
		}
		if a.Source != nil {
			p.citation(p.join(apath, "source"), *a.Source)
		}
	}
}
