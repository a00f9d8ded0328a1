package england_test

import "github.com/failregime/failregime/regime"

// outcomeMissing lists every fact an outcome and the outcomes inside it
// name as missing.
func outcomeMissing(o regime.Outcome) []string {
	out := append([]string(nil), o.Missing...)
	for _, c := range o.Children {
		out = append(out, outcomeMissing(c)...)
	}
	return out
}

// outcomePending lists every pending fact an outcome and the outcomes
// inside it wait for.
func outcomePending(o regime.Outcome) []string {
	var out []string
	for _, p := range o.Pending {
		out = append(out, p.Name)
	}
	for _, c := range o.Children {
		out = append(out, outcomePending(c)...)
	}
	return out
}
