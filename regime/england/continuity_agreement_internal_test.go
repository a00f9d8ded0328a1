package england

import (
	"testing"

	"github.com/failregime/failregime/economy"
)

// agreementText must say what orNone says of WhoMustAgree's lists, for
// every mix of area and national commissioners, services bought by
// commissioners outside the economy, repeated and empty IDs.
func TestAgreementTextMatchesWhoMustAgree(t *testing.T) {
	ids := []string{"a", "b", "c", "x", ""}
	kinds := []economy.CommissionerKind{economy.CCG, economy.NHSEngland, economy.ICB, economy.NHSEngland}
	econ := func(mask int) *economy.Economy {
		e := &economy.Economy{}
		for i, k := range kinds {
			if mask&(1<<i) != 0 {
				e.Commissioners = append(e.Commissioners, economy.Commissioner{ID: ids[i], Kind: k})
			}
		}
		return e
	}
	var services [][]string
	for _, a := range ids {
		services = append(services, nil, []string{a})
		for _, b := range ids {
			services = append(services, []string{a, b}, []string{a, b, a})
		}
	}
	for mask := -1; mask < 1<<len(kinds); mask++ {
		var e *economy.Economy
		if mask >= 0 {
			e = econ(mask)
		}
		for _, sc := range services {
			svc := &economy.Service{Commissioners: sc}
			want := WhoMustAgree(e, svc)
			cs, ls := agreementText(e, svc)
			if cs != orNone(want.Commissioners) || ls != orNone(want.Local) {
				t.Errorf("economy %d, service %q: got %q, %q; want %q, %q", mask, sc, cs, ls, orNone(want.Commissioners), orNone(want.Local))
			}
		}
	}
}
