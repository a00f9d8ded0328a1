package rating

import "github.com/failregime/failregime/economy"

// ForPeerGroup keeps the standards a provider of the given oversight peer
// group is held to: ambulance trusts answer for the ambulance response
// standard only, acute trusts for every standard but that one, and
// non-acute trusts (mental health, community) for the referral-to-treatment
// standards only. An empty or unrecognised peer group keeps every
// standard, so a provider whose type is unknown is asked for every figure.
// Zero params are the defaults; the result always holds a non-nil list,
// so that keeping nothing never reads as the defaults.
//
// The sources set each standard for the services it measures and do not
// list the trusts each binds; this split by the trust's main service is an
// interpretation.
func (p StandardsParams) ForPeerGroup(peerGroup string) StandardsParams {
	keep := func(id StandardID) bool { return true }
	switch peerGroup {
	case "ambulance":
		keep = func(id StandardID) bool { return id == StdAmbulanceCatA8Min }
	case "acute":
		keep = func(id StandardID) bool { return id != StdAmbulanceCatA8Min }
	case "non_acute":
		keep = func(id StandardID) bool {
			return id == StdRTTIncomplete || id == StdRTTAdmitted || id == StdRTTNonAdmitted
		}
	}
	p = p.withDefaults()
	out := p
	out.Standards = []Standard{}
	for _, s := range p.Standards {
		if keep(s.ID) {
			out.Standards = append(out.Standards, s)
		}
	}
	return out
}

// standardsForProvider is what the registry method holds a provider to.
func standardsForProvider(pr *economy.Provider) StandardsParams {
	return DefaultStandardsParams().ForPeerGroup(pr.PeerGroup)
}
