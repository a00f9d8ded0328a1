package rating_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nofPeers are seven peers 0.40 apart. With the trust's own average among
// them, the cut points (linear interpolation, QUARTILE.INC) leave the
// segment edges at the second, fourth and sixth peers: at or below 1.60
// is segment 1, below 2.40 segment 2, below 3.20 segment 3, and 3.20 or
// worse segment 4.
var nofPeers = []string{"1.20", "1.60", "2.00", "2.40", "2.80", "3.20", "3.60"}

// finNOF2025 is a trust in surplus, without deficit support, with the
// given average score over one metric, among the seven nofPeers.
func finNOF2025(avg string) rating.NOF2025Input {
	a := finAccounts()
	a.DeficitSupport = finFalse()
	in := rating.NOF2025Input{
		Scores:   []rating.NOF2025Score{{Metric: "a", Score: finD(avg)}},
		Accounts: a,
	}
	for _, p := range nofPeers {
		in.PeerAverages = append(in.PeerAverages, finD(p))
	}
	return in
}

// Each quartile edge at, one hundredth better and one hundredth worse
// (the manual rounds averages to 2 places). Source: NOF 2025/26
// methodology manual, Step 2 ("lowest quartile ... 1, ... upper quartile
// ... 4"); the interpolation is this library's reading, checked against
// the published Q3 segments in TestNOF2025PublishedQ3Acute.
func TestNOF2025Quartiles(t *testing.T) {
	tests := []struct {
		give string
		want rating.Segment
	}{
		{"1.00", 1}, {"1.59", 1}, {"1.60", 1}, {"1.61", 2},
		{"2.39", 2}, {"2.40", 3}, {"2.41", 3},
		{"3.19", 3}, {"3.20", 4}, {"3.21", 4}, {"4.00", 4},
		// Averages are rounded to 2 places before they are placed:
		// 1.604 is 1.60, 1.605 is 1.61.
		{"1.604", 1}, {"1.605", 2},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			r := rating.RateNOF2025(finNOF2025(tt.give), rating.NOF2025Params{})
			require.True(t, r.Rated(), r.String())
			assert.Equal(t, uint8(tt.want), r.Score.Value, r.Metrics[0].Band)
		})
	}
	r := rating.RateNOF2025(finNOF2025("2.00"), rating.NOF2025Params{})
	assert.Equal(t, "quartiles of 8 averages in the peer group: 1.9, 2.2, 2.9: segment 2", r.Metrics[0].Band)
	// A tie at a cut point goes to the same segment for all in it: with
	// the three trusts on 2.71 of the published Q3 2025/26 table in mind,
	// four peers on the third quartile and the trust with them.
	in := finNOF2025("3.00")
	in.PeerAverages = []decimal.Decimal{finD("1"), finD("2"), finD("3"), finD("3"), finD("3")}
	assert.Equal(t, uint8(4), rating.RateNOF2025(in, rating.NOF2025Params{}).Score.Value)
}

