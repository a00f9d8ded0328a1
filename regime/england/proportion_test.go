package england_test

import "testing"

// outputBase and outputPerByte bound what deciding may write: at most
// outputPerByte bytes of JSON per byte of input (the bytes parsed, or the
// bytes the facts were made from), beyond outputBase. A decision is kilobytes of reasons and
// citations whatever the facts, so the smallest subjects cost a few
// hundred bytes a byte (regime/api's TestHostileInputsGrowLinearly
// measures up to the limits); a bound of a kilobyte a byte catches an
// explanation that repeats the area, or a name, for every fact.
const (
	outputBase    = 64 << 10
	outputPerByte = 1000
)

// checkProportionate fails t when out is more than the bound allows for n
// bytes of input.
func checkProportionate(t *testing.T, what string, out []byte, n int) {
	t.Helper()
	if len(out) > outputBase+outputPerByte*n {
		t.Fatalf("%s: %d bytes of JSON for %d bytes of facts, more than %d a byte", what, len(out), n, outputPerByte)
	}
}
