package rating

import (
	"errors"
	"strings"
)

// ErrNoReason is returned when a regulator's departure or override carries
// no reason: CQC, Monitor and the Department of Health may depart from
// what their principles "normally" give, but only with a recorded
// rationale, so the library refuses a departure without one.
var ErrNoReason = errors.New("rating: a departure from the computed rating needs a reason")

// ErrNotRating is returned when a departure or override names no rating on
// its scale.
var ErrNotRating = errors.New("rating: a departure must name a rating on the method's scale")

// Departure is a regulator's recorded decision to publish a rating other
// than the one its principles normally give. Reason must not be empty.
type Departure struct {
	To     Score  `json:"to"`
	By     string `json:"by,omitempty"` // defaults to the method's regulator
	Reason string `json:"reason"`
}

func checkDeparture(d *Departure, s Scale) error {
	if d == nil {
		return nil
	}
	if strings.TrimSpace(d.Reason) == "" {
		return ErrNoReason
	}
	if d.To.Scale != s || !d.To.Known() {
		return ErrNotRating
	}
	return nil
}

// addDeparture records d on a rated result; an unrated result keeps no
// departure because there is nothing to depart from.
func addDeparture(r *Result, d *Departure, label, by string) {
	if d == nil || r.Status != Rated {
		return
	}
	if d.By != "" {
		by = d.By
	}
	r.Judgements = append(r.Judgements, Judgement{Label: label, From: r.Score, To: d.To, By: by, Reason: d.Reason})
}
