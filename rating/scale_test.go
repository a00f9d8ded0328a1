package rating

import (
	"encoding/json"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScoreWorseThanRespectsDirection(t *testing.T) {
	// Monitor: higher is safer, so 2 is worse than 3.
	assert.True(t, MonitorRating(2).Score(ScaleMonitor4).WorseThan(MonitorRating(3).Score(ScaleMonitor4)))
	assert.False(t, MonitorRating(3).Score(ScaleMonitor4).WorseThan(MonitorRating(2).Score(ScaleMonitor4)))
	// NHS Improvement: lower is better, so 3 is worse than 2.
	assert.True(t, OversightScore(3).Score().WorseThan(OversightScore(2).Score()))
	assert.True(t, Segment(5).Score().WorseThan(Segment(4).Score()))
	assert.True(t, CQCScore(economy.Inadequate).WorseThan(CQCScore(economy.RequiresImprovement)))
	assert.True(t, GovernanceRed.Score().WorseThan(GovernanceAmberRed.Score()))
	assert.True(t, Challenged.Score().WorseThan(Underperforming.Score()))
	// Different families never compare, whatever the numbers.
	assert.False(t, MonitorRating(1).Score(ScaleMonitor4).WorseThan(OversightScore(1).Score()))
	assert.False(t, OversightScore(4).Score().WorseThan(MonitorRating(4).Score(ScaleMonitor4)))
	// Unknown never compares.
	assert.False(t, Score{Scale: ScaleSegment}.WorseThan(Segment(1).Score()))
	assert.False(t, Segment(4).Score().WorseThan(Score{Scale: ScaleSegment}))
}

func TestScoreString(t *testing.T) {
	tests := []struct {
		s    Score
		want string
	}{
		{MonitorRating(3).Score(ScaleMonitor4), "3"},
		{OversightScore(2).Score(), "2"},
		{Segment(4).Score(), "segment 4"},
		{CQCScore(economy.RequiresImprovement), "requires_improvement"},
		{GovernanceAmberRed.Score(), "amber_red"},
		{ServicesAmber.Score(), "amber"},
		{UnderReview.Score(), "under_review"},
		{PerformanceUnderReview.Score(), "performance_under_review"},
		{StandardNotMet.Score(), "not_met"},
		{Score{}, "unrated"},
		{Score{Scale: ScaleMonitor5}, "unrated"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.s.String())
	}
}

func TestScoreJSONRoundTrip(t *testing.T) {
	for _, s := range []Score{MonitorRating(2).Score(ScaleMonitor5), Segment(5).Score(), CQCScore(economy.Good), {}} {
		b, err := json.Marshal(s)
		require.NoError(t, err)
		var back Score
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, s, back, string(b))
	}
	b, _ := json.Marshal(Segment(3).Score())
	assert.JSONEq(t, `{"scale":"segment","value":3,"label":"segment 3"}`, string(b))
}
