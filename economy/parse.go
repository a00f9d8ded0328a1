package economy

import (
	"bytes"
	"encoding/json"
	"reflect"
	"unicode/utf8"
)

// Parse reads an Economy from JSON, strictly, and validates it.
//
// Parse rejects invalid UTF-8, anything but one JSON object, data after
// it, nesting deeper than [MaxDepth], unknown or repeated fields (field
// names are matched exactly, not ignoring case as encoding/json does),
// values of the wrong JSON type, unknown enum words, dates that are not
// "YYYY-MM-DD" calendar days, malformed decimals, and null inside arrays
// and maps. A JSON null for a field means the fact was not given. Every
// problem is reported at once, as an errors.Join of *[FieldError] values
// whose paths carry array indices ("providers[1].kind"); list them with
// [FieldErrors]. A document that reads cleanly is then checked with
// [Economy.Validate], whose problems are returned the same way.
//
// On error Parse returns the zero Economy. It never panics.
func Parse(data []byte) (Economy, error) {
	var e Economy
	if err := parseInto(data, &e); err != nil {
		return Economy{}, err
	}
	if err := e.Validate(); err != nil {
		return Economy{}, err
	}
	return e, nil
}

// ParseProvider reads a single Provider from JSON exactly as [Parse] reads
// an Economy, and validates it with [Provider.Validate], so paths are
// relative to the provider ("accounts[0].period.from").
func ParseProvider(data []byte) (Provider, error) {
	var p Provider
	if err := parseInto(data, &p); err != nil {
		return Provider{}, err
	}
	if err := p.Validate(); err != nil {
		return Provider{}, err
	}
	return p, nil
}

// parseInto checks data against the type of dst and, only if nothing is
// wrong, decodes it into dst. Checking first is what lets every problem
// be reported with its path; decoding with encoding/json afterwards keeps
// the values exactly what the types' own decoders produce.
func parseInto(data []byte, dst any) error {
	if !utf8.Valid(data) {
		return &FieldError{Message: "input is not valid UTF-8"}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return &FieldError{Message: "input is empty, want a JSON object"}
	}
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		// JSON forbids a byte order mark (RFC 8259 §8.1); say so plainly
		// rather than report an odd first character.
		return &FieldError{Message: "input starts with a byte order mark, which JSON does not allow: remove it"}
	}
	root, err := readTree(data)
	if err != nil {
		return err
	}
	if root.kind != objectNode {
		return &FieldError{Message: "must be a JSON object, not " + root.kind.String()}
	}
	var p problems
	p.shape("", root, reflect.TypeOf(dst).Elem())
	if err := p.err(); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		// The check above should have caught this; report it rather than
		// lose it.
		return &FieldError{Message: "cannot decode: " + err.Error()}
	}
	return nil
}
