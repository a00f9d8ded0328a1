package regime_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
)

// Every entry of the fixture agrees with itself on both paths, for every
// subject, on several dates.
func TestPathsAgreeOnFixture(t *testing.T) {
	fx := newFixture()
	e := testEconomy()
	for _, date := range []economy.Date{day, economy.MakeDate(2015, 2, 1), economy.MakeDate(2013, 1, 1)} {
		env := regime.NewEnv(e, date).WithParams(fx.fw)
		for _, s := range regime.Subjects(e) {
			for _, rs := range fx.fw.RuleSets() {
				for _, en := range rs.Entries() {
					assert.Equal(t, en.Rule.Eval(&env, s), en.Rule.Explain(&env, s).Verdict, "%s %s %s", date, s, en.Rule.Info().ID)
				}
			}
		}
	}
}
