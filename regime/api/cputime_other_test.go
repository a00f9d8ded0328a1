//go:build !unix

package api

// cpuNanos is unavailable here: benchmarks report wall time alone.
func cpuNanos() (int64, bool) { return 0, false }
