package england_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"testing"

	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// idConstants reads the constants ids.go declares, by value, with their
// names: the source is the one list, so a constant added there is checked
// without being listed again here.
func idConstants(t *testing.T) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "ids.go", nil, 0)
	require.NoError(t, err)
	out := map[string]string{}
	for _, decl := range f.Decls {
		g, ok := decl.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				require.True(t, ok, "%s: a constant of ids.go is a plain string", name.Name)
				v, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				prev, dup := out[v]
				require.False(t, dup, "%q is both %s and %s", v, prev, name.Name)
				out[v] = name.Name
			}
		}
	}
	return out
}

// shippedIDs lists every id the shipped editions use, rule sets and every
// rule with an id inside them, each with the first edition that uses it.
func shippedIDs(t *testing.T) map[string]string {
	t.Helper()
	fws, err := england.Frameworks()
	require.NoError(t, err)
	out := map[string]string{}
	use := func(id, where string) {
		if _, ok := out[id]; !ok && id != "" {
			out[id] = where
		}
	}
	var walk func(where string, r regime.Rule)
	walk = func(where string, r regime.Rule) {
		info := r.Info()
		use(info.ID, where)
		for _, c := range info.Children {
			walk(where, c)
		}
	}
	for _, f := range fws {
		for _, rs := range f.RuleSets() {
			use(rs.ID(), f.ID())
			for _, e := range rs.Entries() {
				walk(f.ID()+" "+rs.ID(), e.Rule)
			}
		}
	}
	return out
}

func TestIDConstants(t *testing.T) {
	consts, shipped := idConstants(t), shippedIDs(t)
	tests := []struct {
		name     string
		have     map[string]string
		in       map[string]string
		whatMiss string
	}{
		{"every id an edition uses is a constant", shipped, consts, "used by %s but not a constant of ids.go"},
		{"every constant is used by some edition", consts, shipped, "is constant %s but no edition uses it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var missing []string
			for id, where := range tt.have {
				if _, ok := tt.in[id]; !ok {
					missing = append(missing, id+" "+where)
				}
			}
			slices.Sort(missing)
			assert.Empty(t, missing, tt.whatMiss, "(id, then where)")
		})
	}
}
