// Package patherr is the one error type for a problem at a place in an
// input: a path such as "providers[3].accounts.operating_expenses", a
// message, and the error that caused it, if any. Every reader of the
// library (economy.Parse, regime/api's requests, regimetest's case files)
// reports with it, and economy.FieldError is its public name.
//
// It also builds paths the one way every package writes them, and
// collects problems into a [List] that keeps the first few and counts the
// rest, so that no input can make an error list grow without bound.
package patherr

import (
	"fmt"
	"strconv"
	"strings"
)

// Error is one problem with one value of an input. Path locates the value
// the way a reader of the JSON would ("providers[2].kind"; "" for the
// input as a whole); Message says what is wrong; Err, when set, is the
// error behind the message (an unknown enum word, a malformed date), which
// errors.As and errors.Is find through Unwrap.
type Error struct {
	Path    string
	Message string
	Err     error
}

// Error returns "path: message", or the message alone at the root.
func (e *Error) Error() string {
	if e.Path == "" {
		return e.Message
	}
	return e.Path + ": " + e.Message
}

// Unwrap returns the cause, or nil.
func (e *Error) Unwrap() error { return e.Err }

// New returns the problem at path with a formatted message.
func New(path, format string, args ...any) *Error {
	return &Error{Path: path, Message: fmt.Sprintf(format, args...)}
}

// Wrap returns the problem at path that err describes: its message is
// err's, and err is its cause.
func Wrap(path string, err error) *Error {
	return &Error{Path: path, Message: err.Error(), Err: err}
}

// All returns every *Error inside err, in order. It walks errors.Join
// trees and wrapped errors, but not into an *Error's own cause.
func All(err error) []*Error {
	var out []*Error
	var walk func(error)
	walk = func(e error) {
		switch x := e.(type) {
		case nil:
		case *Error:
			out = append(out, x)
		case interface{ Unwrap() []error }:
			for _, inner := range x.Unwrap() {
				walk(inner)
			}
		case interface{ Unwrap() error }:
			walk(x.Unwrap())
		}
	}
	walk(err)
	return out
}

// Field returns the path of member key of the value at parent. A plain key
// (letters, digits and underscores) reads like a field, "accounts.surplus";
// any other key is quoted, `other["A&E 12 hours"]`, so that every path
// names exactly one value.
func Field(parent, key string) string {
	if !plain(key) {
		return parent + "[" + strconv.Quote(key) + "]"
	}
	if parent == "" {
		return key
	}
	return parent + "." + key
}

// Index returns the path of element i of the array at parent.
func Index(parent string, i int) string {
	return parent + "[" + strconv.Itoa(i) + "]"
}

// Under places path, relative to the value at parent, under parent:
// Under("economy", "providers[0].kind") is "economy.providers[0].kind".
func Under(parent, path string) string {
	switch {
	case path == "":
		return parent
	case parent == "" || path[0] == '[':
		return parent + path
	}
	return parent + "." + path
}

// Within reports whether path names the value at ancestor or one inside
// it: "a.b[2].c" is within "a.b" and "a.b[2]", not within "a.bc".
func Within(path, ancestor string) bool {
	if ancestor == "" || path == ancestor {
		return true
	}
	if !strings.HasPrefix(path, ancestor) {
		return false
	}
	switch path[len(ancestor)] {
	case '.', '[':
		return true
	}
	return false
}

// Ancestors calls f with path and every path that contains it, innermost
// first, ending with "": "a.b[2]", "a.b", "a", "". A quoted key is one
// step, whatever its characters.
func Ancestors(path string, f func(string) bool) {
	for {
		if !f(path) || path == "" {
			return
		}
		path = parentOf(path)
	}
}

// parentOf strips the last step of path.
func parentOf(path string) string {
	if strings.HasSuffix(path, "\"]") {
		// A quoted key: find the opening `["` whose quoted string ends the
		// path. Quoted keys escape their quotes, so scan from the start.
		for i := 0; i < len(path); i++ {
			if path[i] == '[' && i+1 < len(path) && path[i+1] == '"' {
				if s, err := strconv.QuotedPrefix(path[i+1:]); err == nil && i+1+len(s)+1 == len(path) {
					return path[:i]
				}
			}
		}
	}
	i := strings.LastIndexAny(path, ".[")
	if i < 0 {
		return ""
	}
	return path[:i]
}

func plain(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
