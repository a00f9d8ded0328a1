package rating_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/stretchr/testify/assert"
)

// finClear is a provider with nothing against it: segment 1 under the SOF.
func finClear() rating.SOFSegmentInput {
	return rating.SOFSegmentInput{
		SpecialMeasures: finFalse(), LicenceBreach: finFalse(), MandatedSupport: finFalse(),
		FinanceScore: 1, CQCOverall: economy.Good,
	}
}

func TestSOFSegment(t *testing.T) {
	with := func(f func(*rating.SOFSegmentInput)) rating.SOFSegmentInput { in := finClear(); f(&in); return in }
	tests := []struct {
		name        string
		give        rating.SOFSegmentInput
		giveP       rating.SOFSegmentParams
		wantStatus  rating.Status
		want        rating.Segment
		wantMissing []string
	}{
		{"nothing against it", finClear(), rating.SOFSegmentParams{}, rating.Rated, 1, nil},
		{"special measures", with(func(in *rating.SOFSegmentInput) { in.SpecialMeasures = finTrue(); in.LicenceBreach = finTrue() }), rating.SOFSegmentParams{}, rating.Rated, 4, nil},
		{"breach with mandated support", with(func(in *rating.SOFSegmentInput) { in.LicenceBreach, in.MandatedSupport = finTrue(), finTrue() }), rating.SOFSegmentParams{}, rating.Rated, 3, nil},
		{"breach without mandated support", with(func(in *rating.SOFSegmentInput) { in.LicenceBreach = finTrue() }), rating.SOFSegmentParams{}, rating.Rated, 2, nil},
		{"mandated support without breach", with(func(in *rating.SOFSegmentInput) { in.MandatedSupport = finTrue() }), rating.SOFSegmentParams{}, rating.Rated, 1, nil},
		{"finance score 3", with(func(in *rating.SOFSegmentInput) { in.FinanceScore = 3 }), rating.SOFSegmentParams{}, rating.Rated, 2, nil},
		{"finance score 2", with(func(in *rating.SOFSegmentInput) { in.FinanceScore = 2 }), rating.SOFSegmentParams{}, rating.Rated, 1, nil},
		{"finance score 2, concern from 2", with(func(in *rating.SOFSegmentInput) { in.FinanceScore = 2 }), rating.SOFSegmentParams{FinanceConcernAt: 2}, rating.Rated, 2, nil},
		{"CQC requires improvement", with(func(in *rating.SOFSegmentInput) { in.CQCOverall = economy.RequiresImprovement }), rating.SOFSegmentParams{}, rating.Rated, 2, nil},
		{"CQC requires improvement, concern only at inadequate", with(func(in *rating.SOFSegmentInput) { in.CQCOverall = economy.RequiresImprovement }), rating.SOFSegmentParams{CQCConcernAt: economy.Inadequate}, rating.Rated, 1, nil},
		{"another theme", with(func(in *rating.SOFSegmentInput) { in.OtherConcerns = []string{"A&E 4 hours missed"} }), rating.SOFSegmentParams{}, rating.Rated, 2, nil},
		{"special measures unknown", with(func(in *rating.SOFSegmentInput) { in.SpecialMeasures = nil }), rating.SOFSegmentParams{}, rating.InsufficientData, 0, []string{"special_measures"}},
		{"mandate unknown with a breach", with(func(in *rating.SOFSegmentInput) { in.LicenceBreach, in.MandatedSupport = finTrue(), nil }), rating.SOFSegmentParams{}, rating.InsufficientData, 0, []string{"mandated_support"}},
		{"mandate unknown, no breach", with(func(in *rating.SOFSegmentInput) { in.MandatedSupport = nil }), rating.SOFSegmentParams{}, rating.Rated, 1, nil},
		{"finance unknown, all else clear", with(func(in *rating.SOFSegmentInput) { in.FinanceScore = 0 }), rating.SOFSegmentParams{}, rating.InsufficientData, 0, []string{"finance_score"}},
		{"CQC unknown, all else clear", with(func(in *rating.SOFSegmentInput) { in.CQCOverall = 0 }), rating.SOFSegmentParams{}, rating.InsufficientData, 0, []string{"cqc_overall"}},
		{"finance unknown, CQC inadequate", with(func(in *rating.SOFSegmentInput) { in.FinanceScore, in.CQCOverall = 0, economy.Inadequate }), rating.SOFSegmentParams{}, rating.Rated, 2, nil},
		{"special measures, the rest unknown", rating.SOFSegmentInput{SpecialMeasures: finTrue()}, rating.SOFSegmentParams{}, rating.Rated, 4, []string{"licence_breach", "mandated_support", "finance_score", "cqc_overall"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, r := range []rating.Result{rating.RateSOFSegment(tt.give, tt.giveP), rating.RateNOF2019(tt.give, tt.giveP)} {
				assert.Equal(t, tt.wantStatus, r.Status, r.String())
				assert.Equal(t, uint8(tt.want), r.Score.Value, r.String())
				assert.Equal(t, tt.wantMissing, r.Missing)
			}
		})
	}
}

