package jsontree_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/internal/patherr"
)

// bound is a CheckDecimal like economy's: at most 1e15, 30 places.
func bound(d decimal.Decimal) error {
	switch {
	case d.Exponent() < -30:
		return errors.New("must not have more than 30 decimal places")
	case d.Exponent() > 15 || d.Abs().GreaterThan(decimal.New(1, 15)):
		return errors.New("is out of range: must not exceed 1e15 in absolute value")
	}
	return nil
}

// decodeOne reads doc, a one-member object {"v": ...}, and runs f on the
// member with a fresh decoder, returning every problem rendered.
func decodeOne(t *testing.T, doc string, f func(d *jsontree.Decoder, n *jsontree.Node)) []string {
	t.Helper()
	l := patherr.NewList(100)
	root := jsontree.Read([]byte(`{"v": `+doc+`}`), jsontree.Options{Object: true}, l)
	require.NotNil(t, root, "%v", l.Err())
	f(&jsontree.Decoder{List: l, MaxNumberLength: 100, CheckDecimal: bound}, root.Get("v"))
	var got []string
	for _, e := range patherr.All(l.Err()) {
		got = append(got, e.Error())
	}
	return got
}

func TestDecoderNumbers(t *testing.T) {
	integer := func(d *jsontree.Decoder, n *jsontree.Node) { d.Int(n, 64) }
	dec := func(d *jsontree.Decoder, n *jsontree.Node) { d.Decimal(n) }
	tests := []struct {
		name string
		doc  string
		f    func(*jsontree.Decoder, *jsontree.Node)
		want string // "" for none
	}{
		{"whole", `1000`, integer, ""},
		{"1e3 for a whole number", `1e3`, integer, "v: 1e3 must be written as a whole number, without a decimal point or exponent: 1000"},
		{"2.0 for a whole number", `2.0`, integer, "v: 2.0 must be written as a whole number, without a decimal point or exponent: 2"},
		{"-2.50e1 for a whole number", `-2.50e1`, integer, "v: -2.50e1 must be written as a whole number, without a decimal point or exponent: -25"},
		{"1e400 for a whole number", `1e400`, integer, "v: 1e400 must be written as a whole number, without a decimal point or exponent"},
		{"2.5 for a whole number", `2.5`, integer, "v: 2.5 is not a whole number"},
		{"1e-400 for a whole number", `1e-400`, integer, "v: 1e-400 is not a whole number"},
		{"0e-400 for a whole number", `0e-400`, integer, "v: 0e-400 must be written as a whole number, without a decimal point or exponent: 0"},
		{"20 digits", `12345678901234567890`, integer, "v: 12345678901234567890 is out of range for int64 (-9223372036854775808 to 9223372036854775807)"},
		{"string for a whole number", `"30"`, integer, "v: must be a whole number, not a string"},
		{"decimal", `-14.05`, dec, ""},
		{"decimal in a string", `"-14.05"`, dec, ""},
		{"1e999999999", `1e999999999`, dec, "v: 1e999999999 is out of range: must not exceed 1e15 in absolute value"},
		{"exponent beyond int32", `1e9999999999`, dec, "v: 1e9999999999 is out of range: must not exceed 1e15 in absolute value"},
		{"tiny exponent beyond int32", `-1e-9999999999`, dec, "v: -1e-9999999999 must not have more than 30 decimal places"},
		{"zero with a huge exponent", `0e9999999999`, dec, ""},
		{"not a number", `"12,000"`, dec, `v: "12,000" is not a decimal number`},
		{"a point alone", `"5."`, dec, `v: "5." is not a decimal number`},
		{"too long", `1` + fmt.Sprintf("%0200d", 0), dec, "v: number is longer than 100 characters"},
		{"a boolean", `true`, dec, "v: must be a number, or a string holding one, not a boolean"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decodeOne(t, tt.doc, tt.f)
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, []string{tt.want}, got)
		})
	}
}

type color uint8

func (c *color) UnmarshalText(b []byte) error {
	switch string(b) {
	case "red":
		*c = 1
	case "":
		*c = 0
	default:
		return &wordError{string(b)}
	}
	return nil
}

type wordError struct{ word string }

func (e *wordError) Error() string { return "unknown color " + fmt.Sprintf("%q", e.word) }

type inner struct {
	Name string `json:"name"`
}

