package england

import (
	"strconv"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// Sources of the assessment of primary care trusts, 2008 to 2013. Each is
// verified where it was read at its address; the press reports are
// secondary sources and say so.
var (
	srcHealthCheck2007 = economy.Citation{Document: "The annual health check 2007/08", Issuer: "Healthcare Commission", Year: 2008,
		URL:      "http://www.healthcarecommission.org.uk/healthcareproviders/serviceproviderinformation/annualhealthcheck/annualhealthcheck2007/2008.cfm",
		Verified: true, Note: "the results of the 2007/08 annual health check published on 16 October 2008; quality of services and use of resources, each excellent, good, fair or weak"}
	srcHealthCheck2008 = economy.Citation{Document: "Care Quality Commission publishes NHS performance ratings", Issuer: "Care Quality Commission", Year: 2009,
		URL:      "https://cqc.org.uk/news/releases/care-quality-commission-publishes-nhs-performance-ratings",
		Verified: true, Note: "the 2008/09 ratings of all 392 NHS trusts, published 15 October 2009: quality of services and financial management (use of resources until 2007/08), each excellent, good, fair or weak; the last annual health check"}
	srcHealthCheckPCTs = economy.Citation{Document: "PCT quality improves, financial management worsens", Issuer: "GPonline", Year: 2009,
		URL:      "https://www.gponline.com/pct-quality-improves-financial-management-worsens/article/945685",
		Verified: true, Note: "the 152 PCTs' 2008/09 ratings: quality 3 excellent, 77 good, 68 fair, 4 weak; financial management 0, 80, 70, 2 (a secondary report of CQC's publication)"}
	srcHealthCheckEnd = economy.Citation{Document: "Annual health check to be replaced with periodic reviews", Issuer: "HSJ", Year: 2009,
		URL:      "https://www.hsj.co.uk/home/annual-health-check-to-be-replaced-with-periodic-reviews/1954188.article",
		Verified: true, Note: "after the annual health check, PCTs as commissioners were to be measured by World Class Commissioning assurance and vital signs, with a value for money assessment"}
	srcWCC = economy.Citation{Document: "World class commissioning: a catalyst for change?", Issuer: "The King's Fund", Year: 2008,
		URL:      "https://www.kingsfund.org.uk/publications/articles/world-class-commissioning-catalyst-change",
		Verified: true, Note: "the assurance system launched in December 2007 measured PCTs on health outcomes, competencies and governance, by metrics, evidence and panel review; level four is world class"}
	srcWCCGovernance = economy.Citation{Document: "World class commissioning scores", Issuer: "HSJ", Year: 2010,
		URL: "http://www.hsj.co.uk/maps/world-class-commissioning-scores", Verified: true,
		Note: "governance rated red, amber or green in three areas: strategy, finance and board"}
	srcWCCYear2 = economy.Citation{Document: "PCT commissioning scores show improvements in performance", Issuer: "HFMA", Year: 2010,
		URL:      "https://hfma.org.uk/articles/pct-commissioning-scores-show-improvements-performance",
		Verified: true, Note: "the Department of Health did not publish the 2009/10 results nationally, though PCTs published them locally; 2009/10 was the last year of World Class Commissioning; year one results (2008/09) were not made public"}
)

// pctKeys are the parameters of the PCT ladder.
type pctKeys struct {
	healthCheckBar regime.EnumKey
	wccBar         regime.EnumKey
	currentMonths  regime.MonthsKey
}

func declarePCTParams(ps *regime.Params) pctKeys {
	return pctKeys{
		healthCheckBar: ps.Enum(regime.ParamDef{Name: "commissioner.pct_escalation_health_check", Title: "annual health check rating of a PCT at or below which the SHA escalated it",
			Citation: srcHealthCheckPCTs,
			Interpretation: "what followed a PCT's annual health check rating was not found: a PCT whose current quality of services or use of resources " +
				"(financial management) rating is this or worse is read as escalated for its strategic health authority's performance management"},
			"weak", "weak", "fair"),
		wccBar: ps.Enum(regime.ParamDef{Name: "commissioner.pct_escalation_wcc_governance", Title: "World Class Commissioning governance rating at or below which the SHA escalated a PCT",
			Citation:       srcWCCGovernance,
			Interpretation: "what followed a World Class Commissioning rating was not found: a PCT whose worst current governance rating (strategy, finance, board) is this or worse is read as escalated"},
			"red", "red", "amber"),
		currentMonths: ps.Months(regime.ParamDef{Name: "commissioner.pct_rating_current_months", Title: "how long a PCT's published rating stays current", Unit: "months", Range: monthsRange,
			Citation: srcHealthCheck2008,
			Interpretation: "the ratings were annual and no source says when one lapsed: a rating is read as current for this many months after it was published, " +
				"until the next year's would have been; after the last annual health check (2008/09, published 15 October 2009) and the last year of World Class Commissioning (2009/10) no published assessment of PCTs was found"},
			12),
	}
}

// pctEntries are the commissioner ladder of the PCT editions (1 April
// 2008 to 31 March 2013) after the entry for bodies not subject to it: a
// PCT whose current published rating is at or below the escalation
// parameters is escalated for the SHA's performance management; otherwise,
// with a current rating, it is under routine assurance. A PCT without a
// current published rating is Unknown, naming the ratings missing.
func pctEntries(ps *regime.Params) []regime.Entry {
	k := declarePCTParams(ps)
	return []regime.Entry{
		{Priority: 10, Rule: pctEscalationRule(k), Decides: regime.Ruling{Regime: economy.CommissionerAssurance, Intensity: economy.IntensityEscalation,
			Code: CodePCTEscalated, Text: "SHA performance management: a PCT rated at or below the escalation rating"}},
		{Priority: 20, Rule: regime.Always(RulePCTAssurance, "otherwise: routine assurance by the strategic health authority", srcHealthCheckEnd),
			Decides: regime.Ruling{Regime: economy.CommissionerAssurance}},
	}
}

func pctEscalationRule(k pctKeys) regime.Rule {
	return regime.Predicate(RulePCTSHAEscalation, "a current published rating at or below the escalation rating", srcHealthCheckPCTs,
		func(env *regime.Env, s regime.Subject, w *regime.Why) regime.Verdict {
			c := s.Commissioner()
			if c == nil {
				w.Missing("commissioner")
				return regime.Unknown
			}
			return k.judge(env, c, w)
		}, k.healthCheckBar.Ref(), k.wccBar.Ref(), k.currentMonths.Ref())
}

// pctSchemes are the published ratings a PCT was assessed by, with the
// parameter that sets each one's escalation rating.
var pctSchemes = [...]economy.RatingScheme{economy.HealthCheckQuality, economy.HealthCheckResources, economy.WCCGovernance}

// judge reads the PCT's current ratings: Met when one is at or below its
// escalation rating; NotMet when the annual health check's two ratings, or
// a World Class Commissioning governance rating, are current and none is;
// else Unknown.
func (k pctKeys) judge(env *regime.Env, c *economy.Commissioner, w *regime.Why) regime.Verdict {
	hcBar, ok1 := k.healthCheckBar.Get(env)
	wccBar, ok2 := k.wccBar.Get(env)
	months, ok3 := k.currentMonths.Get(env)
	if !ok1 || !ok2 || !ok3 {
		w.Missing("parameters of the PCT ladder")
		return regime.Unknown
	}
	d := env.FactsDate()
	since := d.AddMonths(-int(months))
	var current [len(pctSchemes)]bool
	escalated := false
	for i, scheme := range pctSchemes {
		r, ok := economy.LatestRating(c.Ratings, scheme, d)
		if !ok {
			continue
		}
		bar := hcBar
		if scheme == economy.WCCGovernance {
			bar = wccBar
		}
		rank, rok := r.Rank()
		barRank := economy.PublishedRating{Scheme: scheme, Value: bar}
		br, bok := barRank.Rank()
		if !rok || !bok {
			continue
		}
		current[i] = !r.Published.Before(since)
		hit := current[i] && rank >= br
		escalated = escalated || hit
		if w != nil {
			v := regime.VerdictOf(hit)
			text := r.Value + " for " + r.Period.String() + ", published " + r.Published.String()
			if !current[i] {
				v = regime.NotMet
				text += ": more than " + strconv.FormatInt(months, 10) + " months before " + d.String() + ", no longer current"
			}
			f := regime.Fact{Name: scheme.String(), Text: text, ThresholdText: bar + " or worse", Param: paramOf(scheme), Verdict: v}
			if scheme == economy.WCCGovernance {
				f.Source = &srcWCC
			}
			w.Fact(f)
		}
	}
	assessed := current[0] && current[1] || current[2]
	switch {
	case escalated:
		w.Because("a current published rating is at or below the escalation rating: the strategic health authority performance-managed the PCT")
		return regime.Met
	case assessed:
		w.Because("current published ratings, none at or below the escalation rating")
		return regime.NotMet
	}
	if w != nil {
		missing := "ratings: health_check_quality and health_check_resources, or wcc_governance, published on or after " + since.String()
		w.Because("no current published assessment of the PCT (missing " + missing + "): the last annual health check (2008/09) was published on 2009-10-15, " +
			"World Class Commissioning results were published only locally (2009/10) or not at all (2008/09), and no later published assessment of PCTs was found")
		w.Missing(missing)
		w.Fact(regime.Fact{Name: "World Class Commissioning", Text: "2008/09 results not made public; 2009/10 published only locally, the last year",
			Verdict: regime.Unknown, Source: &srcWCCYear2})
	}
	return regime.Unknown
}

func paramOf(s economy.RatingScheme) string {
	if s == economy.WCCGovernance {
		return "commissioner.pct_escalation_wcc_governance"
	}
	return "commissioner.pct_escalation_health_check"
}
