package regime

import (
	"strings"

	"github.com/failregime/failregime/economy"
)

// Text renders the decision for a policy analyst: the subject, the edition
// and its hash, the dates, the answer, the answers under each value of a
// pending fact, then the tree of reasons, one rule a line with its
// verdict, reason and citation, and the facts under the rule that used
// them. The layout is meant for reading, not parsing: parse the JSON.
func (d Decision) Text() string {
	var b strings.Builder
	line := func(indent int, s string) {
		b.WriteString(strings.Repeat("  ", indent))
		b.WriteString(s)
		b.WriteByte('\n')
	}
	line(0, "Decision on "+d.subjectText()+" by rule set "+d.RuleSet+" ("+d.Policy.String()+")")
	fw := d.Framework.Name
	if d.Framework.Edition != "" {
		fw += " " + d.Framework.Edition
	}
	fw += " [" + d.Framework.ID + "]"
	if d.Framework.Variant != "" {
		fw += ", variant " + d.Framework.Variant
	}
	line(0, "Framework: "+fw+", "+d.Framework.Hash)
	line(0, "Rules of "+d.DecisionDate.String()+", facts of "+d.FactsDate.String())
	line(0, "Verdict: "+d.Verdict.Text()+answer(d.Verdict, d.Chosen, d.Undecided))
	if len(d.Brings) > 0 {
		line(0, "Brings:")
		for _, m := range d.Brings {
			line(1, "- "+m.What+" ("+m.Citation.String()+")")
		}
	}
	if d.Note != "" {
		line(0, "Note: "+d.Note)
	}
	for _, sc := range d.Scenarios {
		var as []string
		for _, a := range sc.Assume {
			as = append(as, a.Name+" = "+a.Value)
		}
		line(1, "if "+strings.Join(as, " and ")+": "+sc.Verdict.Text()+answer(sc.Verdict, sc.Chosen, sc.Undecided))
	}
	line(0, "Reasons:")
	writeOutcome(&b, d.Outcome, 1, nil)
	if d.Score != nil {
		line(0, "Score:")
		writeOutcome(&b, d.Score.Outcome, 1, nil)
	}
	return b.String()
}

func (d Decision) subjectText() string {
	s := d.Subject.Kind.String() + " " + d.Subject.ID
	if d.Subject.Name != "" {
		s += " (" + d.Subject.Name + ")"
	}
	return s
}

// answer renders what was chosen, or what is undecided.
func answer(v Verdict, chosen, undecided []Choice) string {
	list := func(cs []Choice) string {
		var parts []string
		for _, c := range cs {
			p := c.Entry
			if r := c.Ruling.String(); r != "" {
				p = r + " [" + c.Entry + "]"
			}
			parts = append(parts, p)
		}
		return strings.Join(parts, "; ")
	}
	switch {
	case v == Met && len(chosen) > 0:
		return ": " + list(chosen)
	case len(undecided) > 0:
		return ": undecided between " + list(undecided)
	}
	return ""
}

// writeOutcome prints one outcome a line, its citation only where it
// differs from its parent's, and its facts beneath: in full for
// predicates, and only the threshold's provenance for comparisons, whose
// reason already states the fact.
func writeOutcome(b *strings.Builder, o Outcome, indent int, parent *economy.Citation) {
	pad := strings.Repeat("  ", indent)
	b.WriteString(pad + "[" + o.Verdict.Text() + "] " + o.Reason)
	if o.Citation != nil && (parent == nil || *o.Citation != *parent) {
		b.WriteString(" (" + o.Citation.String() + ")")
	}
	b.WriteByte('\n')
	stated := o.Kind == "compare" || o.Kind == "in" || o.Kind == "compare_number" || o.Kind == "bands"
	for _, f := range o.Facts {
		var line string
		if !stated {
			line = f.String()
		}
		if f.Param != "" {
			if line != "" {
				line += "; "
			}
			line += "threshold: parameter " + f.Param
			if f.Source != nil {
				line += ", " + f.Source.String()
			}
			if f.Interpretation != "" {
				line += " [interpretation: " + f.Interpretation + "]"
			}
		}
		if line != "" {
			b.WriteString(pad + "    - " + line + "\n")
		}
	}
	for _, p := range o.Pending {
		b.WriteString(pad + "    - pending: " + p.Name + " (one of " + strings.Join(p.Values, ", ") + ")\n")
	}
	cite := parent
	if o.Citation != nil {
		cite = o.Citation
	}
	for _, c := range o.Children {
		writeOutcome(b, c, indent+1, cite)
	}
}
