package england_test

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/shopspring/decimal"
)

// contFromBytes builds a provider with one service, one dependent service
// and one asset from fuzz bytes, each byte choosing one fact (including
// "not given" and out-of-range enum values), and a decision date.
func contFromBytes(data []byte) (*economy.Economy, *economy.Provider, economy.Date) {
	next := func() byte {
		if len(data) == 0 {
			return 0
		}
		b := data[0]
		data = data[1:]
		return b
	}
	tri := func() *bool {
		switch next() % 3 {
		case 1:
			return contYes()
		case 2:
			return contNo()
		}
		return nil
	}
	num := func() decimal.NullDecimal {
		b := next()
		if b%4 == 0 {
			return decimal.NullDecimal{}
		}
		return decimal.NewNullDecimal(decimal.New(int64(b), -1)) // 0.1 to 25.5
	}
	e := contEconomy()
	p := &e.Providers[int(next())%len(e.Providers)]
	p.Kind = economy.ProviderKind(next() % 8)
	p.Ownership = economy.Ownership(next() % 5)
	p.Licensed = tri()
	svc := economy.Service{ID: "svc", Name: "Service", Designation: economy.Designation(next() % 5),
		Commissioners: []string{"01A"}, WidensInequalities: tri(), DependentsUnviable: tri()}
	for range next() % 3 {
		id := []string{"ALT", "RT1", "NOWHERE"}[next()%3]
		svc.Alternatives = append(svc.Alternatives, economy.Alternative{ProviderID: id, DistanceKm: num(), TravelMins: num(), HasCapacity: tri()})
	}
	if next()%2 == 1 {
		svc.Dependents = []string{[]string{"dep", "missing"}[next()%2]}
	}
	p.Services = []economy.Service{svc, {ID: "dep", Name: "Dependent", Designation: economy.Designation(next() % 5)}}
	a := economy.Asset{ID: "a", Description: "Asset", PubliclyFunded: tri()}
	if next()%2 == 1 {
		a.NeededFor = []string{[]string{"svc", "dep", "missing"}[next()%3]}
	}
	p.Assets = []economy.Asset{a}
	if next()%2 == 1 {
		p.Governance.Spells = []economy.Spell{{Regime: economy.TrustSpecialAdministration,
			Start: economy.MakeDate(2010, 1, 1).AddDays(int(next()) * 20)}}
	}
	if next()%5 == 0 {
		e = nil // no economy around the subject
	}
	date := economy.MakeDate(2008, 4, 1).AddDays(int(next()) * 27)
	return e, p, date
}

// FuzzContinuityAndAssets: random facts never panic; the verdict-only path
// agrees with the explained one, rule by rule and for the whole set;
// deciding twice gives the same JSON and leaves the economy unchanged; and
// a decision is in proportion to the facts (checkProportionate).
func FuzzContinuityAndAssets(f *testing.F) {
	f.Add([]byte{})                                     // every fact missing
	f.Add([]byte{0, 1, 0, 1, 3, 2, 2, 1, 1, 40, 80, 1}) // NHS trust, LSS, a close alternative
	f.Add([]byte{2, 3, 3, 1, 2, 2, 2, 2, 1, 200, 255})  // private, CRS, far alternative
	f.Add([]byte{1, 2, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1, 9, 100, 1, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		e, p, date := contFromBytes(data)
		fw, err := england.InForce(date)
		if err != nil {
			return
		}
		_, want, _ := contFromBytes(data) // the same facts, untouched, to compare with after
		env := regime.NewEnv(e, date)
		subjects := map[string]regime.Subject{
			england.ServiceContinuity: regime.ServiceSubject(p, &p.Services[0]),
			england.AssetProtection:   regime.AssetSubject(p, &p.Assets[0]),
		}
		for id, s := range subjects {
			rs, ok := fw.RuleSet(id)
			if !ok {
				t.Fatalf("%s: no rule set %s", fw.ID(), id)
			}
			penv := env.WithParams(fw)
			for _, en := range rs.Entries() {
				if v, o := en.Rule.Eval(&penv, s), en.Rule.Explain(&penv, s); v != o.Verdict {
					t.Fatalf("%s %s: Eval %s, Explain %s", id, en.Rule.Info().ID, v, o.Verdict)
				}
			}
			kenv, ks := penv.Known(s) // the facts Decide reads: none from after the date
			_, v := rs.Match(&kenv, ks)
			d1, err := fw.Decide(env, id, s)
			if err != nil {
				t.Fatal(err)
			}
			if d1.Verdict != v {
				t.Fatalf("%s: Match %s, Decide %s", id, v, d1.Verdict)
			}
			d2, _ := fw.Decide(env, id, s)
			j1, err1 := d1.JSON()
			j2, err2 := d2.JSON()
			if err1 != nil || err2 != nil || !bytes.Equal(j1, j2) {
				t.Fatalf("%s: decisions differ or do not marshal: %v %v", id, err1, err2)
			}
			checkProportionate(t, id, j1, len(data))
		}
		if e != nil { // the plan and the register read the provider from the economy
			if _, err := england.ContinuityPlan(fw, env, p.ID); err != nil {
				t.Fatal(err)
			}
			if _, err := england.AssetRegister(fw, env, p.ID); err != nil {
				t.Fatal(err)
			}
		}
		if !reflect.DeepEqual(want, p) {
			t.Fatal("deciding changed the provider")
		}
	})
}
