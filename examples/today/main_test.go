package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// section returns the part of out from heading to the next blank line.
func section(t *testing.T, out, heading string) string {
	t.Helper()
	i := strings.Index(out, "\n"+heading)
	require.GreaterOrEqual(t, i, 0, "no section %q", heading)
	rest := out[i+1:]
	if j := strings.Index(rest, "\n\n"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

func TestToday(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, false))
	out := b.String()
	assert.True(t, strings.HasPrefix(out, "Today's regime, judged on 2026-04-15 under NHS Oversight Framework 2026/27 [nof2026]\n"))

	lsc := section(t, out, "Lancashire and South Cumbria (NHS Lancashire and South Cumbria ICB, 2025) (lancashire-south-cumbria), on the facts of 2026-04-15")
	for _, want := range []string{
		"  system: recovery_support_programme (special)\n",
		"    because its ICB, NHS Lancashire and South Cumbria Integrated Care Board, is in the Recovery Support Programme since 2025-02-06 (the programme is ICB-focused); its NHS providers in segment 4 or 5 or a support programme: RXL",
		"  commissioner nhs-lancashire-south-cumbria-icb NHS Lancashire and South Cumbria Integrated Care Board: recovery_support_programme (special)\n",
		// A trust in the programme whose published segment is 3.
		"  trust RXR East Lancashire Hospitals NHS Trust: recovery_support_programme (special)\n",
		"    published NOF segment 3 for 2025-10-01..2025-12-31: Q3 2025/26: segment 3, average metric score 2.47, in financial deficit: yes",
		// No segment and no scores: unknown, naming what is missing.
		"  trust north-west-ambulance North West Ambulance Service NHS Trust: unknown (mandated_support (mandated) or routine_oversight (routine))\n",
		"    missing ratings[scheme=nof_segment, published on or before 2026-04-15]",
	} {
		assert.Contains(t, lsc, want)
	}
	assert.Contains(t, out, "What the Recovery Support Programme brings (nof2026):\n")

	for _, area := range []string{"Mid and South Essex (mid-south-essex)", "West, North and East Cumbria (wne-cumbria)", "North, East and West Devon (new-devon)"} {
		got := section(t, out, area)
		assert.Contains(t, got, "  sr2015 on 2015-06-03: success_regime (special)\n", area)
		assert.Contains(t, got, "  nof2026 on 2026-04-15: unknown (recovery_support_programme (special)", area)
		assert.Contains(t, got, "icb_segment published from 2026-04-01, after the facts date 2015-06-03", area)
		assert.Contains(t, got, "decided: no regime applies (not_subject)", area, "the CCGs are not subject to today's rules")
	}
	assert.NotContains(t, out, "Decision on economy", "full texts only with -v")
}

func TestTodayVerbose(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, true))
	out := b.String()
	assert.Equal(t, 1, strings.Count(out, "Decision on economy lancashire-south-cumbria"))
	assert.Equal(t, 6, strings.Count(out, "Decision on provider "), "the six trusts of the system")
}

// The same input gives the same page, byte for byte.
func TestTodayDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	require.NoError(t, run(&a, true))
	require.NoError(t, run(&b, true))
	assert.Equal(t, a.String(), b.String())
}
