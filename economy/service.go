package economy

import (
	"github.com/failregime/failregime/internal/enum"
	"github.com/shopspring/decimal"
)

// Designation is how commissioners have protected a service against the
// failure of its provider (Monitor, Guidance for commissioners on ensuring
// the continuity of health care services, 28 March 2013).
type Designation uint8

// Designations. DesignationNone is a published "not designated"; the zero
// value means nobody said.
const (
	DesignationUnknown Designation = iota
	DesignationNone
	CommissionerRequested // Commissioner Requested Service (CRS), licence condition CoS1
	LocationSpecific      // Location Specific Service (NHS trusts, before the licence)
)

var designationWords = enum.New("Designation",
	"unknown", "none", "commissioner_requested", "location_specific",
)

// String returns the lower snake word of the Designation.
func (d Designation) String() string { return designationWords.Name(uint8(d)) }

// MarshalText encodes the Designation as its lower snake word.
func (d Designation) MarshalText() ([]byte, error) { return designationWords.Marshal(uint8(d)) }

// Valid reports whether d is one of the Designation constants.
func (d Designation) Valid() bool { return designationWords.Valid(uint8(d)) }

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (d *Designation) UnmarshalText(b []byte) error { return enum.Unmarshal(designationWords, b, d) }

// IsDesignated reports whether d protects the service (CRS or LSS).
func (d Designation) IsDesignated() bool {
	return d == CommissionerRequested || d == LocationSpecific
}

// Service is something a provider delivers that commissioners buy, such as
// "accident and emergency at Cumberland Infirmary".
type Service struct {
	ID          string      `json:"id"`
	Name        string      `json:"name"`
	Category    string      `json:"category,omitempty"` // e.g. "urgent_and_emergency", "maternity"
	Location    string      `json:"location,omitempty"` // site name
	Designation Designation `json:"designation,omitempty"`
	// Commissioners are the IDs of the commissioners in the economy who buy
	// this service.
	Commissioners []string `json:"commissioners,omitempty"`
	// Alternatives are the providers that could take the service over.
	Alternatives []Alternative `json:"alternatives,omitempty"`
	// The designation tests of Monitor's 2013 guidance, as commissioners
	// judged them. nil means not assessed.
	WidensInequalities *bool `json:"widens_inequalities,omitempty"` // removing it would increase health inequalities
	DependentsUnviable *bool `json:"dependents_unviable,omitempty"` // removing it would make related services unviable
	SystemicImportance *bool `json:"systemic_importance,omitempty"` // regionally or nationally important
	// Dependents are IDs of this provider's services that need this one.
	Dependents []string `json:"dependents,omitempty"`
	// AnnualValue is what commissioners pay for it a year, in pounds.
	AnnualValue decimal.NullDecimal `json:"annual_value,omitzero"`
}

// Alternative is a provider that could take a service over, and how far
// away it is. ProviderID names a provider in the same economy.
type Alternative struct {
	ProviderID  string              `json:"provider_id"`
	DistanceKm  decimal.NullDecimal `json:"distance_km,omitzero"` // road distance from the current site
	TravelMins  decimal.NullDecimal `json:"travel_minutes,omitzero"`
	HasCapacity *bool               `json:"has_capacity,omitempty"` // could absorb the activity
}
