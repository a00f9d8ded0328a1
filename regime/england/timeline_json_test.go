package england_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime/england"
)

// TestTimelineJSONRoundTrip: a replay read back from its JSON is the
// replay written, difference kinds and all.
func TestTimelineJSONRoundTrip(t *testing.T) {
	e, err := cases.Load("essex_2015")
	require.NoError(t, err)
	tl, err := england.Replay(&e, economy.MustDate("2013-04-01"), economy.MustDate("2019-12-31"), england.ReplayOptions{})
	require.NoError(t, err)
	b, err := json.Marshal(tl)
	require.NoError(t, err)
	var back england.Timeline
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, tl, back)

	var k england.DiffKind
	assert.ErrorContains(t, json.Unmarshal([]byte(`"sideways"`), &k), `unknown DiffKind "sideways"`)
}
