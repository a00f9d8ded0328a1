//go:build unix

package api

import "syscall"

// cpuNanos returns the CPU time the process has used, user and system, in
// nanoseconds: on a shared machine a benchmark's wall time swings with its
// neighbours' load, its CPU time much less.
func cpuNanos() (int64, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return ru.Utime.Nano() + ru.Stime.Nano(), true
}
