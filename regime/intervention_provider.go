package regime

// providerInterventionSet builds the rule set for ed. Not yet encoded: the edition has no
// such rule set.
func providerInterventionSet(ed *edition, ps *Params) (*RuleSet, error) { return nil, nil }
