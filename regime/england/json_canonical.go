package england

import "github.com/failregime/failregime/internal/canonjson"

// The types below hold decimals. Each marshals through canonjson, so that
// its JSON writes every decimal in the one canonical form whatever
// shopspring/decimal's process-wide settings (MarshalJSONWithoutQuotes,
// TrimTrailingZeros, UseScientificNotation) say. The field names and
// options are those of the json tags, as with encoding/json.

// MarshalJSON writes x with canonical decimals.
func (x Register) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x RegisterEntry) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }
