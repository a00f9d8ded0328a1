package regimetest

// TestingT is what the kit needs of a test to report a failure: *testing.T
// and *testing.B satisfy it, and so does a fake that records messages.
//
// The kit asks for this small interface, not testify's assert.TestingT, so
// that a program importing regimetest (a command that runs case files, as
// examples/failregime does) does not build testify into its binary. The
// kit formats its own messages for the same reason, and because testify's
// "Error Trace" would list the kit's frames, which tell a policy author
// nothing about the case that failed.
type TestingT interface {
	Helper()
	Errorf(format string, args ...any)
}
