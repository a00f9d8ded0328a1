package jsontree

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/failregime/failregime/internal/patherr"
)

// Options say what Read accepts.
type Options struct {
	// What names the document in messages about it as a whole: "input",
	// "the request", "the case file". Empty means "input".
	What string
	// MaxBytes refuses a longer document before reading it; 0: no limit.
	MaxBytes int
	// MaxDepth bounds how deeply arrays and objects nest: the root's own
	// array or object is level 1. Deeper values are reported once each and
	// skipped. 0: no limit.
	MaxDepth int
	// FreeLevels are outermost levels that do not count towards
	// MaxDepth: a document that wraps others (a request holds an economy
	// at its second level) lets each nest as deeply as a document of its
	// own would.
	FreeLevels int
	// Object requires the document to be one JSON object.
	Object bool
}

// ReadError is the cause of every problem Read reports: where in the
// bytes the problem is. Byte counts from 1, as lines and columns do;
// columns count bytes.
type ReadError struct {
	Byte, Line, Column int
}

// Error returns "at byte B (line L, column C)".
func (e *ReadError) Error() string {
	return fmt.Sprintf("at byte %d (line %d, column %d)", e.Byte, e.Line, e.Column)
}

var bom = []byte("\uFEFF")

// Read reads one JSON document, reporting every problem into l, and
// returns its tree. It returns nil when nothing can be read from data: a
// syntax error (reading stops there, since nothing after it can be
// located), a document too large, empty, holding a NUL byte, or not an
// object when o.Object asks for one. Other problems (invalid UTF-8 or a
// lone surrogate in a string, a repeated key, a value nested too deep, a
// byte order mark, data after the value) are reported and reading goes on,
// so that every problem of a document is found at once; the tree is then
// returned, with the values concerned marked Bad or left out, for the
// caller to find its own problems in.
func Read(data []byte, o Options, l *patherr.List) *Node {
	r := &reader{data: data, o: o, l: l}
	what := o.What
	if what == "" {
		what = "input"
	}
	if o.MaxBytes > 0 && len(data) > o.MaxBytes {
		l.Add("", "%s is %d bytes, more than the limit of %d", what, len(data), o.MaxBytes)
		return nil
	}
	if bytes.HasPrefix(data, bom) {
		// JSON forbids a byte order mark (RFC 8259 §8.1). Say so plainly,
		// then read on past it so that other problems show too.
		r.report(nil, 0, "%s starts with a UTF-8 byte order mark (bytes EF BB BF), which JSON does not allow; remove it", what)
		r.i = len(bom)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		r.report(nil, i, "%s contains a NUL byte %s; JSON text never does", what, r.where(i))
		return nil
	}
	r.space()
	if r.i == len(data) {
		want := "value"
		if o.Object {
			want = "object"
		}
		l.Add("", "%s is empty; want a JSON %s", what, want)
		return nil
	}
	root := &Node{}
	r.value(root, 1-o.FreeLevels)
	if r.stopped {
		return nil
	}
	r.space()
	if r.i < len(data) {
		r.report(nil, r.i, "unexpected data after the JSON value %s", r.where(r.i))
	}
	if o.Object && root.Kind != Object {
		l.Add("", "%s must be a JSON object, not %s", what, root.Kind)
		return nil
	}
	return root
}

type reader struct {
	data    []byte
	i       int
	o       Options
	l       *patherr.List
	stopped bool // a syntax error ended the reading

	// The line of the last position asked for, so that finding the line
	// of each problem costs nothing beyond the previous one.
	lineAt, line, lineStart int
}

// position returns the line and column of byte offset off.
func (r *reader) position(off int) (line, col int) {
	if off < r.lineAt || r.line == 0 {
		r.lineAt, r.line, r.lineStart = 0, 1, 0
	}
	for i := r.lineAt; i < off; i++ {
		if r.data[i] == '\n' {
			r.line++
			r.lineStart = i + 1
		}
	}
	r.lineAt = off
	return r.line, off - r.lineStart + 1
}

// where renders "at byte B (line L, column C)" for messages.
func (r *reader) where(off int) string {
	line, col := r.position(off)
	return (&ReadError{Byte: off + 1, Line: line, Column: col}).Error()
}

