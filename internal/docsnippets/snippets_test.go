package docsnippets

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime/api"
	"github.com/failregime/failregime/regime/regimetest"
)

// root is the repository's root, from this package's directory.
const root = "../.."

// snippet is one block of code in a document.
type snippet struct {
	file string
	line int
	lang string // "go", "json", "sh", "python", "" (a doc comment block: worked out)
	text string
}

func (s snippet) where() string { return s.file + ":" + itoa(s.line) }

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(n)) }

func fmtInt(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// markdownSnippets returns the fenced blocks of a Markdown file.
func markdownSnippets(t *testing.T, file string) []snippet {
	data, err := os.ReadFile(filepath.Join(root, file))
	require.NoError(t, err)
	var out []snippet
	lines := strings.Split(string(data), "\n")
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "```") {
			continue
		}
		s := snippet{file: file, line: i + 1, lang: strings.TrimPrefix(lines[i], "```")}
		var body []string
		for i++; i < len(lines) && !strings.HasPrefix(lines[i], "```"); i++ {
			body = append(body, lines[i])
		}
		s.text = strings.Join(body, "\n")
		out = append(out, s)
	}
	return out
}

// docSnippets returns the indented blocks of every package doc comment.
func docSnippets(t *testing.T) []snippet {
	var out []snippet
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || d.Name() != "doc.go" {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		lines := strings.Split(string(data), "\n")
		for i := 0; i < len(lines); i++ {
			if !strings.HasPrefix(lines[i], "//\t") {
				continue
			}
			s := snippet{file: rel, line: i + 1}
			var body []string
			for ; i < len(lines) && (strings.HasPrefix(lines[i], "//\t") || lines[i] == "//" && i+1 < len(lines) && strings.HasPrefix(lines[i+1], "//\t")); i++ {
				body = append(body, strings.TrimPrefix(strings.TrimPrefix(lines[i], "//"), "\t"))
			}
			s.text = strings.Join(body, "\n")
			s.lang = classify(s.text)
			out = append(out, s)
		}
		return nil
	})
	require.NoError(t, err)
	return out
}

// classify tells JSON from Go from anything else (a table, an output
// listing, error messages) in a doc comment block.
func classify(text string) string {
	trimmed := strings.TrimSpace(text)
	if strings.HasPrefix(trimmed, "{") || strings.HasPrefix(trimmed, "[") {
		return "json"
	}
	fset := token.NewFileSet()
	if _, err := parser.ParseFile(fset, "", "package p\nfunc _() {\n"+text+"\n}", 0); err == nil {
		return "go"
	}
	if _, err := parser.ParseFile(fset, "", "package p\n"+text, 0); err == nil {
		return "go"
	}
	return ""
}

// tested is the text of every Go file of the repository that CI compiles
// and runs: tests, examples and the example programs, each normalised.
func tested(t *testing.T) []string {
	var out []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		if !strings.HasSuffix(path, "_test.go") && !strings.Contains(filepath.ToSlash(path), "/examples/") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out = append(out, normal(string(data)))
		return nil
	})
	require.NoError(t, err)
	return out
}

var space = regexp.MustCompile(`\s+`)

// normal folds white space and the comment marks of example outputs, so
// that a snippet matches the code it was copied from however indented.
func normal(s string) string {
	s = strings.ReplaceAll(s, "\n\t// ", "\n")
	s = strings.ReplaceAll(s, "\n// ", "\n")
	return strings.TrimSpace(space.ReplaceAllString(s, " "))
}

func allSnippets(t *testing.T) []snippet {
	out := append(markdownSnippets(t, "README.md"), markdownSnippets(t, "examples/README.md")...)
	return append(out, docSnippets(t)...)
}

// TestGoSnippetsAreTested: every Go snippet is a complete program CI runs,
// or appears word for word (white space aside) in a test, an example
// function or an example program, which CI compiles and runs; an output
// listing right after it appears in that code's expected output.
func TestGoSnippetsAreTested(t *testing.T) {
	code := tested(t)
	contains := func(s string) bool {
		n := normal(s)
		for _, c := range code {
			if strings.Contains(c, n) {
				return true
			}
		}
		return false
	}
	snips := allSnippets(t)
	checked := 0
	for i, s := range snips {
		if s.lang != "go" {
			continue
		}
		checked++
		assert.True(t, contains(s.text), "%s: this Go snippet is in no test, example or example program, so nothing runs it:\n%s", s.where(), s.text)
		// An output listing that follows a doc snippet is what it prints.
		if i+1 < len(snips) && snips[i+1].lang == "" && snips[i+1].file == s.file && strings.HasSuffix(s.file, "doc.go") &&
			looksLikeOutput(snips[i+1].text) {
			assert.True(t, contains(snips[i+1].text), "%s: this output is not what any example prints:\n%s", snips[i+1].where(), snips[i+1].text)
		}
	}
	assert.Greater(t, checked, 5)
}

