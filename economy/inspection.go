package economy

import "github.com/failregime/failregime/internal/enum"

// CQCRating is a rating on the Care Quality Commission's four-point scale.
// The order of the constants is the order of the scale, best first, so
// that a larger value is a worse rating.
type CQCRating uint8

// CQC ratings. The zero value means not rated (or not published).
const (
	CQCRatingUnknown CQCRating = iota
	Outstanding
	Good
	RequiresImprovement
	Inadequate
)

var cqcRatingWords = enum.New("CQCRating",
	"unknown", "outstanding", "good", "requires_improvement", "inadequate",
)

// String returns the lower snake word of the CQCRating.
func (r CQCRating) String() string { return cqcRatingWords.Name(uint8(r)) }

// MarshalText encodes the CQCRating as its lower snake word.
func (r CQCRating) MarshalText() ([]byte, error) { return cqcRatingWords.Marshal(uint8(r)) }

// Valid reports whether r is one of the CQCRating constants.
func (r CQCRating) Valid() bool { return cqcRatingWords.Valid(uint8(r)) }

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (r *CQCRating) UnmarshalText(b []byte) error { return enum.Unmarshal(cqcRatingWords, b, r) }

// Known reports whether r is one of the four ratings.
func (r CQCRating) Known() bool { return r >= Outstanding && r <= Inadequate }

// WorseThan reports whether r and s are both known and r is worse than s.
func (r CQCRating) WorseThan(s CQCRating) bool { return r.Known() && s.Known() && r > s }

// CQCRatings lists the four ratings, best first.
func CQCRatings() []CQCRating {
	return []CQCRating{Outstanding, Good, RequiresImprovement, Inadequate}
}

// KeyQuestion is one of CQC's five key questions.
type KeyQuestion uint8

// The five key questions, in CQC's order. The zero value means not given.
const (
	KeyQuestionUnknown KeyQuestion = iota
	Safe
	Effective
	Caring
	Responsive
	WellLed
)

var keyQuestionWords = enum.New("KeyQuestion",
	"unknown", "safe", "effective", "caring", "responsive", "well_led",
)

// String returns the lower snake word of the KeyQuestion.
func (q KeyQuestion) String() string { return keyQuestionWords.Name(uint8(q)) }

// MarshalText encodes the KeyQuestion as its lower snake word.
func (q KeyQuestion) MarshalText() ([]byte, error) { return keyQuestionWords.Marshal(uint8(q)) }

// Valid reports whether q is one of the KeyQuestion constants.
func (q KeyQuestion) Valid() bool { return keyQuestionWords.Valid(uint8(q)) }

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (q *KeyQuestion) UnmarshalText(b []byte) error { return enum.Unmarshal(keyQuestionWords, b, q) }

// KeyQuestions lists the five key questions in CQC's order.
func KeyQuestions() []KeyQuestion { return []KeyQuestion{Safe, Effective, Caring, Responsive, WellLed} }

// KeyQuestionRatings are the ratings of the five key questions.
type KeyQuestionRatings struct {
	Safe       CQCRating `json:"safe,omitempty"`
	Effective  CQCRating `json:"effective,omitempty"`
	Caring     CQCRating `json:"caring,omitempty"`
	Responsive CQCRating `json:"responsive,omitempty"`
	WellLed    CQCRating `json:"well_led,omitempty"`
}

// Get returns the rating of key question q.
func (k KeyQuestionRatings) Get(q KeyQuestion) CQCRating {
	switch q {
	case Safe:
		return k.Safe
	case Effective:
		return k.Effective
	case Caring:
		return k.Caring
	case Responsive:
		return k.Responsive
	case WellLed:
		return k.WellLed
	}
	return CQCRatingUnknown
}

// All returns the five ratings in CQC's order.
func (k KeyQuestionRatings) All() [5]CQCRating {
	return [5]CQCRating{k.Safe, k.Effective, k.Caring, k.Responsive, k.WellLed}
}

// Count returns how many key questions are rated r.
func (k KeyQuestionRatings) Count(r CQCRating) int {
	n := 0
	for _, x := range k.All() {
		if x == r {
			n++
		}
	}
	return n
}

// InspectionScope is the level a CQC rating applies to.
type InspectionScope uint8

// Inspection scopes. The zero value means not given.
const (
	InspectionScopeUnknown InspectionScope = iota
	ScopeProvider                          // trust (or provider) level
	ScopeLocation                          // one hospital or site
	ScopeService                           // one core service at a location
)

var inspectionScopeWords = enum.New("InspectionScope",
	"unknown", "provider", "location", "service",
)

// String returns the lower snake word of the InspectionScope.
func (s InspectionScope) String() string { return inspectionScopeWords.Name(uint8(s)) }

// MarshalText encodes the InspectionScope as its lower snake word.
func (s InspectionScope) MarshalText() ([]byte, error) { return inspectionScopeWords.Marshal(uint8(s)) }

// Valid reports whether s is one of the InspectionScope constants.
func (s InspectionScope) Valid() bool { return inspectionScopeWords.Valid(uint8(s)) }

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (s *InspectionScope) UnmarshalText(b []byte) error {
	return enum.Unmarshal(inspectionScopeWords, b, s)
}

// Inspection is a CQC inspection and the ratings it published.
type Inspection struct {
	Scope     InspectionScope    `json:"scope,omitempty"`
	Location  string             `json:"location,omitempty"` // for location and service scope
	Started   Date               `json:"started,omitzero"`
	Published Date               `json:"published,omitzero"` // date the report was published
	Ratings   KeyQuestionRatings `json:"ratings,omitzero"`
	Overall   CQCRating          `json:"overall,omitempty"` // the published overall rating
	// UseOfResources is the NHS Improvement / CQC use of resources rating
	// (from 2018).
	UseOfResources     CQCRating `json:"use_of_resources,omitempty"`
	RequirementNotices []Notice  `json:"requirement_notices,omitempty"`
	WarningNotices     []Notice  `json:"warning_notices,omitempty"`
	// RecommendsSpecialMeasures records the Chief Inspector's
	// recommendation that the trust be placed in special measures. False
	// records that the report did not recommend it: by default (parameter
	// provider.qsm_recommendation_decides of package regime/england) that
	// decides over the ratings, even two inadequate including well-led;
	// leave it nil when the report says nothing either way.
	RecommendsSpecialMeasures *bool `json:"recommends_special_measures,omitempty"`
	// Pending marks an inspection under way whose report is not yet
	// published: its ratings are not facts yet.
	Pending bool `json:"pending,omitempty"`
}

// Notice is a requirement notice or warning notice CQC issued after a
// breach of regulation, linked to the key question it limits.
type Notice struct {
	KeyQuestion KeyQuestion `json:"key_question,omitempty"`
	Regulation  string      `json:"regulation,omitempty"` // e.g. "Regulation 12"
	Issued      Date        `json:"issued,omitzero"`
}
