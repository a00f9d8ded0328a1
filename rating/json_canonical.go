package rating

import "github.com/failregime/failregime/internal/canonjson"

// The types below hold decimals. Each marshals through canonjson, so that
// its JSON writes every decimal in the one canonical form whatever
// shopspring/decimal's process-wide settings (MarshalJSONWithoutQuotes,
// TrimTrailingZeros, UseScientificNotation) say. The field names and
// options are those of the json tags, as with encoding/json.

// MarshalJSON writes x with canonical decimals.
func (x Bands) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x CoSRRInput) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x CoSRRParams) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Combination) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Cut) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x FRRInput) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x FRRParams) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x FRRWeights) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x FSRRInput) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x FSRRParams) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x FSRRWeights) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x GovernanceParams) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x GovernanceTarget) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Input) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Metric) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x NHSPFInput) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x NHSPFParams) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x NHSPFWeights) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x NOF2025Input) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x NOF2025Score) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x NOF2026Input) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x NOF2026Params) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Result) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x SOFFinanceInput) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x SOFFinanceParams) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x SOFSegmentParams) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x SOFWeights) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Standard) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x StandardOutcome) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x StandardsParams) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x NOF2025Row) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }
