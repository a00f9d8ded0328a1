// Package synth makes synthetic health economies from a seed, for
// benchmarks, load tests and fuzzing at the scale of England. The same seed
// and configuration always give the same economies, byte for byte.
//
// The economies are plausible, not real: every figure is drawn from a range
// wide enough to reach every band of every rating and every branch of the
// rules (trusts in surplus and in deep deficit, every CQC rating, pending
// inspections, special measures, breaches, designated services with and
// without alternatives, public and private assets), and every economy
// passes [economy.Economy.Validate]. For real economies see package cases.
package synth

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/failregime/failregime/economy"
)

// Config sizes the economies and dates their facts.
type Config struct {
	Economies     int          // number of health economies
	Providers     int          // providers in all, spread over the economies
	Commissioners int          // commissioners in all, spread over the economies
	Date          economy.Date // the facts are those known on this date
	Years         int          // years of history before Date; 0 means 3
}

// England is the size of England's NHS around 2015: about 250 trusts,
// 200 commissioners and 45 local health economies.
func England(date economy.Date) Config {
	return Config{Economies: 45, Providers: 250, Commissioners: 200, Date: date}
}

// Generate returns the economies of c drawn from seed. It returns an error
// for a configuration it cannot honour (no economies, negative counts, an
// invalid date).
func Generate(seed uint64, c Config) ([]economy.Economy, error) {
	if c.Economies < 1 || c.Providers < 0 || c.Commissioners < 0 || !c.Date.Valid() || c.Years < 0 {
		return nil, fmt.Errorf("synth: config %+v: want at least one economy, counts not negative, a valid date", c)
	}
	if c.Years == 0 {
		c.Years = 3
	}
	g := gen{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), c: c}
	out := make([]economy.Economy, c.Economies)
	for i := range out {
		// Drawn over the history window, then read as they stood on the
		// date: a year under way has no outturn yet, a report not yet
		// published is pending, a spell not yet over has no end.
		e := g.economy(i, share(c.Providers, c.Economies, i), share(c.Commissioners, c.Economies, i))
		out[i] = economy.AsOf(&e, c.Date)
	}
	return out, nil
}

// share splits total over n parts, the first parts taking the remainder.
func share(total, n, i int) int {
	q, r := total/n, total%n
	if i < r {
		return q + 1
	}
	return q
}

type gen struct {
	rng *rand.Rand
	c   Config
}

func (g *gen) economy(i, providers, commissioners int) economy.Economy {
	id := fmt.Sprintf("E%02d", i+1)
	e := economy.Economy{
		ID: id, Name: "Synthetic economy " + id, Region: []string{"North", "Midlands", "East", "London", "South"}[i%5],
		Sources: []economy.Citation{{Document: "failregime synthetic data", Note: "generated, not real"}},
	}
	for j := 0; j < commissioners; j++ {
		e.Commissioners = append(e.Commissioners, g.commissioner(fmt.Sprintf("%sC%d", id, j+1)))
	}
	for j := 0; j < providers; j++ {
		e.Providers = append(e.Providers, g.provider(fmt.Sprintf("%sP%d", id, j+1)))
	}
	for j := range e.Providers {
		g.services(&e, &e.Providers[j])
	}
	e.LocalAuthorities = []economy.LocalAuthority{{ID: id + "LA", Name: "Council of " + id}}
	for y := g.firstYear(); y <= g.c.Date.Year; y++ {
		e.System = append(e.System, economy.SystemFinance{Period: economy.FinancialYear(y),
			Income: g.money(500_000_000, 3_000_000_000), Surplus: g.money(-120_000_000, 40_000_000), PlannedSurplus: g.money(-60_000_000, 40_000_000)})
	}
	if g.chance(10) {
		e.Spells = append(e.Spells, g.spell(economy.SuccessRegime))
	}
	if g.chance(20) {
		e.Spells = append(e.Spells, g.spell(economy.ChallengedHealthEconomy))
	}
	return e
}

// firstYear is the first financial year of history.
func (g *gen) firstYear() int {
	y := g.c.Date.Year - g.c.Years
	if g.c.Date.Month < time.April {
		y--
	}
	return y
}

func (g *gen) chance(percent int) bool { return g.rng.IntN(100) < percent }

func (g *gen) pick(n int) int { return g.rng.IntN(n) }

// date returns a day within the history window.
func (g *gen) date() economy.Date {
	return g.c.Date.AddDays(-g.rng.IntN(365*g.c.Years + 1))
}

func (g *gen) spell(i economy.Regime) economy.Spell {
	s := economy.Spell{Regime: i, Start: g.date(), Reason: "synthetic",
		Source: &economy.Citation{Document: "failregime synthetic data", Note: "generated, not real"}}
	if g.chance(30) {
		s.End = s.Start.AddDays(1 + g.rng.IntN(400))
	}
	return s
}
