package rating

import (
	"time"

	"github.com/failregime/failregime/economy"
)

// MandatoryServicesCondition is the Breach.Condition under which a
// foundation trust's breach of its mandatory goods and services is
// recorded in economy.Governance.
const MandatoryServicesCondition = "mandatory_goods_and_services"

// ServicesInput holds Monitor's judgements behind the mandatory goods and
// services rating; nil means not judged. The rating's level definitions
// are FROM MEMORY with low confidence (Monitor's Compliance Framework, not
// read), so the
// library takes the two judgements as given rather than deriving them:
// red when the trust is likely to fail, or is failing, to provide a
// mandatory service; amber when a mandatory service is at some risk (a
// proposed change, or pressure on it); green when neither.
type ServicesInput struct {
	FailingToProvide *bool      `json:"failing_to_provide"`
	AtRisk           *bool      `json:"at_risk"`
	Override         *Departure `json:"override,omitempty"`
}

// RateServices rates in. A judgement that could change the rating
// and was not made gives InsufficientData naming it. It returns ErrNoReason
// for an override without a reason.
func RateServices(in ServicesInput) (Result, error) {
	if err := checkDeparture(in.Override, ScaleServices); err != nil {
		return Result{}, err
	}
	m := servicesMethod()
	r := rateServices(&m, in)
	addDeparture(&r, in.Override, "regulator's discretion", "Monitor")
	return r, nil
}

func rateServices(m *Method, in ServicesInput) Result {
	cite := unverified("Compliance Framework", "Monitor", 2008, "mandatory goods and services rating", "level definitions low confidence")
	r := Result{Method: m.ID, Short: m.Short, Status: Rated, Citations: m.Sources}
	failing, failKnown := flag(in.FailingToProvide)
	risk, riskKnown := flag(in.AtRisk)
	r.Overrides = []Override{
		{Name: "likely or actual failure to provide a mandatory service", Triggered: in.FailingToProvide,
			Applied: failing, Limit: ServicesRed.Score(), Citation: cite},
		{Name: "a mandatory service at risk", Triggered: in.AtRisk,
			Applied: risk && failKnown && !failing, Limit: ServicesAmber.Score(), Citation: cite},
	}
	switch {
	case failing:
		r.Score = ServicesRed.Score()
	case !failKnown:
		r.Status, r.Missing = InsufficientData, []string{"failing_to_provide"}
	case !riskKnown:
		r.Status, r.Missing = InsufficientData, []string{"at_risk"}
	case risk:
		r.Score = ServicesAmber.Score()
	default:
		r.Score = ServicesGreen.Score()
	}
	return r
}

// servicesMethod describes the mandatory goods and services rating as a
// registry Method, published from 2008/09 until Q3 2010/11 (by Q4 Monitor
// published only the financial and governance ratings). It reads breaches
// recorded under MandatoryServicesCondition and open on the date: one
// found means failing to provide; one only suspected means at risk and not
// (yet) failing. With none recorded it cannot tell green from unjudged and
// gives InsufficientData.
func servicesMethod() Method {
	return Method{
		ID: MethodServices, Name: "Monitor Compliance Framework mandatory goods and services rating", Short: "Services",
		From: day(2008, time.April, 1), To: day(2010, time.December, 31), Scale: ScaleServices,
		Sources: []economy.Citation{citeMonitorRatings, citeMonitorTwoRatings},
		rate: func(m *Method, in Input) Result {
			var si ServicesInput
			for _, b := range in.Provider.Governance.Breaches {
				open := !b.Date.IsZero() && !b.Date.After(in.Date) && (b.Resolved.IsZero() || in.Date.Before(b.Resolved))
				if b.Condition != MandatoryServicesCondition || !open {
					continue
				}
				t, f := true, false
				switch b.Status {
				case economy.BreachFound:
					si.FailingToProvide = &t
				case economy.BreachSuspected:
					si.AtRisk = &t
					if si.FailingToProvide == nil {
						si.FailingToProvide = &f
					}
				}
			}
			if si.FailingToProvide == nil {
				return insufficient(m, "governance.breaches ("+MandatoryServicesCondition+")")
			}
			return rateServices(m, si)
		},
	}
}
