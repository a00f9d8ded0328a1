package rating

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// methodIDConstants reads the package source for the exported string
// constants named Method..., so that a constant added without a method, or
// a method added without a constant, fails the test below.
func methodIDConstants(t *testing.T) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(".")
	require.NoError(t, err)
	out := map[string]string{}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if !id.IsExported() || !strings.HasPrefix(id.Name, "Method") || i >= len(vs.Values) {
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					require.True(t, ok && lit.Kind == token.STRING, "%s is a string literal", id.Name)
					v, err := strconv.Unquote(lit.Value)
					require.NoError(t, err)
					out[id.Name] = v
				}
			}
		}
	}
	return out
}

func TestMethodIDConstants(t *testing.T) {
	consts := methodIDConstants(t)
	byID := map[string]string{}
	for name, id := range consts {
		prev, dup := byID[id]
		assert.False(t, dup, "%s and %s share the ID %q", prev, name, id)
		byID[id] = name
	}
	registry := map[string]bool{}
	for _, m := range Methods() {
		registry[m.ID] = true
		assert.Contains(t, byID, m.ID, "registry method %q has no Method... constant", m.ID)
	}
	for name, id := range consts {
		assert.True(t, registry[id], "%s = %q is not a registry method", name, id)
	}
	assert.Len(t, consts, len(Methods()))

	// The constants compile to the values the source says.
	for name, want := range map[string]string{
		"MethodCQC": MethodCQC, "MethodFRR": MethodFRR, "MethodGovernance": MethodGovernance,
		"MethodServices": MethodServices, "MethodNHSPF": MethodNHSPF, "MethodStandards": MethodStandards,
		"MethodCoSRR": MethodCoSRR, "MethodFSRR": MethodFSRR, "MethodSOFFinance": MethodSOFFinance,
		"MethodSOFSegment": MethodSOFSegment, "MethodNOF2019": MethodNOF2019, "MethodNOF2021": MethodNOF2021,
		"MethodNOF2022": MethodNOF2022, "MethodNOF2025": MethodNOF2025, "MethodNOF2026": MethodNOF2026,
	} {
		assert.Equal(t, want, consts[name], name)
	}
}