// report records a problem at n (the root when nil) at byte off. Its
// message and position are worked out only when the list keeps it.
func (r *reader) report(n *Node, off int, format string, args ...any) {
	if r.l.Full() {
		r.l.Add("", "")
		return
	}
	line, col := r.position(off)
	r.l.Append(&patherr.Error{Path: n.Path(), Message: fmt.Sprintf(format, args...),
		Err: &ReadError{Byte: off + 1, Line: line, Column: col}})
}

// syntax reports the error that ends the reading.
func (r *reader) syntax(n *Node, format string, args ...any) {
	if r.stopped {
		return
	}
	r.stopped = true
	if r.i >= len(r.data) {
		r.report(n, len(r.data), "unexpected end of JSON input")
		return
	}
	r.report(n, r.i, "invalid JSON %s: %s", r.where(r.i), fmt.Sprintf(format, args...))
}

// char quotes the byte at the read position for a syntax message, the way
// encoding/json does: 'x', or the whole character when it is not ASCII.
func (r *reader) char() string {
	c := r.data[r.i]
	switch {
	case c == '\'':
		return `'\''`
	case c == '"':
		return `'"'`
	case c < utf8.RuneSelf:
		s := strconv.Quote(string(c))
		return "'" + s[1:len(s)-1] + "'"
	}
	ch, size := utf8.DecodeRune(r.data[r.i:])
	if ch == utf8.RuneError && size <= 1 {
		return fmt.Sprintf("byte 0x%02X (invalid UTF-8)", c)
	}
	return "'" + string(ch) + "'"
}

