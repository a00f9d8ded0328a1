//go:build race

package england_test

// raceEnabled is true when the tests run under the race detector, which
// makes assessment and JSON about ten times slower: the scale tests then
// judge a few economies rather than all of England, so that CI's
// `go test -race ./...` stays quick.
const raceEnabled = true
