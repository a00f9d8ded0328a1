package regime

import (
	"errors"

	"github.com/failregime/failregime/economy"
)

// Sentinel errors. Each error the package returns wraps one of these, so
// callers can test with errors.Is.
var (
	ErrDuplicateID     = errors.New("duplicate id")                                    // two rules, entries, rule sets or parameters share an ID
	ErrNilRule         = errors.New("nil rule")                                        // a rule is nil where one is needed
	ErrInvalidRule     = errors.New("invalid rule")                                    // a rule or an entry's ruling is malformed
	ErrPriorityTie     = errors.New("equal priorities under the first hit policy")     // two entries tie under First
	ErrUnknownParam    = errors.New("unknown parameter")                               // a rule or a setting names a parameter the framework lacks
	ErrParamType       = errors.New("wrong parameter type")                            // a parameter read or set as another type
	ErrParamRange      = errors.New("parameter out of range")                          // a value outside a parameter's declared range
	ErrUnknownRuleSet  = errors.New("unknown rule set")                                // Decide names a rule set the framework lacks
	ErrSubjectKind     = errors.New("rule set does not apply to this kind of subject") // Decide on a subject the rule set does not judge
	ErrInvalidSpan     = errors.New("invalid span of dates")                           // a framework's dates are impossible
	ErrNoFramework     = errors.New("no framework in force")                           // no edition covers a date
	ErrOverlappingSpan = errors.New("framework spans overlap")                         // two editions cover one day
	ErrInvalidSpec     = errors.New("invalid specification")                           // a framework, rule set or parameter declaration is malformed
	ErrInvalidInput    = errors.New("invalid input")                                   // a nil framework or economy, a bad date, a malformed decision
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
