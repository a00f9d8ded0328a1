package england

import (
	"errors"
	"slices"
	"sync"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// editions lists the constructors of the framework editions this package
// ships, oldest first, one per row of editionTable. Nothing registers
// itself at init time and nothing else may change the list: the editions in
// force are a fact of the package, not of the program.
var editions = editionRegistry(editionTable)

// registry is a list of edition constructors; the package-level functions
// use editions, and the tests use registries of test-only editions.
type registry []func() (*regime.Framework, error)

// all builds every edition and checks that no two are in force on the same
// day.
func (r registry) all() ([]*regime.Framework, error) {
	var errs []error
	out := make([]*regime.Framework, 0, len(r))
	for _, build := range r {
		if build == nil {
			errs = append(errs, errorf("edition constructor: %w", regime.ErrNilRule))
			continue
		}
		f, err := build()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, f)
	}
	byFrom := slices.Clone(out)
	slices.SortStableFunc(byFrom, func(a, b *regime.Framework) int { return a.From().Compare(b.From()) })
	for i := 1; i < len(byFrom); i++ {
		prev, next := byFrom[i-1], byFrom[i]
		if prev.To().IsZero() || !prev.To().Before(next.From()) {
			errs = append(errs, errorf("editions %q and %q: %w", prev.ID(), next.ID(), regime.ErrOverlappingSpan))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

func inForce(all []*regime.Framework, date economy.Date) (*regime.Framework, error) {
	for _, f := range all {
		if f.InForce(date) {
			return f, nil
		}
	}
	return nil, &regime.NoFrameworkError{Date: date}
}

func byID(all []*regime.Framework, id string) (*regime.Framework, error) {
	for _, f := range all {
		if f.ID() == id {
			return f, nil
		}
	}
	return nil, errorf("framework %q: %w", id, regime.ErrNoFramework)
}

// shipped builds the package's editions once; they are immutable, so every
// caller may share them.
var shipped = sync.OnceValues(editions.all)

// Frameworks returns the editions this package ships, oldest first. The
// error reports an edition that does not build or two whose spans overlap;
// it means a bug in this package, and is returned rather than panicking.
func Frameworks() ([]*regime.Framework, error) {
	all, err := shipped()
	return slices.Clone(all), err
}

// InForce returns the edition in force on date, or a *NoFrameworkError
// naming the date when none was.
func InForce(date economy.Date) (*regime.Framework, error) {
	all, err := shipped()
	if err != nil {
		return nil, err
	}
	return inForce(all, date)
}

// FrameworkByID returns the shipped edition with the given ID, so that a
// recorded decision can be replayed.
func FrameworkByID(id string) (*regime.Framework, error) {
	all, err := shipped()
	if err != nil {
		return nil, err
	}
	return byID(all, id)
}
