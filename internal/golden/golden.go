// Package golden compares test output with files under testdata, the
// convention of the standard library and go-cmp: run the tests with
// -update to rewrite the files, then read the diff before committing it.
//
// Only test binaries import this package, so the -update flag it defines
// exists only in them.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata with the output of this run")

// Updating reports whether the tests run with -update.
func Updating() bool { return *update }

// Check compares got with the file at path (relative to the test's
// package directory). With -update it writes got there instead. A
// mismatch reports the first line that differs, so a change reads without
// a diff tool.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("golden: %v", err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden: %v (run the tests with -update to create it)", err)
	}
	if string(want) == string(got) {
		return
	}
	line, w, g := firstDifference(string(want), string(got))
	t.Errorf("golden %s differs at line %d:\n want: %q\n  got: %q\n(run with -update to accept the new output)", path, line, w, g)
}

// firstDifference returns the 1-based number of the first line where a and
// b differ, and that line of each ("" past the end).
func firstDifference(a, b string) (int, string, string) {
	la, lb := splitLines(a), splitLines(b)
	for i := 0; ; i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y || i >= len(la) || i >= len(lb) {
			return i + 1, x, y
		}
	}
}

func splitLines(s string) []string {
	var out []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		if i < len(s) {
			i++
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	return out
}
