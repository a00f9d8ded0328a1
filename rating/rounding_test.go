package rating

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRoundingApply(t *testing.T) {
	tests := []struct {
		rule Rounding
		in   string
		want string
	}{
		{RoundHalfUp, "2.5", "3"}, // CoSRR: ratings 2 and 3 give 3
		{RoundHalfUp, "2.4999", "2"},
		{RoundHalfUp, "2.95", "3"}, // FRR worked example
		{RoundHalfUp, "3.2", "3"},  // FRR Kingston example
		{RoundingUnknown, "2.5", "3"},
		{RoundHalfDown, "2.5", "2"},
		{RoundHalfDown, "2.5001", "3"},
		{RoundHalfDown, "2.4999", "2"},
		{RoundHalfEven, "2.5", "2"},
		{RoundHalfEven, "3.5", "4"},
		{RoundHalfEven, "2.5001", "3"},
		{RoundFloor, "2.9999", "2"},
		{RoundFloor, "3", "3"},
		{RoundCeil, "2.0001", "3"},
		{RoundCeil, "2", "2"},
	}
	for _, tt := range tests {
		got := tt.rule.Apply(dec(tt.in))
		assert.True(t, got.Equal(dec(tt.want)), "%s(%s) = %s, want %s", tt.rule, tt.in, got, tt.want)
	}
}