// The manual's Step 2: the sum of the scores recorded divided by their
// number, scores of 0 left out, rounded to 2 places; the three infection
// rates weigh one third each (Weighting).
func TestNOF2025Average(t *testing.T) {
	tests := []struct {
		name        string
		give        []rating.NOF2025Score
		want        string
		wantFormula string
	}{
		{"plain mean, rounded", []rating.NOF2025Score{{Metric: "x", Score: finD("1")}, {Metric: "y", Score: finD("2")}, {Metric: "z", Score: finD("2.5")}},
			"1.83", "mean of 3 metric scores, rounded to 2 places: x 1.00, y 2.00, z 2.50"},
		{"half rounds away from zero", []rating.NOF2025Score{{Metric: "x", Score: finD("1.00")}, {Metric: "y", Score: finD("1.01")}}, "1.01", ""},
		{"a 0 does not count", []rating.NOF2025Score{{Metric: "x", Score: finD("1")}, {Metric: "y", Score: finD("0")}, {Metric: "z", Score: finD("2")}},
			"1.5", "mean of 2 metric scores, rounded to 2 places: x 1.00, z 2.00; not scored (0): y"},
		// The manual's worked example: 11 scores summing to 16.83 give 1.53.
		{"the manual's example", []rating.NOF2025Score{
			{Metric: "a", Score: finD("1")}, {Metric: "b", Score: finD("2.62")}, {Metric: "c", Score: finD("1")}, {Metric: "d", Score: finD("1")},
			{Metric: "e", Score: finD("1")}, {Metric: "f", Score: finD("1.4")}, {Metric: "g", Score: finD("1")}, {Metric: "h", Score: finD("3")},
			{Metric: "i", Score: finD("1.36")}, {Metric: "j", Score: finD("1.45")}, {Metric: "k", Score: finD("2")}}, "1.53", ""},
		// Three infection rates of 4, 1 and 1 weigh as one metric of 2:
		// (3*1 + 4 + 1 + 1) / (3 + 1 + 1 + 1) = 9/6.
		{"infection rates weigh a third", []rating.NOF2025Score{{Metric: "a", Score: finD("1")},
			{Metric: "infection:c", Score: finD("4"), Infection: true}, {Metric: "infection:e", Score: finD("1"), Infection: true}, {Metric: "infection:m", Score: finD("1"), Infection: true}},
			"1.5", "mean of 4 metric scores, rounded to 2 places: a 1.00, infection:c 4.00 (weight 1/3), infection:e 1.00 (weight 1/3), infection:m 1.00 (weight 1/3)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := finNOF2025("1")
			in.Scores = tt.give
			r := rating.RateNOF2025(in, rating.NOF2025Params{})
			require.True(t, r.Rated(), r.String())
			finAssertDecimal(t, tt.want, r.Metrics[0].Value)
			if tt.wantFormula != "" {
				assert.Equal(t, tt.wantFormula, r.Metrics[0].Formula)
			}
		})
	}
}

