package rating

import (
	"errors"
	"slices"
	"strconv"

	"github.com/failregime/failregime/economy"
)

// ErrUnknownCategory is returned for a history entry with no category.
var ErrUnknownCategory = errors.New("rating: history entry has no performance category")

// DatedCategory is one NHS Performance Framework assessment: the category
// a trust was placed in on Date (quarterly to 2011/12, monthly from
// 2012/13).
type DatedCategory struct {
	Date     economy.Date        `json:"date"`
	Category PerformanceCategory `json:"category"`
}

// NHSPFEscalation is a trust's category after the framework's escalation over
// time: the category, the one last assessed, the date the category took
// effect, and why.
type NHSPFEscalation struct {
	Category PerformanceCategory `json:"category"`
	Assessed PerformanceCategory `json:"assessed"`
	Since    economy.Date        `json:"since"`
	Reason   string              `json:"reason"`
	Citation economy.Citation    `json:"citation"`
}

// NHSPFEscalationParams are the escalation periods (VERIFIED, HSJ 2009):
// under review for ReviewMonths becomes underperforming; underperforming in
// each of UnderperformingQuarters consecutive quarters becomes challenged.
// The zero value means the defaults of [DefaultNHSPFEscalationParams], and
// so does each field left at zero.
type NHSPFEscalationParams struct {
	ReviewMonths            int              `json:"review_months"`
	UnderperformingQuarters int              `json:"underperforming_quarters"`
	Citation                economy.Citation `json:"citation"`
}

// withDefaults fills the fields left unset with those of
// DefaultNHSPFEscalationParams.
func (p NHSPFEscalationParams) withDefaults() NHSPFEscalationParams {
	fillZero(&p.ReviewMonths, 3)
	fillZero(&p.UnderperformingQuarters, 3)
	fill(&p.Citation, zeroCitation, func() economy.Citation { return citePFHSJ })
	return p
}

// DefaultNHSPFEscalationParams returns three months and three quarters.
func DefaultNHSPFEscalationParams() NHSPFEscalationParams {
	return NHSPFEscalationParams{ReviewMonths: 3, UnderperformingQuarters: 3, Citation: citePFHSJ}
}

// EscalateNHSPF walks a trust's dated history of assessed categories
// (sorted by date here; the input is not changed) and returns where it
// stands after the last assessment:
//
//   - a trust assessed under review at an assessment ReviewMonths or more
//     after the run of under-review-or-worse assessments began is
//     underperforming from that assessment's date;
//   - a trust underperforming (assessed or escalated) at assessments in each
//     of UnderperformingQuarters consecutive financial quarters, without a
//     better category between, is challenged from the first assessment in
//     the last of them;
//   - an assessment of performing ends both runs.
//
// Escalations take effect on the date of the assessment that shows the
// persistence, because the history says nothing of the days between. An
// empty history gives the zero NHSPFEscalation; an entry without a category
// gives ErrUnknownCategory.
func EscalateNHSPF(history []DatedCategory, p NHSPFEscalationParams) (NHSPFEscalation, error) {
	p = p.withDefaults()
	h := slices.Clone(history)
	slices.SortStableFunc(h, func(a, b DatedCategory) int { return a.Date.Compare(b.Date) })
	var e NHSPFEscalation
	var reviewStart, underStart economy.Date
	for i, d := range h {
		if d.Category < Performing || d.Category > Challenged {
			return NHSPFEscalation{}, errors.Join(ErrUnknownCategory, errors.New("history["+strconv.Itoa(i)+"]"))
		}
		cat, reason := d.Category, "assessed "+d.Category.String()
		if cat == Performing {
			reviewStart, underStart = economy.Date{}, economy.Date{}
		} else if reviewStart.IsZero() {
			reviewStart = d.Date
		}
		if cat == PerformanceUnderReview && !d.Date.Before(reviewStart.AddMonths(p.ReviewMonths)) {
			cat = Underperforming
			reason = "under review or worse since " + reviewStart.String() + ", " + strconv.Itoa(p.ReviewMonths) + " months or more"
		}
		if cat >= Underperforming {
			if underStart.IsZero() {
				underStart = d.Date
			}
			if cat == Underperforming && financialQuarter(d.Date)-financialQuarter(underStart) >= p.UnderperformingQuarters-1 {
				cat = Challenged
				reason = "underperforming in " + strconv.Itoa(p.UnderperformingQuarters) + " consecutive quarters since " + underStart.String()
			}
		} else {
			underStart = economy.Date{}
		}
		if cat != e.Category || e.Since.IsZero() {
			e.Since = d.Date
		}
		if cat != e.Category || cat != d.Category {
			e.Reason = reason
		}
		e.Category, e.Assessed = cat, d.Category
	}
	if len(h) > 0 {
		e.Citation = p.Citation
	}
	return e, nil
}

// financialQuarter numbers NHS financial quarters (April-June first) so
// that consecutive quarters differ by one.
func financialQuarter(d economy.Date) int {
	return (d.Year*12 + int(d.Month) - 4) / 3
}
