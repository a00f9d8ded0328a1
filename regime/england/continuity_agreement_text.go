package england

import (
	"slices"
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// MaxLocalListed bounds how many area commissioners a decision about a
// service names one by one among the local commissioners to involve after
// its provider's exit. An economy with more names them by count ("the
// 1000 area commissioners of the economy"), then the service's own
// commissioners that are not among them, so that a decision's size
// follows its service's own facts rather than the size of its area: an
// assessment of S services in an area of C commissioners then writes in
// proportion to S + C, never S × C. WhoMustAgree gives Go callers the
// full lists.
const MaxLocalListed = 12

// areaCommissioners is what an economy's decisions about services share:
// the positions of its area commissioners, and the positions of each
// commissioner ID, worked out once per assessment (regime.Env.Memo).
type areaCommissioners struct {
	area []int
	at   map[string][]int
}

type areaCommissionersKey struct{}

func areaOf(env *regime.Env) *areaCommissioners {
	return env.Memo(areaCommissionersKey{}, func(e *economy.Economy) any {
		a := &areaCommissioners{at: map[string][]int{}}
		if e == nil {
			return a
		}
		for i := range e.Commissioners {
			c := &e.Commissioners[i]
			if areaCommissioner(c.Kind) {
				a.area = append(a.area, i)
			}
			a.at[c.ID] = append(a.at[c.ID], i)
		}
		return a
	}).(*areaCommissioners)
}

// agreementText is orNone of the two lists of WhoMustAgree(env's
// economy, svc), except that an economy of more than MaxLocalListed area
// commissioners has them named by count. Its work is in proportion to the
// service's commissioners and the area commissioners it names, whatever
// the size of the economy, and it allocates little: it runs for every
// entry of every service's decision.
func agreementText(env *regime.Env, svc *economy.Service) (commissioners, local string) {
	t := env.Memo(agreementTextKey{svc}, func(*economy.Economy) any {
		var t [2]string
		t[0], t[1] = buildAgreementText(env, svc)
		return t
	}).([2]string)
	return t[0], t[1]
}

// agreementTextKey names a service's agreement text in regime.Env.Memo:
// written once per decision (or assessment), not once for each of the six
// entries of the service's decision that explain who must agree.
type agreementTextKey struct{ svc *economy.Service }

func buildAgreementText(env *regime.Env, svc *economy.Service) (commissioners, local string) {
	commissioners = orNone(svc.Commissioners)
	e := env.Economy()
	a := areaOf(env)
	listArea := len(a.area) <= MaxLocalListed

	// The economy's commissioners to name, by position: its area
	// commissioners when they are few, and the service's own; then the
	// service's own that are not in the economy, in the service's order.
	var buf [2 * MaxLocalListed]int
	named := buf[:0]
	if listArea {
		named = append(named, a.area...)
	}
	first := firstOccurrence(svc)
	outside := 0
	for k, id := range svc.Commissioners {
		if !first(k) {
			continue
		}
		at, in := a.at[id]
		if !in {
			outside++
			continue
		}
		for _, i := range at {
			if !areaCommissioner(e.Commissioners[i].Kind) {
				named = append(named, i)
			}
		}
	}
	slices.Sort(named)
	named = slices.Compact(named)
	if len(named) == 0 && outside == 0 && listArea {
		return commissioners, orNone(nil)
	}

	// Sized first, so that the text is one allocation.
	var b strings.Builder
	size := len(named) * 2
	for _, i := range named {
		size += len(e.Commissioners[i].ID)
	}
	for k, id := range svc.Commissioners {
		if _, in := a.at[id]; !in && first(k) {
			size += len(id) + 2
		}
	}
	if !listArea {
		size += 64
	}
	b.Grow(size)
	parts := 0
	sep := func() {
		if parts > 0 {
			b.WriteString(", ")
		}
		parts++
	}
	if !listArea {
		sep()
		b.WriteString("the " + strconv.Itoa(len(a.area)) + " area commissioners of the economy")
	}
	for _, i := range named {
		sep()
		b.WriteString(e.Commissioners[i].ID)
	}
	if outside > 0 {
		for k, id := range svc.Commissioners {
			if _, in := a.at[id]; !in && first(k) {
				sep()
				b.WriteString(id)
			}
		}
	}
	return commissioners, b.String()
}

// firstOccurrence reports, for each position of svc's commissioners,
// whether it holds the first occurrence of its ID: by looking back in a
// short list, through a set in a long one.
func firstOccurrence(svc *economy.Service) func(k int) bool {
	ids := svc.Commissioners
	if len(ids) <= 16 {
		return func(k int) bool { return !slices.Contains(ids[:k], ids[k]) }
	}
	firstAt := make(map[string]int, len(ids))
	for k, id := range ids {
		if _, seen := firstAt[id]; !seen {
			firstAt[id] = k
		}
	}
	return func(k int) bool { return firstAt[ids[k]] == k }
}

// idSet is the set of ids.
func idSet(ids []string) map[string]bool {
	s := make(map[string]bool, len(ids))
	for _, id := range ids {
		s[id] = true
	}
	return s
}