func TestNOF2025FinancialOverride(t *testing.T) {
	const name = "in deficit"
	deficit := func(in rating.NOF2025Input) rating.NOF2025Input {
		a := *in.Accounts
		a.Surplus = finND("-0.1")
		in.Accounts = &a
		return in
	}
	noSurplus := func(in rating.NOF2025Input) rating.NOF2025Input {
		a := *in.Accounts
		a.Surplus = decimal.NullDecimal{}
		in.Accounts = &a
		return in
	}
	plannedDeficit := func(in rating.NOF2025Input) rating.NOF2025Input {
		a := *in.Accounts
		a.PlannedSurplus = finND("-1")
		in.Accounts = &a
		return in
	}
	supported := func(in rating.NOF2025Input) rating.NOF2025Input {
		a := *in.Accounts
		a.DeficitSupport = finTrue()
		in.Accounts = &a
		return in
	}
	supportUnknown := func(in rating.NOF2025Input) rating.NOF2025Input {
		a := *in.Accounts
		a.DeficitSupport = nil
		in.Accounts = &a
		return in
	}
	planned := rating.DefaultNOF2025Params()
	planned.Deficit.Planned = rating.OverrideOn
	noSupport := rating.DefaultNOF2025Params()
	noSupport.Deficit.SupportFunding = rating.OverrideOff
	off := rating.DefaultNOF2025Params()
	off.FinancialOverride = rating.OverrideOff
	tests := []struct {
		name          string
		give          rating.NOF2025Input
		giveP         rating.NOF2025Params
		wantStatus    rating.Status
		want          rating.Segment
		wantMissing   []string
		wantTriggered *bool
		wantApplied   bool
	}{
		{"in surplus", finNOF2025("1"), rating.NOF2025Params{}, rating.Rated, 1, nil, finFalse(), false},
		{"in deficit, segment 1", deficit(finNOF2025("1")), rating.NOF2025Params{}, rating.Rated, 3, nil, finTrue(), true},
		{"in deficit, segment 2", deficit(finNOF2025("2")), rating.NOF2025Params{}, rating.Rated, 3, nil, finTrue(), true},
		{"in deficit, segment 3", deficit(finNOF2025("2.8")), rating.NOF2025Params{}, rating.Rated, 3, nil, finTrue(), true},
		{"in deficit, segment 4", deficit(finNOF2025("3.5")), rating.NOF2025Params{}, rating.Rated, 4, nil, finTrue(), false},
		{"surplus unknown, could bind", noSurplus(finNOF2025("1")), rating.NOF2025Params{}, rating.InsufficientData, 0, []string{"accounts.surplus"}, nil, false},
		{"surplus unknown, cannot bind", noSurplus(finNOF2025("3.5")), rating.NOF2025Params{}, rating.Rated, 4, []string{"accounts.surplus"}, nil, false},
		{"planned deficit, not a measure by default", plannedDeficit(finNOF2025("1")), rating.NOF2025Params{}, rating.Rated, 1, nil, finFalse(), false},
		{"planned deficit as a measure", plannedDeficit(finNOF2025("1")), planned, rating.Rated, 3, nil, finTrue(), true},
		{"deficit support, a measure by default", supported(finNOF2025("1")), rating.NOF2025Params{}, rating.Rated, 3, nil, finTrue(), true},
		{"deficit support, switched off", supported(finNOF2025("1")), noSupport, rating.Rated, 1, nil, finFalse(), false},
		{"deficit support unknown", supportUnknown(finNOF2025("1")), rating.NOF2025Params{}, rating.InsufficientData, 0, []string{"accounts.deficit_support"}, nil, false},
		{"deficit support unknown, cannot bind", supportUnknown(finNOF2025("2.8")), rating.NOF2025Params{}, rating.Rated, 3, []string{"accounts.deficit_support"}, nil, false},
		{"override off", deficit(finNOF2025("1")), off, rating.Rated, 1, nil, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rating.RateNOF2025(tt.give, tt.giveP)
			assert.Equal(t, tt.wantStatus, r.Status, r.String())
			assert.Equal(t, uint8(tt.want), r.Score.Value, r.String())
			assert.Equal(t, tt.wantMissing, r.Missing)
			if r.Status != rating.Rated || tt.giveP.FinancialOverride == rating.OverrideOff {
				return
			}
			o := finOverride(t, r, name)
			assert.Equal(t, tt.wantTriggered, o.Triggered)
			assert.Equal(t, tt.wantApplied, o.Applied)
			assert.True(t, o.Citation.Verified)
		})
	}
	in := finNOF2025("1")
	in.Accounts = nil
	assert.Equal(t, []string{"accounts"}, rating.RateNOF2025(in, rating.NOF2025Params{}).Missing)
	r := rating.RateNOF2025(deficit(finNOF2025("1.2")), rating.NOF2025Params{})
	assert.Equal(t, "NOF 2025/26 segment 3: average metric score 1.20 -> segment 1; in deficit: no better than segment 3", r.String())
	o := finOverride(t, r, name)
	assert.Contains(t, o.Citation.Section, "organisational not system-wide")
	finJSONRoundTrip(t, r)
}

// Segment 5 is the Provider Improvement Programme, entered by the region's
// decision for a segment 4 trust (the manual's Step 4): the record of
// entry places a trust there, and nothing else does.
func TestNOF2025Segment5(t *testing.T) {
	with := func(avg string, f func(*rating.NOF2025Input)) rating.NOF2025Input {
		in := finNOF2025(avg)
		f(&in)
		return in
	}
	off := rating.DefaultNOF2025Params()
	off.Segment5 = rating.OverrideOff
	tests := []struct {
		name       string
		give       rating.NOF2025Input
		giveP      rating.NOF2025Params
		want       rating.Segment
		wantReason string
	}{
		{"segment 4, low capability, no entry recorded", with("3.5", func(in *rating.NOF2025Input) { in.LowCapability = finTrue() }), rating.NOF2025Params{}, 4,
			"segment 4 with a low capability rating: the region considers entry to the Provider Improvement Programme; no entry recorded"},
		{"segment 4, low capability, entered", with("3.5", func(in *rating.NOF2025Input) {
			in.LowCapability, in.InImprovementProgramme = finTrue(), finTrue()
		}), rating.NOF2025Params{}, 5, "in the Provider Improvement Programme (the region's decision)"},
		{"segment 4, capability not low", with("3.5", func(in *rating.NOF2025Input) { in.LowCapability = finFalse() }), rating.NOF2025Params{}, 4, ""},
		{"segment 4, no judgement", finNOF2025("3.5"), rating.NOF2025Params{}, 4, ""},
		{"segment 3, low capability", with("2.8", func(in *rating.NOF2025Input) { in.LowCapability = finTrue() }), rating.NOF2025Params{}, 3, ""},
		{"catastrophic failure, segment 1: a candidate only", with("1", func(in *rating.NOF2025Input) { in.CatastrophicFailure = finTrue() }), rating.NOF2025Params{}, 1,
			"a catastrophic failure of governance is recorded: entry to the Provider Improvement Programme may be considered; no entry recorded"},
		{"in the Provider Improvement Programme", with("2", func(in *rating.NOF2025Input) { in.InImprovementProgramme = finTrue() }), rating.NOF2025Params{}, 5,
			"in the Provider Improvement Programme (the region's decision)"},
		{"segment 5 switched off", with("3.5", func(in *rating.NOF2025Input) { in.InImprovementProgramme = finTrue() }), off, 4, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rating.RateNOF2025(tt.give, tt.giveP)
			require.True(t, r.Rated(), r.String())
			assert.Equal(t, uint8(tt.want), r.Score.Value, r.String())
			if tt.giveP.Segment5 == rating.OverrideOff {
				return
			}
			o := finOverride(t, r, "segment 5 (Provider Improvement Programme)")
			assert.Equal(t, tt.wantReason, o.Reason)
			assert.True(t, o.Citation.Verified)
		})
	}
}

