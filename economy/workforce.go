package economy

import "github.com/shopspring/decimal"

// Workforce is a provider's staffing for one period, as published: the
// vacancy rate (vacant posts as a percentage of established posts) and the
// share of the pay bill spent on agency staff, both percentages.
type Workforce struct {
	Period      Period              `json:"period"`
	VacancyRate decimal.NullDecimal `json:"vacancy_rate,omitzero"`
	AgencyShare decimal.NullDecimal `json:"agency_share,omitzero"`
	Source      *Citation           `json:"source,omitempty"`
}

func (p *problems) workforce(path string, ws []Workforce) {
	for i, w := range ws {
		wpath := index(path, i)
		p.period(join(wpath, "period"), w.Period)
		p.optionalPercent(join(wpath, "vacancy_rate"), w.VacancyRate)
		p.optionalPercent(join(wpath, "agency_share"), w.AgencyShare)
		if w.Source != nil {
			p.citation(join(wpath, "source"), *w.Source)
		}
	}
}
