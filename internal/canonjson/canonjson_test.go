package canonjson_test

import (
	"encoding/json"
	"testing"

	"github.com/failregime/failregime/internal/canonjson"
	"github.com/failregime/failregime/internal/golden"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type word uint8

func (w word) MarshalText() ([]byte, error) { return []byte([]string{"zero", "one"}[w]), nil }

type inner struct {
	Note string `json:"note,omitempty"`
}

type date struct{ Y int }

func (d date) IsZero() bool { return d.Y == 0 }

func (d date) MarshalText() ([]byte, error) { return []byte("y" + string(rune('0'+d.Y))), nil }

type sample struct {
	inner
	Name    string              `json:"name"`
	Amount  decimal.Decimal     `json:"amount"`
	Maybe   decimal.NullDecimal `json:"maybe,omitzero"`
	Missing decimal.NullDecimal `json:"missing,omitzero"`
	Word    word                `json:"word"`
	When    date                `json:"when,omitzero"`
	Never   date                `json:"never,omitzero"`
	List    []decimal.Decimal   `json:"list,omitempty"`
	Empty   []string            `json:"empty,omitempty"`
	Ptr     *inner              `json:"ptr,omitempty"`
	Map     map[string]int      `json:"map"`
	Skip    string              `json:"-"`
}

// Canonical output equals encoding/json's under decimal's default
// settings, and stays the same when the settings change.
func TestMarshalMatchesEncodingJSONAndIgnoresGlobals(t *testing.T) {
	v := sample{inner: inner{Note: "n"}, Name: "<a>", Amount: decimal.RequireFromString("1.50"),
		Maybe: decimal.NewNullDecimal(decimal.RequireFromString("-2.000")), Word: 1, When: date{3},
		List: []decimal.Decimal{decimal.RequireFromString("1e3")}, Ptr: &inner{}, Map: map[string]int{"b": 2, "a": 1}}
	want, err := json.Marshal(v)
	require.NoError(t, err)
	got, err := canonjson.Marshal(v)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
	golden.FlipDecimalGlobals(t)
	again, err := canonjson.Marshal(v)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(again))
	fields, err := canonjson.Fields(&v)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(fields))
}