func TestNOF2025Insufficient(t *testing.T) {
	tests := []struct {
		name string
		give func(*rating.NOF2025Input)
		want []string
	}{
		{"no scores", func(in *rating.NOF2025Input) { in.Scores = nil }, []string{"scores"}},
		{"no score recorded", func(in *rating.NOF2025Input) { in.Scores[0].Score = finD("0") }, []string{"scores"}},
		{"score below 1", func(in *rating.NOF2025Input) { in.Scores[0].Score = finD("0.99") }, []string{"scores.a (outside 1-4)"}},
		{"negative score", func(in *rating.NOF2025Input) { in.Scores[0].Score = finD("-1") }, []string{"scores.a (outside 1-4)"}},
		{"score above 4", func(in *rating.NOF2025Input) { in.Scores[0].Score = finD("4.01") }, []string{"scores.a (outside 1-4)"}},
		{"too few peers", func(in *rating.NOF2025Input) { in.PeerAverages = in.PeerAverages[:2] }, []string{"peer_averages (need 3 valid, have 2)"}},
		{"invalid peers do not count", func(in *rating.NOF2025Input) {
			in.PeerAverages = in.PeerAverages[:3]
			in.PeerAverages[0] = finD("5")
		}, []string{"peer_averages (need 3 valid, have 2)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := finNOF2025("1")
			tt.give(&in)
			r := rating.RateNOF2025(in, rating.NOF2025Params{})
			assert.Equal(t, rating.InsufficientData, r.Status)
			assert.Equal(t, tt.want, r.Missing)
		})
	}
	in := finNOF2025("1")
	in.PeerAverages = in.PeerAverages[:1]
	assert.True(t, rating.RateNOF2025(in, rating.NOF2025Params{MinPeers: 1}).Rated())
}

// finLeague is an economy of four acute trusts whose 2025/26 scores sit in
// Performance.Other, and one ambulance trust that is not their peer.
func finLeague() *economy.Economy {
	trust := func(id, group string, scores ...string) economy.Provider {
		other := map[string]decimal.Decimal{"ae_other": finD("70")}
		for i, s := range scores {
			other[rating.NOF2025ScorePrefix+string(rune('a'+i))] = finD(s)
		}
		a := finAccounts()
		a.DeficitSupport = finFalse()
		a.Period = economy.FinancialYear(2025)
		a.Period.To = economy.MustDate("2025-06-30")
		return economy.Provider{
			ID: id, Kind: economy.KindNHSTrust, PeerGroup: group, Accounts: []economy.Accounts{*a},
			Performance: []economy.Performance{{Period: economy.Period{From: economy.MustDate("2025-04-01"), To: economy.MustDate("2025-06-30")}, Other: other}},
		}
	}
	return &economy.Economy{ID: "E", Providers: []economy.Provider{
		trust("R1", "acute", "1", "2"), // 1.5
		trust("R2", "acute", "2", "2"), // 2.0
		trust("R3", "acute", "2", "3"), // 2.5
		trust("R4", "acute", "3", "4"), // 3.5
		trust("A1", "ambulance", "1", "1"),
		trust("R5", "acute"), // no scores: not a peer
	}}
}

