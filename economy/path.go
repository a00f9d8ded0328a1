package economy

import (
	"slices"
	"strconv"
)

// key builds a map-entry path. Plain keys read like fields
// ("other.friends_and_family"); any other key is quoted
// (`other["A&E 12 hours"]`) so that the path stays unambiguous.
func key(parent, k string) string {
	if isPlainKey(k) {
		return join(parent, k)
	}
	return parent + "[" + strconv.Quote(k) + "]"
}

func isPlainKey(k string) bool {
	if k == "" {
		return false
	}
	for _, r := range k {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// sortedKeys returns the keys of m in order, so that problems are reported
// in the same order on every run.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
