package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/failregime/failregime/economy"
)

// maxDepth is how deeply a top-level value of the request may nest. It is
// the economy package's own limit, counted from the value rather than from
// the request, so an economy nests exactly as deeply here as it may in
// economy.Parse.
const maxDepth = economy.MaxDepth

// node is one JSON value read without a Go type in mind, so that every
// problem in a request can be found and reported with its path before
// anything is decoded.
type node struct {
	kind    kind
	text    string // a string, or a number as written
	boolean bool
	items   []*node
	members []member
	raw     []byte // the bytes of a top-level member's value
}

type member struct {
	key   string
	value *node
}

type kind uint8

const (
	nullKind kind = iota
	boolKind
	numberKind
	stringKind
	arrayKind
	objectKind
)

func (k kind) String() string {
	return [...]string{"null", "a boolean", "a number", "a string", "an array", "an object"}[k]
}

// readRequest reads one JSON object from data, keeping each top-level
// member's raw bytes so the economy can be handed to economy.Parse as the
// caller wrote it. Syntax errors stop the reading: past one, nothing
// further can be located.
func readRequest(data []byte) (*node, *Problem) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, syntaxProblem("", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, &Problem{Message: "the request must be a JSON object, not " + tokenKind(tok).String()}
	}
	root := &node{kind: objectKind}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return nil, syntaxProblem("", err)
		}
		k, ok := kt.(string)
		if !ok {
			return nil, &Problem{Message: "invalid JSON: object key is not a string"}
		}
		start := dec.InputOffset()
		v, p := readValue(dec, fieldPath("", k), 0)
		if p != nil {
			return nil, p
		}
		// The value starts after the colon the decoder consumed lazily.
		v.raw = bytes.TrimLeft(data[start:dec.InputOffset()], " \t\r\n:")
		root.members = append(root.members, member{key: k, value: v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, syntaxProblem("", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &Problem{Message: "unexpected data after the JSON object"}
	}
	return root, nil
}

func tokenKind(tok json.Token) kind {
	switch t := tok.(type) {
	case bool:
		return boolKind
	case json.Number:
		return numberKind
	case string:
		return stringKind
	case json.Delim:
		if t == '[' {
			return arrayKind
		}
		return objectKind
	}
	return nullKind
}

// readValue reads one value at path; depth counts the arrays and objects
// around it, so that a hostile request cannot nest without bound.
func readValue(dec *json.Decoder, path string, depth int) (*node, *Problem) {
	tok, err := dec.Token()
	if err != nil {
		return nil, syntaxProblem(path, err)
	}
	switch t := tok.(type) {
	case nil:
		return &node{kind: nullKind}, nil
	case bool:
		return &node{kind: boolKind, boolean: t}, nil
	case json.Number:
		return &node{kind: numberKind, text: string(t)}, nil
	case string:
		return &node{kind: stringKind, text: t}, nil
	}
	if depth >= maxDepth {
		return nil, &Problem{Path: path, Message: fmt.Sprintf("nested deeper than %d levels", maxDepth)}
	}
	switch tok {
	case json.Delim('['):
		n := &node{kind: arrayKind}
		for dec.More() {
			item, p := readValue(dec, indexPath(path, len(n.items)), depth+1)
			if p != nil {
				return nil, p
			}
			n.items = append(n.items, item)
		}
		if _, err := dec.Token(); err != nil {
			return nil, syntaxProblem(path, err)
		}
		return n, nil
	case json.Delim('{'):
		n := &node{kind: objectKind}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return nil, syntaxProblem(path, err)
			}
			k, ok := kt.(string)
			if !ok {
				return nil, &Problem{Path: path, Message: "invalid JSON: object key is not a string"}
			}
			v, p := readValue(dec, fieldPath(path, k), depth+1)
			if p != nil {
				return nil, p
			}
			n.members = append(n.members, member{key: k, value: v})
		}
		if _, err := dec.Token(); err != nil {
			return nil, syntaxProblem(path, err)
		}
		return n, nil
	}
	return nil, &Problem{Path: path, Message: fmt.Sprintf("invalid JSON: unexpected %v", tok)}
}

func syntaxProblem(path string, err error) *Problem {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &Problem{Path: path, Message: "unexpected end of JSON input"}
	}
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return &Problem{Path: path, Message: fmt.Sprintf("invalid JSON at byte %d: %v", syn.Offset, syn)}
	}
	return &Problem{Path: path, Message: "invalid JSON: " + err.Error()}
}

// fieldPath builds a member path the way the economy package does: plain
// keys read like fields ("variant.min_failing"), any other key is quoted
// (`variant["a b"]`) so the path stays unambiguous.
func fieldPath(parent, k string) string {
	if !isPlainKey(k) {
		return parent + "[" + strconv.Quote(k) + "]"
	}
	if parent == "" {
		return k
	}
	return parent + "." + k
}

func indexPath(parent string, i int) string {
	return parent + "[" + strconv.Itoa(i) + "]"
}

func isPlainKey(k string) bool {
	if k == "" {
		return false
	}
	for _, r := range k {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// reroot places a path reported by economy.Parse under the request's
// "economy" member.
func reroot(parent, path string) string {
	switch {
	case path == "":
		return parent
	case path[0] == '[':
		return parent + path
	}
	return parent + "." + path
}
