package jsontree_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/internal/patherr"
)

// read reads doc with o and returns the tree and every problem rendered.
func read(doc string, o jsontree.Options) (*jsontree.Node, []string) {
	l := patherr.NewList(100)
	root := jsontree.Read([]byte(doc), o, l)
	var got []string
	for _, e := range patherr.All(l.Err()) {
		got = append(got, e.Error())
	}
	return root, got
}

func TestReadRefuses(t *testing.T) {
	obj := jsontree.Options{What: "the request", Object: true, MaxDepth: 3, MaxBytes: 200}
	tests := []struct {
		name string
		doc  string
		o    jsontree.Options
		want []string // every problem, rendered
		tree bool     // whether a tree is still returned
	}{
		{"empty", "", obj, []string{"the request is empty; want a JSON object"}, false},
		{"blank", " \r\n\t", jsontree.Options{}, []string{"input is empty; want a JSON value"}, false},
		{"too large", `{"a": "` + strings.Repeat("x", 200) + `"}`, obj, []string{"the request is 209 bytes, more than the limit of 200"}, false},
		{"byte order mark, then read on", "\uFEFF{\"a\": 1, \"a\": 2}", obj,
			[]string{"the request starts with a UTF-8 byte order mark (bytes EF BB BF), which JSON does not allow; remove it",
				"a: appears more than once"}, true},
		{"NUL byte", "{\"a\": 1}\x00", obj, []string{"the request contains a NUL byte at byte 9 (line 1, column 9); JSON text never does"}, false},
		{"NUL in a string", "{\"a\": \"x\x00y\"}", obj, []string{"the request contains a NUL byte at byte 9 (line 1, column 9); JSON text never does"}, false},
		{"not an object", `[1]`, obj, []string{"the request must be a JSON object, not an array"}, false},
		{"trailing data", `{} {}`, obj, []string{"unexpected data after the JSON value at byte 4 (line 1, column 4)"}, true},
		{"repeated key", `{"a": 1, "b": {"c": 1, "c": [2]}, "a": 3}`, obj,
			[]string{"b.c: appears more than once", "a: appears more than once"}, true},
		{"invalid UTF-8 in a string", "{\"a\": [\"ok\", \"b\xffad\xfe\"]}", obj,
			[]string{"a[1]: invalid UTF-8 at byte 16 (line 1, column 16)"}, true},
		{"invalid UTF-8 in a key", "{\"k\xff\": 1}", obj, []string{"invalid UTF-8 in a key at byte 4 (line 1, column 4)"}, true},
		{"invalid UTF-8 outside a string", "{\"a\": \xff}", obj,
			[]string{"a: invalid JSON at byte 7 (line 1, column 7): invalid character byte 0xFF (invalid UTF-8) looking for beginning of value"}, false},
		{"overlong UTF-8", "{\"a\": \"\xc0\xaf\"}", obj, []string{"a: invalid UTF-8 at byte 8 (line 1, column 8)"}, true},
		{"lone high surrogate", `{"a": "x\ud800y"}`, obj,
			[]string{`a: lone surrogate \ud800 at byte 9 (line 1, column 9): half of a UTF-16 pair is not a character; write the character itself, or both halves`}, true},
		{"lone low surrogate", `{"a": "\udc00"}`, obj,
			[]string{`a: lone surrogate \udc00 at byte 8 (line 1, column 8): half of a UTF-16 pair is not a character; write the character itself, or both halves`}, true},
		{"high surrogate before a non-surrogate", `{"a": "\ud83d\u0041"}`, obj,
			[]string{`a: lone surrogate \ud83d at byte 8 (line 1, column 8): half of a UTF-16 pair is not a character; write the character itself, or both halves`}, true},
		{"syntax error on line 2", "{\n  \"cases\": [,]\n}", obj,
			[]string{"cases[0]: invalid JSON at byte 15 (line 2, column 13): invalid character ',' looking for beginning of value"}, false},
		{"trailing comma", `{"a": 1,}`, obj, []string{"invalid JSON at byte 9 (line 1, column 9): invalid character '}' looking for beginning of object key string"}, false},
		{"truncated in a member", `{"a": {"b": `, obj, []string{"a.b: unexpected end of JSON input"}, false},
		{"truncated after a comma", `{"a": [1, `, obj, []string{"a[1]: unexpected end of JSON input"}, false},
		{"truncated array", `{"a": [`, obj, []string{"a: unexpected end of JSON input"}, false},
		{"truncated string", `{"a": "abc`, obj, []string{"a: unexpected end of JSON input"}, false},
		{"control character in a string", "{\"a\": \"x\ty\"}", obj,
			[]string{`a: invalid JSON at byte 9 (line 1, column 9): invalid character '\t' in string literal`}, false},
		{"bad escape", `{"a": "\x"}`, obj, []string{`a: invalid JSON at byte 9 (line 1, column 9): invalid character 'x' in string escape code`}, false},
		{"bad \\u escape", `{"a": "\u12G4"}`, obj, []string{`a: invalid JSON at byte 12 (line 1, column 12): invalid character 'G' in \u hexadecimal character escape`}, false},
		{"leading zero", `{"a": 01}`, obj, []string{"invalid JSON at byte 8 (line 1, column 8): invalid character '1' after object key:value pair"}, false},
		{"bare point", `{"a": 1.}`, obj, []string{"a: invalid JSON at byte 9 (line 1, column 9): invalid character '}' after decimal point in numeric literal"}, false},
		{"bare exponent", `{"a": 1e}`, obj, []string{"a: invalid JSON at byte 9 (line 1, column 9): invalid character '}' in exponent of numeric literal"}, false},
		{"minus alone", `{"a": -}`, obj, []string{"a: invalid JSON at byte 8 (line 1, column 8): invalid character '}' in numeric literal"}, false},
		{"misspelt literal", `{"a": tru}`, obj, []string{"a: invalid JSON at byte 10 (line 1, column 10): invalid character '}' in literal true (expecting 'e')"}, false},
		{"single quotes", `{'a': 1}`, obj, []string{"invalid JSON at byte 2 (line 1, column 2): invalid character '\\'' looking for beginning of object key string"}, false},
		{"too deep", `{"a": {"b": [[1]], "c": 2}, "d": [[[]]]}`, obj,
			[]string{"a.b[0]: nested deeper than 3 levels", "d[0][0]: nested deeper than 3 levels"}, true},
		{"too deep, one free level", `{"a": [[[[1]]]]}`, jsontree.Options{FreeLevels: 1, MaxDepth: 3},
			[]string{"a[0][0][0]: nested deeper than 3 levels"}, true},
		{"too deep, mismatched", `{"a": [[[[}]]]}`, obj,
			[]string{"a[0][0]: nested deeper than 3 levels", "a[0][0]: invalid JSON at byte 11 (line 1, column 11): invalid character '}': want ']'"}, false},
		{"too deep, truncated", `{"a": [[[[`, obj, []string{"a[0][0]: nested deeper than 3 levels", "a[0][0]: unexpected end of JSON input"}, false},
		{"odd keys are quoted", `{"a b": {"c.d": [1, "x` + "\xff" + `"]}}`, obj, []string{`["a b"]["c.d"][1]: invalid UTF-8 at byte 23 (line 1, column 23)`}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, got := read(tt.doc, tt.o)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.tree, root != nil, "tree returned")
		})
	}
}

