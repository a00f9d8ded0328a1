package rating

import (
	"slices"

	"github.com/shopspring/decimal"
)

// sortedView is an ascending list of decimals read by position, so that
// a peer group sorted once can be read with one trust left out or one
// value put in without copying it.
type sortedView interface {
	Len() int
	At(k int) decimal.Decimal
}

// sortedSlice is a sorted slice as a view.
type sortedSlice []decimal.Decimal

func (s sortedSlice) Len() int                 { return len(s) }
func (s sortedSlice) At(k int) decimal.Decimal { return s[k] }

// without is all with the positions in gone (sorted, ascending) left
// out: a trust's own averages taken from its peer group's.
type without struct {
	all  sortedSlice
	gone []int
}

// leaveOut returns all without one occurrence of each value of own.
func leaveOut(all sortedSlice, own []decimal.Decimal) sortedView {
	if len(own) == 0 {
		return all
	}
	var gone []int
	for _, v := range own {
		i, found := slices.BinarySearchFunc(all, v, decimal.Decimal.Cmp)
		for found && slices.Contains(gone, i) {
			i++
			found = i < len(all) && all[i].Equal(v)
		}
		if found {
			gone = append(gone, i)
		}
	}
	slices.Sort(gone)
	return without{all: all, gone: gone}
}

func (w without) Len() int { return len(w.all) - len(w.gone) }

func (w without) At(k int) decimal.Decimal {
	for _, g := range w.gone {
		if g <= k {
			k++
		}
	}
	return w.all[k]
}

// plus is a view with one value put in its place.
type plus struct {
	s   sortedView
	v   decimal.Decimal
	pos int
}

// withValue returns s with v inserted in order.
func withValue(s sortedView, v decimal.Decimal) sortedView {
	lo, hi := 0, s.Len()
	for lo < hi {
		mid := (lo + hi) / 2
		if s.At(mid).Cmp(v) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return plus{s: s, v: v, pos: lo}
}

func (p plus) Len() int { return p.s.Len() + 1 }

func (p plus) At(k int) decimal.Decimal {
	switch {
	case k < p.pos:
		return p.s.At(k)
	case k == p.pos:
		return p.v
	}
	return p.s.At(k - 1)
}
