package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// srcCumbriaStaffing is the success regime's own account of why West,
// North and East Cumbria was chosen.
var srcCumbriaStaffing = economy.Citation{Document: "West, North and East Cumbria Success Regime: frequently asked questions", Issuer: "NHS (Cumbria Success Regime)", Year: 2016,
	URL:      "http://successregimecumbria.nhs.uk/faqs",
	Verified: true, Note: "the area was chosen because of difficulties recruiting key healthcare staff, remote access and financial challenges; long-term difficulties in recruiting permanently to key clinical posts (successregimecumbria.nhs.uk/about-the-programme)"}

// staffingKeys are the parameters of the staffing problem the success
// regime's areas named.
type staffingKeys struct {
	counts  regime.BoolKey
	vacancy regime.DecimalKey
	agency  regime.DecimalKey
	growth  regime.DecimalKey
}

func declareStaffingParams(ps *regime.Params) staffingKeys {
	return staffingKeys{
		counts: ps.Bool(regime.ParamDef{Name: "economy.sr_staffing_counts", Title: "a staffing shortage counts as a problem beside finance and quality",
			Citation: srcCumbriaStaffing,
			Interpretation: "NHS England's announcement names financial and quality problems; the Cumbria programme also named recruitment difficulties. " +
				"Off (the default), shortages are reported in the reasons and decide nothing; on, a shortage counts as a problem beside finance and quality, and unknown workforce facts leave it unknown"},
			false),
		vacancy: ps.Decimal(regime.ParamDef{Name: "economy.staffing_vacancy_rate_min", Title: "vacancy rate that is a staffing shortage", Unit: "% of established posts", Range: percentRange,
			Citation:       srcCumbriaStaffing,
			Interpretation: "the sources name recruitment difficulties and give no rate: a provider whose latest published vacancy rate is at least this is read as short of staff"},
			decimal.NewFromInt(10)),
		agency: ps.Decimal(regime.ParamDef{Name: "economy.staffing_agency_share_min", Title: "agency share of the pay bill that is a staffing shortage", Unit: "% of pay bill", Range: percentRange,
			Citation:       srcCumbriaStaffing,
			Interpretation: "no published share: a provider whose latest agency share of its pay bill is at least this is read as short of staff"},
			decimal.NewFromInt(10)),
		growth: ps.Decimal(regime.ParamDef{Name: "economy.staffing_agency_growth_min", Title: "growth of locum and agency spend that is a staffing shortage", Unit: "times an earlier year's", Range: regime.Between(decimal.NewFromInt(1), decimal.NewFromInt(100)),
			Citation: srcCumbriaStaffing,
			Interpretation: "no published threshold: a provider whose latest locum and agency spend (actual, else planned) is at least this many times its earliest recorded year's " +
				"is read as short of staff (North Cumbria planned £16.5m for 2014/15 against £5.69m in 2011/12, a recruitment crisis in the local press)"},
			decimal.NewFromInt(2)),
	}
}

// staffingRule: a staffing shortage at an NHS provider of the area, as
// the success regime's Cumbria programme named it: Met when a provider's
// latest workforce facts meet a parameter, NotMet when every provider's
// are known and none does, else Unknown naming the providers without
// workforce facts. Unless economy.sr_staffing_counts is on, it only
// reports what it found and answers NotMet: a reported problem, not one
// of NHS England's criteria.
func staffingRule(k staffingKeys) regime.Rule {
	return regime.Predicate(RuleSRStaffing, "staffing shortages (recruitment and retention)", srcCumbriaStaffing,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			e := s.Economy()
			if e == nil {
				w.Missing("economy")
				return regime.Unknown
			}
			counts, ok0 := k.counts.Get(env)
			vac, ok1 := k.vacancy.Get(env)
			agency, ok2 := k.agency.Get(env)
			growth, ok3 := k.growth.Get(env)
			if !ok0 || !ok1 || !ok2 || !ok3 {
				w.Missing("staffing parameters")
				return regime.Unknown
			}
			d := env.FactsDate()
			res := regime.NotMet
			for i := range e.Providers {
				p := &e.Providers[i]
				if counts, known := providerCounts(p); known && !counts {
					continue
				}
				v, what := shortage(p, d, vac, agency, growth, w != nil)
				if w != nil && v != regime.NotMet {
					w.Fact(regime.Fact{Name: "provider " + p.ID, Text: what, Verdict: v})
					if v == regime.Unknown && counts {
						w.Missing("providers[id=" + p.ID + "].workforce")
					}
				}
				res = res.Or(v)
			}
			if w != nil {
				var r string
				switch res {
				case regime.Met:
					r = "a provider in the area reports a staffing shortage"
				case regime.NotMet:
					r = "no provider's workforce facts show a shortage"
				default:
					r = "no provider is known to be short of staff, and some providers' workforce facts are not given"
				}
				if !counts {
					r += "; reported only, not counted (economy.sr_staffing_counts is off)"
				}
				w.Because(r)
			}
			if !counts {
				return regime.NotMet
			}
			return res
		}, k.counts.Ref(), k.vacancy.Ref(), k.agency.Ref(), k.growth.Ref())
}

