package england_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The NHS TDA's oversight of NHS trusts, 1 April 2013 to 30 September
// 2016. Sources: escalation levels 1 (highest) to 5 (lowest) and the five
// oversight categories as St George's Healthcare NHS Trust's board
// reproduced the TDA's 2014/15 accountability framework (performance
// report, period ending 30 April 2014); that level n is the n-th category,
// and the rung each category is, are this library's reading
// (provider.tda_*_min). Special measures for NHS trusts by the TDA: CQC,
// 6 May 2014. The Single Oversight Framework replaced the TDA's on
// 1 October 2016.

// tdaEditions are the editions of the TDA's accountability framework.
var tdaEditions = []string{"lic2013", "sm2013", "raf2013", "che2014", "care2014", "ccg2015", "sr2015", "fsrr2015", "iaf2016", "fsm2016"}

var tdaSource = &economy.Citation{Document: "a TDA escalation level (test fixture)", URL: "https://example.org/tda", Verified: true}

// tdaTrust is a provider of kind whose only facts say it is in no other
// regime on day: a trust-level report that recommends no special measures
// and rates every key question good (from 2014), no spells, no
// judgements; a control total agreed and forecast to be met (from July
// 2016); with level > 0, the TDA escalation level published the day
// before for the month before.
func tdaTrust(kind economy.ProviderKind, day economy.Date, level int) *economy.Provider {
	no := false
	good := economy.KeyQuestionRatings{Safe: economy.Good, Effective: economy.Good, Caring: economy.Good, Responsive: economy.Good, WellLed: economy.Good}
	p := &economy.Provider{ID: "T", Name: "A trust", Kind: kind,
		Inspections: []economy.Inspection{{Scope: economy.ScopeProvider, Started: day.AddDays(-90), Published: day.AddDays(-30),
			Ratings: good, Overall: economy.Good, RecommendsSpecialMeasures: &no}},
		Accounts: []economy.Accounts{{Period: economy.Period{From: day.AddDays(-60), To: day.AddDays(300)},
			ControlTotal: nd("0"), ForecastSurplus: nd("10"), PlannedSurplus: nd("10"),
			ControlTotalEvents: []economy.ControlTotalEvent{{Status: economy.ControlTotalAccepted, Date: day.AddDays(-50)}}}}}
	if level > 0 {
		p.Ratings = []economy.PublishedRating{{Scheme: economy.TDAEscalation, Period: economy.Period{From: day.AddDays(-40), To: day.AddDays(-10)},
			Published: day.AddDays(-1), Value: strconv.Itoa(level), Source: tdaSource}}
	}
	return p
}

func tdaDecide(t *testing.T, f *regime.Framework, day economy.Date, p *economy.Provider) regime.Decision {
	t.Helper()
	e := &economy.Economy{ID: "tda", Name: "TDA fixture", Providers: []economy.Provider{*p}}
	dec, err := f.Decide(regime.NewEnv(e, day), england.ProviderIntervention, regime.ProviderSubject(&e.Providers[0]))
	require.NoError(t, err)
	return dec
}

// tdaExplain explains the rule of the provider ladder's entry id alone,
// so that a rung is seen even where a more intensive one decides.
func tdaExplain(t *testing.T, f *regime.Framework, day economy.Date, id string, p *economy.Provider) regime.Outcome {
	t.Helper()
	rs, ok := f.RuleSet(england.ProviderIntervention)
	require.True(t, ok)
	e := &economy.Economy{ID: "tda", Name: "TDA fixture", Providers: []economy.Provider{*p}}
	env := regime.NewEnv(e, day).WithParams(f)
	for _, entry := range rs.Entries() {
		if entry.Rule.Info().ID == id {
			return entry.Rule.Explain(&env, regime.ProviderSubject(&e.Providers[0]))
		}
	}
	require.Fail(t, "no entry "+id)
	return regime.Outcome{}
}

// Each published level decides its rung in every edition of the
// framework; without one, an NHS trust is not decided, naming the level.
func TestTDAEscalationLevels(t *testing.T) {
	rows := []struct {
		name   string
		level  int
		want   economy.Regime
		entry  string
		unknow bool
	}{
		{"no level published: Unknown, never routine oversight", 0, economy.RegimeUnknown, "", true},
		{"level 1, standard oversight with reduced frequency (St George's 2014)", 1, economy.RoutineOversight, "routine_oversight", false},
		{"level 2, standard oversight with standard frequency (St George's 2014)", 2, economy.RoutineOversight, "routine_oversight", false},
		{"level 3, supporting intervention (St George's 2014): escalation", 3, economy.InvestigationConsidered, "tda_supporting_intervention", false},
		{"level 4, strategic intervention (St George's 2014): mandated support", 4, economy.MandatedSupport, "tda_strategic_intervention", false},
		{"level 5, special measures (St George's 2014; CQC 6 May 2014)", 5, economy.QualitySpecialMeasures, "tda_special_measures", false},
	}
	for _, id := range tdaEditions {
		f, err := england.FrameworkByID(id)
		require.NoError(t, err)
		day := f.From().AddDays(10)
		for _, row := range rows {
			t.Run(id+"/"+row.name, func(t *testing.T) {
				dec := tdaDecide(t, f, day, tdaTrust(economy.KindNHSTrust, day, row.level))
				if row.unknow {
					require.Equal(t, regime.Unknown, dec.Verdict, dec.Text())
					assert.Contains(t, outcomeMissing(dec.Outcome), "ratings[scheme=tda_escalation]")
					return
				}
				r, ok := dec.Ruling()
				require.True(t, ok, dec.Text())
				assert.Equal(t, row.want, r.Regime)
				assert.Equal(t, row.entry, dec.Chosen[0].Entry)
			})
		}
	}
}

