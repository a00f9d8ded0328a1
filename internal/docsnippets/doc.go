// Package docsnippets holds the test that keeps the documentation true:
// every Go and JSON snippet in README.md, examples/README.md and the
// package docs is run or checked against the code. It has no code of its
// own.
package docsnippets
