package england_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

func TestObligationText(t *testing.T) {
	o := economy.Obligation{Kind: economy.TransitionalFunding, Regime: economy.SuccessRegime, Amount: nd("6400000"),
		Condition: "delivery of the plan", Partners: []string{"Northumbria"}, Due: economy.MustDate("2016-03-31"),
		Events: []economy.ObligationEvent{
			{Date: economy.MustDate("2015-10-01"), Status: economy.ObligationAgreed, Note: "plan agreed"},
			{Date: economy.MustDate("2016-04-01"), Status: economy.ObligationReleased},
		}}
	tests := []struct {
		on, want string
	}{
		{"2015-09-30", "transitional funding £6.4m, conditional on delivery of the plan, with Northumbria, due 2016-03-31: status not recorded by 2015-09-30"},
		{"2015-10-01", "transitional funding £6.4m, conditional on delivery of the plan, with Northumbria, due 2016-03-31: agreed 2015-10-01 (plan agreed)"},
		{"2016-04-01", "transitional funding £6.4m, conditional on delivery of the plan, with Northumbria, due 2016-03-31: released 2016-04-01"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, england.ObligationText(&o, economy.MustDate(tt.on)))
	}
	small := economy.Obligation{Kind: economy.TransitionalFunding, Amount: nd("999999.6")}
	assert.Equal(t, "transitional funding £1000000: status not recorded by 2015-01-01", england.ObligationText(&small, economy.MustDate("2015-01-01")))
	model := economy.Obligation{Kind: economy.NewCareModel, Model: "viable smaller hospital"}
	assert.Equal(t, "new care model: viable smaller hospital: status not recorded by 2015-01-01", england.ObligationText(&model, economy.MustDate("2015-01-01")))
}

// Essex's success regime decision reports its £6.4m of transitional
// funding (HSJ, Revealed: funding for each success regime area, 2016),
// with its status as recorded.
func TestSuccessRegimeReportsObligations(t *testing.T) {
	e, err := cases.Load("essex_2015")
	require.NoError(t, err)
	day := economy.MustDate("2015-06-03")
	f, err := england.InForce(day)
	require.NoError(t, err)
	d, err := f.Decide(regime.NewEnv(&e, day), england.EconomyIntervention, regime.EconomySubject(&e))
	require.NoError(t, err)
	o, ok := d.Node("success_regime_spell")
	require.True(t, ok)
	var texts []string
	for _, fact := range o.Facts {
		if fact.Name == "obligation" {
			texts = append(texts, fact.Text)
			assert.Equal(t, regime.Unknown, fact.Verdict, "no status recorded")
			require.NotNil(t, fact.Source)
		}
	}
	assert.Contains(t, texts, "transitional funding £6.4m, conditional on delivery of the area's plans: status not recorded by 2015-06-03")
	assert.Len(t, texts, 3)
}
