package timetable

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error this package returns wraps one of them, so
// callers can test with errors.Is.
var (
	// ErrInvalid: an argument is not usable (an impossible date, a period
	// under one working day, a provider that cannot be in special
	// administration).
	ErrInvalid = errors.New("invalid timetable input")
	// ErrNotCovered: a count crosses a year whose bank holidays the
	// calendar does not know.
	ErrNotCovered = errors.New("date outside the calendar")
)

// invalid returns an error wrapping ErrInvalid.
func invalid(format string, args ...any) error {
	return fmt.Errorf("timetable: "+format+": %w", append(args, ErrInvalid)...)
}
