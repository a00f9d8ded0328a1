package rating

// monitorMethods lists Monitor's and NHS Improvement's financial ratings
// and the oversight segmentations.
func monitorMethods() []Method { return nil }
