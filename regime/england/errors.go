package england

import (
	"errors"
	"fmt"

	"github.com/failregime/failregime/regime"
)

// ErrUnknownAsset is returned when a disposal names an asset the provider
// does not hold.
var ErrUnknownAsset = errors.New("unknown asset")

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
