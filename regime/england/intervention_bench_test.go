package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

func benchCase(b *testing.B, name, date string) (*regime.Framework, regime.Env, *economy.Economy) {
	b.Helper()
	e, err := cases.Load(name)
	if err != nil {
		b.Fatal(err)
	}
	d := economy.MustDate(date)
	f, err := england.InForce(d)
	if err != nil {
		b.Fatal(err)
	}
	return f, regime.NewEnv(&e, d).WithParams(f), &e
}

// BenchmarkCommissionerIntervention is the verdict-only path for NEW Devon
// CCG on the day the 2015/16 ratings were published.
func BenchmarkCommissionerIntervention(b *testing.B) {
	f, env, e := benchCase(b, "north_new_devon_2015", "2016-07-21")
	rs, _ := f.RuleSet(england.CommissionerIntervention)
	s := regime.CommissionerSubject(&e.Commissioners[0])
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, sinkVerdict = rs.Match(&env, s)
	}
}

// BenchmarkCommissionerInterventionDecide builds the full explanation.
func BenchmarkCommissionerInterventionDecide(b *testing.B) {
	f, env, e := benchCase(b, "north_new_devon_2015", "2016-07-21")
	s := regime.CommissionerSubject(&e.Commissioners[0])
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d, _ := f.Decide(env, england.CommissionerIntervention, s)
		sinkVerdict = d.Verdict
	}
}

// BenchmarkEconomyIntervention is the verdict-only path for mid and south
// Essex, without its success-regime spell so that every criterion runs.
func BenchmarkEconomyIntervention(b *testing.B) {
	f, env, e := benchCase(b, "essex_2015", "2015-06-03")
	e.Spells = e.Spells[:1]
	rs, _ := f.RuleSet(england.EconomyIntervention)
	s := regime.EconomySubject(e)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, sinkVerdict = rs.Match(&env, s)
	}
}

// BenchmarkEconomyInterventionDecide builds the full explanation.
func BenchmarkEconomyInterventionDecide(b *testing.B) {
	f, env, e := benchCase(b, "essex_2015", "2015-06-03")
	e.Spells = e.Spells[:1]
	s := regime.EconomySubject(e)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d, _ := f.Decide(env, england.EconomyIntervention, s)
		sinkVerdict = d.Verdict
	}
}
