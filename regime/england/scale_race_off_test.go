//go:build !race

package england_test

// raceEnabled is false without the race detector: the scale tests judge
// the whole of a synthetic England.
const raceEnabled = false
