package regime

// commissionerInterventionSet builds the rule set for ed. Not yet encoded: the edition has no
// such rule set.
func commissionerInterventionSet(ed *edition, ps *Params) (*RuleSet, error) { return nil, nil }
