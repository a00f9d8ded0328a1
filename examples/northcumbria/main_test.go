package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNorthCumbriaOnSuccessRegimeDay(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, "2015-06-03"))
	got := out.String()
	for _, want := range []string{
		"West, North and East Cumbria (North) on 2015-06-03\n",
		"area regimes in force: challenged_health_economy since 2014-02-18; success_regime since 2015-06-03\n",
		"  01H NHS Cumbria Clinical Commissioning Group (ccg)\n",
		"  RNL North Cumbria University Hospitals NHS Trust: nhs_trust, state_owned\n",
		"    regimes in force: quality_special_measures since 2013-07-16\n",
		"    2015-04-01..2016-03-31: planned surplus -£42.5m, forecast -£64.6m, deficit support unknown\n",
		"  RNN Cumbria Partnership NHS Foundation Trust: nhs_foundation_trust, state_owned\n",
		"    regimes in force: enforcement_undertakings since 2014-01-31\n",
		"sources: 1 for the area, 8 for its organisations\n",
	} {
		assert.Contains(t, got, want)
	}
	assert.NotContains(t, got, "CQC (published", "the 2017 report is not yet published in June 2015")
}

func TestNorthCumbriaAfterSpecialMeasures(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, "2017-03-30"))
	got := out.String()
	assert.Contains(t, got, "area regimes in force: challenged_health_economy since 2014-02-18; success_regime since 2015-06-03\n")
	assert.Contains(t, got, "    CQC (published 2017-03-30): overall requires_improvement\n")
	assert.NotContains(t, got, "quality_special_measures", "special measures ended on 29 March 2017")
}

func TestNorthCumbriaBadDate(t *testing.T) {
	var out bytes.Buffer
	assert.ErrorContains(t, run(&out, "2015-02-30"), `date "2015-02-30"`)
	assert.Empty(t, out.String())
}