func (r *reader) space() {
	for r.i < len(r.data) {
		switch r.data[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

func (r *reader) eof() bool { return r.i >= len(r.data) }

// value reads the value at the read position into n; depth is n's level
// if it is an array or object.
func (r *reader) value(n *Node, depth int) {
	if r.eof() {
		r.syntax(n, "")
		return
	}
	n.Start = r.i
	defer func() { n.End = r.i }()
	switch c := r.data[r.i]; {
	case c == '{' || c == '[':
		if r.o.MaxDepth > 0 && depth > r.o.MaxDepth {
			n.Kind, n.Bad = Object, true
			if c == '[' {
				n.Kind = Array
			}
			r.report(n, r.i, "nested deeper than %d levels", r.o.MaxDepth)
			r.skip(n)
			return
		}
		if c == '{' {
			r.object(n, depth)
		} else {
			r.array(n, depth)
		}
	case c == '"':
		n.Kind = String
		n.Text, n.Bad = r.str(n, false)
	case c == '-' || c >= '0' && c <= '9':
		n.Kind = Number
		r.number(n)
	case c == 't':
		n.Kind, n.Bool = Bool, true
		r.literal(n, "true")
	case c == 'f':
		n.Kind = Bool
		r.literal(n, "false")
	case c == 'n':
		n.Kind = Null
		r.literal(n, "null")
	default:
		r.syntax(n, "invalid character %s looking for beginning of value", r.char())
	}
}

func (r *reader) literal(n *Node, word string) {
	for k := 0; k < len(word); k++ {
		if r.eof() {
			r.syntax(n, "")
			return
		}
		if r.data[r.i] != word[k] {
			r.syntax(n, "invalid character %s in literal %s (expecting '%c')", r.char(), word, word[k])
			return
		}
		r.i++
	}
}

func (r *reader) digits() {
	for r.i < len(r.data) && r.data[r.i] >= '0' && r.data[r.i] <= '9' {
		r.i++
	}
}

// number reads a number by JSON's grammar, keeping its text.
func (r *reader) number(n *Node) {
	start := r.i
	if r.data[r.i] == '-' {
		r.i++
	}
	switch {
	case r.eof():
		r.syntax(n, "")
		return
	case r.data[r.i] == '0':
		r.i++
	case r.data[r.i] >= '1' && r.data[r.i] <= '9':
		r.digits()
	default:
		r.syntax(n, "invalid character %s in numeric literal", r.char())
		return
	}
	if r.i < len(r.data) && r.data[r.i] == '.' {
		r.i++
		if r.eof() || r.data[r.i] < '0' || r.data[r.i] > '9' {
			r.syntax(n, "invalid character %s after decimal point in numeric literal", r.charOrEnd())
			return
		}
		r.digits()
	}
	if r.i < len(r.data) && (r.data[r.i] == 'e' || r.data[r.i] == 'E') {
		r.i++
		if r.i < len(r.data) && (r.data[r.i] == '+' || r.data[r.i] == '-') {
			r.i++
		}
		if r.eof() || r.data[r.i] < '0' || r.data[r.i] > '9' {
			r.syntax(n, "invalid character %s in exponent of numeric literal", r.charOrEnd())
			return
		}
		r.digits()
	}
	n.Text = string(r.data[start:r.i])
}

// charOrEnd is char, except at the end of the input, which syntax reports
// as such.
func (r *reader) charOrEnd() string {
	if r.eof() {
		return ""
	}
	return r.char()
}

// str reads a string at the read position. Invalid UTF-8 and lone
// surrogates are reported, once per string, at n (a key's problems at
// its object), and make it bad; control characters and malformed escapes
// end the reading.
func (r *reader) str(n *Node, key bool) (s string, bad bool) {
	in := ""
	if key {
		in = " in a key"
	}
	r.i++ // the opening quote
	start := r.i
	// The common case: no escapes and only ASCII.
	for r.i < len(r.data) {
		c := r.data[r.i]
		if c == '"' {
			s = string(r.data[start:r.i])
			r.i++
			return s, false
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			break
		}
		r.i++
	}
	buf := append([]byte(nil), r.data[start:r.i]...)
	for {
		if r.eof() {
			r.syntax(n, "")
			return "", true
		}
		c := r.data[r.i]
		switch {
		case c == '"':
			r.i++
			return string(buf), bad
		case c < 0x20:
			r.syntax(n, "invalid character %s in string literal", r.char())
			return "", true
		case c >= utf8.RuneSelf:
			ch, size := utf8.DecodeRune(r.data[r.i:])
			if ch == utf8.RuneError && size <= 1 {
				if !bad {
					r.report(n, r.i, "invalid UTF-8%s %s", in, r.where(r.i))
				}
				bad = true
				r.i++
				continue
			}
			buf = append(buf, r.data[r.i:r.i+size]...)
			r.i += size
		case c == '\\':
			at := r.i
			r.i++
			if r.eof() {
				r.syntax(n, "")
				return "", true
			}
			e := r.data[r.i]
			r.i++
			switch e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				u, ok := r.hex4(n)
				if !ok {
					return "", true
				}
				if u >= 0xD800 && u < 0xDC00 && r.i+6 <= len(r.data) && r.data[r.i] == '\\' && r.data[r.i+1] == 'u' {
					save := r.i
					r.i += 2
					lo, ok := r.hex4(n)
					if !ok {
						return "", true
					}
					if lo >= 0xDC00 && lo < 0xE000 {
						buf = utf8.AppendRune(buf, 0x10000+(u-0xD800)<<10+(lo-0xDC00))
						continue
					}
					r.i = save
				}
				if u >= 0xD800 && u < 0xE000 {
					if !bad {
						r.report(n, at, "lone surrogate \\u%04x%s %s: half of a UTF-16 pair is not a character; write the character itself, or both halves", u, in, r.where(at))
					}
					bad = true
					continue
				}
				buf = utf8.AppendRune(buf, u)
			default:
				r.i--
				r.syntax(n, "invalid character %s in string escape code", r.char())
				return "", true
			}
		default:
			buf = append(buf, c)
			r.i++
		}
	}
}

// hex4 reads the four hexadecimal digits of a \u escape.
func (r *reader) hex4(n *Node) (rune, bool) {
	var u rune
	for k := 0; k < 4; k++ {
		if r.eof() {
			r.syntax(n, "")
			return 0, false
		}
		c := r.data[r.i]
		switch {
		case c >= '0' && c <= '9':
			u = u<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			u = u<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			u = u<<4 | rune(c-'A'+10)
		default:
			r.syntax(n, "invalid character %s in \\u hexadecimal character escape", r.char())
			return 0, false
		}
		r.i++
	}
	return u, true
}

func (r *reader) array(n *Node, depth int) {
	n.Kind = Array
	r.i++
	r.space()
	if r.eof() {
		r.syntax(n, "")
		return
	}
	if r.data[r.i] == ']' {
		r.i++
		return
	}
	for {
		item := &Node{parent: n, index: len(n.Items)}
		r.value(item, depth+1)
		if r.stopped {
			return
		}
		n.Items = append(n.Items, item)
		r.space()
		switch {
		case r.eof():
			r.syntax(n, "")
			return
		case r.data[r.i] == ',':
			r.i++
			r.space()
		case r.data[r.i] == ']':
			r.i++
			return
		default:
			r.syntax(n, "invalid character %s after array element", r.char())
			return
		}
	}
}

// smallObject is how many members an object may have before repeated
// keys are found with a map rather than by looking through them.
const smallObject = 16

func (r *reader) object(n *Node, depth int) {
	n.Kind = Object
	r.i++
	r.space()
	if r.eof() {
		r.syntax(n, "")
		return
	}
	if r.data[r.i] == '}' {
		r.i++
		return
	}
	var seen map[string]bool
	for {
		if r.eof() {
			r.syntax(n, "")
			return
		}
		if r.data[r.i] != '"' {
			r.syntax(n, "invalid character %s looking for beginning of object key string", r.char())
			return
		}
		keyAt := r.i
		key, badKey := r.str(n, true)
		if r.stopped {
			return
		}
		r.space()
		if r.eof() {
			r.syntax(n, "")
			return
		}
		if r.data[r.i] != ':' {
			r.syntax(n, "invalid character %s after object key", r.char())
			return
		}
		r.i++
		r.space()
		v := &Node{parent: n, key: key}
		r.value(v, depth+1)
		if r.stopped {
			return
		}
		switch {
		case badKey:
			// Reported with the key; a key that is not text names nothing.
		case r.repeated(n, &seen, key):
			r.report(v, keyAt, "appears more than once")
		default:
			n.Members = append(n.Members, Member{Key: key, Value: v})
		}
		r.space()
		switch {
		case r.eof():
			r.syntax(n, "")
			return
		case r.data[r.i] == ',':
			r.i++
			r.space()
		case r.data[r.i] == '}':
			r.i++
			return
		default:
			r.syntax(n, "invalid character %s after object key:value pair", r.char())
			return
		}
	}
}

// repeated reports whether n already has a member key, and records it.
func (r *reader) repeated(n *Node, seen *map[string]bool, key string) bool {
	if *seen == nil {
		if len(n.Members) < smallObject {
			for _, m := range n.Members {
				if m.Key == key {
					return true
				}
			}
			return false
		}
		*seen = make(map[string]bool, 2*len(n.Members))
		for _, m := range n.Members {
			(*seen)[m.Key] = true
		}
	}
	if (*seen)[key] {
		return true
	}
	(*seen)[key] = true
	return false
}

// skip passes over the array or object at the read position without
// building it, checking only that its brackets match and its strings end:
// it is too deep to be used, and is already reported. It keeps no Go
// stack, so no nesting can exhaust one.
func (r *reader) skip(n *Node) {
	closers := []byte{closer(r.data[r.i])}
	r.i++
	for len(closers) > 0 {
		if r.eof() {
			r.syntax(n, "")
			return
		}
		switch c := r.data[r.i]; c {
		case '"':
			r.i++
			for {
				if r.eof() {
					r.syntax(n, "")
					return
				}
				if r.data[r.i] == '\\' {
					r.i += 2
					continue
				}
				if r.data[r.i] == '"' {
					break
				}
				r.i++
			}
		case '[', '{':
			closers = append(closers, closer(c))
		case ']', '}':
			if closers[len(closers)-1] != c {
				r.syntax(n, "invalid character %s: want '%c'", r.char(), closers[len(closers)-1])
				return
			}
			closers = closers[:len(closers)-1]
		}
		r.i++
	}
}

func closer(open byte) byte {
	if open == '[' {
		return ']'
	}
	return '}'
}
