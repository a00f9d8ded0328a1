package regime

// Node finds the outcome with the given id in the tree rooted at o: o
// itself, then its children depth first in declared order, so the first
// match is the one a reader of [Decision.Text] meets first. It reports
// false when no outcome has that id, and for the empty id, which names
// nothing (anonymous combinators have it).
//
// An id is unique among a rule set's entries, but one condition may sit
// under several entries (a spell both entries read); Node then returns the
// first, which is what the decision tried first.
func (o Outcome) Node(id string) (Outcome, bool) {
	if id == "" {
		return Outcome{}, false
	}
	if p := o.find(id, 0); p != nil {
		return *p, true
	}
	return Outcome{}, false
}

// find walks by pointer so that a deep tree is not copied on the way
// down, and stops at maxDepth as every other walk of a tree does.
func (o *Outcome) find(id string, depth int) *Outcome {
	if o.ID == id {
		return o
	}
	if depth >= maxDepth {
		return nil
	}
	for i := range o.Children {
		if p := o.Children[i].find(id, depth+1); p != nil {
			return p
		}
	}
	return nil
}

// Node finds the outcome with the given id in the decision's explanation
// (see [Outcome.Node]): the rule set itself, one of its entries, or a
// condition inside one. This is how a program reads one rule's verdict,
// reason and facts without walking Outcome.Children.
//
// Only the entries the rule set tried are in the tree: under [First] the
// entries after the one that matched were not tried, and Node does not
// find them.
func (d Decision) Node(id string) (Outcome, bool) { return d.Outcome.Node(id) }

// WhyNot returns the findings that stand between the node with the given
// id and Met ([Outcome.WhyNot]), with paths that start at that node, and
// true; nil and true when the node is Met; nil and false when the
// decision's explanation has no node with that id. It answers "what would
// have to change for this entry to match?" by name.
func (d Decision) WhyNot(id string) ([]Finding, bool) {
	o, ok := d.Node(id)
	if !ok {
		return nil, false
	}
	return o.WhyNot(), true
}
