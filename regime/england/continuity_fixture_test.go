package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/require"
)

// The continuity fixture is a made-up area: two CCGs, NHS England's direct
// commissioning, a council, an NHS trust, a foundation trust, an
// independent provider and the trust next door that could take services
// over. Each test changes one service or asset and decides it.

func contYes() *bool { b := true; return &b }
func contNo() *bool  { b := false; return &b }

func contEconomy() *economy.Economy {
	return &economy.Economy{
		ID: "E9", Name: "Continuity test area",
		Commissioners: []economy.Commissioner{
			{ID: "01A", Name: "North CCG", Kind: economy.CCG},
			{ID: "02B", Name: "South CCG", Kind: economy.CCG},
			{ID: "NHSE", Name: "NHS England specialised commissioning", Kind: economy.NHSEngland},
			{ID: "LA1", Name: "County Council", Kind: economy.Council},
		},
		Providers: []economy.Provider{
			{ID: "RT1", Name: "Test NHS Trust", Kind: economy.KindNHSTrust},
			{ID: "RF1", Name: "Test NHS Foundation Trust", Kind: economy.KindFoundationTrust},
			{ID: "IP1", Name: "Test Healthcare Ltd", Kind: economy.KindIndependentPrivate, Licensed: contYes()},
			{ID: "ALT", Name: "Neighbour NHS Trust", Kind: economy.KindNHSTrust},
		},
	}
}

// plainService is a service with every designation test assessed and
// failed, and one alternative provider 10 km away with capacity: left
// alone it may transfer.
func plainService() economy.Service {
	return economy.Service{
		ID: "svc", Name: "Test service", Designation: economy.DesignationNone, Commissioners: []string{"01A", "NHSE"},
		WidensInequalities: contNo(), DependentsUnviable: contNo(),
		Alternatives: []economy.Alternative{{ProviderID: "ALT", DistanceKm: nd("10"), TravelMins: nd("20"), HasCapacity: contYes()}},
	}
}

// decideService puts svc (and any other services) into provider id and
// decides it under the edition in force on date.
func decideService(t *testing.T, date, id string, change func(p *economy.Provider), svc economy.Service, others ...economy.Service) regime.Decision {
	t.Helper()
	e := contEconomy()
	p, ok := e.Provider(id)
	require.True(t, ok)
	p.Services = append([]economy.Service{svc}, others...)
	if change != nil {
		change(p)
	}
	d := economy.MustDate(date)
	f, err := england.InForce(d)
	require.NoError(t, err)
	dec, err := f.Decide(regime.NewEnv(e, d), england.ServiceContinuity, regime.ServiceSubject(p, &p.Services[0]))
	require.NoError(t, err)
	return dec
}

// contCode is the decision's code, or "unknown" when it decided nothing.
func contCode(d regime.Decision) string {
	r, ok := d.Ruling()
	if !ok {
		return "unknown"
	}
	return r.Code
}

// contFact finds the text of the named fact anywhere in an outcome tree.
func contFact(o regime.Outcome, name string) (string, bool) {
	for _, f := range o.Facts {
		if f.Name == name {
			return f.Text, true
		}
	}
	for _, c := range o.Children {
		if s, ok := contFact(c, name); ok {
			return s, true
		}
	}
	return "", false
}