func TestSOFSegmentString(t *testing.T) {
	assert.Equal(t, "SOF segment 1: finance and use of resources score 1 -> 1", rating.RateSOFSegment(finClear(), rating.SOFSegmentParams{}).String())
	in := finClear()
	in.LicenceBreach, in.MandatedSupport = finTrue(), finTrue()
	r := rating.RateSOFSegment(in, rating.SOFSegmentParams{})
	assert.Equal(t, "SOF segment 3: finance and use of resources score 1 -> 1; licence breach with mandated support: no better than segment 3", r.String())
	assert.Equal(t, "nhsi_sof_segment", r.Method)
	assert.Equal(t, "nhse_nof_2019_segment", rating.RateNOF2019(in, rating.SOFSegmentParams{}).Method)
	finJSONRoundTrip(t, r)
}

// finProvider is a foundation trust with the healthy accounts, rated good.
func finProvider() *economy.Provider {
	a := finAccounts()
	a.Period = economy.FinancialYear(2016)
	return &economy.Provider{
		ID: "RXX", Name: "Example NHS Foundation Trust", Kind: economy.KindFoundationTrust, PeerGroup: "acute",
		Accounts:    []economy.Accounts{*a},
		Inspections: []economy.Inspection{{Scope: economy.ScopeProvider, Published: economy.MustDate("2016-06-01"), Overall: economy.Good}},
	}
}

func TestSOFSegmentInputFrom(t *testing.T) {
	date := economy.MustDate("2017-06-30")
	p := finProvider()
	in := rating.SOFSegmentInputFrom(p, date, rating.SOFSegmentParams{})
	assert.Equal(t, finFalse(), in.SpecialMeasures)
	assert.Equal(t, finFalse(), in.LicenceBreach)
	assert.Equal(t, finFalse(), in.MandatedSupport)
	assert.Equal(t, rating.OversightScore(2), in.FinanceScore)
	assert.Equal(t, economy.Good, in.CQCOverall)
	assert.Equal(t, uint8(1), rating.RateSOFSegment(in, rating.SOFSegmentParams{}).Score.Value)

	p.Governance.Spells = []economy.Spell{{Regime: economy.QualitySpecialMeasures, Start: economy.MustDate("2017-01-01"), End: economy.MustDate("2017-06-30")}}
	p.Governance.Breaches = []economy.Breach{{Condition: "FT4", Status: economy.BreachSuspected, Date: economy.MustDate("2017-02-01")}}
	p.Governance.Undertakings = []economy.Undertaking{{Date: economy.MustDate("2017-03-01"), Released: economy.MustDate("2017-07-01")}}
	p.Inspections = append(p.Inspections,
		economy.Inspection{Scope: economy.ScopeLocation, Published: economy.MustDate("2017-05-01"), Overall: economy.Inadequate},
		economy.Inspection{Scope: economy.ScopeProvider, Published: economy.MustDate("2017-04-01"), Overall: economy.RequiresImprovement},
		economy.Inspection{Scope: economy.ScopeProvider, Pending: true, Overall: economy.Inadequate})
	in = rating.SOFSegmentInputFrom(p, date, rating.SOFSegmentParams{})
	assert.Equal(t, finFalse(), in.SpecialMeasures, "the spell ended the day before")
	assert.Equal(t, finTrue(), in.LicenceBreach)
	assert.Equal(t, finTrue(), in.MandatedSupport)
	assert.Equal(t, economy.RequiresImprovement, in.CQCOverall, "latest trust-level, published")
	assert.Equal(t, uint8(3), rating.RateSOFSegment(in, rating.SOFSegmentParams{}).Score.Value)

	in = rating.SOFSegmentInputFrom(p, economy.MustDate("2017-06-29"), rating.SOFSegmentParams{})
	assert.Equal(t, finTrue(), in.SpecialMeasures)
	assert.Equal(t, uint8(4), rating.RateSOFSegment(in, rating.SOFSegmentParams{}).Score.Value)
}
