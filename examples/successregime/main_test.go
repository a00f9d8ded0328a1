package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// section returns the part of out about one area, from its heading to the
// next blank line.
func section(t *testing.T, out, heading string) string {
	t.Helper()
	i := strings.Index(out, "\n"+heading+"\n")
	require.GreaterOrEqual(t, i, 0, "no section %q", heading)
	rest := out[i+1:]
	if j := strings.Index(rest, "\n\n"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

func TestSuccessRegimeAreas(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, false))
	out := b.String()
	assert.True(t, strings.HasPrefix(out, "The success regime, judged on 2015-06-03 under Success regime 2015/16 [sr2015]\n"))

	tests := []struct {
		heading string
		want    []string
		notWant []string
	}{
		{"Mid and South Essex (mid-south-essex)", []string{
			"  as recorded:      met: success_regime (special)\n",
			"    because in a success_regime spell since 2015-06-03; entry criteria still met on its own facts; exit depends on NHS England and NHS Improvement ending the programme: no end was announced in the record read [3]\n",
			"  on its own facts: met: success_regime (special)\n",
			"      met: 2 failing and 6 unknown of 8 organisations; at least 2 needed: met [4]\n",
			"      met: the area has been a challenged_health_economy since 2014-02-18 [4]\n",
			"    RQ8 Mid Essex Hospital Services NHS Trust: unknown, missing ratings[scheme=tda_escalation]\n",
			"    btuh Basildon and Thurrock University Hospitals NHS Foundation Trust: mandated_support (mandated)\n",
		}, nil},
		{"West, North and East Cumbria (wne-cumbria)", []string{
			"  as recorded:      met: success_regime (special)\n",
			"  on its own facts: met: success_regime (special)\n",
			"      met: 2 failing and 2 unknown of 4 organisations; at least 2 needed: met [4]\n",
			"    RX7 North West Ambulance Service NHS Trust: unknown, missing inspections[scope=provider], ratings[scheme=tda_escalation]\n",
			"    RNL North Cumbria University Hospitals NHS Trust: quality_special_measures (special)\n",
		}, nil},
		{"North, East and West Devon (new-devon)", []string{
			"  on its own facts: met: success_regime (special)\n",
			"      met: 2 failing and 3 unknown of 5 organisations; at least 2 needed: met [4]\n",
			"      met: financial or quality problems, or both: met because serious area-wide deficit, quality or performance problems met [3]\n",
			"    RK9, ndht: unknown, missing ratings[scheme=tda_escalation]\n",
		}, nil},
		{"Northumberland (northumberland)", []string{
			"  (no success-regime spell in the record: as recorded is on its own facts)\n",
			"  on its own facts: met: no area-wide regime\n",
			"      not met: no earlier area-wide regime and no organisation's failure-regime spell began 12 or more months before 2015-06-03 [4]\n",
		}, []string{"success_regime (special)"}},
	}
	for _, tt := range tests {
		t.Run(tt.heading, func(t *testing.T) {
			got := section(t, out, tt.heading)
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, got, w)
			}
		})
	}
	for _, want := range []string{
		"What the success regime brings (sr2015):\n",
		"  - transitional funding, £20m across the first three areas: North, East and West Devon £7.4m, Essex £6.4m, Cumbria £6.2m [8]\n",
		"  [2] HSJ, First three troubled areas to be put into success regime, 2015, https://www.hsj.co.uk/commissioning/first-three-troubled-areas-to-be-put-into-success-regime/5085532.article\n",
		"[unverified]",
	} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "Decision on economy", "full texts only with -v")
	assert.Less(t, strings.Count(out, "\n"), 100, "a readable page")
}

func TestSuccessRegimeVerbose(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, true))
	out := b.String()
	assert.Equal(t, 8, strings.Count(out, "Decision on economy "), "two decisions for each of four areas")
	assert.Equal(t, 3, strings.Count(out, "Verdict: met: success_regime (special) [success_regime_criteria]\n"), "Essex, Cumbria and Devon meet the criteria on their own facts")
}

// The same input gives the same page, byte for byte.
func TestSuccessRegimeDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	require.NoError(t, run(&a, true))
	require.NoError(t, run(&b, true))
	assert.Equal(t, a.String(), b.String())
}
