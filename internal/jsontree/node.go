// Package jsontree is the library's one strict JSON reader. [Read] turns
// bytes into a tree of [Node] values, each knowing its path in the
// document ("providers[3].accounts.operating_expenses"), and reports every
// problem of the bytes at once as *patherr.Error values: syntax errors,
// invalid UTF-8 and lone surrogates (with the byte where they are), a byte
// order mark, duplicate keys, trailing data, nesting beyond a limit, and
// an input beyond a size limit. A [Decoder] then checks the tree against
// what the caller expects, a Go type or a hand-written schema, and
// decodes it, again reporting every problem with its path.
//
// economy.Parse, regime/api's requests and regimetest's case files all
// read through it, so the three accept and refuse exactly the same JSON.
package jsontree

import "github.com/failregime/failregime/internal/patherr"

// Kind is the JSON type of a node.
type Kind uint8

// The JSON types.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

// String names the kind as a message does: "null", "a boolean", "a
// number", "a string", "an array", "an object".
func (k Kind) String() string {
	return [...]string{"null", "a boolean", "a number", "a string", "an array", "an object"}[k]
}

// Node is one JSON value.
type Node struct {
	Kind Kind
	// Text is a string's value, or a number exactly as written.
	Text string
	// Bool is a boolean's value.
	Bool bool
	// Items are an array's elements.
	Items []*Node
	// Members are an object's members in document order. A repeated key
	// is reported and only its first member kept.
	Members []Member
	// Start and End are the value's bytes in the document: data[Start:End].
	Start, End int
	// Bad marks a value whose problem is already reported (invalid UTF-8,
	// a lone surrogate, nesting too deep): a Decoder skips it silently.
	Bad bool

	parent *Node
	key    string // the member's key, when parent is an object
	index  int    // the element's index, when parent is an array
}

// Member is one member of an object.
type Member struct {
	Key   string
	Value *Node
}

// Path returns where n is in its document, as [patherr.Field] and
// [patherr.Index] write it; the root's path is "". Paths are built on
// demand, so a tree costs nothing for the paths no problem needs.
func (n *Node) Path() string {
	if n == nil || n.parent == nil {
		return ""
	}
	parent := n.parent.Path()
	if n.parent.Kind == Array {
		return patherr.Index(parent, n.index)
	}
	return patherr.Field(parent, n.key)
}

// Get returns the member of an object with the given key, or nil.
func (n *Node) Get(key string) *Node {
	for _, m := range n.Members {
		if m.Key == key {
			return m.Value
		}
	}
	return nil
}
