package regimetest

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
)

// Option changes how [Load] resolves cases and how [Run] checks them.
type Option func(*config)

type config struct {
	frameworks    []*regime.Framework
	ownFrameworks bool
	economies     func(name string) (economy.Economy, error)
	coverage      *Coverage
	exhaustive    bool
}

func newConfig(opts []Option) *config {
	c := &config{economies: cases.Load}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	return c
}

// WithFrameworks makes cases name these frameworks, by id or as InForce,
// instead of the editions the library ships: how a user tests a framework
// of their own.
func WithFrameworks(fws ...*regime.Framework) Option {
	return func(c *config) { c.frameworks, c.ownFrameworks = fws, true }
}

// WithEconomies makes "economy_case" names load through load instead of
// economy/cases.Load.
func WithEconomies(load func(name string) (economy.Economy, error)) Option {
	return func(c *config) {
		if load != nil {
			c.economies = load
		}
	}
}

// WithCoverage records every decision Run makes into cov, with the
// structure of every framework a case uses.
func WithCoverage(cov *Coverage) Option { return func(c *config) { c.coverage = cov } }

// ExhaustiveExpectations makes Run check every case as if it set
// "exhaustive": every decision must be named by an expectation.
func ExhaustiveExpectations() Option { return func(c *config) { c.exhaustive = true } }
