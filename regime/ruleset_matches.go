package regime

// AppendMatches is the verdict-only path of a rule set that collects:
// it appends the ruling of every entry that is Met to dst, in priority
// order, and returns the extended slice with the verdict [RuleSet.Match]
// gives (Unknown while any entry is Unknown, since the collection might
// be incomplete; NotMet when none matched). Under [First] it appends at
// most the one ruling Match returns. It allocates nothing when dst has
// room: pass buf[:0] of a buffer kept between subjects. Like Match, it
// reads the facts as given ([Env.Known]).
//
// On Unknown the rulings of the entries that were Met are still appended,
// so that a caller can see what is certain; Decide's explanation says
// which entries were undecided.
func (rs *RuleSet) AppendMatches(dst []Ruling, env *Env, s Subject) ([]Ruling, Verdict) {
	if rs.spec.Policy == First {
		r, v := rs.Match(env, s)
		if v == Met {
			dst = append(dst, r)
		}
		return dst, v
	}
	unknown, met := false, false
	if !rs.prog.worth() {
		for i := range rs.entries {
			e := &rs.entries[i]
			switch e.Rule.Eval(env, s) {
			case Met:
				dst = append(dst, e.Decides)
				met = true
			case NotMet:
			default:
				unknown = true
			}
		}
		return dst, collected(unknown, met)
	}
	var run run
	run.init(rs.prog, env, s)
	defer run.done()
	for i := range rs.entries {
		e := &rs.entries[i]
		switch run.eval(rs.prog.roots[i]) {
		case Met:
			dst = append(dst, e.Decides)
			met = true
		case NotMet:
		default:
			unknown = true
		}
	}
	return dst, collected(unknown, met)
}

// collected is the verdict of a collection: Unknown while any entry is.
func collected(unknown, met bool) Verdict {
	switch {
	case unknown:
		return Unknown
	case met:
		return Met
	}
	return NotMet
}
