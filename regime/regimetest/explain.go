package regimetest

import (
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// explanation is the decision's full account for a failure report: the
// heading of Decision.Text, then the tree of reasons one rule a line with
// its facts beneath and its citation folded onto a line of its own. Text
// puts the citation at the end of the reason, which makes lines of several
// hundred characters in a test log; here the reason stays readable and the
// source is still there, once per change of source.
func explanation(d *regime.Decision) string {
	text := d.Text()
	head, _, ok := strings.Cut(text, "Reasons:\n")
	if !ok {
		return text
	}
	var b strings.Builder
	b.WriteString(head)
	b.WriteString("Reasons:\n")
	writeReasons(&b, &d.Outcome, 1, nil)
	return b.String()
}

// writeReasons writes o and the outcomes inside it, its citation only
// where it differs from its parent's.
func writeReasons(b *strings.Builder, o *regime.Outcome, depth int, parent *economy.Citation) {
	pad := strings.Repeat("  ", depth)
	b.WriteString(pad + "[" + o.Verdict.Text() + "] " + o.Reason + "\n")
	if o.Citation != nil && (parent == nil || *o.Citation != *parent) {
		b.WriteString(pad + "    source: " + o.Citation.String() + "\n")
	}
	// As in Text: a comparison's reason already states its fact, so only
	// the threshold's provenance is added.
	stated := o.Kind == "compare" || o.Kind == "in"
	for _, f := range o.Facts {
		if !stated {
			b.WriteString(pad + "    - " + f.String() + "\n")
		}
		if f.Param != "" {
			b.WriteString(pad + "    - threshold: parameter " + f.Param + "\n")
			if f.Source != nil {
				b.WriteString(pad + "      source: " + f.Source.String() + "\n")
			}
			if f.Interpretation != "" {
				b.WriteString(pad + "      interpretation: " + f.Interpretation + "\n")
			}
		}
	}
	for _, p := range o.Pending {
		b.WriteString(pad + "    - pending: " + p.Name + " (one of " + strings.Join(p.Values, ", ") + ")\n")
	}
	cite := parent
	if o.Citation != nil {
		cite = o.Citation
	}
	for i := range o.Children {
		writeReasons(b, &o.Children[i], depth+1, cite)
	}
}
