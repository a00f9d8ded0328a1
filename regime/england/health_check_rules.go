package england

import (
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/failregime/failregime/regime"
)

// srcHealthCheck2006 is the publication of the 2006/07 ratings, the ones
// current when the 2008/09 edition began.
var srcHealthCheck2006 = economy.Citation{Document: "The annual health check 2006/07 and 2005/06", Issuer: "Healthcare Commission", Year: 2007,
	URL:      "http://www.healthcarecommission.org.uk/healthcareproviders/serviceproviderinformation/annualhealthcheck/theannualhealthcheck2006/07and2005/06.cfm",
	Verified: true, Note: "the results of the 2006/07 annual health check were published on 18 October 2007, those of 2005/06 on 19 October 2006"}

// regulatorKeys are the parameters of the rules that read what the
// regulators of 2008-2013 published or did: the annual health check for
// NHS trusts, and CQC's registration actions for Monitor.
type regulatorKeys struct {
	healthCheckBar    regime.EnumKey
	healthCheckMonths regime.MonthsKey
	cqcActionMin      regime.EnumKey
	healthCheck       bool // the edition reads the health check for NHS trusts
	cqcFinding        bool // the edition's Monitor reads CQC's findings on foundation trusts
}

// declareRegulatorParams declares the parameters of the editions whose
// rules read them: the 2008/09 edition, the last year the annual health
// check was the published assessment of NHS trusts before the NHS
// Performance Framework (2009/10); and the Compliance Framework editions,
// in which Monitor acted on CQC's findings (to September 2013).
func declareRegulatorParams(ed *edition, ps *regime.Params) regulatorKeys {
	k := regulatorKeys{
		healthCheck: ed.commissioners == pctEra && len(ed.trustRatings) == 0,
		cqcFinding:  hasMethod(ed.ftRatings, rating.MethodGovernance),
	}
	if k.healthCheck {
		k.healthCheckBar = ps.Enum(regime.ParamDef{Name: "provider.health_check_escalation", Title: "annual health check rating of an NHS trust at or below which its SHA escalated it",
			Citation: srcHealthCheck2007,
			Interpretation: "the 2008 regime's response to an annual health check rating was not read: an NHS trust whose current quality of services or use of resources " +
				"rating is this or worse is read as one its strategic health authority escalated (investigation or escalation considered)"},
			"weak", "weak", "fair")
		k.healthCheckMonths = ps.Months(regime.ParamDef{Name: "provider.health_check_current_months", Title: "how long an annual health check rating stays current", Unit: "months", Range: monthsRange,
			Citation:       srcHealthCheck2006,
			Interpretation: "the ratings were annual, published each October, and no source says when one lapsed: a rating is read as current for this many months after it was published"},
			12)
	}
	if k.cqcFinding {
		k.cqcActionMin = ps.Enum(regime.ParamDef{Name: "provider.cqc_action_breach_min", Title: "CQC action on a foundation trust that Monitor considered as a potential significant breach",
			Citation: citeBasildon2009,
			Interpretation: "Monitor acted on CQC's findings (Basildon and Thurrock, November 2009: CQC's warning notice and findings, shared with Monitor, led Monitor to find " +
				"a significant breach of the terms of authorisation); this library reads a CQC action of this kind or more severe, in force on a foundation trust, as a potential significant breach, the rung of mandated support"},
			economy.WarningNotice.String(), cqcActionWords()...)
	}
	return k
}

// hasMethod reports whether ids holds the rating method id.
func hasMethod(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// mandated is the rules the regulators' facts add to mandated support.
func (k regulatorKeys) mandated() []regime.Rule {
	if !k.cqcFinding {
		return nil
	}
	return []regime.Rule{cqcFindingRule(k)}
}

// investigation is the rules they add to investigation or escalation.
func (k regulatorKeys) investigation() []regime.Rule {
	if !k.healthCheck {
		return nil
	}
	return []regime.Rule{healthCheckRule(k)}
}

// healthCheckRule: an NHS trust whose current annual health check rating,
// quality of services or use of resources, is at or below the escalation
// rating. A foundation trust is left to Monitor's ratings, which took the
// health check in in a way this library does not encode; other providers
// were not rated.
func healthCheckRule(k regulatorKeys) regime.Rule {
	return regime.Predicate(RuleHealthCheckEscalation, "annual health check rating at or below the escalation rating (SHA performance management)", srcHealthCheck2007,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			p, v := nhsGate(s, w, "the annual health check")
			if v != regime.Met {
				return v
			}
			if p.Kind != economy.KindNHSTrust {
				w.Because("a foundation trust was regulated by Monitor, whose reading of the annual health check is not encoded")
				return regime.NotMet
			}
			bar, ok1 := k.healthCheckBar.Get(env)
			months, ok2 := k.healthCheckMonths.Get(env)
			if !ok1 || !ok2 {
				w.Missing("parameters of the annual health check")
				return regime.Unknown
			}
			return healthCheckVerdict(p.Ratings, env.FactsDate(), bar, months, "provider.health_check_escalation", w)
		}, k.healthCheckBar.Ref(), k.healthCheckMonths.Ref())
}

// healthCheckVerdict reads the two current ratings of the annual health
// check: Met when either is at or below bar, NotMet when both are current
// and neither is, else Unknown naming the ratings missing.
func healthCheckVerdict(rs []economy.PublishedRating, d economy.Date, bar string, months int64, param string, w *regime.Why) regime.Verdict {
	since := d.AddMonths(-int(months))
	hits, current := 0, 0
	var hitText string
	for _, scheme := range [...]economy.RatingScheme{economy.HealthCheckQuality, economy.HealthCheckResources} {
		r, ok := economy.LatestRating(rs, scheme, d)
		if !ok {
			continue
		}
		rank, rok := r.Rank()
		br, bok := economy.PublishedRating{Scheme: scheme, Value: bar}.Rank()
		if !rok || !bok {
			continue
		}
		cur := !r.Published.Before(since)
		hit := cur && rank >= br
		if cur {
			current++
		}
		if hit {
			hits++
			if w != nil {
				hitText += ", " + scheme.String() + " " + r.Value + " (" + r.Period.String() + ")"
			}
		}
		if w != nil {
			text := r.Value + " for " + r.Period.String() + ", published " + r.Published.String()
			if !cur {
				text += ": more than " + strconv.FormatInt(months, 10) + " months before " + d.String() + ", no longer current"
			}
			w.Fact(regime.Fact{Name: scheme.String(), Text: text, ThresholdText: bar + " or worse", Param: param, Verdict: regime.VerdictOf(hit)})
		}
	}
	switch {
	case hits > 0:
		w.Because("a current annual health check rating is at or below the escalation rating" + hitText)
		return regime.Met
	case current == 2:
		w.Because("both current annual health check ratings are above the escalation rating")
		return regime.NotMet
	}
	if w != nil {
		missing := "ratings: health_check_quality and health_check_resources published on or after " + since.String()
		w.Because("no current annual health check rating of each kind (missing " + missing + ")")
		w.Missing(missing)
	}
	return regime.Unknown
}
