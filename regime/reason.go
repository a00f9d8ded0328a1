package regime

import (
	"fmt"
	"strings"
)

func errorf(format string, args ...any) error {
	return fmt.Errorf("regime: "+format, args...)
}

// label is how a reason names a rule: its title, else its id.
func label(title, id string) string {
	if title != "" {
		return title
	}
	if id != "" {
		return id
	}
	return "condition"
}

func defaultReason(title, id string, v Verdict, missing []string, pending []PendingFact) string {
	name := label(title, id)
	switch v {
	case Met:
		return name + ": met"
	case NotMet:
		return name + ": not met"
	}
	var parts []string
	if len(missing) > 0 {
		parts = append(parts, "missing "+strings.Join(missing, ", "))
	}
	for _, p := range pending {
		parts = append(parts, "pending "+p.Name)
	}
	if len(parts) == 0 {
		return name + ": unknown"
	}
	return name + ": unknown (" + strings.Join(parts, "; ") + ")"
}
