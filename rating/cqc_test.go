package rating

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	o  = economy.Outstanding
	g  = economy.Good
	ri = economy.RequiresImprovement
	in = economy.Inadequate
)

func kq(rs ...economy.CQCRating) []CQCUnderlying {
	names := []string{"safe", "effective", "caring", "responsive", "well_led"}
	out := make([]CQCUnderlying, len(rs))
	for i, r := range rs {
		name := "rating"
		if i < len(names) {
			name = names[i]
		}
		out[i] = CQCUnderlying{Name: name, Rating: r}
	}
	return out
}

func rateKQ(t *testing.T, p CQCParams, us []CQCUnderlying) Result {
	t.Helper()
	r, err := RateCQC(CQCInput{Ratings: us}, p)
	require.NoError(t, err)
	return r
}

func TestRateCQCNamed(t *testing.T) {
	withNotice := func(us []CQCUnderlying, i int, l CQCLimit) []CQCUnderlying { us[i].Limit = l; return us }
	tests := []struct {
		name string
		give []CQCUnderlying
		want economy.CQCRating
	}{
		{"all good", kq(g, g, g, g, g), g},
		{"two outstanding rest good", kq(o, o, g, g, g), o},
		{"one outstanding rest good", kq(o, g, g, g, g), g},
		{"two outstanding one requires improvement", kq(o, o, ri, g, g), g},
		{"one requires improvement", kq(g, ri, g, g, g), g},
		{"two requires improvement", kq(g, ri, ri, g, g), ri},
		{"one inadequate four good", kq(in, g, g, g, g), ri},
		{"one inadequate one requires improvement", kq(in, ri, g, g, g), ri},
		{"two inadequate", kq(in, in, g, g, g), in},
		{"all outstanding", kq(o, o, o, o, o), o},
		{"requirement notice on outstanding", withNotice(kq(o, o, g, g, g), 0, LimitRequirementNotice), g},
		{"warning notice on good", withNotice(kq(g, g, g, g, g), 1, LimitWarningNotice), ri},
		{"two warning notices", withNotice(withNotice(kq(g, g, g, g, g), 1, LimitWarningNotice), 4, LimitWarningNotice), in},
		{"one rating outstanding", kq(o), o},
		{"one rating inadequate", kq(in), in},
		{"three ratings one requires improvement", kq(o, g, ri), ri},
		{"three ratings one outstanding", kq(o, g, g), o},
		{"nine ratings two outstanding", kq(o, o, g, g, g, g, g, g, g), g},
		{"nine ratings three outstanding", kq(o, o, o, g, g, g, g, g, g), o},
		{"four ratings two outstanding", kq(o, o, g, g), o},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rateKQ(t, DefaultCQCParams(), tt.give)
			assert.Equal(t, Rated, r.Status)
			assert.Equal(t, CQCScore(tt.want), r.Score)
		})
	}
}

func TestRateCQCSocialCareBreachCap(t *testing.T) {
	us := kq(o, o, g, g, g)
	us[2].Limit = LimitRequirementNotice // caring good -> requires improvement at best
	r := rateKQ(t, SocialCareCQCParams(), us)
	assert.Equal(t, CQCScore(ri), r.Score)
	last := r.Overrides[len(r.Overrides)-1]
	assert.Equal(t, "any breach of regulation", last.Name)
	assert.True(t, last.Applied)
	require.NotNil(t, last.Triggered)
	assert.True(t, *last.Triggered)

	r = rateKQ(t, SocialCareCQCParams(), kq(o, o, g, g, g))
	assert.Equal(t, CQCScore(o), r.Score)
	last = r.Overrides[len(r.Overrides)-1]
	assert.False(t, last.Applied)
	assert.False(t, *last.Triggered)
}

// TestRateCQCExhaustive checks the principles' invariants over every
// combination of five key-question ratings and three notice states on the
// first one.
func TestRateCQCExhaustive(t *testing.T) {
	p := DefaultCQCParams()
	all := economy.CQCRatings()
	for i := 0; i < 4*4*4*4*4; i++ {
		rs := make([]economy.CQCRating, 5)
		for k, x := 0, i; k < 5; k, x = k+1, x/4 {
			rs[k] = all[x%4]
		}
		for _, lim := range []CQCLimit{CQCLimitNone, LimitRequirementNotice, LimitWarningNotice} {
			us := kq(rs...)
			us[0].Limit = lim
			r := rateKQ(t, p, us)
			require.Equal(t, Rated, r.Status)
			got := economy.CQCRating(r.Score.Value)
			limited := make([]economy.CQCRating, 5)
			var count [5]int
			for k, u := range us {
				limited[k] = max(u.Rating, u.Limit.cap())
				count[limited[k]]++
			}
			best, worst := slicesMin(limited), slicesMax(limited)
			assert.GreaterOrEqual(t, got, best, "never better than the best limited rating %v", us)
			assert.LessOrEqual(t, got, worst, "never worse than the worst limited rating %v", us)
			if got == o {
				assert.GreaterOrEqual(t, count[o], 2, "%v", us)
				assert.Equal(t, 5, count[o]+count[g], "%v", us)
			}
			if count[in] >= 2 {
				assert.Equal(t, in, got, "%v", us)
			}
			if count[in] == 0 && count[ri] <= 1 && got != o {
				assert.Equal(t, g, got, "%v", us)
			}
			if count[ri]+count[in] >= 2 && count[in] < 2 {
				assert.Equal(t, ri, got, "%v", us)
			}
			if lim == LimitWarningNotice {
				assert.NotEqual(t, o, got)
				assert.NotEqual(t, g, got)
			}
			if lim == LimitRequirementNotice {
				assert.NotEqual(t, o, got)
			}
		}
	}
}

