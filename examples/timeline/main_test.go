package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTimeline(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b))
	out := b.String()
	for _, want := range []string{
		"  record financial_special_measures: agrees: starts 2016-07-21 as recorded (2016-07-21); ends 2017-02-20 as recorded (2017-02-20)\n",
		"provider croydon-health-services Croydon Health Services NHS Trust\n",
		"  record success_regime: end_not_recorded: starts 2015-06-03 as recorded (2015-06-03); the regime ended with the edition of 2019-08-23 that replaced it; the record gives no end\n",
	} {
		assert.Contains(t, out, want)
	}
}
