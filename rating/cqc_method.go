package rating

import (
	"strconv"
	"time"

	"github.com/failregime/failregime/economy"
)

// cqcMethod describes the CQC aggregation as a registry Method. It is in
// force from 1 January 2014: the first trusts rated under CQC's new
// approach (launched September 2013 without ratings) were inspected from
// January 2014. It has no end: from 2024 CQC gives some trusts no overall
// rating, but the principles still aggregate the ratings it does give.
func cqcMethod() Method {
	return Method{
		ID: MethodCQC, Name: "CQC overall rating from the ratings principles", Short: "CQC",
		From: day(2014, time.January, 1), Scale: ScaleCQC,
		Sources: []economy.Citation{citeCQCTrustPrinciples, citeCQCSocialCare, citeCQCFirstRatings},
		rate:    rateCQCProvider,
	}
}

// rateCQCProvider aggregates the five trust-level key questions of the
// provider's latest published provider-scope inspection (pending ones are
// not facts yet), with the notices of that inspection issued on or before
// the date. A published overall rating that differs from the computed one
// is recorded as a Judgement with no invented reason.
func rateCQCProvider(m *Method, in Input) Result {
	insp := latestProviderInspection(in.Provider, in.Date)
	if insp == nil {
		return insufficient(m, "inspection")
	}
	ratings := make([]CQCUnderlying, 0, 5)
	for _, q := range economy.KeyQuestions() {
		ratings = append(ratings, CQCUnderlying{Name: q.String(), Rating: insp.Ratings.Get(q)})
	}
	var missing []string
	for _, u := range ratings {
		if !u.Rating.Known() {
			missing = append(missing, "inspection.ratings."+u.Name)
		}
	}
	link := func(field string, ns []economy.Notice, l CQCLimit) {
		for i, n := range ns {
			if !n.Issued.IsZero() && n.Issued.After(in.Date) {
				continue
			}
			if n.KeyQuestion < economy.Safe || n.KeyQuestion > economy.WellLed {
				missing = append(missing, "inspection."+field+"["+strconv.Itoa(i)+"].key_question")
				continue
			}
			u := &ratings[n.KeyQuestion-economy.Safe]
			u.Limit = max(u.Limit, l)
		}
	}
	link("requirement_notices", insp.RequirementNotices, LimitRequirementNotice)
	link("warning_notices", insp.WarningNotices, LimitWarningNotice)
	if len(missing) > 0 {
		return insufficient(m, missing...)
	}
	r := rateCQC(m, ratings, DefaultCQCParams())
	if pub := insp.Overall; pub.Known() && r.Rated() && CQCScore(pub) != r.Score {
		r.Judgements = append(r.Judgements, Judgement{
			Label: "published overall rating", From: r.Score, To: CQCScore(pub), By: "CQC",
			Reason: "the published overall rating differs from the principles' result; the facts record no reason",
		})
	}
	return r
}

// latestProviderInspection returns the provider-scope inspection published
// latest on or before date, ignoring pending ones; ties go to the one
// listed last.
func latestProviderInspection(p *economy.Provider, date economy.Date) *economy.Inspection {
	var best *economy.Inspection
	for i := range p.Inspections {
		x := &p.Inspections[i]
		if x.Pending || x.Scope != economy.ScopeProvider || x.Published.IsZero() || x.Published.After(date) {
			continue
		}
		if best == nil || !x.Published.Before(best.Published) {
			best = x
		}
	}
	return best
}