func TestNOF2025InputFrom(t *testing.T) {
	e := finLeague()
	date := economy.MustDate("2025-09-09")
	in, missing := rating.NOF2025InputFrom(&e.Providers[2], e, date)
	require.Empty(t, missing)
	assert.Equal(t, []rating.NOF2025Score{{Metric: "a", Score: finD("2")}, {Metric: "b", Score: finD("3")}}, in.Scores)
	assert.Len(t, in.PeerAverages, 3)
	assert.Equal(t, uint8(3), rating.RateNOF2025(in, rating.NOF2025Params{}).Score.Value)

	m, ok := rating.Lookup("nhse_nof_2025_segment")
	require.True(t, ok)
	r := m.Rate(rating.Input{Provider: &e.Providers[3], Economy: e, Date: date})
	assert.Equal(t, uint8(4), r.Score.Value, r.String())
	r = m.Rate(rating.Input{Provider: &e.Providers[3], Date: date})
	assert.Equal(t, []string{"economy"}, r.Missing)
	lone := e.Providers[3]
	lone.PeerGroup = ""
	assert.Equal(t, []string{"provider.peer_group"}, m.Rate(rating.Input{Provider: &lone, Economy: e, Date: date}).Missing)
}

func FuzzNOF2025Monotone(f *testing.F) {
	// Seeds: a trust in the middle of its peers; one tied with every
	// peer; one in deficit at the bottom; out-of-range values.
	f.Add(uint16(200), uint16(150), uint16(250), uint16(180), uint16(320), int64(10), uint8(0), uint16(10))
	f.Add(uint16(200), uint16(200), uint16(200), uint16(200), uint16(200), int64(0), uint8(1), uint16(1))
	f.Add(uint16(400), uint16(100), uint16(100), uint16(100), uint16(100), int64(-5), uint8(2), uint16(300))
	f.Add(uint16(9999), uint16(0), uint16(65535), uint16(100), uint16(100), int64(1), uint8(3), uint16(65535))
	f.Fuzz(func(t *testing.T, score, p1, p2, p3, p4 uint16, surplus int64, knob uint8, step uint16) {
		in := finFuzzNOF(score, p1, p2, p3, p4, surplus)
		base := rating.RateNOF2025(in, rating.NOF2025Params{})
		worse := finFuzzNOF(score, p1, p2, p3, p4, surplus)
		switch knob % 3 {
		case 0: // a worse metric score
			worse.Scores[0].Score = decimal.Min(worse.Scores[0].Score.Add(decimal.New(int64(step), -2)), finD("4"))
		case 1: // a peer improves
			worse.PeerAverages[0] = decimal.Max(worse.PeerAverages[0].Sub(decimal.New(int64(step), -2)), finD("1"))
		case 2: // a lower surplus
			worse.Accounts.Surplus = decimal.NewNullDecimal(worse.Accounts.Surplus.Decimal.Sub(decimal.New(int64(step), -1)))
		}
		got := rating.RateNOF2025(worse, rating.NOF2025Params{})
		require.Equal(t, base.Status, got.Status, "%s / %s", base, got)
		assert.Falsef(t, base.Score.WorseThan(got.Score), "knob %d gave %s, better than %s", knob%3, got, base)
	})
}

// finFuzzNOF maps fuzzed integers onto scores 1.00-4.00 in hundredths.
func finFuzzNOF(score, p1, p2, p3, p4 uint16, surplus int64) rating.NOF2025Input {
	s := func(v uint16) decimal.Decimal { return decimal.New(int64(100+int(v)%301), -2) }
	a := finAccounts()
	a.Surplus = finAmount(surplus, false)
	a.DeficitSupport = finFalse()
	return rating.NOF2025Input{
		Scores:       []rating.NOF2025Score{{Metric: "m", Score: s(score)}},
		PeerAverages: []decimal.Decimal{s(p1), s(p2), s(p3), s(p4)},
		Accounts:     a,
	}
}
