package rating

import (
	"cmp"
	"slices"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// NOF2025Row is one trust's line in a 2025/26 league table: its peer
// group, average metric score, segment and rank within the peer group.
// A trust that could not be rated has no average, segment or rank, and
// its Result names the missing facts.
type NOF2025Row struct {
	Provider  string              `json:"provider"`
	PeerGroup string              `json:"peer_group,omitempty"`
	Average   decimal.NullDecimal `json:"average,omitzero"`
	Segment   Segment             `json:"segment,omitempty"`
	// Rank is 1 for the best; trusts with the same segment and average
	// share a rank and the next rank is skipped (1, 2, 2, 4).
	Rank int `json:"rank,omitempty"`
	// Of is how many trusts of the peer group were ranked.
	Of     int    `json:"of,omitempty"`
	Result Result `json:"result"`
}

// NOF2025League rates each of providers under the 2025/26 framework on
// date, with default parameters but p's, and ranks them within their peer
// groups. The peer set is exactly the providers given: for NHS England's
// league tables that is every trust of a type (134 acute trusts in Q3
// 2025/26); within one integrated care system it is only that system's
// trusts, whose quartiles are not the national ones.
//
// The ranking follows NHS England's tables: "Each Trust receives a rank
// based first on their segment and then their average score within that
// segment" (Northern Care Alliance, 12 December 2025). Trusts with the
// same segment and average share a rank, as the published Q3 2025/26
// table shows (two trusts at 2.19 in segment 2 both 22nd). Rows come in
// a fixed order whatever the order of providers: by peer group, then
// rank, then provider ID, with the unrated last in their group.
func NOF2025League(providers []economy.Provider, date economy.Date, p NOF2025Params) []NOF2025Row {
	type scored struct {
		avg decimal.Decimal
		ok  bool
	}
	avgs := make([]scored, len(providers))
	for i := range providers {
		pr := &providers[i]
		if pr.PeerGroup == "" {
			continue
		}
		a, ok := nofAverage(nofScoresOf(pr, date))
		avgs[i] = scored{a, ok}
	}
	rows := make([]NOF2025Row, len(providers))
	for i := range providers {
		pr := &providers[i]
		row := NOF2025Row{Provider: pr.ID, PeerGroup: pr.PeerGroup}
		if pr.PeerGroup == "" {
			row.Result = finInsufficient(nof2025Info, "provider.peer_group")
			rows[i] = row
			continue
		}
		in := nof2025Own(pr, date)
		for j := range providers {
			if j != i && providers[j].PeerGroup == pr.PeerGroup && avgs[j].ok {
				in.PeerAverages = append(in.PeerAverages, avgs[j].avg)
			}
		}
		row.Result = RateNOF2025(in, p)
		if row.Result.Rated() {
			row.Average = decimal.NewNullDecimal(avgs[i].avg)
			row.Segment = Segment(row.Result.Score.Value)
		}
		rows[i] = row
	}
	slices.SortStableFunc(rows, func(a, b NOF2025Row) int {
		if c := cmp.Compare(a.PeerGroup, b.PeerGroup); c != 0 {
			return c
		}
		if c := nofRowOrder(a, b); c != 0 {
			return c
		}
		return cmp.Compare(a.Provider, b.Provider)
	})
	for start := 0; start < len(rows); {
		end := start
		for end < len(rows) && rows[end].PeerGroup == rows[start].PeerGroup {
			end++
		}
		n := 0
		for i := start; i < end && rows[i].Segment != 0; i++ {
			n++
		}
		for i := start; i < start+n; i++ {
			rows[i].Of = n
			if i > start && nofRowOrder(rows[i-1], rows[i]) == 0 {
				rows[i].Rank = rows[i-1].Rank
			} else {
				rows[i].Rank = i - start + 1
			}
		}
		start = end
	}
	return rows
}

// nofRowOrder orders rated rows by segment then average, the unrated
// last.
func nofRowOrder(a, b NOF2025Row) int {
	switch ra, rb := a.Segment != 0, b.Segment != 0; {
	case ra && !rb:
		return -1
	case !ra && rb:
		return 1
	case !ra:
		return 0
	}
	if c := cmp.Compare(a.Segment, b.Segment); c != 0 {
		return c
	}
	return a.Average.Decimal.Cmp(b.Average.Decimal)
}
