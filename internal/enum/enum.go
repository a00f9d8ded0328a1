// Package enum is the one codec for the library's small enums: each enum
// is a uint8 whose values index a table of lower_snake words. Every
// package's enums use it, so that every enum reads and writes text by the
// same rules:
//
//   - a value encodes as its word; a value outside the table is an error
//     when encoding and prints as "Type(n)" in String;
//   - decoding is exact: the word as written by the encoder, same case;
//   - empty text decodes to the zero value, whose word is the table's
//     first (for most enums "unknown": the fact was not given);
//   - an unknown word is an [*Error] naming the type, the word and every
//     allowed word.
package enum

import (
	"strconv"
	"strings"
)

// Words is the word table of one enum type. Build it once, at package
// level, with [New].
type Words struct {
	typ   string
	words []string
}

// New returns the table of the enum type named typ (its Go name, used in
// messages); words[v] is the word of value v.
func New(typ string, words ...string) Words {
	return Words{typ: typ, words: words}
}

// Type returns the Go name of the enum type.
func (w Words) Type() string { return w.typ }

// Len returns the number of values.
func (w Words) Len() int { return len(w.words) }

// Valid reports whether v is a value of the enum.
func (w Words) Valid(v uint8) bool { return int(v) < len(w.words) }

// Name returns v's word, or "Type(n)" for a value out of range, so that a
// bad value shows itself instead of panicking.
func (w Words) Name(v uint8) string {
	if w.Valid(v) {
		return w.words[v]
	}
	return w.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Marshal returns v's word, or an error for a value out of range.
func (w Words) Marshal(v uint8) ([]byte, error) {
	if !w.Valid(v) {
		return nil, &RangeError{Type: w.typ, Value: v}
	}
	return []byte(w.words[v]), nil
}

// Parse returns the value whose word is text; empty text is the zero
// value. Any other text is an [*Error].
func (w Words) Parse(text []byte) (uint8, error) {
	if len(text) == 0 {
		return 0, nil
	}
	for i, word := range w.words {
		if word == string(text) {
			return uint8(i), nil
		}
	}
	return 0, &Error{Type: w.typ, Word: string(text), Allowed: w.Allowed()}
}

// Allowed returns a fresh copy of the words, in value order.
func (w Words) Allowed() []string { return append([]string(nil), w.words...) }

// Unmarshal parses text into *dst, leaving *dst unchanged on error.
func Unmarshal[T ~uint8](w Words, text []byte, dst *T) error {
	v, err := w.Parse(text)
	if err != nil {
		return err
	}
	*dst = T(v)
	return nil
}

// Error reports a word that is not one of an enum's words.
type Error struct {
	Type    string   // the Go type, e.g. "CQCRating"
	Word    string   // the word that was given
	Allowed []string // every word the type accepts
}

// Error names the word, its type and the allowed words.
func (e *Error) Error() string {
	return "unknown " + e.Type + " " + strconv.Quote(e.Word) + " (allowed: " + strings.Join(e.Allowed, ", ") + ")"
}

// RangeError reports a value outside its enum's table, met when encoding.
type RangeError struct {
	Type  string
	Value uint8
}

// Error names the type and the value.
func (e *RangeError) Error() string {
	return e.Type + "(" + strconv.Itoa(int(e.Value)) + ") is out of range"
}