// Every threshold at, just below and just above its boundary, moved with
// regime.Set where the scale ends: the rule that reads it is Met at the
// threshold and above, NotMet below, and names the threshold it compared.
func TestTDAThresholdBoundaries(t *testing.T) {
	f, err := england.FrameworkByID("sr2015")
	require.NoError(t, err)
	day := economy.MustDate("2015-07-01")
	rows := []struct {
		param, rule string
		threshold   int
	}{
		{"provider.tda_investigation_min", "tda_supporting_intervention", 3},
		{"provider.tda_mandated_min", "tda_strategic_intervention", 4},
		{"provider.tda_special_measures_min", "tda_special_measures", 5},
		// The scale's ends: thresholds moved to 2 and to 1 (every level).
		{"provider.tda_investigation_min", "tda_supporting_intervention", 2},
		{"provider.tda_mandated_min", "tda_strategic_intervention", 1},
	}
	for _, row := range rows {
		g, err := f.With(regime.Set(row.param, row.threshold))
		require.NoError(t, err)
		for _, level := range []int{row.threshold - 1, row.threshold, row.threshold + 1} {
			if level < 1 || level > 5 {
				continue
			}
			t.Run(row.param+"="+strconv.Itoa(row.threshold)+"/level "+strconv.Itoa(level), func(t *testing.T) {
				o := tdaExplain(t, g, day, row.rule, tdaTrust(economy.KindNHSTrust, day, level))
				assert.Equal(t, regime.VerdictOf(level >= row.threshold), o.Verdict, o.Reason)
				require.NotEmpty(t, o.Facts)
				assert.Equal(t, row.param, o.Facts[0].Param)
				assert.Equal(t, int64(row.threshold), o.Facts[0].Threshold.Decimal.IntPart())
				assert.True(t, o.Facts[0].Threshold.Valid)
			})
		}
	}
	// 6 reaches no published level: the rung is switched off.
	g, err := f.With(regime.Set("provider.tda_special_measures_min", 6))
	require.NoError(t, err)
	dec := tdaDecide(t, g, day, tdaTrust(economy.KindNHSTrust, day, 5))
	r, ok := dec.Ruling()
	require.True(t, ok, dec.Text())
	assert.Equal(t, economy.MandatedSupport, r.Regime, "level 5 falls to strategic intervention when special measures are off")
}

// The level read is the latest published on or before the facts date: a
// later one is not yet known, and a level for a later period supersedes.
func TestTDALevelAsPublished(t *testing.T) {
	f, err := england.FrameworkByID("fsrr2015")
	require.NoError(t, err)
	day := economy.MustDate("2015-10-01")
	p := tdaTrust(economy.KindNHSTrust, day, 4)
	p.Ratings = append(p.Ratings,
		economy.PublishedRating{Scheme: economy.TDAEscalation, Period: economy.Period{From: day.AddDays(-100), To: day.AddDays(-70)},
			Published: day.AddDays(-60), Value: "2", Source: tdaSource},
		economy.PublishedRating{Scheme: economy.TDAEscalation, Period: economy.Period{From: day.AddDays(-9), To: day.AddDays(20)},
			Published: day.AddDays(25), Value: "5", Source: tdaSource})
	dec := tdaDecide(t, f, day, p)
	r, ok := dec.Ruling()
	require.True(t, ok, dec.Text())
	assert.Equal(t, economy.MandatedSupport, r.Regime, "the level of the latest period known on the day (4), not the earlier 2 nor the later 5")
	o, ok := dec.Node("tda_strategic_intervention")
	require.True(t, ok)
	assert.Contains(t, o.Reason, "NHS TDA escalation level 4 (strategic intervention), published "+day.AddDays(-1).String())
}

