package regime

import (
	"strconv"

	"github.com/failregime/failregime/economy"
)

// checkDates refuses an Env whose decision date is missing, or whose
// decision or facts date is not a real day within economy.EarliestDate
// and economy.LatestDate: such a date would fail only later, when the
// decision is marshalled, or send the rules' date arithmetic out of the
// calendar.
func checkDates(env *Env) error {
	if env.decision.IsZero() {
		return errorf("no decision date: %w", ErrInvalidInput)
	}
	if err := checkDate("decision date", env.decision); err != nil {
		return err
	}
	if !env.facts.IsZero() {
		return checkDate("facts date", env.facts)
	}
	return nil
}

func checkDate(what string, d economy.Date) error {
	err := economy.CheckDate(d)
	switch {
	case err == nil:
		return nil
	case !d.Valid(): // the message names the date
		return errorf("%s %v: %w", what, err, ErrInvalidInput)
	}
	return errorf("%s %s %v: %w", what, d, err, ErrInvalidInput)
}

// notInForce says, when f was not in force on date, that its rules were
// applied only because they were asked for: "sr2015, in force from
// 2015-06-03 to 2015-08-04, was not in force on 2026-01-01: its rules
// applied as asked". It is "" when f was in force.
func (f *Framework) notInForce(date economy.Date) string {
	if f.InForce(date) {
		return ""
	}
	span := "from " + f.From().String()
	if !f.To().IsZero() {
		span += " to " + f.To().String()
	}
	return f.ID() + ", in force " + span + ", was not in force on " + date.String() + ": its rules applied as asked"
}

// joinNotes joins the non-empty notes with "; ".
func joinNotes(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// invalidEconomyError is an economy that economy.Validate refuses, given
// to Assess. It is ErrInvalidInput, and unwraps to Validate's error so
// that economy.FieldErrors lists the problems with their paths.
type invalidEconomyError struct {
	id  string
	err error
}

func (e *invalidEconomyError) Error() string {
	return "regime: assess: economy " + strconv.Quote(e.id) + " is invalid: " + ErrInvalidInput.Error() + ": " + e.err.Error()
}

// Is reports that the error is ErrInvalidInput.
func (e *invalidEconomyError) Is(target error) bool { return target == ErrInvalidInput }

// Unwrap returns Validate's error.
func (e *invalidEconomyError) Unwrap() error { return e.err }
