package regimetest

import (
	"errors"
	"strings"

	"github.com/failregime/failregime/economy"
)

// Error is one problem with a case file: the file, and the problem inside
// it, the library's one path error: the path of the value as a reader of
// the JSON would write it ("cases[2].expect.decisions[0].verdict"), what
// is wrong, and the error behind it if any (an unknown word's
// *economy.EnumError), which Unwrap returns. [Load] reports every problem
// it finds, up to economy.MaxProblems, joined with errors.Join; [Errors]
// lists them.
type Error struct {
	File string
	economy.FieldError
}

// Error renders "file: path: message".
func (e *Error) Error() string {
	var parts []string
	for _, s := range []string{e.File, e.Path, e.Message} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ": ")
}

// Errors lists the *Error values inside err, in the order they were found.
func Errors(err error) []*Error {
	var out []*Error
	var walk func(error)
	walk = func(err error) {
		var e *Error
		switch x := err.(type) {
		case nil:
		case interface{ Unwrap() []error }:
			for _, inner := range x.Unwrap() {
				walk(inner)
			}
		default:
			if errors.As(err, &e) {
				out = append(out, e)
			}
		}
	}
	walk(err)
	return out
}
