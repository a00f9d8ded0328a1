package regime

// AppendMatches is the verdict-only path of a rule set that collects:
// it appends the ruling of every entry that is Met to dst, in priority
// order, and returns the extended slice with the verdict [RuleSet.Match]
// gives (Unknown while any entry is Unknown, since the collection might
// be incomplete; NotMet when none matched). Under [First] it appends at
// most the one ruling Match returns. It allocates nothing when dst has
// room: pass buf[:0] of a buffer kept between subjects.
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
	switch {
	case unknown:
		return dst, Unknown
	case met:
		return dst, Met
	}
	return dst, NotMet
}