func TestReadTree(t *testing.T) {
	doc := `{"s": "a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "n": -1.5e+3, "t": true, "f": false, "z": null, "a": [1, {"k": []}], "o": {}}`
	root, problems := read(doc, jsontree.Options{Object: true})
	require.Empty(t, problems)
	require.NotNil(t, root)
	assert.Equal(t, "a\"\\/\b\f\n\r\té😀", root.Get("s").Text)
	assert.Equal(t, jsontree.Number, root.Get("n").Kind)
	assert.Equal(t, "-1.5e+3", root.Get("n").Text)
	assert.True(t, root.Get("t").Bool)
	assert.Equal(t, jsontree.Bool, root.Get("f").Kind)
	assert.Equal(t, jsontree.Null, root.Get("z").Kind)
	k := root.Get("a").Items[1].Get("k")
	assert.Equal(t, "a[1].k", k.Path())
	assert.Equal(t, "[]", doc[k.Start:k.End])
	assert.Equal(t, `[1, {"k": []}]`, doc[root.Get("a").Start:root.Get("a").End])
	assert.Nil(t, root.Get("missing"))
	assert.Equal(t, `{"s":"a\"\\/\b\f\n\r\té😀","n":-1.5e+3,"t":true,"f":false,"z":null,"a":[1,{"k":[]}],"o":{}}`, root.String())

	// Many members: repeated keys are found by a map.
	var b strings.Builder
	b.WriteString("{")
	for i := range 40 {
		b.WriteString(`"k` + strings.Repeat("x", i) + `": 1, `)
	}
	b.WriteString(`"kxxx": 2}`)
	root, problems = read(b.String(), jsontree.Options{})
	assert.Equal(t, []string{"kxxx: appears more than once"}, problems)
	assert.Len(t, root.Members, 40)
}

// TestReadDeepWithoutStack: a megabyte of brackets is skipped without
// recursion, and reported once.
func TestReadDeepWithoutStack(t *testing.T) {
	n := 1 << 20
	root, problems := read(`{"a": `+strings.Repeat("[", n)+strings.Repeat("]", n)+`}`, jsontree.Options{MaxDepth: 64, Object: true})
	require.NotNil(t, root)
	assert.Equal(t, []string{"a" + strings.Repeat("[0]", 63) + ": nested deeper than 64 levels"}, problems)
	deepest := root.Get("a")
	for range 63 {
		assert.False(t, deepest.Bad)
		deepest = deepest.Items[0]
	}
	assert.True(t, deepest.Bad, "the value too deep is marked, for decoders to skip")
	assert.Empty(t, deepest.Items, "and not built")
}

func TestReadProblemsAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("[")
	for i := range 1000 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\"\xff\"")
	}
	b.WriteString("]")
	l := patherr.NewList(10)
	root := jsontree.Read([]byte(b.String()), jsontree.Options{}, l)
	require.NotNil(t, root)
	assert.Equal(t, 1000, l.Len())
	all := patherr.All(l.Err())
	require.Len(t, all, 11)
	assert.Equal(t, "and 990 more problems", all[10].Message)
}
