package api_test

import (
	"testing"

	"github.com/failregime/failregime/internal/golden"
	"github.com/failregime/failregime/regime/api"
)

// TestGoldenResponses pins the bytes of representative responses: the
// lists, an assessment with text, a variant, and a refused request.
func TestGoldenResponses(t *testing.T) { goldenResponses(t) }

// TestGoldenResponsesDecimalGlobals: no response may depend on
// shopspring/decimal's global switches.
func TestGoldenResponsesDecimalGlobals(t *testing.T) {
	if golden.Updating() {
		t.Skip("the goldens are written by TestGoldenResponses")
	}
	golden.FlipDecimalGlobals(t)
	goldenResponses(t)
}

func goldenResponses(t *testing.T) {
	requests := map[string]string{
		"list_frameworks": `{"list": "frameworks"}`,
		"list_cases":      `{"list": "cases"}`,
		"assess_cumbria":  `{"date": "2015-06-03", "case": "north_cumbria_2015", "text": true}`,
		"variant_essex":   `{"date": "2015-06-03", "framework": "sr2015", "case": "essex_2015", "variant": {"economy.sr_min_failing": 3}, "rule_sets": ["economy_intervention"]}`,
		"refused":         `{"date": "2015-02-30", "case": "atlantis", "colour": 1}`,
		"records_essex":   `{"date": "2015-06-03", "case": "essex_2015", "records": true, "rule_sets": ["economy_intervention"]}`,
		"timeline_essex":  `{"timeline": {"from": "2013-04-01", "to": "2019-12-31"}, "case": "essex_2015"}`,
	}
	for name, req := range requests {
		t.Run(name, func(t *testing.T) {
			golden.Check(t, "testdata/golden/"+name+".json", api.Call([]byte(req)))
		})
	}
}
