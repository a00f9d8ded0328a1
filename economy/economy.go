package economy

import "github.com/shopspring/decimal"

// Economy is a geographic health economy: the commissioners, providers and
// local authorities of one area, such as North, East and West Devon, with
// the facts about the area as a whole.
//
// An Economy is a plain value. The library never modifies one it is given;
// Parse and Validate check it, and the rating and regime packages judge it.
type Economy struct {
	ID               string           `json:"id"`
	Name             string           `json:"name"`
	Region           string           `json:"region,omitempty"` // e.g. "North of England"
	Commissioners    []Commissioner   `json:"commissioners,omitempty"`
	Providers        []Provider       `json:"providers,omitempty"`
	LocalAuthorities []LocalAuthority `json:"local_authorities,omitempty"`
	// Reconfigurations are proposed significant changes to the area's
	// services, each with its consultation, the tests and the decisions.
	Reconfigurations []Reconfiguration `json:"reconfigurations,omitempty"`
	System           []SystemFinance   `json:"system,omitempty"`  // whole-system plan and outturn by period
	Spells           []Spell           `json:"spells,omitempty"`  // area-wide regimes, e.g. the success regime
	Ratings          []PublishedRating `json:"ratings,omitempty"` // published ratings of the area, e.g. a system's segment
	// Obligations are what an area-wide regime asked of, or gave to, the
	// area (the success regime's plans, funding and partners), with what
	// became of them.
	Obligations []Obligation `json:"obligations,omitempty"`
	// Collection marks organisations gathered for a case (the first
	// financial special measures trusts, the Keogh trusts) rather than a
	// local health economy: area-wide rules are not judged of it.
	Collection bool       `json:"collection,omitempty"`
	Sources    []Citation `json:"sources,omitempty"`
}

// LocalAuthority is a council with social care and public health duties in
// the area. Its health overview and scrutiny committee scrutinises
// proposals to change the area's health services.
type LocalAuthority struct {
	ID   string `json:"id"` // ONS code, e.g. "E10000006" for Cumbria County Council
	Name string `json:"name"`
}

// SystemFinance is the combined financial position of every NHS body in the
// economy for one period.
type SystemFinance struct {
	Period Period `json:"period"`
	// Published is the day the outturn (Surplus) was published; see
	// [Accounts.Published].
	Published      Date                `json:"published,omitzero"`
	PlannedSurplus decimal.NullDecimal `json:"planned_surplus,omitzero"`
	Surplus        decimal.NullDecimal `json:"surplus,omitzero"` // outturn; negative: deficit
	// Income is the year's income: as planned while the year is under
	// way, the outturn once published.
	Income decimal.NullDecimal `json:"income,omitzero"`
}

// Provider returns the provider with the given ID.
func (e *Economy) Provider(id string) (*Provider, bool) {
	for i := range e.Providers {
		if e.Providers[i].ID == id {
			return &e.Providers[i], true
		}
	}
	return nil, false
}

// Commissioner returns the commissioner with the given ID.
func (e *Economy) Commissioner(id string) (*Commissioner, bool) {
	for i := range e.Commissioners {
		if e.Commissioners[i].ID == id {
			return &e.Commissioners[i], true
		}
	}
	return nil, false
}

// LatestSystem returns the whole-system finance, of those whose outturn
// was known on date, whose period ends latest.
func (e *Economy) LatestSystem(date Date) (*SystemFinance, bool) {
	return latest(e.System, date, func(s *SystemFinance) Date {
		if !s.FiguresKnown(date) {
			return Date{}
		}
		return s.Period.To
	})
}

// LocalAuthority returns the local authority with the given ID.
func (e *Economy) LocalAuthority(id string) (*LocalAuthority, bool) {
	for i := range e.LocalAuthorities {
		if e.LocalAuthorities[i].ID == id {
			return &e.LocalAuthorities[i], true
		}
	}
	return nil, false
}