// looksLikeOutput tells an output listing from a table or a list of
// messages: it has no column of names in capitals and no "...".
func looksLikeOutput(s string) bool {
	return !strings.Contains(s, "...") && !strings.Contains(s, "Method") && !strings.Contains(s, ": unknown ") &&
		!strings.Contains(s, "must not")
}

// TestJSONSnippetsWork: every JSON snippet parses, and does what it shows:
// a case file loads and its cases pass; a request to regime/api is
// answered without errors; an economy validates. A snippet that shows only
// a shape ("...") must use only keys a real response has.
func TestJSONSnippetsWork(t *testing.T) {
	keys := responseKeys(t)
	n := 0
	for _, s := range allSnippets(t) {
		if s.lang != "json" {
			continue
		}
		n++
		t.Run(s.where(), func(t *testing.T) { checkJSON(t, s, keys) })
	}
	assert.Greater(t, n, 3)
}

func checkJSON(t *testing.T, s snippet, keys map[string]bool) {
	text := strings.TrimSpace(s.text)
	if strings.Contains(text, "...") {
		for _, k := range regexp.MustCompile(`"([a-z_]+)":`).FindAllStringSubmatch(text, -1) {
			assert.True(t, keys[k[1]], "%s: key %q is in no response or request of regime/api", s.where(), k[1])
		}
		return
	}
	// A block may hold several objects, one per line.
	dec := json.NewDecoder(strings.NewReader(text))
	for dec.More() {
		var raw json.RawMessage
		require.NoError(t, dec.Decode(&raw), "%s: not JSON", s.where())
		var top map[string]any
		require.NoError(t, json.Unmarshal(raw, &top), "%s", s.where())
		switch {
		case top["suite"] != nil || top["cases"] != nil:
			cs, err := regimetest.Load(fstest.MapFS{"doc.json": {Data: raw}}, "doc.json")
			require.NoError(t, err, "%s: the case file does not load", s.where())
			regimetest.Run(t, cs)
		case top["date"] != nil || top["list"] != nil || top["timeline"] != nil:
			resp := api.Call(raw)
			var r struct {
				OK     bool              `json:"ok"`
				Errors []json.RawMessage `json:"errors"`
			}
			require.NoError(t, json.Unmarshal(resp, &r))
			assert.True(t, r.OK, "%s: the request is refused: %s", s.where(), resp)
		case top["providers"] != nil || top["commissioners"] != nil:
			_, err := economy.Parse(raw)
			assert.NoError(t, err, "%s: the economy does not parse", s.where())
		default:
			assert.Fail(t, s.where()+": a JSON snippet of no kind this test knows: a case file, a request or an economy")
		}
	}
}

// responseKeys gathers every key of real requests and responses of
// regime/api, and of the case-file format.
func responseKeys(t *testing.T) map[string]bool {
	keys := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				keys[k] = true
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	for _, req := range []string{
		`{"list": "frameworks"}`, `{"list": "cases"}`,
		`{"date": "2015-06-03", "case": "north_cumbria_2015", "text": true}`,
		`{"date": "2015-06-03", "framework": "sr2051", "case": "north_cumbria_2015"}`,
		`{"date": "2015-06-03", "case": "essex_2015", "records": true}`,
		`{"timeline": {"from": "2013-04-01", "to": "2019-12-31", "tolerance_days": 31}, "case": "essex_2015"}`,
	} {
		var v any
		require.NoError(t, json.Unmarshal(api.Call([]byte(req)), &v))
		walk(v)
		require.NoError(t, json.Unmarshal([]byte(req), &v))
		walk(v)
	}
	// Request fields that the calls above leave out.
	for _, k := range []string{"facts_date", "variant", "economy", "rule_sets", "params", "name"} {
		keys[k] = true
	}
	return keys
}

// TestShellSnippetsRun: every "go run ./examples/..." and "go test ./..."
// path a document gives exists.
func TestShellSnippetsRun(t *testing.T) {
	path := regexp.MustCompile(`go (?:run|test|build)[^\n]*?\./(examples/[a-z0-9_]+|[a-z][a-z0-9_/]*)`)
	for _, s := range allSnippets(t) {
		if s.lang != "sh" && s.lang != "" {
			continue
		}
		for _, m := range path.FindAllStringSubmatch(s.text, -1) {
			dir := filepath.Join(root, strings.TrimSuffix(m[1], "/..."))
			_, err := os.Stat(dir)
			assert.NoError(t, err, "%s: %s names a directory that does not exist", s.where(), m[0])
		}
	}
}

// TestDocGoFilesParse keeps this test's own reading honest: every doc.go
// is a Go file with a package doc comment.
func TestDocGoFilesParse(t *testing.T) {
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "doc.go" {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ParseComments)
		require.NoError(t, err, path)
		assert.NotNil(t, f.Doc, "%s has no package doc comment", path)
		_ = ast.File{}
		_ = bytes.MinRead
		return nil
	})
	require.NoError(t, err)
}
