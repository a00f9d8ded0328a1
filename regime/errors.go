package regime

import (
	"errors"

	"github.com/failregime/failregime/economy"
)

// Sentinel errors. Each error the package returns wraps one of these, so
// callers can test with errors.Is.
var (
	ErrDuplicateID     = errors.New("duplicate id")
	ErrNilRule         = errors.New("nil rule")
	ErrInvalidRule     = errors.New("invalid rule")
	ErrPriorityTie     = errors.New("equal priorities under the first hit policy")
	ErrUnknownParam    = errors.New("unknown parameter")
	ErrParamType       = errors.New("wrong parameter type")
	ErrParamRange      = errors.New("parameter value out of range")
	ErrUnknownRuleSet  = errors.New("unknown rule set")
	ErrSubjectKind     = errors.New("rule set does not apply to this kind of subject")
	ErrInvalidSpan     = errors.New("invalid span of dates")
	ErrNoFramework     = errors.New("no framework in force")
	ErrOverlappingSpan = errors.New("framework spans overlap")
	ErrInvalidInput    = errors.New("invalid input")
)

// NoFrameworkError reports a date on which no framework edition was in
// force. It wraps ErrNoFramework.
type NoFrameworkError struct {
	Date economy.Date
}

// Error names the date.
func (e *NoFrameworkError) Error() string {
	return "regime: no framework in force on " + e.Date.String()
}

// Unwrap returns ErrNoFramework.
func (e *NoFrameworkError) Unwrap() error { return ErrNoFramework }
