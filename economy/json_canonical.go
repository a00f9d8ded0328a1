package economy

import "github.com/failregime/failregime/internal/canonjson"

// The types below hold decimals. Each marshals through canonjson, so that
// its JSON writes every decimal in the one canonical form whatever
// shopspring/decimal's process-wide settings (MarshalJSONWithoutQuotes,
// TrimTrailingZeros, UseScientificNotation) say. The field names and
// options are those of the json tags, as with encoding/json.

// MarshalJSON writes x with canonical decimals.
func (x Accounts) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Alternative) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Asset) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Commissioner) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x CommissionerFinance) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Economy) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Performance) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Provider) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Service) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x SystemFinance) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Obligation) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }

// MarshalJSON writes x with canonical decimals.
func (x Workforce) MarshalJSON() ([]byte, error) { return canonjson.Fields(x) }
