package rating_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNOFSegment(t *testing.T) {
	tests := []struct {
		name        string
		give        rating.NOFSegmentInput
		giveP       rating.NOFSegmentParams
		wantStatus  rating.Status
		want        rating.Segment
		wantMissing []string
	}{
		{"default", rating.NOFSegmentInput{IntensiveSupport: finFalse(), MandatedSupport: finFalse()}, rating.NOFSegmentParams{}, rating.Rated, 2, nil},
		{"judged no support needs", rating.NOFSegmentInput{IntensiveSupport: finFalse(), MandatedSupport: finFalse(), NoSupportNeeds: finTrue()}, rating.NOFSegmentParams{}, rating.Rated, 1, nil},
		{"judged to have support needs", rating.NOFSegmentInput{IntensiveSupport: finFalse(), MandatedSupport: finFalse(), NoSupportNeeds: finFalse()}, rating.NOFSegmentParams{}, rating.Rated, 2, nil},
		{"mandated support", rating.NOFSegmentInput{IntensiveSupport: finFalse(), MandatedSupport: finTrue(), NoSupportNeeds: finTrue()}, rating.NOFSegmentParams{}, rating.Rated, 3, nil},
		{"intensive support", rating.NOFSegmentInput{IntensiveSupport: finTrue()}, rating.NOFSegmentParams{}, rating.Rated, 4, []string{"mandated_support"}},
		{"intensive support unknown", rating.NOFSegmentInput{MandatedSupport: finTrue()}, rating.NOFSegmentParams{}, rating.InsufficientData, 0, []string{"intensive_support"}},
		{"mandated support unknown", rating.NOFSegmentInput{IntensiveSupport: finFalse()}, rating.NOFSegmentParams{}, rating.InsufficientData, 0, []string{"mandated_support"}},
		{"what if the default were 1", rating.NOFSegmentInput{IntensiveSupport: finFalse(), MandatedSupport: finFalse()}, rating.NOFSegmentParams{DefaultSegment: 1}, rating.Rated, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, r := range []rating.Result{rating.RateNOF2021(tt.give, tt.giveP), rating.RateNOF2022(tt.give, tt.giveP)} {
				assert.Equal(t, tt.wantStatus, r.Status, r.String())
				assert.Equal(t, uint8(tt.want), r.Score.Value, r.String())
				assert.Equal(t, tt.wantMissing, r.Missing)
			}
		})
	}
	r := rating.RateNOF2021(rating.NOFSegmentInput{IntensiveSupport: finFalse(), MandatedSupport: finFalse()}, rating.NOFSegmentParams{})
	assert.Equal(t, "SOF 2021/22 segment 2: default segment: no better than segment 2", r.String())
	assert.True(t, finOverride(t, r, "default segment").Citation.Verified)
	r = rating.RateNOF2022(rating.NOFSegmentInput{IntensiveSupport: finTrue(), MandatedSupport: finTrue()}, rating.NOFSegmentParams{})
	assert.Equal(t, "NOF 2022/23 segment 4: mandated intensive support: no better than segment 4", r.String())
	finJSONRoundTrip(t, r)
}

func TestNOFSegmentInputFrom(t *testing.T) {
	date := economy.MustDate("2023-01-31")
	p := finProvider()
	in := rating.NOFSegmentInputFrom(p, date, rating.NOFSegmentParams{})
	assert.Equal(t, uint8(2), rating.RateNOF2022(in, rating.NOFSegmentParams{}).Score.Value)

	p.Governance.Breaches = []economy.Breach{{Condition: "FT4", Status: economy.BreachFound, Date: economy.MustDate("2022-09-01")}}
	in = rating.NOFSegmentInputFrom(p, date, rating.NOFSegmentParams{})
	assert.Equal(t, uint8(3), rating.RateNOF2022(in, rating.NOFSegmentParams{}).Score.Value)
	in = rating.NOFSegmentInputFrom(p, date, rating.NOFSegmentParams{BreachMandates: rating.OverrideOff})
	assert.Equal(t, uint8(2), rating.RateNOF2022(in, rating.NOFSegmentParams{}).Score.Value)
	p.Governance.Breaches[0].Resolved = date
	in = rating.NOFSegmentInputFrom(p, date, rating.NOFSegmentParams{})
	assert.Equal(t, uint8(2), rating.RateNOF2022(in, rating.NOFSegmentParams{}).Score.Value, "resolved on the date")

	p.Governance.Spells = []economy.Spell{{Regime: economy.RecoverySupportProgramme, Start: economy.MustDate("2021-07-01")}}
	in = rating.NOFSegmentInputFrom(p, date, rating.NOFSegmentParams{})
	require.Equal(t, finTrue(), in.IntensiveSupport)
	assert.Equal(t, uint8(4), rating.RateNOF2022(in, rating.NOFSegmentParams{}).Score.Value)
}
