package economy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// node is one JSON value, read without any Go type in mind, so that every
// problem in a document can be found before anything is decoded.
type node struct {
	kind    nodeKind
	text    string // the string, or the number as written
	boolean bool
	items   []*node  // array elements
	members []member // object members, in document order
}

type member struct {
	key   string
	value *node
}

type nodeKind uint8

const (
	nullNode nodeKind = iota
	boolNode
	numberNode
	stringNode
	arrayNode
	objectNode
)

// String returns the lower snake word of the nodeKind.
func (k nodeKind) String() string {
	return [...]string{"null", "a boolean", "a number", "a string", "an array", "an object"}[k]
}

// readTree reads exactly one JSON value from data. Its errors are
// *FieldError values whose path is where reading stopped.
func readTree(data []byte) (*node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	r := treeReader{dec: dec}
	root, err := r.value("", 0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &FieldError{Message: "unexpected data after the JSON value"}
	}
	return root, nil
}

type treeReader struct {
	dec *json.Decoder
}

func (r *treeReader) fail(path string, err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		if path == "" {
			return &FieldError{Message: "unexpected end of JSON input"}
		}
		return &FieldError{Path: path, Message: "unexpected end of JSON input"}
	}
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return &FieldError{Path: path, Message: fmt.Sprintf("invalid JSON at byte %d: %v", syn.Offset, syn)}
	}
	return &FieldError{Path: path, Message: "invalid JSON: " + err.Error()}
}

// value reads one value at path; depth counts the arrays and objects
// around it, so that a hostile document cannot nest without bound.
func (r *treeReader) value(path string, depth int) (*node, error) {
	tok, err := r.dec.Token()
	if err != nil {
		return nil, r.fail(path, err)
	}
	switch t := tok.(type) {
	case nil:
		return &node{kind: nullNode}, nil
	case bool:
		return &node{kind: boolNode, boolean: t}, nil
	case json.Number:
		return &node{kind: numberNode, text: string(t)}, nil
	case string:
		return &node{kind: stringNode, text: t}, nil
	}
	if depth >= MaxDepth {
		return nil, &FieldError{Path: path, Message: fmt.Sprintf("nested deeper than %d levels", MaxDepth)}
	}
	switch tok {
	case json.Delim('['):
		n := &node{kind: arrayNode}
		for r.dec.More() {
			item, err := r.value(index(path, len(n.items)), depth+1)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, item)
		}
		if _, err := r.dec.Token(); err != nil {
			return nil, r.fail(path, err)
		}
		return n, nil
	case json.Delim('{'):
		n := &node{kind: objectNode}
		for r.dec.More() {
			kt, err := r.dec.Token()
			if err != nil {
				return nil, r.fail(path, err)
			}
			k, ok := kt.(string)
			if !ok {
				return nil, &FieldError{Path: path, Message: "invalid JSON: object key is not a string"}
			}
			v, err := r.value(key(path, k), depth+1)
			if err != nil {
				return nil, err
			}
			n.members = append(n.members, member{key: k, value: v})
		}
		if _, err := r.dec.Token(); err != nil {
			return nil, r.fail(path, err)
		}
		return n, nil
	}
	return nil, &FieldError{Path: path, Message: fmt.Sprintf("invalid JSON: unexpected %v", tok)}
}
