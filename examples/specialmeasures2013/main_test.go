package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKeoghTrusts(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, false))
	out := b.String()
	assert.True(t, strings.HasPrefix(out, "The 14 trusts of the Keogh mortality review (16 July 2013), judged on 2013-07-16 under Special measures 2013/14 [sm2013]\n"))
	assert.Contains(t, out, "\nEligible for quality special measures: 11\n")
	assert.Contains(t, out, "\nReviewed but not eligible: 3\n")
	assert.Equal(t, 11, strings.Count(out, ": quality_special_measures (special)\n    because in quality_special_measures since 2013-07-16: re-inspection due by 2014-07-16"))

	placed := []string{
		"North Cumbria University Hospitals NHS Trust", "Northern Lincolnshire and Goole Hospitals NHS Foundation Trust",
		"Tameside Hospital NHS Foundation Trust", "United Lincolnshire Hospitals NHS Trust",
		"Basildon and Thurrock University Hospitals NHS Foundation Trust", "Burton Hospitals NHS Foundation Trust",
		"East Lancashire Hospitals NHS Trust", "George Eliot Hospital NHS Trust",
		"Sherwood Forest Hospitals NHS Foundation Trust", "Buckinghamshire Healthcare NHS Trust", "Medway NHS Foundation Trust",
	}
	for _, name := range placed {
		t.Run(name, func(t *testing.T) {
			assert.Contains(t, out, "  "+name+": quality_special_measures (special)\n")
			assert.Regexp(t, `\n  `+name+` +entered 2013-07-16, re-inspection due 2014-07-16, extension ends 2015-01-16\n`, out)
		})
	}
	for _, name := range []string{"Colchester Hospital University NHS Foundation Trust", "The Dudley Group NHS Foundation Trust", "Blackpool Teaching Hospitals NHS Foundation Trust"} {
		t.Run(name, func(t *testing.T) {
			assert.Contains(t, out, "  "+name+": quality special measures not met\n"+
				"    why not: no spell of quality_special_measures in force on 2013-07-16\n"+
				"    why not: the review of 2013-07-16 did not recommend special measures\n")
			assert.NotContains(t, out, "  "+name+": quality_special_measures")
		})
	}
	assert.Contains(t, out, "Source of the timeline: Care Quality Commission, Hospital special measures timeline confirmed, 2015, ")
}

func TestKeoghTrustsVerbose(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, true))
	assert.Equal(t, 14, strings.Count(b.String(), "Decision on provider "))
}
