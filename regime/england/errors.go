package england

import (
	"errors"
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// Sentinel errors of the package, besides those of [regime].
var (
	// ErrUnknownAsset: a disposal names an asset the provider does not
	// hold.
	ErrUnknownAsset = errors.New("unknown asset")
	// ErrUnknownProvider: a provider ID is not in the env's economy.
	ErrUnknownProvider = errors.New("unknown provider")
)

// provider finds providerID in env's economy: the one economy a call
// reads, so that a provider and its commissioners always come from the
// same place.
func provider(what string, f *regime.Framework, env regime.Env, providerID string) (*economy.Provider, error) {
	if f == nil {
		return nil, nilArgument(what, "framework")
	}
	e := env.Economy()
	if e == nil {
		return nil, nilArgument(what, "economy")
	}
	p, ok := e.Provider(providerID)
	if !ok {
		return nil, errorf("%s: provider %q is not in economy %q: %w", what, providerID, e.ID, ErrUnknownProvider)
	}
	return p, nil
}

// errorf prefixes the package name; every call wraps one of the sentinels
// of this package or of [regime].
func errorf(format string, args ...any) error {
	return fmt.Errorf("england: "+format, args...)
}

// nilArgument reports a nil framework, provider or economy.
func nilArgument(what, name string) error {
	return errorf("%s: nil %s: %w", what, name, regime.ErrInvalidInput)
}

// nameOr returns name, or id when name is empty: how reasons name an
// organisation.
func nameOr(name, id string) string {
	if name != "" {
		return name
	}
	return id
}
