package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// everyKind is an area with one organisation of each kind the oversight
// regimes since 2019 may meet, and no other fact: an NHS trust, a
// foundation trust and an independent provider; a CCG, an ICB, a local
// authority and NHS England.
func everyKind() *economy.Economy {
	return &economy.Economy{ID: "every-kind", Name: "An area with every kind of organisation",
		Providers: []economy.Provider{
			{ID: "TR", Name: "An NHS trust", Kind: economy.KindNHSTrust, PeerGroup: "acute"},
			{ID: "FT", Name: "A foundation trust", Kind: economy.KindFoundationTrust, PeerGroup: "acute"},
			{ID: "IP", Name: "An independent provider", Kind: economy.KindIndependentPrivate},
		},
		Commissioners: []economy.Commissioner{
			{ID: "CCG", Name: "A CCG", Kind: economy.CCG},
			{ID: "ICB", Name: "An ICB", Kind: economy.ICB},
			{ID: "LA", Name: "A council", Kind: economy.Council},
			{ID: "NHSE", Name: "NHS England", Kind: economy.NHSEngland},
		},
	}
}

// walkDays are every seventh day from 22 August 2019, the last day of the
// Single Oversight Framework, to 31 March 2027, and every edition's first
// and last day in that span and the day before its first.
func walkDays(t *testing.T) []economy.Date {
	t.Helper()
	from, to := economy.MustDate("2019-08-22"), economy.MustDate("2027-03-31")
	seen := map[economy.Date]bool{}
	var days []economy.Date
	add := func(d economy.Date) {
		if !d.IsZero() && !d.Before(from) && !d.After(to) && !seen[d] {
			seen[d] = true
			days = append(days, d)
		}
	}
	for d := from; !d.After(to); d = d.AddDays(7) {
		add(d)
	}
	fs, err := england.Frameworks()
	require.NoError(t, err)
	for _, f := range fs {
		add(f.From())
		add(f.From().AddDays(-1))
		add(f.To())
	}
	add(to)
	return days
}

// TestEveryKindDecidedOrExplicitlyUnknown walks every week from August 2019
// to March 2027, and every edition boundary, and checks that each kind of
// organisation, and the area, gets a decision from a rule set in force,
// and that each decision is either made (Met: a regime, or a labelled
// "not subject" or "not segmented") or Unknown with a reason and the facts
// or judgements it lacks: never a silent pass, never a subject no rule
// set judges.
func TestEveryKindDecidedOrExplicitlyUnknown(t *testing.T) {
	lsc, err := cases.Load("lancashire_south_cumbria_2025")
	require.NoError(t, err)
	areas := []*economy.Economy{everyKind(), &lsc}
	require.NoError(t, areas[0].Validate())
	wantSubjects := []string{"provider TR", "provider FT", "provider IP", "commissioner CCG", "commissioner ICB",
		"commissioner LA", "commissioner NHSE", "economy every-kind"}
	days := walkDays(t)
	require.Greater(t, len(days), 390)
	for _, day := range days {
		f, err := england.InForce(day)
		require.NoError(t, err, day)
		for _, e := range areas {
			a, err := f.Assess(regime.NewEnv(e, day))
			require.NoError(t, err)
			judged := map[string]bool{}
			for _, d := range a.Decisions {
				judged[d.Subject.Kind.String()+" "+d.Subject.ID] = true
				switch d.Verdict {
				case regime.Met:
					_, ok := d.Ruling()
					assert.True(t, ok, "%s %s: met without a ruling", day, d.Subject.ID)
				case regime.Unknown:
					if !assert.NotEmpty(t, d.Outcome.Reason, "%s %s %s", day, f.ID(), d.Subject.ID) {
						continue
					}
					assert.NotEmpty(t, missingIn(d.Outcome), "%s %s: %s unknown without naming what is missing or pending:\n%s",
						day, f.ID(), d.Subject.ID, d.Text())
				default:
					t.Errorf("%s %s: %s %s: a rule set that matched no entry is a silent pass:\n%s", day, f.ID(), d.Subject.Kind, d.Subject.ID, d.Text())
				}
			}
			if e.ID != "every-kind" {
				continue
			}
			for _, s := range wantSubjects {
				assert.True(t, judged[s], "%s %s: no rule set judged %s", day, f.ID(), s)
			}
			if !day.Before(economy.MustDate("2019-08-23")) {
				rs, ok := f.RuleSet(england.EconomyIntervention)
				if assert.True(t, ok, "%s %s: no economy rule set", day, f.ID()) {
					assert.Equal(t, england.EconomyIntervention, rs.ID())
				}
			}
		}
	}
}
