package rating

import (
	"slices"
	"sync"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// Area is what methods read about a provider's economy as a whole on one
// date, worked out once for all its providers. The NHS oversight
// framework 2025/26 places each trust among its peers: without an Area,
// rating each of N trusts reads all N again (N squared work, and for the
// 10,000 providers economy.MaxProviders allows, minutes); with one, each
// peer's average is worked out once and each trust is placed by a binary
// search. The ratings are the same either way.
//
// Build one with [NewArea] and pass it in every [Input] of that economy
// and date. An Input whose Area is nil, or was built for another economy
// or date, reads the economy itself. An Area works out what it needs on
// first use and is safe for concurrent use; the economy must not change
// while it is in use.
type Area struct {
	econ *economy.Economy
	date economy.Date

	nofOnce sync.Once
	nof     map[string]*nofGroup // by peer group
}

// nofGroup is the published NOF 2025/26 averages of one peer group's
// trusts: all of them sorted, and by provider ID, so that a trust's own
// (and any other provider's under its ID) can be left out as
// NOF2025InputFrom leaves them out.
type nofGroup struct {
	sorted []decimal.Decimal
	byID   map[string][]decimal.Decimal
}

// NewArea returns the Area of e on date.
func NewArea(e *economy.Economy, date economy.Date) *Area {
	return &Area{econ: e, date: date}
}

// of reports whether a holds the economy and date of in.
func (a *Area) of(in Input) bool {
	return a != nil && in.Economy != nil && a.econ == in.Economy && a.date == in.Date
}

func (a *Area) nofGroups() map[string]*nofGroup {
	a.nofOnce.Do(func() {
		a.nof = map[string]*nofGroup{}
		for i := range a.econ.Providers {
			o := &a.econ.Providers[i]
			avg, ok := nofAverage(nofScoresOf(o, a.date))
			if !ok {
				continue
			}
			g := a.nof[o.PeerGroup]
			if g == nil {
				g = &nofGroup{byID: map[string][]decimal.Decimal{}}
				a.nof[o.PeerGroup] = g
			}
			g.sorted = append(g.sorted, avg)
			g.byID[o.ID] = append(g.byID[o.ID], avg)
		}
		for _, g := range a.nof {
			slices.SortFunc(g.sorted, decimal.Decimal.Cmp)
		}
	})
	return a.nof
}

// nofPeers is the sorted averages of pr's peer group in a, without
// those under pr's own ID.
func (a *Area) nofPeers(pr *economy.Provider) sortedView {
	g := a.nofGroups()[pr.PeerGroup]
	if g == nil {
		return sortedSlice(nil)
	}
	return leaveOut(sortedSlice(g.sorted), g.byID[pr.ID])
}
