package regimetest

import (
	"fmt"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// Dimension is one input an exhaustive check varies: its name, a label for
// each of its values, and Apply, which sets value i (an index into Values)
// on the economy.
type Dimension struct {
	Name   string
	Values []string
	Apply  func(e *economy.Economy, i int)
}

// Dim builds a Dimension from typed values, labelled as fmt prints them.
func Dim[T any](name string, values []T, apply func(e *economy.Economy, v T)) Dimension {
	labels := make([]string, len(values))
	for i, v := range values {
		labels[i] = fmt.Sprint(v)
	}
	d := Dimension{Name: name, Values: labels}
	if apply != nil {
		d.Apply = func(e *economy.Economy, i int) { apply(e, values[i]) }
	}
	return d
}

// CQCKeyQuestions returns five dimensions, one per key question, each
// taking values (every CQC rating when none are given) in the ratings
// that ratings finds in the economy: 4^5 = 1024 combinations with the
// defaults.
func CQCKeyQuestions(ratings func(e *economy.Economy) *economy.KeyQuestionRatings, values ...economy.CQCRating) []Dimension {
	if len(values) == 0 {
		values = economy.CQCRatings()
	}
	var out []Dimension
	for _, q := range economy.KeyQuestions() {
		out = append(out, Dim(q.String(), values, func(e *economy.Economy, r economy.CQCRating) {
			if rs := ratings(e); rs != nil {
				setRating(rs, q, r)
			}
		}))
	}
	return out
}

func setRating(rs *economy.KeyQuestionRatings, q economy.KeyQuestion, r economy.CQCRating) {
	switch q {
	case economy.Safe:
		rs.Safe = r
	case economy.Effective:
		rs.Effective = r
	case economy.Caring:
		rs.Caring = r
	case economy.Responsive:
		rs.Responsive = r
	case economy.WellLed:
		rs.WellLed = r
	}
}

// Domain is the finite input space of an exhaustive check: a template
// economy, the subject to judge in it, the decision date, and the
// dimensions whose every combination is tried.
type Domain struct {
	// Template builds the economy. It is called once per check and the
	// economy is reused for every combination, so each Apply must set its
	// fact outright (assign, never append) for combinations not to leak
	// into each other.
	Template func() *economy.Economy
	// Subject picks the subject judged; nil picks the first provider.
	Subject    func(e *economy.Economy) regime.Subject
	Date       economy.Date
	Dimensions []Dimension
}

// MaxCombinations bounds the size of a domain, so that a mistaken
// dimension fails at once instead of running for hours.
const MaxCombinations = 1 << 22

// size checks d and returns how many combinations it has.
func (d *Domain) size() (int, error) {
	if d.Template == nil {
		return 0, fmt.Errorf("regimetest: domain has no template economy")
	}
	if d.Date.IsZero() {
		return 0, fmt.Errorf("regimetest: domain has no decision date")
	}
	n := 1
	for i, dim := range d.Dimensions {
		switch {
		case len(dim.Values) == 0:
			return 0, fmt.Errorf("regimetest: dimension %d (%s) has no values", i, dim.Name)
		case dim.Apply == nil:
			return 0, fmt.Errorf("regimetest: dimension %d (%s) has no Apply", i, dim.Name)
		case n > MaxCombinations/len(dim.Values):
			return 0, fmt.Errorf("regimetest: domain has more than %d combinations", MaxCombinations)
		}
		n *= len(dim.Values)
	}
	return n, nil
}

func firstProvider(e *economy.Economy) regime.Subject {
	if e == nil || len(e.Providers) == 0 {
		return regime.Subject{}
	}
	return regime.ProviderSubject(&e.Providers[0])
}
