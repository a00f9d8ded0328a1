package regime

import (
	"fmt"
	"strings"
)

// words is the name table of one small enum: index = value, index 0 is
// always "unknown" so that every zero value reads as "not known".
type words struct {
	typeName string
	names    []string
}

func (w words) name(v uint8) string {
	if int(v) < len(w.names) {
		return w.names[v]
	}
	return fmt.Sprintf("%s(%d)", w.typeName, v)
}

func (w words) marshal(v uint8) ([]byte, error) {
	if int(v) >= len(w.names) {
		return nil, fmt.Errorf("regime: %s(%d) is out of range", w.typeName, v)
	}
	return []byte(w.names[v]), nil
}

// parse ignores case; empty text is the zero (unknown) value, as in the
// economy package.
func (w words) parse(text []byte) (uint8, error) {
	s := string(text)
	if s == "" {
		return 0, nil
	}
	for i, n := range w.names {
		if strings.EqualFold(n, s) {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("regime: unknown %s %q (allowed: %s)", w.typeName, s, strings.Join(w.names, ", "))
}

func unmarshalWord[T ~uint8](w words, text []byte, dst *T) error {
	v, err := w.parse(text)
	if err != nil {
		return err
	}
	*dst = T(v)
	return nil
}
