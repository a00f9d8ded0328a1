package regime

import "github.com/failregime/failregime/economy"

// The explained path allocates what an explanation is made of: children,
// facts and a copy of the citation for every outcome (each outcome owns
// its citation, so that editing a decision cannot change the framework).
// The helpers below give an outcome its parts in one allocation instead
// of one each; the outcome is the same value, field for field.

// childrenAndCite returns room for n children (length 0, capacity n) and
// a copy of cite (nil for the zero citation), sharing one allocation when
// n is small.
func childrenAndCite(n int, cite economy.Citation) ([]Outcome, *economy.Citation) {
	if cite.IsZero() {
		return make([]Outcome, 0, n), nil
	}
	switch n {
	case 1:
		x := &struct {
			k [1]Outcome
			c economy.Citation
		}{c: cite}
		return x.k[:0], &x.c
	case 2:
		x := &struct {
			k [2]Outcome
			c economy.Citation
		}{c: cite}
		return x.k[:0], &x.c
	case 3:
		x := &struct {
			k [3]Outcome
			c economy.Citation
		}{c: cite}
		return x.k[:0], &x.c
	case 4:
		x := &struct {
			k [4]Outcome
			c economy.Citation
		}{c: cite}
		return x.k[:0], &x.c
	case 5:
		x := &struct {
			k [5]Outcome
			c economy.Citation
		}{c: cite}
		return x.k[:0], &x.c
	case 6:
		x := &struct {
			k [6]Outcome
			c economy.Citation
		}{c: cite}
		return x.k[:0], &x.c
	}
	return make([]Outcome, 0, n), citationPtr(cite)
}

// factParts is one fact with the outcome's citation and the fact's source
// in one allocation, for the leaves that record one fact.
type factParts struct {
	facts  [1]Fact
	cite   economy.Citation
	source economy.Citation
}

// oneFact sets o's citation to a copy of cite and returns the parts,
// whose facts[:] the caller fills and assigns.
func oneFact(o *Outcome, cite economy.Citation) *factParts {
	x := &factParts{}
	if !cite.IsZero() {
		x.cite = cite
		o.Citation = &x.cite
	}
	return x
}

// sourcePtr is citationPtr for a fact's source, in x's allocation.
func (x *factParts) sourcePtr(c economy.Citation) *economy.Citation {
	if c.IsZero() {
		return nil
	}
	x.source = c
	return &x.source
}
