package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCustomRules(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b))
	out := b.String()
	for _, want := range []string{
		"provider RNL (North Cumbria University Hospitals NHS Trust) judged on 2016-03-31 with Local watch list 2015/16 [local2015]\n",
		// No quarterly A&E figures or well-led rating are in the record:
		// the rules say unknown, never "no concern".
		"  urgent_care_and_leadership   unknown\n",
		"  otherwise                    met\n",
		"  Verdict: unknown: undecided between board-to-board meeting [urgent_care_and_leadership]; ",
		"        [unknown] A&E 4 hours below the floor in two consecutive quarters: unknown (missing A&E 4-hour performance for two consecutive quarters)\n",
		// Plan -£42.5m, forecast -£64.6m: £22.1m worse, £2.9m short of £25m.
		"Why not an overspend (Outcome.WhyNot):\n  forecast worse than plan 22100000 pounds; at least 25000000 needed: 2900000 pounds short\n",
		"Variant \"overspend from £20m\": overspend met\n  forecast worse than plan 22100000 pounds; at least 20000000 needed\n",
		"[unverified]",
	} {
		assert.Contains(t, out, want)
	}
}

func TestCustomRuleSetBuilds(t *testing.T) {
	f, r, err := framework()
	require.NoError(t, err)
	require.NotNil(t, r)
	p, ok := f.Parameter("local.ae_floor_pct")
	require.True(t, ok)
	assert.Equal(t, "90", p.Value)
}
