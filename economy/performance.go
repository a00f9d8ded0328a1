package economy

import "github.com/shopspring/decimal"

// Performance is a provider's results against the operational standards for
// one period. Every figure is a percentage of patients (0 to 100), as the
// standards are written: 95 means 95%. Diagnostics is the exception: it is
// the share waiting longer than six weeks, where lower is better.
type Performance struct {
	Period Period `json:"period"`

	AE4Hours             decimal.NullDecimal `json:"ae_4_hours,omitzero"`              // seen, admitted or discharged within 4 hours
	RTTIncomplete18Weeks decimal.NullDecimal `json:"rtt_incomplete_18_weeks,omitzero"` // incomplete pathways within 18 weeks
	RTTAdmitted18Weeks   decimal.NullDecimal `json:"rtt_admitted_18_weeks,omitzero"`
	RTTNonAdmitted18Wks  decimal.NullDecimal `json:"rtt_non_admitted_18_weeks,omitzero"`
	Cancer2WeekWait      decimal.NullDecimal `json:"cancer_2_week_wait,omitzero"`
	Cancer31Day          decimal.NullDecimal `json:"cancer_31_day,omitzero"`
	Cancer62Day          decimal.NullDecimal `json:"cancer_62_day,omitzero"`
	Cancer28DayFDS       decimal.NullDecimal `json:"cancer_28_day_fds,omitzero"` // faster diagnosis standard
	DiagnosticsOver6Wks  decimal.NullDecimal `json:"diagnostics_over_6_weeks,omitzero"`
	AmbulanceCatA8Min    decimal.NullDecimal `json:"ambulance_cat_a_8_minutes,omitzero"`
	// CDifficileCases and CDifficileObjective are counts, not percentages:
	// the cases of C. difficile infection attributed to the provider in
	// the period, and its objective (trajectory) for the period.
	CDifficileCases     decimal.NullDecimal `json:"cdiff_cases,omitzero"`
	CDifficileObjective decimal.NullDecimal `json:"cdiff_objective,omitzero"`
	// Other holds further measures by name, so that a user can carry a
	// metric this library does not model yet without losing it.
	Other map[string]decimal.Decimal `json:"other,omitempty"`
}
