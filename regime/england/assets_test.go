package england_test

import (
	"errors"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decideAsset gives provider id the services svcs and the asset a, lets
// change adjust the provider, and decides a disposal proposed on date.
func decideAsset(t *testing.T, date, id string, change func(p *economy.Provider), a economy.Asset, svcs ...economy.Service) regime.Decision {
	t.Helper()
	e := contEconomy()
	p, ok := e.Provider(id)
	require.True(t, ok)
	p.Services, p.Assets = svcs, []economy.Asset{a}
	if change != nil {
		change(p)
	}
	d := economy.MustDate(date)
	f, err := england.InForce(d)
	require.NoError(t, err)
	dec, err := england.DecideDisposal(f, regime.NewEnv(e, d), p.ID, a.ID)
	require.NoError(t, err)
	return dec
}

func TestAssetProtection(t *testing.T) {
	public := economy.Asset{ID: "site", Description: "Hospital site", Class: economy.Land, PubliclyFunded: contYes()}
	private := economy.Asset{ID: "site", Description: "Clinic", Class: economy.Buildings, PubliclyFunded: contNo(), NeededFor: []string{"svc"}}
	unknownFunding := economy.Asset{ID: "site", Description: "Hospital site"}
	svc := func(d economy.Designation) economy.Service {
		return economy.Service{ID: "svc", Name: "Service", Designation: d}
	}
	tsa := func(p *economy.Provider) {
		p.Governance.Spells = []economy.Spell{{Regime: economy.TrustSpecialAdministration,
			Start: economy.MustDate("2012-07-16"), End: economy.MustDate("2013-10-01")}}
	}
	tests := []struct {
		name       string
		giveDate   string
		giveID     string
		giveChange func(p *economy.Provider)
		giveAsset  economy.Asset
		giveSvcs   []economy.Service
		want       string
	}{
		{name: "trust public asset", giveDate: "2015-06-01", giveID: "RT1", giveAsset: public, want: england.PublicAssetSoS.String()},
		{name: "trust public asset, 2008", giveDate: "2008-06-01", giveID: "RT1", giveAsset: public, want: england.PublicAssetSoS.String()},
		{name: "trust funding not known", giveDate: "2015-06-01", giveID: "RT1", giveAsset: unknownFunding, want: "unknown"},
		{name: "trust asset not publicly funded", giveDate: "2015-06-01", giveID: "RT1", giveAsset: private,
			giveSvcs: []economy.Service{svc(economy.LocationSpecific)}, want: england.NotProtected.String()},
		{name: "day before the TSA", giveDate: "2012-07-15", giveID: "RT1", giveChange: tsa, giveAsset: public, want: england.PublicAssetSoS.String()},
		{name: "first day of the TSA", giveDate: "2012-07-16", giveID: "RT1", giveChange: tsa, giveAsset: public, want: england.DisposalRefusedUnderTSA.String()},
		{name: "last day of the TSA", giveDate: "2013-09-30", giveID: "RT1", giveChange: tsa, giveAsset: public, want: england.DisposalRefusedUnderTSA.String()},
		{name: "day the TSA ended", giveDate: "2013-10-01", giveID: "RT1", giveChange: tsa, giveAsset: public, want: england.PublicAssetSoS.String()},
		{name: "TSA, unprotected asset", giveDate: "2012-08-01", giveID: "RT1", giveChange: tsa, giveAsset: private,
			giveSvcs: []economy.Service{svc(economy.DesignationNone)}, want: england.NotProtected.String()},
		{name: "FT public asset, Monitor", giveDate: "2015-06-01", giveID: "RF1", giveAsset: public, want: england.PublicAssetMonitor.String()},
		{name: "FT public asset, last day of Monitor", giveDate: "2022-06-30", giveID: "RF1", giveAsset: public, want: england.PublicAssetMonitor.String()},
		{name: "FT public asset, first day of NHS England", giveDate: "2022-07-01", giveID: "RF1", giveAsset: public, want: england.PublicAssetNHSE.String()},
		{name: "FT asset for a deemed CRS", giveDate: "2015-06-01", giveID: "RF1", giveAsset: private,
			giveSvcs: []economy.Service{svc(economy.DesignationNone)}, want: england.RelevantAssetMonitor.String()},
		{name: "FT asset for an undesignated service, April 2016", giveDate: "2016-04-01", giveID: "RF1", giveAsset: private,
			giveSvcs: []economy.Service{svc(economy.DesignationNone)}, want: england.NotProtected.String()},
		{name: "FT asset for a CRS, 2023", giveDate: "2023-01-01", giveID: "RF1", giveAsset: private,
			giveSvcs: []economy.Service{svc(economy.CommissionerRequested)}, want: england.RelevantAssetNHSE.String()},
		{name: "FT asset before the licence", giveDate: "2013-03-31", giveID: "RF1", giveAsset: private,
			giveSvcs: []economy.Service{svc(economy.CommissionerRequested)}, want: england.NotProtected.String()},
		{name: "private relevant asset", giveDate: "2015-06-01", giveID: "IP1", giveAsset: private,
			giveSvcs: []economy.Service{svc(economy.CommissionerRequested)}, want: england.RelevantAssetMonitor.String()},
		{name: "private, day before the licence bound it", giveDate: "2014-03-31", giveID: "IP1", giveAsset: private,
			giveSvcs: []economy.Service{svc(economy.CommissionerRequested)}, want: england.NotProtected.String()},
		{name: "private, first day of the licence", giveDate: "2014-04-01", giveID: "IP1", giveAsset: private,
			giveSvcs: []economy.Service{svc(economy.CommissionerRequested)}, want: england.RelevantAssetMonitor.String()},
		{name: "private, licence not known", giveDate: "2015-06-01", giveID: "IP1", giveChange: func(p *economy.Provider) { p.Licensed = nil },
			giveAsset: private, giveSvcs: []economy.Service{svc(economy.CommissionerRequested)}, want: "unknown"},
		{name: "private, designation not known", giveDate: "2015-06-01", giveID: "IP1", giveAsset: private,
			giveSvcs: []economy.Service{svc(economy.DesignationUnknown)}, want: "unknown"},
		{name: "private, needed for an undesignated service", giveDate: "2015-06-01", giveID: "IP1", giveAsset: private,
			giveSvcs: []economy.Service{svc(economy.DesignationNone)}, want: england.NotProtected.String()},
		{name: "private, public money does not protect it", giveDate: "2015-06-01", giveID: "IP1", giveAsset: public, want: england.NotProtected.String()},
		{name: "owner not known", giveDate: "2015-06-01", giveID: "IP1", giveChange: func(p *economy.Provider) { p.Kind = economy.KindSocialCare },
			giveAsset: public, want: "unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decideAsset(t, tt.giveDate, tt.giveID, tt.giveChange, tt.giveAsset, tt.giveSvcs...)
			assert.Equal(t, tt.want, contCode(d), d.Outcome.Reason)
		})
	}
}

