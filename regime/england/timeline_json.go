package england

import (
	"fmt"
	"slices"
)

// UnmarshalText decodes a kind's word, so that a Timeline read back from
// JSON (a regime/api response, say) is the Timeline written.
func (k *DiffKind) UnmarshalText(b []byte) error {
	i := slices.Index(diffKindNames[:], string(b))
	if i < 0 {
		return fmt.Errorf("unknown DiffKind %q", b)
	}
	*k = DiffKind(i)
	return nil
}
