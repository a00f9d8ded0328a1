package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func loadCase(t *testing.T, name, providerID, date string) (*economy.Economy, *economy.Provider, *regime.Framework, regime.Env) {
	t.Helper()
	e, err := cases.Load(name)
	require.NoError(t, err)
	p, ok := e.Provider(providerID)
	require.True(t, ok)
	d := economy.MustDate(date)
	f, err := england.InForce(d)
	require.NoError(t, err)
	return &e, p, f, regime.NewEnv(&e, d)
}

// South London Healthcare NHS Trust, August 2012, a month into the first
// trust special administration: every service is kept running through the
// transition (the administrator "maintained services for patients"), what
// follows the exit is unknown because no designation was ever published,
// and the one site known to be public property may not be sold while the
// administration lasts.
func TestSouthLondonHealthcare2012Continuity(t *testing.T) {
	e, p, f, env := loadCase(t, "south_london_2012_services", "RYQ", "2012-08-01")
	assert.Equal(t, "cf2011", f.ID())

	plans, err := england.ContinuityPlan(f, env, p.ID)
	require.NoError(t, err)
	require.Len(t, plans, 3)
	for _, pl := range plans {
		require.NotNil(t, pl.Change, pl.Service.ID)
		stage, _ := england.ChangeStageOf(*pl.Change)
		assert.Equal(t, england.NoChangeProposed, stage, "the draft report came on 29 October (%s)", pl.Service.ID)
		assert.Equal(t, regime.Met, pl.KeptRunning, pl.Service.ID)
		assert.Equal(t, regime.Unknown, pl.Decision.Verdict, "no published designation: never 'may cease' (%s)", pl.Service.ID)
		// The area's commissioners, Lewisham's among them: the
		// administrator's recommendations reached Lewisham's A&E.
		assert.Equal(t, []string{"pct-bexley", "pct-bromley", "pct-greenwich", "pct-lewisham", "ccg-lewisham"}, pl.Agreement.Local, pl.Service.ID)
		assert.Equal(t, []string{"la-bexley", "la-bromley", "la-greenwich", "la-lewisham"}, pl.Agreement.Scrutiny, pl.Service.ID)
	}
	assert.Equal(t, []string{"pct-greenwich", "pct-bexley"}, plans[0].Agreement.Commissioners)

	r, err := england.AssetRegister(f, env, p.ID)
	require.NoError(t, err)
	got := map[string]england.Disposal{}
	for _, a := range r.Assets {
		got[a.ID] = a.Disposal
	}
	assert.Equal(t, map[string]england.Disposal{
		"qeh-pfi":   england.DisposalUnknown, // PFI: whether public money paid for it is not a yes or no
		"pruh-site": england.DisposalUnknown, // funding not found
		"qms-site":  england.DisposalRefused,
	}, got)

	tests := []struct {
		giveDate string
		want     string
	}{
		{giveDate: "2012-07-15", want: england.PublicAssetSoS.String()},          // the day before the administrator took control
		{giveDate: "2012-07-16", want: england.DisposalRefusedUnderTSA.String()}, // the first day
		{giveDate: "2013-01-31", want: england.DisposalRefusedUnderTSA.String()}, // the Secretary of State's decision
		{giveDate: "2013-09-30", want: england.DisposalRefusedUnderTSA.String()}, // the last day before dissolution
	}
	for _, tt := range tests {
		t.Run(tt.giveDate, func(t *testing.T) {
			d := economy.MustDate(tt.giveDate)
			fd, err := england.InForce(d)
			require.NoError(t, err)
			dec, err := england.DecideDisposal(fd, regime.NewEnv(e, d), p.ID, "qms-site")
			require.NoError(t, err)
			assert.Equal(t, tt.want, contCode(dec), dec.Outcome.Reason)
		})
	}
}

// Central Nottinghamshire Clinical Services Ltd, May 2016: a real private
// provider of NHS services that went into administration. No source says
// whether it held a licence or a designated service, so the rules cannot
// say its services had to continue, and they do not say they may cease:
// the answer is Unknown. (Its commissioners found new providers.)
func TestCentralNottinghamshireClinicalServices2016(t *testing.T) {
	_, p, f, env := loadCase(t, "private_provider_failure_cncs_2016", "CNCS", "2016-05-17")
	plans, err := england.ContinuityPlan(f, env, p.ID)
	require.NoError(t, err)
	require.Len(t, plans, 2)
	for _, pl := range plans {
		assert.Equal(t, regime.Unknown, pl.Decision.Verdict, pl.Service.ID)
		assert.Equal(t, regime.Unknown, pl.KeptRunning, pl.Service.ID)
	}
	assert.Len(t, plans[0].Agreement.Commissioners, 5)
}

// The illustrative failed independent provider: only its commissioner
// requested service must continue; the rest follow the creditors' process;
// only the asset that service needs is protected.
func TestIllustrativePrivateProviderFailure(t *testing.T) {
	_, p, f, env := loadCase(t, "private_provider_failure_illustrative", "ILL1", "2019-06-01")
	plans, err := england.ContinuityPlan(f, env, p.ID)
	require.NoError(t, err)
	type line struct {
		ID          string
		Label       string
		KeptRunning regime.Verdict
	}
	var got []line
	for _, pl := range plans {
		got = append(got, line{pl.Service.ID, contCode(pl.Decision), pl.KeptRunning})
	}
	assert.Equal(t, []line{
		{"ILL1/mri", england.CRSContinue.String(), regime.Met},
		{"ILL1/physio", england.CreditorsTransfer.String(), regime.NotMet},
		{"ILL1/podiatry", england.CreditorsCease.String(), regime.NotMet},
	}, got)
	to, ok := contFact(plans[1].Decision.Outcome, "may transfer to")
	require.True(t, ok)
	assert.Equal(t, "ILL2", to, "named by ID: its name is in the decisions about it")

	r, err := england.AssetRegister(f, env, p.ID)
	require.NoError(t, err)
	require.Len(t, r.Assets, 2)
	assert.Equal(t, england.DisposalWithConsent, r.Assets[0].Disposal)
	assert.Equal(t, "Monitor", r.Assets[0].ConsentFrom)
	assert.Equal(t, england.DisposalAllowed, r.Assets[1].Disposal)

	// After 1 July 2022 the consent is NHS England's.
	d := economy.MustDate("2023-06-01")
	f23, err := england.InForce(d)
	require.NoError(t, err)
	r, err = england.AssetRegister(f23, regime.NewEnv(env.Economy(), d), p.ID)
	require.NoError(t, err)
	assert.Equal(t, "NHS England", r.Assets[0].ConsentFrom)
}

func TestContinuityPlanErrors(t *testing.T) {
	_, p, f, env := loadCase(t, "private_provider_failure_illustrative", "ILL1", "2019-06-01")
	_, err := england.ContinuityPlan(nil, env, p.ID)
	assert.ErrorIs(t, err, regime.ErrInvalidInput)
	_, err = england.ContinuityPlan(f, env, "nosuch")
	assert.ErrorIs(t, err, england.ErrUnknownProvider)
}
