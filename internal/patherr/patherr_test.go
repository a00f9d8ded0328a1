package patherr_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/internal/patherr"
)

func TestPaths(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"field at the root", patherr.Field("", "providers"), "providers"},
		{"field", patherr.Field("providers[2]", "accounts"), "providers[2].accounts"},
		{"odd key quoted", patherr.Field("other", "A&E 12 hours"), `other["A&E 12 hours"]`},
		{"dotted key quoted", patherr.Field("variant", "economy.sr_min_failing"), `variant["economy.sr_min_failing"]`},
		{"empty key quoted", patherr.Field("x", ""), `x[""]`},
		{"odd key at the root", patherr.Field("", "a b"), `["a b"]`},
		{"index", patherr.Index("providers", 3), "providers[3]"},
		{"under a field", patherr.Under("economy", "providers[0].kind"), "economy.providers[0].kind"},
		{"under, an index", patherr.Under("cases[0].economy", "[1]"), "cases[0].economy[1]"},
		{"under, the root", patherr.Under("economy", ""), "economy"},
		{"under nothing", patherr.Under("", "id"), "id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.got) })
	}
}

func TestWithinAndAncestors(t *testing.T) {
	assert.True(t, patherr.Within("a.b[2].c", "a.b"))
	assert.True(t, patherr.Within("a.b[2].c", "a.b[2]"))
	assert.True(t, patherr.Within("a.b", "a.b"))
	assert.True(t, patherr.Within("a", ""))
	assert.False(t, patherr.Within("a.bc", "a.b"))
	assert.False(t, patherr.Within("a", "a.b"))

	var got []string
	patherr.Ancestors(`a.other["x.y[1]"][2]`, func(p string) bool { got = append(got, p); return true })
	assert.Equal(t, []string{`a.other["x.y[1]"][2]`, `a.other["x.y[1]"]`, "a.other", "a", ""}, got)

	got = nil
	patherr.Ancestors("a.b.c", func(p string) bool { got = append(got, p); return p != "a.b" })
	assert.Equal(t, []string{"a.b.c", "a.b"}, got, "f returning false stops the walk")
}

func TestErrorUnwrapsItsCause(t *testing.T) {
	cause := errors.New("boom")
	e := patherr.Wrap("providers[0].kind", cause)
	assert.Equal(t, "providers[0].kind: boom", e.Error())
	assert.ErrorIs(t, e, cause)
	assert.Equal(t, "at the root", patherr.New("", "at the %s", "root").Error())
}

func TestListKeepsTheFirstAndCountsTheRest(t *testing.T) {
	l := patherr.NewList(3)
	assert.NoError(t, l.Err())
	for i := range 10 {
		l.Add(patherr.Index("x", i), "problem %d", i)
	}
	assert.Equal(t, 10, l.Len())
	all := patherr.All(l.Err())
	require.Len(t, all, 4)
	assert.Equal(t, "x[2]: problem 2", all[2].Error())
	assert.Equal(t, "and 7 more problems", all[3].Error())
	var more patherr.More
	require.ErrorAs(t, all[3], &more)
	assert.Equal(t, patherr.More(7), more)

	// A list's problems, appended to another list, keep their count.
	outer := patherr.NewList(100)
	outer.AppendAll(l.Err())
	assert.Equal(t, 10, outer.Len())
	outer = patherr.NewList(2)
	outer.Add("y", "first")
	outer.AppendAll(l.Err())
	assert.Equal(t, 11, outer.Len())
	require.Len(t, patherr.All(outer.Err()), 3)
	assert.Equal(t, "and 9 more problems", patherr.All(outer.Err())[2].Message)
	assert.Equal(t, "and 1 more problem", patherr.More(1).Error())
}

func TestAllWalksJoinsButNotCauses(t *testing.T) {
	inner := patherr.New("a", "inner")
	outer := &patherr.Error{Path: "b", Message: "outer", Err: inner}
	err := fmt.Errorf("context: %w", errors.Join(outer, errors.New("plain"), patherr.New("c", "third")))
	got := patherr.All(err)
	require.Len(t, got, 2)
	assert.Same(t, outer, got[0])
	assert.Equal(t, "c", got[1].Path)
}
