package regimetest

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// decoder reads a case file strictly and keeps every problem with its
// path, rather than stopping at the first as encoding/json does (and
// encoding/json names no path for an unknown field).
type decoder struct {
	file string
	errs []error
}

func (d *decoder) fail(path, format string, args ...any) {
	d.errs = append(d.errs, &Error{File: d.file, Path: path, Message: fmt.Sprintf(format, args...)})
}

func (d *decoder) err() error { return errors.Join(d.errs...) }

// isNull reports whether raw is the JSON null.
func isNull(raw json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(raw), []byte("null")) }

// object splits a JSON object into its members, reporting a value that is
// not an object, duplicate keys and keys outside fields. It returns nil
// when raw is not an object.
func (d *decoder) object(path string, raw json.RawMessage, fields ...string) map[string]json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		d.fail(path, "want an object, got %s", kindOf(raw))
		return nil
	}
	out := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			d.fail(path, "malformed object: %v", err)
			return nil
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			d.fail(join(path, key), "malformed value: %v", err)
			return nil
		}
		switch _, dup := out[key]; {
		case dup:
			d.fail(join(path, key), "duplicate field")
		case !slices.Contains(fields, key):
			d.fail(join(path, key), "unknown field (allowed: %s)", strings.Join(fields, ", "))
		default:
			out[key] = v
		}
	}
	return out
}

// array splits a JSON array into its elements.
func (d *decoder) array(path string, raw json.RawMessage) []json.RawMessage {
	var out []json.RawMessage
	if isNull(raw) || json.Unmarshal(raw, &out) != nil {
		d.fail(path, "want an array, got %s", kindOf(raw))
		return nil
	}
	return out
}

// str reads a JSON string.
func (d *decoder) str(path string, raw json.RawMessage) (string, bool) {
	var s string
	if isNull(raw) || json.Unmarshal(raw, &s) != nil {
		d.fail(path, "want a string, got %s", kindOf(raw))
		return "", false
	}
	return s, true
}

// strs reads an array of strings, none empty.
func (d *decoder) strs(path string, raw json.RawMessage) []string {
	var out []string
	for i, el := range d.array(path, raw) {
		p := index(path, i)
		if s, ok := d.str(p, el); ok {
			if s == "" {
				d.fail(p, "must not be empty")
				continue
			}
			out = append(out, s)
		}
	}
	return out
}

// boolean reads a JSON true or false.
func (d *decoder) boolean(path string, raw json.RawMessage) bool {
	var b bool
	if isNull(raw) || json.Unmarshal(raw, &b) != nil {
		d.fail(path, "want true or false, got %s", kindOf(raw))
	}
	return b
}

// text reads a JSON string into v through its UnmarshalText, so that the
// words of the case file are those of the library's own JSON.
func (d *decoder) text(path string, raw json.RawMessage, v encoding.TextUnmarshaler) bool {
	s, ok := d.str(path, raw)
	if !ok {
		return false
	}
	if err := v.UnmarshalText([]byte(s)); err != nil {
		d.fail(path, "%v", err)
		return false
	}
	return true
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// kindOf names the JSON type of raw for messages.
func kindOf(raw json.RawMessage) string {
	t := bytes.TrimSpace(raw)
	if len(t) == 0 {
		return "nothing"
	}
	switch t[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// position turns a byte offset into "line L, column C" for syntax errors.
func position(data []byte, offset int64) string {
	offset-- // encoding/json counts the offending byte as read
	if offset < 0 {
		offset = 0
	}
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(offset) - bytes.LastIndexByte(before, '\n')
	return "line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col)
}
