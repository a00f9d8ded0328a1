package economy_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
)

type enumValue interface {
	~uint8
	String() string
	MarshalText() ([]byte, error)
}

// testEnum checks that every word of an enum marshals and parses back,
// that an unknown word is refused naming every allowed word, and that a
// value past the last word cannot be marshalled.
func testEnum[T enumValue, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, typeName string) {
	t.Run(typeName, func(t *testing.T) {
		var words []string
		for v := 0; v < 256; v++ {
			text, err := T(v).MarshalText()
			if err != nil {
				assert.Contains(t, T(v).String(), typeName+"(", "out-of-range String must show the value")
				break
			}
			words = append(words, string(text))
			assert.Equal(t, string(text), T(v).String())
			var back T
			require.NoError(t, P(&back).UnmarshalText(text))
			assert.Equal(t, T(v), back, "word %q", text)
		}
		require.Greater(t, len(words), 2)
		assert.Equal(t, "unknown", words[0], "the zero value means unknown")

		var empty T = 1
		require.NoError(t, P(&empty).UnmarshalText(nil))
		assert.Equal(t, T(0), empty, "empty text is the zero value")

		var got T
		err := P(&got).UnmarshalText([]byte("no_such_word"))
		var ee *economy.EnumError
		require.True(t, errors.As(err, &ee))
		assert.Equal(t, typeName, ee.Type)
		assert.Equal(t, words, ee.Allowed)
		assert.Contains(t, err.Error(), `unknown `+typeName+` "no_such_word" (allowed: unknown, `)
	})
}

func TestEnums(t *testing.T) {
	testEnum[economy.ProviderKind](t, "ProviderKind")
	testEnum[economy.Ownership](t, "Ownership")
	testEnum[economy.Designation](t, "Designation")
	testEnum[economy.AssetClass](t, "AssetClass")
	testEnum[economy.CommissionerKind](t, "CommissionerKind")
	testEnum[economy.AssuranceRating](t, "AssuranceRating")
	testEnum[economy.Regime](t, "Regime")
	testEnum[economy.Intensity](t, "Intensity")
	testEnum[economy.RatingScheme](t, "RatingScheme")
	testEnum[economy.CQCActionKind](t, "CQCActionKind")
	testEnum[economy.BreachStatus](t, "BreachStatus")
	testEnum[economy.CQCRating](t, "CQCRating")
	testEnum[economy.KeyQuestion](t, "KeyQuestion")
	testEnum[economy.InspectionScope](t, "InspectionScope")
	testEnum[economy.ChangeRoute](t, "ChangeRoute")
	testEnum[economy.ConsulteeKind](t, "ConsulteeKind")
	testEnum[economy.ChangeOutcome](t, "ChangeOutcome")
}