// shortage judges one provider's workforce facts of periods begun on or
// before d: its latest vacancy rate, latest agency share, and the growth
// of its locum and agency spend from its earliest recorded year to its
// latest. Each measure not given is unknown; the provider is short of
// staff if any measure says so, not if all three are known and none does.
func shortage(p *economy.Provider, d economy.Date, vac, agency, growth decimal.Decimal, explain bool) (regime.Verdict, string) {
	var lastVac, lastAgency, first, last *economy.Workforce
	spend := func(x *economy.Workforce) decimal.NullDecimal {
		if x.AgencySpend.Valid {
			return x.AgencySpend
		}
		return x.PlannedAgencySpend
	}
	for i := range p.Workforce {
		x := &p.Workforce[i]
		if x.Period.From.IsZero() || x.Period.From.After(d) {
			continue
		}
		if x.VacancyRate.Valid && (lastVac == nil || x.Period.From.After(lastVac.Period.From)) {
			lastVac = x
		}
		if x.AgencyShare.Valid && (lastAgency == nil || x.Period.From.After(lastAgency.Period.From)) {
			lastAgency = x
		}
		if s := spend(x); s.Valid && s.Decimal.IsPositive() {
			if first == nil || x.Period.From.Before(first.Period.From) {
				first = x
			}
			if last == nil || x.Period.From.After(last.Period.From) {
				last = x
			}
		}
	}
	v := regime.NotMet
	var text string
	add := func(s string) {
		if explain {
			if text != "" {
				text += "; "
			}
			text += s
		}
	}
	if lastVac == nil {
		v = v.Or(regime.Unknown)
	} else {
		m := regime.VerdictOf(lastVac.VacancyRate.Decimal.Cmp(vac) >= 0)
		v = v.Or(m)
		if explain {
			add("vacancy rate " + decimaltext.Format(lastVac.VacancyRate.Decimal) + "% in " + lastVac.Period.String() + ", " + decimaltext.Format(vac) + "% or more: " + m.Text())
		}
	}
	if lastAgency == nil {
		v = v.Or(regime.Unknown)
	} else {
		m := regime.VerdictOf(lastAgency.AgencyShare.Decimal.Cmp(agency) >= 0)
		v = v.Or(m)
		if explain {
			add("agency share " + decimaltext.Format(lastAgency.AgencyShare.Decimal) + "% in " + lastAgency.Period.String() + ", " + decimaltext.Format(agency) + "% or more: " + m.Text())
		}
	}
	if first == nil || last == nil || first == last {
		v = v.Or(regime.Unknown)
	} else {
		a, b := spend(first).Decimal, spend(last).Decimal
		// Compare b with growth*a exactly.
		m := regime.VerdictOf(b.Cmp(growth.Mul(a)) >= 0)
		v = v.Or(m)
		if explain {
			kind := "spent"
			if !last.AgencySpend.Valid {
				kind = "planned"
			}
			add("locum and agency spend " + kind + " " + decimaltext.Format(b) + " pounds in " + last.Period.String() + " against " +
				decimaltext.Format(a) + " in " + first.Period.String() + " (" + decimaltext.Format(b.DivRound(a, 2)) + " times; " +
				decimaltext.Format(growth) + " or more): " + m.Text())
		}
	}
	if explain && text == "" {
		text = "no workforce facts"
	}
	return v, text
}
