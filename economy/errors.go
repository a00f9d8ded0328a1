package economy

import (
	"errors"
	"fmt"
	"strconv"
)

// FieldError is one problem with one field of the input, found by Parse or
// Validate. Path locates the field the way a reader of the JSON would,
// for example "providers[2].accounts.operating_expenses".
type FieldError struct {
	Path    string
	Message string
}

// Error returns "path: message".
func (e *FieldError) Error() string {
	if e.Path == "" {
		return e.Message
	}
	return e.Path + ": " + e.Message
}

// FieldErrors returns every *FieldError inside err, in order. It unwraps
// errors.Join trees, so it finds all the problems Validate reported.
func FieldErrors(err error) []*FieldError {
	var out []*FieldError
	var walk func(error)
	walk = func(e error) {
		if e == nil {
			return
		}
		if fe, ok := e.(*FieldError); ok {
			out = append(out, fe)
			return
		}
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				walk(x)
			}
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		}
	}
	walk(err)
	return out
}

// problems collects FieldErrors under a path prefix. The zero value is ready
// to use at the root.
type problems struct {
	errs []error
}

func (p *problems) add(path, format string, args ...any) {
	p.errs = append(p.errs, &FieldError{Path: path, Message: fmt.Sprintf(format, args...)})
}

func (p *problems) err() error { return errors.Join(p.errs...) }

// join builds a child path: join("providers[2]", "accounts") is
// "providers[2].accounts".
func join(parent, field string) string {
	if parent == "" {
		return field
	}
	return parent + "." + field
}

// index builds an element path: index("providers", 2) is "providers[2]".
func index(parent string, i int) string {
	return parent + "[" + strconv.Itoa(i) + "]"
}
