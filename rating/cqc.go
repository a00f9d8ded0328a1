package rating

import (
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/enum"
	"github.com/shopspring/decimal"
)

// CQCLimit is an enforcement fact that limits one underlying rating. The
// zero value means no notice is linked to the rating.
type CQCLimit uint8

// Limits, mildest first. The zero value, CQCLimitNone, is a limit of its
// own: no notice, so the rating stands as given.
const (
	CQCLimitNone           CQCLimit = iota // no notice linked
	LimitRequirementNotice                 // breach with a requirement notice: at best requires improvement
	LimitWarningNotice                     // enforcement such as a warning notice: inadequate
)

var cqcLimitWords = enum.New("CQCLimit", "none", "requirement_notice", "warning_notice")

// String returns the lower snake word of l.
func (l CQCLimit) String() string { return cqcLimitWords.Name(uint8(l)) }

// MarshalText encodes l as a lower snake word.
func (l CQCLimit) MarshalText() ([]byte, error) { return cqcLimitWords.Marshal(uint8(l)) }

// UnmarshalText decodes a lower snake word.
func (l *CQCLimit) UnmarshalText(b []byte) error { return enum.Unmarshal(cqcLimitWords, b, l) }

// cap returns the best rating l allows (RatingUnknown: no limit).
func (l CQCLimit) cap() economy.CQCRating {
	switch l {
	case LimitRequirementNotice:
		return economy.RequiresImprovement
	case LimitWarningNotice:
		return economy.Inadequate
	}
	return economy.CQCRatingUnknown
}

// CQCUnderlying is one rating to be aggregated: a key question at trust
// level, or a key question of one core service, with the enforcement linked
// to it.
type CQCUnderlying struct {
	Name   string            `json:"name"` // "safe", "maternity: safe"
	Rating economy.CQCRating `json:"rating"`
	Limit  CQCLimit          `json:"limit,omitempty"`
}

// CQCInput is what [RateCQC] aggregates: any number of underlying ratings
// (the row of the count table depends on how many) and an optional
// departure.
type CQCInput struct {
	Ratings   []CQCUnderlying `json:"ratings"`
	Departure *Departure      `json:"departure,omitempty"`
}

// RateCQC aggregates underlying CQC ratings into one rating, in this order:
//
//  1. limiters: a requirement notice limits its rating to requires
//     improvement at best; a warning notice makes it inadequate;
//  2. where p.BreachLimitsOverall, any notice caps the result at requires
//     improvement (the adult social care principle 1);
//  3. at least p's inadequate count of inadequate ratings: inadequate;
//  4. at least p's outstanding count of outstanding ratings and all the
//     others good: outstanding;
//  5. no inadequate rating and fewer requires-improvement ratings than p's
//     requires-improvement count: good;
//  6. at least that many ratings requires improvement or worse: requires
//     improvement;
//  7. otherwise (some inadequate ratings, too few to decide): p.Residual.
//
// Every principle is listed in Result.Overrides with whether it held and
// whether it decided. A rating that is not one of the four gives
// InsufficientData naming it. A departure is recorded as a Judgement beside
// the computed rating; RateCQC returns ErrNoReason for a departure without a
// reason, ErrNotRating for one to no CQC rating, and a *TableError for
// unusable params.
func RateCQC(in CQCInput, p CQCParams) (Result, error) {
	m := cqcMethod()
	p = p.withDefaults()
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	if err := checkDeparture(in.Departure, ScaleCQC); err != nil {
		return Result{}, err
	}
	r := rateCQC(&m, in.Ratings, p)
	addDeparture(&r, in.Departure, "departure from ratings principles", "CQC")
	return r, nil
}

func rateCQC(m *Method, ratings []CQCUnderlying, p CQCParams) Result {
	if len(ratings) == 0 {
		return insufficient(m, "ratings")
	}
	var missing []string
	for i, u := range ratings {
		if !u.Rating.Known() {
			missing = append(missing, "ratings["+strconv.Itoa(i)+"] ("+u.Name+")")
		}
	}
	if len(missing) > 0 {
		return insufficient(m, missing...)
	}
	r := Result{Method: m.ID, Short: m.Short, Status: Rated, Citations: m.Sources}
	var count [economy.Inadequate + 1]int
	noticed := false
	for _, u := range ratings {
		got := u.Rating
		if c := u.Limit.cap(); c.Known() && c > got {
			got = c
		}
		noticed = noticed || u.Limit != CQCLimitNone
		count[got]++
		r.Metrics = append(r.Metrics, Metric{
			Name: u.Name, Formula: "position on CQC's scale as rated: 1 outstanding to 4 inadequate",
			Value: decimal.NewFromInt(int64(u.Rating)), Band: limitBand(u.Limit),
			Score: CQCScore(got), Weight: decimal.Zero, Citation: p.LimiterCitation,
		})
		if u.Limit != CQCLimitNone {
			r.Overrides = append(r.Overrides, override(u.Name+": "+strings.ReplaceAll(u.Limit.String(), "_", " "),
				ptrTrue(), got != u.Rating, CQCScore(u.Limit.cap()), p.LimiterCitation))
		}
	}
	row := p.row(len(ratings))
	n := strconv.Itoa(len(ratings))
	outstanding, good := count[economy.Outstanding], count[economy.Good]
	ri, inad := count[economy.RequiresImprovement], count[economy.Inadequate]
	rules := []struct {
		name  string
		holds bool
		to    economy.CQCRating
		cite  economy.Citation
	}{
		{"at least " + strconv.Itoa(row.Inadequate) + " of " + n + " inadequate",
			inad >= row.Inadequate, economy.Inadequate, row.InadequateCitation},
		{"at least " + strconv.Itoa(row.Outstanding) + " of " + n + " outstanding and the rest good",
			outstanding >= row.Outstanding && outstanding+good == len(ratings), economy.Outstanding, row.OutstandingCitation},
		{"no inadequate and fewer than " + strconv.Itoa(row.RequiresImprovement) + " requires improvement",
			inad == 0 && ri < row.RequiresImprovement, economy.Good, row.GoodCitation},
		{"at least " + strconv.Itoa(row.RequiresImprovement) + " of " + n + " requires improvement or worse",
			ri+inad >= row.RequiresImprovement, economy.RequiresImprovement, row.RequiresImprovementCitation},
		{"no principle decides", true, p.Residual, p.ResidualCitation},
	}
	decided := false
	var score Score
	for _, rule := range rules {
		applied := rule.holds && !decided
		if applied {
			decided, score = true, CQCScore(rule.to)
		}
		held := rule.holds
		r.Overrides = append(r.Overrides, override(rule.name, &held, applied, CQCScore(rule.to), rule.cite))
	}
	if p.BreachLimitsOverall {
		limit := CQCScore(economy.RequiresImprovement)
		changed := false
		if noticed {
			score, changed = bound(score, limit)
		}
		held := noticed
		r.Overrides = append(r.Overrides, override("any breach of regulation", &held,
			noticed && (changed || score == limit), limit, p.BreachCitation))
	}
	r.Score = score
	return r
}

func limitBand(l CQCLimit) string {
	switch l {
	case LimitRequirementNotice:
		return "requirement notice: at best requires_improvement"
	case LimitWarningNotice:
		return "warning notice: inadequate"
	}
	return ""
}

func ptrTrue() *bool { t := true; return &t }

func override(name string, triggered *bool, applied bool, limit Score, cite economy.Citation) Override {
	return Override{Name: name, Applied: applied, Triggered: triggered, Limit: limit, Citation: cite}
}
