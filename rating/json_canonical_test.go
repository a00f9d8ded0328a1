package rating_test

import (
	"testing"

	"github.com/failregime/failregime/internal/golden"
	"github.com/failregime/failregime/rating"
)

// TestJSONIsCanonical: every type holding a decimal marshals the same
// bytes whatever shopspring/decimal's global switches say.
func TestJSONIsCanonical(t *testing.T) {
	golden.AssertCanonicalJSON(t,
		rating.Bands{},
		rating.CoSRRInput{},
		rating.CoSRRParams{},
		rating.Combination{},
		rating.Cut{},
		rating.FRRInput{},
		rating.FRRParams{},
		rating.FRRWeights{},
		rating.FSRRInput{},
		rating.FSRRParams{},
		rating.FSRRWeights{},
		rating.GovernanceParams{},
		rating.GovernanceTarget{},
		rating.Input{},
		rating.Metric{},
		rating.NHSPFInput{},
		rating.NHSPFParams{},
		rating.NHSPFWeights{},
		rating.NOF2025Input{},
		rating.NOF2025Row{},
		rating.NOF2025Score{},
		rating.NOF2026Input{},
		rating.NOF2026Params{},
		rating.Result{},
		rating.SOFFinanceInput{},
		rating.SOFFinanceParams{},
		rating.SOFSegmentParams{},
		rating.SOFWeights{},
		rating.Standard{},
		rating.StandardOutcome{},
		rating.StandardsParams{},
	)
}
