//go:build !race

package regimetest

// raceEnabled: see race_on.go.
const raceEnabled = false
