//go:build race

package api

// raceEnabled is true under the race detector, which makes assessment and
// JSON about ten times slower: the hostile-input test then measures its
// short sizes.
const raceEnabled = true
