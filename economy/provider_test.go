package economy_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
)

func TestLatestAccounts(t *testing.T) {
	p := economy.Provider{Accounts: []economy.Accounts{
		{Period: fy(2013), Surplus: money("1")},
		{Period: fy(2014), Surplus: money("2")},
		{Period: fy(2014), Surplus: money("3")}, // restated: listed last, wins the tie
		{Period: fy(2015), Surplus: money("4")},
	}}
	got, ok := p.LatestAccounts(date("2015-04-01"))
	require.True(t, ok)
	assert.Equal(t, "3", got.Surplus.Decimal.String())

	got, ok = p.LatestAccounts(date("2016-03-31"))
	require.True(t, ok)
	assert.Equal(t, "3", got.Surplus.Decimal.String(), "a year's figures are not known on its last day")
	got, ok = p.LatestAccounts(date("2016-04-01"))
	require.True(t, ok)
	assert.Equal(t, "4", got.Surplus.Decimal.String(), "with no publication day, known the day after the year ends")

	p.Accounts[3].Published = date("2016-06-15")
	got, _ = p.LatestAccounts(date("2016-06-14"))
	assert.Equal(t, "3", got.Surplus.Decimal.String(), "published later: not known the day before")
	got, _ = p.LatestAccounts(date("2016-06-15"))
	assert.Equal(t, "4", got.Surplus.Decimal.String(), "known on the day it was published")

	_, ok = p.LatestAccounts(date("2014-03-30"))
	assert.False(t, ok)
}

func TestControlTotalOn(t *testing.T) {
	a := economy.Accounts{Period: fy(2016), ControlTotalEvents: []economy.ControlTotalEvent{
		{Date: date("2016-05-01"), Status: economy.ControlTotalRefused},
		{Date: date("2016-07-21"), Status: economy.ControlTotalAccepted},
		{Date: date("2016-07-21"), Status: economy.ControlTotalForecastMissed}, // same day: listed last wins
	}}
	_, ok := a.ControlTotalOn(date("2016-04-30"))
	assert.False(t, ok, "nothing known before the first event")
	e, ok := a.ControlTotalOn(date("2016-07-20"))
	require.True(t, ok)
	assert.Equal(t, economy.ControlTotalRefused, e.Status)
	assert.False(t, e.Status.Agreed())
	e, _ = a.ControlTotalOn(date("2016-07-21"))
	assert.Equal(t, economy.ControlTotalForecastMissed, e.Status)
	assert.True(t, e.Status.Agreed(), "a forecast follows an acceptance")
	assert.False(t, economy.ControlTotalStatusUnknown.Agreed())
	assert.False(t, economy.ControlTotalStatus(99).Agreed())
}

func TestLatestInspection(t *testing.T) {
	p := economy.Provider{Inspections: []economy.Inspection{
		{Published: date("2014-04-03"), Overall: economy.Inadequate},
		{Published: date("2014-04-03"), Overall: economy.RequiresImprovement},
		{Started: date("2015-01-01"), Pending: true, Overall: economy.Good}, // no report yet
	}}
	got, ok := p.LatestInspection(date("2016-01-01"))
	require.True(t, ok)
	assert.Equal(t, economy.RequiresImprovement, got.Overall)

	_, ok = p.LatestInspection(date("2014-04-02"))
	assert.False(t, ok)
}

func TestEffectiveOwnership(t *testing.T) {
	tests := []struct {
		kind economy.ProviderKind
		want economy.Ownership
	}{
		{economy.ProviderKindUnknown, economy.OwnershipUnknown},
		{economy.KindNHSTrust, economy.StateOwned},
		{economy.KindFoundationTrust, economy.StateOwned},
		{economy.KindIndependentPrivate, economy.PrivatelyOwned},
		{economy.KindIndependentVoluntary, economy.VoluntaryOwned},
		{economy.KindGPPractice, economy.PrivatelyOwned},
		{economy.KindSocialCare, economy.OwnershipUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.kind.String(), func(t *testing.T) {
			p := economy.Provider{Kind: tt.kind}
			assert.Equal(t, tt.want, p.EffectiveOwnership())
		})
	}
	given := economy.Provider{Kind: economy.KindSocialCare, Ownership: economy.StateOwned}
	assert.Equal(t, economy.StateOwned, given.EffectiveOwnership(), "a given ownership wins")
}
