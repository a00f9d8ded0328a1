package jsontree_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/internal/patherr"
)

// FuzzRead checks Read against encoding/json and bounds what it costs:
//
//   - what encoding/json finds valid, Read reads into a tree (its other
//     refusals, such as a repeated key or a lone surrogate, still give
//     one); what Read reads without a problem, encoding/json finds valid;
//   - a tree's spans hold its values' bytes;
//   - the problems kept never exceed the list's bound, and each costs a
//     bounded number of bytes beyond the input it echoes, so the output
//     is bounded per input byte.
func FuzzRead(f *testing.F) {
	for _, seed := range []string{
		`{"a": [1, 2.5e-3, "x\u00e9\ud83d\ude00", true, null, {}]}`,
		`{"a": 1, "a": 2}`, `"\ud800"`, "\"\xff\"", "\uFEFF{}", `{} {}`, `[[[[[[[[[[]]]]]]]]]]`,
		`{"a": [`, `01`, `-`, `1e`, `tru`, "{\"a\":\x00}", ``, ` `,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const max = 10
		l := patherr.NewList(max)
		root := jsontree.Read(data, jsontree.Options{MaxDepth: 8}, l)
		if json.Valid(data) && root == nil {
			t.Fatalf("valid JSON gave no tree: %v", l.Err())
		}
		if root != nil && l.Len() == 0 && !json.Valid(data) {
			t.Fatalf("Read accepted what encoding/json refuses: %q", data)
		}
		if root != nil {
			checkSpans(t, data, root, 0)
		}
		all := patherr.All(l.Err())
		if len(all) > max+1 {
			t.Fatalf("%d problems kept, more than %d and the count", len(all), max)
		}
		for _, e := range all {
			// A message says what and where in at most a few hundred bytes;
			// a path echoes the input's keys, once each.
			if len(e.Message) > 400 || len(e.Path) > 4*len(data)+16 {
				t.Fatalf("problem too long for a %d-byte input: %d-byte message, %d-byte path", len(data), len(e.Message), len(e.Path))
			}
		}
	})
}

// checkSpans checks that every node's span starts with what it holds.
func checkSpans(t *testing.T, data []byte, n *jsontree.Node, depth int) {
	if n.Start < 0 || n.End > len(data) || n.Start > n.End {
		t.Fatalf("span %d:%d out of the input", n.Start, n.End)
	}
	span := data[n.Start:n.End]
	var first byte
	if len(span) > 0 {
		first = span[0]
	}
	want := map[jsontree.Kind]string{jsontree.Null: "n", jsontree.Bool: "tf", jsontree.Number: "-0123456789",
		jsontree.String: `"`, jsontree.Array: "[", jsontree.Object: "{"}[n.Kind]
	if !bytes.ContainsRune([]byte(want), rune(first)) {
		t.Fatalf("%s at %q", n.Kind, span)
	}
	if n.Kind == jsontree.Number && string(span) != n.Text {
		t.Fatalf("number %q spans %q", n.Text, span)
	}
	for _, x := range n.Items {
		checkSpans(t, data, x, depth+1)
	}
	for _, m := range n.Members {
		checkSpans(t, data, m.Value, depth+1)
	}
}
