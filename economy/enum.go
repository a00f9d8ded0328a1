package economy

import (
	"fmt"
	"strings"
)

// enumWords holds the lower snake words of one enum type, index = value.
// Index 0 is always "unknown": every enum's zero value means the fact was
// not given.
type enumWords struct {
	typeName string
	words    []string
}

func (e enumWords) name(v uint8) string {
	if int(v) < len(e.words) {
		return e.words[v]
	}
	return fmt.Sprintf("%s(%d)", e.typeName, v)
}

func (e enumWords) marshal(v uint8) ([]byte, error) {
	if int(v) >= len(e.words) {
		return nil, fmt.Errorf("economy: %s(%d) is out of range", e.typeName, v)
	}
	return []byte(e.words[v]), nil
}

// parse accepts the word exactly as written by marshal; the empty text is
// the zero (unknown) value, as in net/netip.
func (e enumWords) parse(text []byte) (uint8, error) {
	s := string(text)
	if s == "" {
		return 0, nil
	}
	for i, w := range e.words {
		if w == s {
			return uint8(i), nil
		}
	}
	return 0, &EnumError{Type: e.typeName, Word: s, Allowed: e.allowed()}
}

func (e enumWords) allowed() []string {
	out := make([]string, len(e.words))
	copy(out, e.words)
	return out
}

// EnumError reports a word that is not one of an enum's words.
type EnumError struct {
	Type    string   // the Go type, e.g. "CQCRating"
	Word    string   // the word that was given
	Allowed []string // every word the type accepts
}

// Error returns the word, its type and the allowed words.
func (e *EnumError) Error() string {
	return fmt.Sprintf("unknown %s %q (allowed: %s)", e.Type, e.Word, strings.Join(e.Allowed, ", "))
}