// Foundation trusts and other providers are untouched: Monitor oversaw
// foundation trusts, and the TDA's framework covers NHS trusts only.
func TestTDANotForOtherProviders(t *testing.T) {
	f, err := england.FrameworkByID("sr2015")
	require.NoError(t, err)
	day := economy.MustDate("2015-07-01")
	for _, tc := range []struct {
		kind   economy.ProviderKind
		reason string
	}{
		{economy.KindFoundationTrust, "Monitor oversaw foundation trusts"},
		{economy.KindIndependentPrivate, "covers NHS trusts only; this provider is independent_private"},
	} {
		t.Run(tc.kind.String(), func(t *testing.T) {
			dec := tdaDecide(t, f, day, tdaTrust(tc.kind, day, 5))
			for _, id := range []string{"tda_special_measures", "tda_strategic_intervention", "tda_supporting_intervention"} {
				o, ok := dec.Node(id)
				require.True(t, ok, id)
				assert.Equal(t, regime.NotMet, o.Verdict)
				assert.Contains(t, o.Reason, tc.reason)
			}
		})
	}
}

// The entries and thresholds exist only while the TDA's framework was in
// force: not on 31 March 2013, nor from 1 October 2016.
func TestTDAOnlyInItsEditions(t *testing.T) {
	fs, err := england.Frameworks()
	require.NoError(t, err)
	for _, f := range fs {
		in := f.From().After(economy.MustDate("2013-03-31")) && f.To().Before(economy.MustDate("2016-10-01")) && !f.To().IsZero()
		names := map[string]bool{}
		for _, p := range f.Parameters() {
			names[p.Name] = true
		}
		rs, ok := f.RuleSet(england.ProviderIntervention)
		require.True(t, ok)
		entries := map[string]bool{}
		for _, e := range rs.Entries() {
			entries[e.Rule.Info().ID] = true
		}
		for _, name := range []string{"provider.tda_special_measures_min", "provider.tda_mandated_min", "provider.tda_investigation_min"} {
			assert.Equal(t, in, names[name], "%s: %s", f.ID(), name)
		}
		assert.Equal(t, in, entries["tda_strategic_intervention"], f.ID())
		if in {
			assert.Contains(t, tdaEditions, f.ID())
		}
	}
	assert.Len(t, tdaEditions, 10)
}

// Every threshold's default lies within its range (levels 1 to 5, and 6
// to switch a rung off), and says it is an interpretation of a source.
func TestTDAParameterDefaults(t *testing.T) {
	f, err := england.FrameworkByID("care2014")
	require.NoError(t, err)
	want := map[string]int64{"provider.tda_special_measures_min": 5, "provider.tda_mandated_min": 4, "provider.tda_investigation_min": 3}
	for _, p := range f.Parameters() {
		d, ok := want[p.Name]
		if !ok {
			continue
		}
		delete(want, p.Name)
		assert.Equal(t, strconv.FormatInt(d, 10), p.Default, p.Name)
		assert.NotEmpty(t, p.Interpretation, p.Name)
		assert.Contains(t, p.Citation.Note, "this library's reading", p.Name)
		assert.Equal(t, economy.CitationSupported, p.Citation.Status(), p.Name)
		assert.True(t, d >= 1 && d <= 6, p.Name)
	}
	assert.Empty(t, want, "thresholds not declared")
}

// Entering a rung through the TDA's escalation reports what it brings:
// special measures as the regulators' 2014 guide describes them; the
// intervention rungs by the TDA's category, for NHS trusts.
func TestTDABrings(t *testing.T) {
	f, err := england.FrameworkByID("care2014")
	require.NoError(t, err)
	day := economy.MustDate("2014-09-01")
	for _, tc := range []struct {
		level int
		want  string
	}{
		{5, "an improvement director, appointed by the NHS TDA or Monitor"},
		{4, "for an NHS trust at the NHS TDA's escalation level 4: strategic intervention"},
		{3, "for an NHS trust at the NHS TDA's escalation level 3: supporting intervention"},
	} {
		dec := tdaDecide(t, f, day, tdaTrust(economy.KindNHSTrust, day, tc.level))
		found := false
		for _, m := range dec.Brings {
			found = found || strings.Contains(m.What, tc.want)
			assert.NotEmpty(t, m.Citation.URL, m.What)
		}
		assert.True(t, found, "level %d brings %q", tc.level, tc.want)
	}
	g, err := england.FrameworkByID("sof2016")
	require.NoError(t, err)
	assert.Empty(t, g.Brings(economy.InvestigationConsidered), "the TDA's categories end with its framework")
}

// Each edition names the TDA's framework of the years its days meet: the
// 2013/14 framework (with HSJ's account of it) to March 2014, the 2014/15
// from April 2014, the 2015/16 from April 2015 to September 2016.
func TestTDAFrameworkSources(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want []int
	}{
		{"lic2013", []int{2013}},
		{"che2014", []int{2013, 2014}},
		{"care2014", []int{2014}},
		{"fsm2016", []int{2015}},
		{"sof2016", nil},
	} {
		f, err := england.FrameworkByID(tc.id)
		require.NoError(t, err)
		var years []int
		for _, c := range f.Sources() {
			if c.Issuer == "NHS Trust Development Authority" {
				years = append(years, c.Year)
			}
		}
		assert.Equal(t, tc.want, years, tc.id)
	}
}
