package regimetest

import (
	"errors"
	"strings"
)

// Error is one problem with a case file: the file, the path of the value
// inside it as a reader of the JSON would write it
// ("cases[2].expect.decisions[0].verdict"), and what is wrong. [Load]
// reports every problem it finds, joined with errors.Join; [Errors] lists
// them.
type Error struct {
	File    string
	Path    string
	Message string
}

// Error renders "file: path: message".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Path != "" {
		b.WriteString(": " + e.Path)
	}
	b.WriteString(": " + e.Message)
	return b.String()
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
