package regime

// Version is this library's version, the latest entry of CHANGELOG.md.
// The compatibility promise (README, "Versions and compatibility") says
// what a change of each of its three numbers may break.
const Version = "0.4.0"
