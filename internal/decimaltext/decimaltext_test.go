package decimaltext_test

import (
	"testing"

	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFormat(t *testing.T) {
	tests := []struct{ give, want string }{
		{"0", "0"}, {"-0.00", "0"}, {"1.50", "1.5"}, {"1500", "1500"}, {"1.5e3", "1500"},
		{"-16.0", "-16"}, {"0.001", "0.001"}, {"-0.00100", "-0.001"}, {"123.456", "123.456"},
		{"1e-20", "0.00000000000000000001"}, {"12345678901234567890.5", "12345678901234567890.5"},
	}
	for _, tt := range tests {
		d := decimal.RequireFromString(tt.give)
		assert.Equal(t, tt.want, decimaltext.Format(d), tt.give)
	}
	assert.Equal(t, "", decimaltext.FormatNull(decimal.NullDecimal{}))
	assert.Equal(t, `"2.5"`, string(decimaltext.AppendJSON(nil, decimal.NewNullDecimal(decimal.RequireFromString("2.50")))))
	assert.Equal(t, `null`, string(decimaltext.AppendJSON(nil, decimal.NullDecimal{})))
}

// FuzzFormat checks the canonical form against decimal's own String under
// its default settings, and that it parses back to the same value.
func FuzzFormat(f *testing.F) {
	for _, s := range []string{"0", "1.50", "-7", "1e5", "-0.000123", "99999999999999999999.99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := decimal.NewFromString(s)
		if err != nil || d.Exponent() > 1000 || d.Exponent() < -1000 || d.NumDigits() > 1000 {
			return
		}
		got := decimaltext.Format(d)
		require.Equal(t, d.String(), got)
		back, err := decimal.NewFromString(got)
		require.NoError(t, err)
		require.True(t, back.Equal(d))
	})
}
