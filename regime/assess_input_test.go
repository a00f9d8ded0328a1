package regime_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A decision or facts date that is not a real day, or lies outside the
// span every date keeps to, is refused by Decide and Assess, instead of
// failing later when the decision is marshalled.
func TestDecideAndAssessRefuseImpossibleDates(t *testing.T) {
	fx := newFixture()
	e := testEconomy()
	tests := []struct {
		name string
		env  regime.Env
		want string
	}{
		{"30 February", regime.NewEnv(e, economy.MakeDate(2015, time.February, 30)), "decision date 2015-02-30 is not a real date: February 2015 has 28 days"},
		{"month 13", regime.NewEnv(e, economy.MakeDate(2015, 13, 1)), "decision date 2015-13-01 is not a real date: there is no month 13"},
		{"no date", regime.NewEnv(e, economy.Date{}), "no decision date"},
		{"before the NHS", regime.NewEnv(e, economy.MustDate("1900-01-01")), "decision date 1900-01-01 must not be before 1948-07-05"},
		{"after 2100", regime.NewEnv(e, economy.MustDate("2101-01-01")), "decision date 2101-01-01 must not be after 2100-12-31"},
		{"facts date day 0", regime.NewEnv(e, day).WithFactsDate(economy.MakeDate(2015, time.March, 0)), "facts date 2015-03-00 is not a real date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := fx.fw.Decide(tt.env, "intervention", regime.ProviderSubject(&e.Providers[0]))
			require.ErrorIs(t, err, regime.ErrInvalidInput)
			assert.ErrorContains(t, err, tt.want)
			_, err = fx.fw.Assess(tt.env)
			require.ErrorIs(t, err, regime.ErrInvalidInput)
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

// A framework not in force on the decision date is applied as asked, and
// each decision and the assessment say so, in JSON and in text, the same
// on every run.
func TestFrameworkNotInForceIsSaid(t *testing.T) {
	fx := newFixture()
	e := testEconomy()
	const note = "test2015, in force from 2015-04-01 to 2016-03-31, was not in force on 2026-01-01: its rules applied as asked"
	env := regime.NewEnv(e, economy.MustDate("2026-01-01")).WithFactsDate(day)
	a, err := fx.fw.Assess(env)
	require.NoError(t, err)
	assert.Equal(t, note, a.Note)
	assert.Contains(t, a.Text(), "]\nNote: "+note+"\n")
	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"economy":{"kind":"economy","id":"E1","name":"Test Economy"},"note":"`+note+`","decisions":`)
	for _, d := range a.Decisions {
		assert.Contains(t, d.Note, note)
		assert.Contains(t, d.Text(), "\nNote: "+note)
		dj, err := d.JSON()
		require.NoError(t, err)
		assert.Contains(t, string(dj), `"note":"`+note)
	}
	again, err := fx.fw.Assess(env)
	require.NoError(t, err)
	c, err := json.Marshal(again)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(c))

	// In force: no note, as before.
	a, err = fx.fw.Assess(regime.NewEnv(e, day))
	require.NoError(t, err)
	assert.Empty(t, a.Note)
	assert.NotContains(t, a.Text(), "Note: test2015")
}

// Subject IDs are unambiguous by construction: the economy refuses a '/'
// in an ID, Assess validates its economy, and a subject of an economy
// built in Go without Validate escapes the separator, so that provider
// "A" with service "B/C" and provider "A/B" with service "C" never share
// an ID.
func TestSubjectIDsDoNotCollide(t *testing.T) {
	e := &economy.Economy{ID: "E", Name: "E", Providers: []economy.Provider{
		{ID: "A", Name: "A", Kind: economy.KindNHSTrust, Services: []economy.Service{{ID: "B/C", Name: "s"}},
			Assets: []economy.Asset{{ID: "B/C", Description: "a"}}},
		{ID: "A/B", Name: "AB", Kind: economy.KindNHSTrust, Services: []economy.Service{{ID: "C", Name: "s"}},
			Assets: []economy.Asset{{ID: "C", Description: "a"}}},
		{ID: "A%2FB", Name: "escaped", Kind: economy.KindNHSTrust, Services: []economy.Service{{ID: "C", Name: "s"}}},
	}}
	s1 := regime.ServiceSubject(&e.Providers[0], &e.Providers[0].Services[0])
	s2 := regime.ServiceSubject(&e.Providers[1], &e.Providers[1].Services[0])
	s3 := regime.ServiceSubject(&e.Providers[2], &e.Providers[2].Services[0])
	assert.Equal(t, "A/B%2FC", s1.ID())
	assert.Equal(t, "A%2FB/C", s2.ID())
	assert.Equal(t, "A%252FB/C", s3.ID())
	a1 := regime.AssetSubject(&e.Providers[0], &e.Providers[0].Assets[0])
	a2 := regime.AssetSubject(&e.Providers[1], &e.Providers[1].Assets[0])
	assert.NotEqual(t, a1.ID(), a2.ID())

	// Valid IDs are unchanged.
	p := economy.Provider{ID: "RNL", Services: []economy.Service{{ID: "ae-cic"}}}
	assert.Equal(t, "RNL/ae-cic", regime.ServiceSubject(&p, &p.Services[0]).ID())

	// The economy refuses them, and so does Assess.
	verr := e.Validate()
	require.Error(t, verr)
	_, err := newFixture().fw.Assess(regime.NewEnv(e, day))
	require.ErrorIs(t, err, regime.ErrInvalidInput)
	var paths []string
	for _, fe := range economy.FieldErrors(err) {
		paths = append(paths, fe.Path)
	}
	assert.Contains(t, paths, "providers[0].services[0].id")
	assert.Contains(t, paths, "providers[1].id")
	assert.ErrorContains(t, err, `regime: assess: economy "E" is invalid: invalid input: `)
}

// Assess holds an economy built in Go to the bounds Parse holds a parsed
// one to: a decimal of 7e10000000 or a distance of 1e30000000 is refused
// at once, never computed with.
func TestAssessValidatesBounds(t *testing.T) {
	fx := newFixture()
	tests := []struct {
		name  string
		edit  func(*economy.Economy)
		paths []string
	}{
		{"a surplus of 7e10000000", func(e *economy.Economy) {
			e.Providers[0].Accounts[0].Surplus = decimal.NewNullDecimal(decimal.New(7, 10000000))
		}, []string{"providers[0].accounts[0].surplus"}},
		{"a distance of 1e30000000", func(e *economy.Economy) {
			e.Providers[0].Services = []economy.Service{{ID: "s", Name: "s", Alternatives: []economy.Alternative{
				{ProviderID: "RB2", DistanceKm: decimal.NewNullDecimal(decimal.New(1, 30000000))}}}}
		}, []string{"providers[0].services[0].alternatives[0].distance_km"}},
		{"a name of 5000 bytes", func(e *economy.Economy) {
			e.Providers[1].Name = string(make([]byte, 5000))
		}, []string{"providers[1].name"}},
		{"a provider with no ID", func(e *economy.Economy) { e.Providers[2].ID = "" }, []string{"providers[2].id"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := testEconomy()
			tt.edit(e)
			_, err := fx.fw.Assess(regime.NewEnv(e, day))
			require.ErrorIs(t, err, regime.ErrInvalidInput)
			var paths []string
			for _, fe := range economy.FieldErrors(err) {
				paths = append(paths, fe.Path)
			}
			assert.Equal(t, tt.paths, paths)
			assert.Less(t, len(err.Error()), 2000, "the error does not print the number")
		})
	}
}

// An economy that would need more than MaxDecisions decisions is refused
// before any is made; one at the limit is assessed.
func TestAssessRefusesMoreThanMaxDecisions(t *testing.T) {
	if testing.Short() {
		t.Skip("assesses 20,000 services")
	}
	f := oneRuleFramework(t, regime.SubjectService, regime.Const("c", regime.Met))
	build := func(services int) *economy.Economy {
		e := &economy.Economy{ID: "E", Name: "E"}
		for p := 0; services > 0; p++ {
			n := min(services, economy.MaxServices)
			pr := economy.Provider{ID: fmt.Sprintf("P%d", p), Name: "P", Kind: economy.KindNHSTrust, Services: make([]economy.Service, n)}
			for i := range pr.Services {
				pr.Services[i] = economy.Service{ID: fmt.Sprintf("s%d", i), Name: "S"}
			}
			e.Providers = append(e.Providers, pr)
			services -= n
		}
		return e
	}
	_, err := f.Assess(regime.NewEnv(build(regime.MaxDecisions+1), day))
	require.ErrorIs(t, err, regime.ErrInvalidInput)
	assert.EqualError(t, err, `regime: assess: economy "E" needs 20001 decisions, more than the limit of 20000 (regime.MaxDecisions): invalid input`)
	a, err := f.Assess(regime.NewEnv(build(regime.MaxDecisions), day))
	require.NoError(t, err)
	assert.Len(t, a.Decisions, regime.MaxDecisions)
}