func TestDecideDisposalErrors(t *testing.T) {
	e := contEconomy()
	p, _ := e.Provider("RT1")
	f, err := england.InForce(economy.MustDate("2015-06-01"))
	require.NoError(t, err)
	env := regime.NewEnv(e, economy.MustDate("2015-06-01"))
	_, err = england.DecideDisposal(f, env, p.ID, "nowhere")
	assert.True(t, errors.Is(err, england.ErrUnknownAsset), err)
	_, err = england.DecideDisposal(f, env, "nosuch", "x")
	assert.ErrorIs(t, err, england.ErrUnknownProvider)
	p.Assets = []economy.Asset{{ID: "x", Description: "x"}}
	_, err = england.DecideDisposal(nil, env, p.ID, "x")
	assert.ErrorIs(t, err, regime.ErrInvalidInput)
	_, err = england.AssetRegister(nil, env, p.ID)
	assert.ErrorIs(t, err, regime.ErrInvalidInput)
	_, err = england.AssetRegister(f, env, "nosuch")
	assert.ErrorIs(t, err, england.ErrUnknownProvider)
	_, err = england.AssetRegister(f, regime.NewEnv(nil, economy.MustDate("2015-06-01")), p.ID)
	assert.ErrorIs(t, err, regime.ErrInvalidInput)
}

func TestAssetRegister(t *testing.T) {
	e := contEconomy()
	p, _ := e.Provider("RF1")
	p.Services = []economy.Service{{ID: "ae", Name: "A&E", Designation: economy.CommissionerRequested}}
	p.Assets = []economy.Asset{
		{ID: "site", Description: "Hospital site", PubliclyFunded: contYes(), NeededFor: []string{"ae"}},
		{ID: "scanner", Description: "Leased scanner", PubliclyFunded: contNo(), NeededFor: []string{"ae"}},
		{ID: "car", Description: "Pool car", PubliclyFunded: contNo()},
		{ID: "flat", Description: "Staff flat"},
	}
	date := economy.MustDate("2017-06-01")
	f, err := england.InForce(date)
	require.NoError(t, err)
	r, err := england.AssetRegister(f, regime.NewEnv(e, date), p.ID)
	require.NoError(t, err)
	require.Len(t, r.Assets, 4)
	type line struct {
		ID          string
		Protected   regime.Verdict
		Disposal    england.Disposal
		ConsentFrom string
	}
	var got []line
	for _, a := range r.Assets {
		got = append(got, line{a.ID, a.Protected, a.Disposal, a.ConsentFrom})
	}
	assert.Equal(t, []line{
		{"site", regime.Met, england.DisposalWithConsent, "Monitor"},
		{"scanner", regime.Met, england.DisposalWithConsent, "Monitor"},
		{"car", regime.NotMet, england.DisposalAllowed, ""},
		{"flat", regime.Unknown, england.DisposalUnknown, ""},
	}, got)
	assert.Equal(t, []string{"ae"}, r.Assets[0].NeededFor)
	assert.Equal(t, "RF1", r.Provider.ID)
}

func TestDisposalText(t *testing.T) {
	for _, d := range []england.Disposal{england.DisposalUnknown, england.DisposalAllowed, england.DisposalWithConsent, england.DisposalRefused} {
		b, err := d.MarshalText()
		require.NoError(t, err)
		var back england.Disposal
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, d, back)
	}
	var d england.Disposal
	assert.Error(t, d.UnmarshalText([]byte("sold")))
}
