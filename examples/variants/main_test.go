package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVariants(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b))
	out := b.String()
	tests := []struct {
		name string
		want string
	}{
		{"one failing organisation changes nothing", "Variant economy.sr_min_failing=1 of sr2015 (published value 2), on 2015-06-03:\n" +
			"  Mid and South Essex: no change\n" +
			"  West, North and East Cumbria: no change\n"},
		{"three make Cumbria unknown", "  West, North and East Cumbria: success_regime (special) -> unknown (success_regime (special) or no area-wide regime)\n" +
			"    before: 2 failing and 2 unknown of 4 organisations; at least 2 needed: met\n" +
			"    after:  2 failing and 2 unknown of 4 organisations; at least 3 needed: unknown\n"},
		{"three make Essex unknown", "  Mid and South Essex: success_regime (special) -> unknown (success_regime (special) or no area-wide regime)\n" +
			"    before: 2 failing and 6 unknown of 8 organisations; at least 2 needed: met\n" +
			"    after:  2 failing and 6 unknown of 8 organisations; at least 3 needed: unknown\n"},
		{"and Devon", "  North, East and West Devon: success_regime (special) -> unknown (success_regime (special) or no area-wide regime)\n"},
		{"Northumberland never moves", "  Northumberland: no change\n\nVariant economy.sr_min_failing=3"},
		{"editions", "West, North and East Cumbria on the facts of 2015-06-03: Success regime [sr2015] on 2015-06-03 against NHS Oversight Framework [nof2026] on 2026-04-01\n"},
		{"special measures then, a segment now", "  provider RNL (North Cumbria University Hospitals NHS Trust), provider_intervention:\n" +
			"    sr2015: quality_special_measures (special)\n" +
			"      special measures for quality: met because in quality special measures met; whether the entry criteria still hold is unknown for lack of facts; exit depends on CQC's re-inspection and the Chief Inspector's recommendation to the regulator; re-inspection due by 2014-07-16: no trust-level report published by then (missed)\n" +
			"    nof2026: unknown (mandated_support (mandated) or routine_oversight (routine))\n" +
			"      missing ratings[scheme=nof_segment, published on or before 2015-06-03], nhse_nof_2026_segment: scores\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Contains(t, out, tt.want)
		})
	}
}
