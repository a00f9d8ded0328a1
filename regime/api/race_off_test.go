//go:build !race

package api

// raceEnabled is false without the race detector: the hostile-input test
// measures up to the limits.
const raceEnabled = false
