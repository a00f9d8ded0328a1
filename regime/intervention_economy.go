package regime

// economyInterventionSet builds the rule set for ed. Not yet encoded: the edition has no
// such rule set.
func economyInterventionSet(ed *edition, ps *Params) (*RuleSet, error) { return nil, nil }
