//go:build !unix

package england_test

// cpuNanos is unavailable here: benchmarks report wall time alone.
func cpuNanos() (int64, bool) { return 0, false }
