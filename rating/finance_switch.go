package rating

import (
	"github.com/failregime/failregime/internal/enum"
)

// OverrideSwitch turns an optional override of a financial rating on or
// off. Several overrides rest on remembered rules that no primary source
// confirmed, so each one can be switched per call. The zero value means the
// method's documented default, so a zero Params behaves like the defaults.
type OverrideSwitch uint8

// Override switches. The zero value, OverrideSwitchDefault, has a meaning
// of its own: the method's documented default.
const (
	OverrideSwitchDefault OverrideSwitch = iota // the method's documented default
	OverrideOn
	OverrideOff
)

var overrideSwitchWords = enum.New("OverrideSwitch", "default", "on", "off")

// String returns "default", "on" or "off".
func (s OverrideSwitch) String() string { return overrideSwitchWords.Name(uint8(s)) }

// MarshalText encodes s as "default", "on" or "off".
func (s OverrideSwitch) MarshalText() ([]byte, error) { return overrideSwitchWords.Marshal(uint8(s)) }

// UnmarshalText decodes "default", "on" or "off".
func (s *OverrideSwitch) UnmarshalText(b []byte) error {
	return enum.Unmarshal(overrideSwitchWords, b, s)
}

// on resolves s against the method's default.
func (s OverrideSwitch) on(def bool) bool {
	switch s {
	case OverrideOn:
		return true
	case OverrideOff:
		return false
	}
	return def
}
