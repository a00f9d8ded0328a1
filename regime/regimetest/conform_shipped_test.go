package regimetest_test

import (
	"testing"

	"github.com/failregime/failregime/economy/synth"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/failregime/failregime/regime/regimetest"
	"github.com/stretchr/testify/require"
)

// The library's own rules keep the contract it asks of users' rules:
// every entry of every rule set of every shipped edition, on a synthetic
// area dated in the edition. Allocation is left out: rules that compute
// a rating on the verdict path allocate today (see BENCHMARKS.md).
func TestShippedRulesConform(t *testing.T) {
	if testing.Short() {
		t.Skip("every rule of every edition")
	}
	fs, err := england.Frameworks()
	require.NoError(t, err)
	for _, f := range fs {
		t.Run(f.ID(), func(t *testing.T) {
			date := f.From().AddDays(30)
			es, err := synth.Generate(7, synth.Config{Economies: 1, Providers: 3, Commissioners: 2, Date: date})
			require.NoError(t, err)
			e := &es[0]
			env := regime.NewEnv(e, date).WithParams(f)
			subjects := regime.Subjects(e)
			for _, rs := range f.RuleSets() {
				var mine []regime.Subject
				for _, s := range subjects {
					if rs.AppliesTo().Has(s.Kind()) {
						mine = append(mine, s)
					}
				}
				for _, en := range rs.Entries() {
					if err := regimetest.CheckRule(en.Rule, []regime.Env{env}, mine, regimetest.AllowAllocs()); err != nil {
						t.Errorf("%s %s: %v", rs.ID(), en.Rule.Info().ID, err)
					}
				}
			}
		})
	}
}