type sample struct {
	ID      string                     `json:"id"`
	Count   int64                      `json:"count"`
	Flag    *bool                      `json:"flag,omitempty"`
	Color   color                      `json:"color"`
	Inner   *inner                     `json:"inner,omitempty"`
	Items   []inner                    `json:"items"`
	Amount  decimal.NullDecimal        `json:"amount"`
	Other   map[string]decimal.Decimal `json:"other"`
	Skipped string                     `json:"-"`
	inner
}

func TestDecode(t *testing.T) {
	l := patherr.NewList(100)
	doc := `{"id": "x", "count": 2.0, "flag": "yes", "color": "blue", "inner": {"name": 7, "nom": 1},
		"items": [{"name": "a"}, null, {"name": "c"}], "amount": "1.50", "other": {"a b": 1, "c": null, "d": "x"}, "Skipped": 1}`
	root := jsontree.Read([]byte(doc), jsontree.Options{Object: true}, l)
	require.NotNil(t, root)
	d := &jsontree.Decoder{List: l, CheckDecimal: bound}
	var s sample
	d.Decode(root, &s)
	var got []string
	for _, e := range patherr.All(l.Err()) {
		got = append(got, e.Error())
	}
	assert.Equal(t, []string{
		"count: 2.0 must be written as a whole number, without a decimal point or exponent: 2",
		"flag: must be true or false, not a string",
		`color: unknown color "blue"`,
		"inner.name: must be a string, not a number",
		"inner.nom: unknown field; known fields: name",
		"items[1]: must not be null",
		`other.c: must not be null`,
		`other.d: "x" is not a decimal number`,
		"Skipped: unknown field; known fields: id, count, flag, color, inner, items, amount, other, name",
	}, got)

	// What was right is decoded; what was not stays zero.
	assert.Equal(t, "x", s.ID)
	assert.Zero(t, s.Count)
	assert.Nil(t, s.Flag, "a wrong value for a pointer leaves it nil, not a pointer to false")
	require.NotNil(t, s.Inner)
	assert.Equal(t, []inner{{"a"}, {}, {"c"}}, s.Items)
	assert.True(t, s.Amount.Valid)
	assert.Equal(t, "1.5", s.Amount.Decimal.String())
	assert.Equal(t, map[string]string{"a b": "1"}, func() map[string]string {
		out := map[string]string{}
		for k, v := range s.Other {
			out[k] = v.String()
		}
		return out
	}())

	// The cause of a text type's problem is kept.
	var we *wordError
	assert.ErrorAs(t, l.Err(), &we)
	assert.Equal(t, "blue", we.word)

	// Failed names what was not decoded, and what lies within it.
	assert.True(t, d.Failed("count"))
	assert.True(t, d.Failed("items[1]"))
	assert.True(t, d.FailedWithin("items[1].name"))
	assert.False(t, d.FailedWithin("items[0].name"))
	assert.False(t, d.Failed("inner"), "inner decoded, though one field of it did not")
	assert.True(t, d.FailedWithin(`other["c"]`) == false && d.FailedWithin("other.c"))
}

func TestDecodeNullIsNotGiven(t *testing.T) {
	l := patherr.NewList(100)
	root := jsontree.Read([]byte(`{"id": null, "count": null, "flag": null, "color": null, "inner": null, "items": null, "amount": null, "other": null}`),
		jsontree.Options{Object: true}, l)
	var s sample
	(&jsontree.Decoder{List: l}).Decode(root, &s)
	assert.NoError(t, l.Err())
	assert.Equal(t, sample{}, s)
}

func TestDecoderHelpers(t *testing.T) {
	got := decodeOne(t, `{"a": 1, "b": 2, "c": 3}`, func(d *jsontree.Decoder, n *jsontree.Node) {
		assert.True(t, d.Fields(n, "a", "b"))
		_, ok := d.Str(n.Get("a"))
		assert.False(t, ok)
		assert.False(t, d.Want(n.Get("b"), jsontree.Array, "a list of rule set IDs"))
		_, ok = d.Bool(n.Get("c"))
		assert.False(t, ok)
	})
	assert.Equal(t, []string{
		"v.c: unknown field; known fields: a, b",
		"v.a: must be a string, not a number",
		"v.b: must be a list of rule set IDs, not a number",
		"v.c: must be true or false, not a number",
	}, got)
}