func slicesMin(xs []economy.CQCRating) economy.CQCRating {
	m := xs[0]
	for _, x := range xs {
		m = min(m, x)
	}
	return m
}

func slicesMax(xs []economy.CQCRating) economy.CQCRating {
	m := xs[0]
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

func TestRateCQCDeparture(t *testing.T) {
	tests := []struct {
		name    string
		give    *Departure
		wantErr error
	}{
		{"empty reason refused", &Departure{To: CQCScore(g), Reason: " "}, ErrNoReason},
		{"no rating refused", &Departure{Reason: "x"}, ErrNotRating},
		{"wrong scale refused", &Departure{To: GovernanceRed.Score(), Reason: "x"}, ErrNotRating},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := RateCQC(CQCInput{Ratings: kq(g, g, g, g, g), Departure: tt.give}, DefaultCQCParams())
			assert.ErrorIs(t, err, tt.wantErr)
		})
	}
	r, err := RateCQC(CQCInput{Ratings: kq(in, g, g, g, g),
		Departure: &Departure{To: CQCScore(g), Reason: "the safety concern was resolved before publication"}}, DefaultCQCParams())
	require.NoError(t, err)
	assert.Equal(t, CQCScore(ri), r.Score, "the computed rating stays")
	assert.Equal(t, CQCScore(g), r.Published())
	require.Len(t, r.Judgements, 1)
	assert.Equal(t, "CQC", r.Judgements[0].By)
}

func TestRateCQCInsufficient(t *testing.T) {
	r := rateKQ(t, DefaultCQCParams(), kq(g, economy.CQCRatingUnknown, g, g, g))
	assert.Equal(t, InsufficientData, r.Status)
	assert.Equal(t, []string{"ratings[1] (effective)"}, r.Missing)
	r = rateKQ(t, DefaultCQCParams(), nil)
	assert.Equal(t, []string{"ratings"}, r.Missing)
}

func TestCQCParamsValidate(t *testing.T) {
	p := DefaultCQCParams()
	require.NoError(t, p.Validate())
	p.Rows[1].Min = 1
	p.Residual = economy.Inadequate + 1 // not a rating (0 would mean the default)
	_, err := RateCQC(CQCInput{Ratings: kq(g)}, p)
	var te *TableError
	require.ErrorAs(t, err, &te)
	assert.Len(t, te.Problems, 2)
}

func TestRateCQCString(t *testing.T) {
	us := kq(g, g, o, g, g)
	us[0].Limit = LimitWarningNotice
	r := rateKQ(t, DefaultCQCParams(), us)
	assert.Equal(t, "CQC requires_improvement: safe 2 -> inadequate; effective 2 -> good; caring 1 -> outstanding; "+
		"responsive 2 -> good; well_led 2 -> good; safe: warning notice: no better than inadequate; "+
		"no principle decides: no better than requires_improvement", r.String())
}

func inspected(published string, overall economy.CQCRating, rs ...economy.CQCRating) economy.Inspection {
	return economy.Inspection{Scope: economy.ScopeProvider, Published: date(published), Overall: overall,
		Ratings: economy.KeyQuestionRatings{Safe: rs[0], Effective: rs[1], Caring: rs[2], Responsive: rs[3], WellLed: rs[4]}}
}

func TestCQCMethod(t *testing.T) {
	m, ok := Lookup("cqc_overall")
	require.True(t, ok)
	old := inspected("2014-06-01", g, g, g, g, g, g)
	newer := inspected("2015-06-01", ri, in, g, g, g, g)
	newer.RequirementNotices = []economy.Notice{{KeyQuestion: economy.Caring, Issued: date("2015-05-01")}}
	pending := inspected("2015-07-01", in, in, in, in, in, in)
	pending.Pending = true
	site := inspected("2015-08-01", in, in, in, in, in, in)
	site.Scope = economy.ScopeLocation
	pv := &economy.Provider{Kind: economy.KindNHSTrust, Inspections: []economy.Inspection{old, newer, pending, site}}

	r := m.Rate(Input{Provider: pv, Date: date("2015-09-01")})
	assert.Equal(t, CQCScore(ri), r.Score)
	assert.Empty(t, r.Judgements, "published requires improvement agrees")
	assert.Equal(t, CQCScore(ri), r.Metrics[2].Score, "the requirement notice limits caring")

	newer.Overall = g
	pv.Inspections[1] = newer
	r = m.Rate(Input{Provider: pv, Date: date("2015-09-01")})
	require.Len(t, r.Judgements, 1)
	assert.Equal(t, CQCScore(ri), r.Judgements[0].From)
	assert.Equal(t, CQCScore(g), r.Judgements[0].To)

	r = m.Rate(Input{Provider: pv, Date: date("2014-01-01")})
	assert.Equal(t, []string{"inspection"}, r.Missing)

	newer.Ratings.WellLed = 0
	newer.WarningNotices = []economy.Notice{{Regulation: "Regulation 12"}}
	pv.Inspections[1] = newer
	r = m.Rate(Input{Provider: pv, Date: date("2015-09-01")})
	assert.Equal(t, []string{"inspection.ratings.well_led", "inspection.warning_notices[0].key_question"}, r.Missing)
}
