package rating

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A table shaped like the CoSRR's capital service cover, with one exclusive
// edge so that both kinds of edge are exercised.
func testBands() Bands {
	verified := economy.Citation{Document: "edge source", Verified: true}
	return Bands{
		Metric: "cover", Unit: "x", HigherIsBetter: true, Floor: 1,
		Cuts: []Cut{
			{Score: 4, At: dec("2.5"), Inclusive: true},
			{Score: 3, At: dec("1.75"), Inclusive: false, Citation: &verified},
			{Score: 2, At: dec("1.25"), Inclusive: true},
		},
		Citation: economy.Citation{Document: "table source"},
	}
}

func TestBandsClassifyEdges(t *testing.T) {
	b := testBands()
	tests := []struct {
		value string
		score uint8
		band  string
	}{
		{"2.5001", 4, ">= 2.5x"},
		{"2.5", 4, ">= 2.5x"},
		{"2.4999", 3, "> 1.75x and < 2.5x"},
		{"1.7501", 3, "> 1.75x and < 2.5x"},
		{"1.75", 2, ">= 1.25x and <= 1.75x"}, // exclusive edge: exactly 1.75 falls below
		{"1.7499", 2, ">= 1.25x and <= 1.75x"},
		{"1.2501", 2, ">= 1.25x and <= 1.75x"},
		{"1.25", 2, ">= 1.25x and <= 1.75x"},
		{"1.2499", 1, "< 1.25x"},
		{"-3", 1, "< 1.25x"},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			score, band, _ := b.Classify(dec(tt.value))
			assert.Equal(t, tt.score, score)
			assert.Equal(t, tt.band, band)
		})
	}
}

func TestBandsCitationOfDecidingEdge(t *testing.T) {
	b := testBands()
	_, _, c := b.Classify(dec("2"))
	assert.Equal(t, "edge source", c.Document, "the cut's own citation wins")
	_, _, c = b.Classify(dec("3"))
	assert.Equal(t, "table source", c.Document)
	_, _, c = b.Classify(dec("0"))
	assert.Equal(t, "table source", c.Document, "the floor cites the last edge")
}

func TestBandsLowerIsBetter(t *testing.T) {
	// Agency spend over ceiling: lower is better, 1 is the best score.
	b := Bands{Metric: "agency", Unit: "%", HigherIsBetter: false, Floor: 4, Cuts: []Cut{
		{Score: 1, At: dec("0"), Inclusive: true},
		{Score: 2, At: dec("25"), Inclusive: true},
		{Score: 3, At: dec("50"), Inclusive: true},
	}}
	require.NoError(t, b.Validate())
	tests := []struct {
		value string
		score uint8
		band  string
	}{
		{"-0.01", 1, "<= 0%"},
		{"0", 1, "<= 0%"},
		{"0.01", 2, "<= 25% and > 0%"},
		{"25", 2, "<= 25% and > 0%"},
		{"25.01", 3, "<= 50% and > 25%"},
		{"50", 3, "<= 50% and > 25%"},
		{"50.01", 4, "> 50%"},
	}
	for _, tt := range tests {
		score, band, _ := b.Classify(dec(tt.value))
		assert.Equal(t, tt.score, score, tt.value)
		assert.Equal(t, tt.band, band, tt.value)
	}
}

func TestBandsValidate(t *testing.T) {
	require.NoError(t, testBands().Validate())

	var empty Bands
	assert.ErrorContains(t, empty.Validate(), "no cuts")

	b := testBands()
	b.Cuts[1].At = dec("3") // now on the good side of the 2.5 cut before it
	err := b.Validate()
	var te *TableError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, "cover", te.Metric)
	assert.Contains(t, err.Error(), "cut 3 is on the good side")

	b = testBands()
	b.Cuts[2].Score = 3
	assert.ErrorContains(t, b.Validate(), "same score")
}
