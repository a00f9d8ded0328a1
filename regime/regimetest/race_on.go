//go:build race

package regimetest

// raceEnabled: the race detector's instrumentation allocates, so the
// allocation checks are skipped under it.
const raceEnabled = true
