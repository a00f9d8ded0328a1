package economy

import "github.com/shopspring/decimal"

// Workforce is a provider's staffing for one period, as published: the
// vacancy rate (vacant posts as a percentage of established posts), the
// share of the pay bill spent on agency staff, both percentages, and what
// was spent, or planned to be spent, on locum and agency staff, in pounds.
// The spend is a staffing figure as reported (a board paper, a freedom of
// information answer), which may differ from the accounts' agency spend
// (Accounts.AgencySpend).
type Workforce struct {
	Period             Period              `json:"period"`
	VacancyRate        decimal.NullDecimal `json:"vacancy_rate,omitzero"`
	AgencyShare        decimal.NullDecimal `json:"agency_share,omitzero"`
	AgencySpend        decimal.NullDecimal `json:"agency_spend,omitzero"`
	PlannedAgencySpend decimal.NullDecimal `json:"planned_agency_spend,omitzero"`
	Note               string              `json:"note,omitempty"`
	Source             *Citation           `json:"source,omitempty"`
}

func (p *problems) workforce(path string, ws []Workforce) {
	for i, w := range ws {
		wpath := p.index(path, i)
		p.period(p.join(wpath, "period"), w.Period)
		p.optionalPercent(p.join(wpath, "vacancy_rate"), w.VacancyRate)
		p.optionalPercent(p.join(wpath, "agency_share"), w.AgencyShare)
		p.nonNegative(p.join(wpath, "agency_spend"), w.AgencySpend)
		p.nonNegative(p.join(wpath, "planned_agency_spend"), w.PlannedAgencySpend)
		if w.Source != nil {
			p.citation(p.join(wpath, "source"), *w.Source)
		}
	}
}
