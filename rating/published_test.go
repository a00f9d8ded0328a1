package rating_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/stretchr/testify/assert"
)

func TestPublishedScore(t *testing.T) {
	tests := []struct {
		scheme  economy.RatingScheme
		value   string
		want    string
		starred bool
		ok      bool
	}{
		{economy.MonitorFRR, "3", "3", false, true},
		{economy.MonitorFRR, "5", "5", false, true},
		{economy.MonitorFRR, "6", "", false, false},
		{economy.MonitorFRR, "2*", "", false, false},
		{economy.MonitorCoSRR, "2*", "2", true, true},
		{economy.MonitorFSRR, "4", "4", false, true},
		{economy.MonitorFSRR, "5", "", false, false},
		{economy.MonitorFSRR, "3*", "", false, false},
		{economy.MonitorGovernance, "amber_red", "amber_red", false, true},
		{economy.MonitorGovernance, "3", "", false, false},
		{economy.MonitorMandatoryServices, "amber", "amber", false, true},
		{economy.MonitorRAFGovernance, "under_review", "under_review", false, true},
		{economy.NHSPerformanceCategory, "underperforming", "underperforming", false, true},
		{economy.SOFSegment, "4", "segment 4", false, true},
		{economy.NOFSegment, "5", "segment 5", false, true},
		{economy.ICBSegment, "2", "segment 2", false, true},
		{economy.CCGAssurance, "good", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.scheme.String()+" "+tt.value, func(t *testing.T) {
			s, starred, ok := rating.PublishedScore(economy.PublishedRating{Scheme: tt.scheme, Value: tt.value})
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.starred, starred)
			if ok {
				assert.Equal(t, tt.want, s.String())
			}
		})
	}
	for _, m := range rating.Methods() {
		if s, ok := rating.SchemeOf(m.ID); ok {
			assert.NotEmpty(t, s.Values(), "%s publishes in %s, a scheme with words", m.ID, s)
		}
	}
}
