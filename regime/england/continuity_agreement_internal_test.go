package england

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
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
			env := regime.NewEnv(e, economy.MustDate("2015-06-03"))
			cs, ls := agreementText(&env, svc)
			if cs != orNone(want.Commissioners) || ls != orNone(want.Local) {
				t.Errorf("economy %d, service %q: got %q, %q; want %q, %q", mask, sc, cs, ls, orNone(want.Commissioners), orNone(want.Local))
			}
		}
	}
}

// Beyond MaxLocalListed area commissioners, a decision names them by
// count, then the service's own that are not among them: the economy's
// national commissioners in the economy's order, then those outside the
// economy in the service's order. At MaxLocalListed it still names every
// one.
func TestAgreementTextNamesAManyCommissionerAreaByCount(t *testing.T) {
	area := func(n int) *economy.Economy {
		e := &economy.Economy{}
		for i := range n {
			e.Commissioners = append(e.Commissioners, economy.Commissioner{ID: "ccg" + string(rune('A'+i%26)) + string(rune('a'+i/26)), Kind: economy.CCG})
		}
		return e
	}
	svc := &economy.Service{Commissioners: []string{"out2", "nhse", "ccgAa", "out1", "nhse"}}

	at := area(MaxLocalListed)
	at.Commissioners = append(at.Commissioners, economy.Commissioner{ID: "nhse", Kind: economy.NHSEngland})
	env := regime.NewEnv(at, economy.MustDate("2015-06-03"))
	_, ls := agreementText(&env, svc)
	assert.Equal(t, orNone(WhoMustAgree(at, svc).Local), ls)

	beyond := area(MaxLocalListed + 1)
	beyond.Commissioners = append([]economy.Commissioner{{ID: "nhse", Kind: economy.NHSEngland}}, beyond.Commissioners...)
	env = regime.NewEnv(beyond, economy.MustDate("2015-06-03"))
	cs, ls := agreementText(&env, svc)
	assert.Equal(t, "out2, nhse, ccgAa, out1, nhse", cs)
	assert.Equal(t, "the 13 area commissioners of the economy, nhse, out2, out1", ls)

	_, ls = agreementText(&env, &economy.Service{})
	assert.Equal(t, "the 13 area commissioners of the economy", ls)
}

func TestProviderIsText(t *testing.T) {
	for o := economy.Ownership(0); o.Valid(); o++ {
		assert.Equal(t, "the provider is "+o.String(), providerIsText(o))
	}
	assert.Equal(t, "the provider is Ownership(200)", providerIsText(economy.Ownership(200)), "out of range: written out, no panic")
}

func TestArticle(t *testing.T) {
	for word, want := range map[string]string{"icb": "an icb", "independent_private": "an independent_private",
		"nhs_trust": "a nhs_trust", "ccg": "a ccg", "": "a "} {
		assert.Equal(t, want, aOr(word))
	}
}
