package economy

import "github.com/failregime/failregime/internal/enum"

// ControlTotalStatus is what became of a control total, as a dated event.
// The zero value is unknown.
type ControlTotalStatus uint8

// Control total statuses.
const (
	ControlTotalStatusUnknown  ControlTotalStatus = iota
	ControlTotalAccepted                          // the provider agreed the control total it was offered
	ControlTotalRefused                           // the provider did not agree it
	ControlTotalForecastMet                       // in year: forecast to be met
	ControlTotalForecastMissed                    // in year: forecast to be missed
	ControlTotalMet                               // the year's outturn met it
	ControlTotalMissed                            // the year's outturn missed it
)

var controlTotalStatusWords = enum.New("ControlTotalStatus",
	"unknown", "accepted", "refused", "forecast_met", "forecast_missed", "met", "missed")

// String returns the status's lower snake word.
func (s ControlTotalStatus) String() string { return controlTotalStatusWords.Name(uint8(s)) }

// MarshalText encodes s as its word.
func (s ControlTotalStatus) MarshalText() ([]byte, error) {
	return controlTotalStatusWords.Marshal(uint8(s))
}

// Valid reports whether s is one of the ControlTotalStatus constants.
func (s ControlTotalStatus) Valid() bool { return controlTotalStatusWords.Valid(uint8(s)) }

// UnmarshalText decodes a word; an unknown word is an *EnumError.
func (s *ControlTotalStatus) UnmarshalText(b []byte) error {
	return enum.Unmarshal(controlTotalStatusWords, b, s)
}

// Agreed reports whether s implies the control total was agreed: every
// status but refused (and unknown) follows an acceptance.
func (s ControlTotalStatus) Agreed() bool {
	return s != ControlTotalStatusUnknown && s != ControlTotalRefused && controlTotalStatusWords.Valid(uint8(s))
}

// ControlTotalEvent is one dated step of a control total.
type ControlTotalEvent struct {
	Date   Date               `json:"date"`
	Status ControlTotalStatus `json:"status"`
	Note   string             `json:"note,omitempty"`
	Source *Citation          `json:"source,omitempty"`
}

// ControlTotalOn returns the latest control total event dated on or
// before date (on a tie, the one listed last), and false when there is
// none: on that day, nothing was known of the control total.
func (a *Accounts) ControlTotalOn(date Date) (ControlTotalEvent, bool) {
	e, ok := latest(a.ControlTotalEvents, date, func(x *ControlTotalEvent) Date { return x.Date })
	if !ok {
		return ControlTotalEvent{}, false
	}
	return *e, true
}

// FiguresKnown reports whether the period's actual figures were known on
// date: published on or before it, or, with no publication day given,
// the period ended before it.
func (a *Accounts) FiguresKnown(date Date) bool { return figuresKnown(a.Period, a.Published, date) }

// FiguresKnown reports whether the outturn of the period was known on
// date, as [Accounts.FiguresKnown] does.
func (f *CommissionerFinance) FiguresKnown(date Date) bool {
	return figuresKnown(f.Period, f.Published, date)
}

// FiguresKnown reports whether the outturn of the period was known on
// date, as [Accounts.FiguresKnown] does.
func (s *SystemFinance) FiguresKnown(date Date) bool {
	return figuresKnown(s.Period, s.Published, date)
}

func figuresKnown(p Period, published, date Date) bool {
	if !published.IsZero() {
		return !published.After(date)
	}
	return !p.To.IsZero() && p.To.Before(date)
}

func (p *problems) controlTotalEvents(path string, es []ControlTotalEvent) {
	for i, e := range es {
		epath := p.index(path, i)
		p.date(p.join(epath, "date"), e.Date, true)
		enumValue(p, p.join(epath, "status"), e.Status, true)
		if e.Source != nil {
			p.citation(p.join(epath, "source"), *e.Source)
		}
	}
}
