package economy_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/synth"
)

// Everything in the rich fixture is known by 2100: AsOf keeps it all.
func TestAsOfKeepsWhatWasKnown(t *testing.T) {
	e := rich()
	got := economy.AsOf(&e, date("2100-12-31"))
	assert.True(t, economy.Equal(e, got), "nothing may be lost")
}

// AsOf leaves its input as it was; when everything was known it copies
// nothing, and when something was not, it copies only what changed.
func TestAsOfCopiesOnlyWhatChanged(t *testing.T) {
	e := rich()
	before, err := json.Marshal(e)
	require.NoError(t, err)
	early := economy.AsOf(&e, date("2015-01-01"))
	after, err := json.Marshal(e)
	require.NoError(t, err)
	assert.JSONEq(t, string(before), string(after), "AsOf changed its input")
	assert.False(t, economy.Equal(e, early))

	all := economy.AsOf(&e, date("2100-12-31"))
	assert.Same(t, &e.Providers[0], &all.Providers[0], "nothing to strip: shared")
	assert.Same(t, &e.Commissioners[0], &all.Commissioners[0])
	assert.NotSame(t, &e.Providers[0], &early.Providers[0], "stripped: copied")
}

// Idempotent, and taking an earlier day of a later copy is the same as
// taking the earlier day at once: what is known only grows.
func TestAsOfComposes(t *testing.T) {
	e := rich()
	days := []string{"2013-01-01", "2014-04-03", "2015-04-01", "2015-06-10", "2016-01-01", "2016-07-21", "2018-01-01", "2022-01-01"}
	for i, d1 := range days {
		a := economy.AsOf(&e, date(d1))
		assert.True(t, economy.Equal(a, economy.AsOf(&a, date(d1))), "idempotent on %s", d1)
		for _, d2 := range days[i:] {
			b := economy.AsOf(&e, date(d2))
			assert.True(t, economy.Equal(a, economy.AsOf(&b, date(d1))), "%s of %s", d1, d2)
		}
	}
}

func TestAsOfDropsLaterFacts(t *testing.T) {
	fy15 := economy.FinancialYear(2015)
	e := economy.Economy{
		ID: "x", Name: "x",
		Providers: []economy.Provider{{
			ID: "RFT", Kind: economy.KindFoundationTrust, Authorised: date("2016-01-01"),
			Accounts: []economy.Accounts{{
				Period: fy15, Surplus: money("-5"), PlannedSurplus: money("1"), ForecastSurplus: money("-4"),
				ControlTotal: money("-2"), Published: date("2016-06-10"),
				ControlTotalEvents: []economy.ControlTotalEvent{
					{Date: date("2015-05-01"), Status: economy.ControlTotalAccepted},
					{Date: date("2016-06-10"), Status: economy.ControlTotalMissed},
				},
			}},
			Inspections: []economy.Inspection{{
				Scope: economy.ScopeProvider, Started: date("2015-09-01"), Published: date("2016-02-01"),
				Overall: economy.Inadequate, RecommendsSpecialMeasures: ptr(true),
			}},
			Performance: []economy.Performance{{Period: economy.Period{From: date("2015-04-01"), To: date("2015-06-30")}, AE4Hours: money("90")}},
			Governance: economy.Governance{Spells: []economy.Spell{
				{Regime: economy.QualitySpecialMeasures, Start: date("2016-02-01"), End: date("2017-03-01"), EndNote: "month only"},
			}},
			Ratings: []economy.PublishedRating{{Scheme: economy.MonitorCoSRR, Period: fy15, Published: date("2016-02-01"), Value: "1"}},
		}},
		Commissioners: []economy.Commissioner{{
			ID: "C", Kind: economy.CCG,
			Finance:    []economy.CommissionerFinance{{Period: fy15, Surplus: money("-3"), PlannedSurplus: money("0"), Allocation: money("100")}},
			Directions: []economy.Direction{{Issued: date("2015-10-01"), Revoked: date("2016-10-01")}},
		}},
	}

	on := func(d string) economy.Economy { return economy.AsOf(&e, date(d)) }

	d := on("2015-06-30")
	p := d.Providers[0]
	assert.Equal(t, economy.KindNHSTrust, p.Kind, "not yet authorised")
	assert.True(t, p.Authorised.IsZero())
	require.Len(t, p.Accounts, 1)
	assert.False(t, p.Accounts[0].Surplus.Valid, "the year's outturn is not known in year")
	assert.Equal(t, "-4", p.Accounts[0].ForecastSurplus.Decimal.String(), "the forecast is")
	assert.Equal(t, "1", p.Accounts[0].PlannedSurplus.Decimal.String(), "and the plan")
	assert.Len(t, p.Accounts[0].ControlTotalEvents, 1)
	assert.Empty(t, p.Inspections, "not started")
	assert.Empty(t, p.Performance, "the quarter ends today: its figures are not known")
	assert.Empty(t, p.Governance.Spells)
	assert.Empty(t, p.Ratings)
	assert.Empty(t, d.Commissioners[0].Directions)
	assert.False(t, d.Commissioners[0].Finance[0].Surplus.Valid)
	assert.Equal(t, "100", d.Commissioners[0].Finance[0].Allocation.Decimal.String())

	d = on("2015-12-01")
	p = d.Providers[0]
	require.Len(t, p.Inspections, 1)
	assert.True(t, p.Inspections[0].Pending, "started, not published: pending")
	assert.Equal(t, economy.CQCRatingUnknown, p.Inspections[0].Overall)
	assert.Nil(t, p.Inspections[0].RecommendsSpecialMeasures)
	assert.Len(t, p.Performance, 1)
	require.Len(t, d.Commissioners[0].Directions, 1)
	assert.True(t, d.Commissioners[0].Directions[0].Revoked.IsZero(), "still in force then")

	d = on("2016-04-01")
	p = d.Providers[0]
	assert.Equal(t, economy.KindFoundationTrust, p.Kind)
	assert.False(t, p.Accounts[0].Surplus.Valid, "published 10 June: not yet known on 1 April")
	assert.True(t, d.Commissioners[0].Finance[0].Surplus.Valid, "no publication day: known the day after the year")
	require.Len(t, p.Governance.Spells, 1)
	assert.True(t, p.Governance.Spells[0].End.IsZero(), "the spell had not ended")
	assert.Empty(t, p.Governance.Spells[0].EndNote)
	assert.Equal(t, economy.Inadequate, p.Inspections[0].Overall)
	assert.Len(t, p.Ratings, 1)

	d = on("2016-06-10")
	assert.Equal(t, "-5", d.Providers[0].Accounts[0].Surplus.Decimal.String(), "known the day it was published")
	assert.Len(t, d.Providers[0].Accounts[0].ControlTotalEvents, 2)
}

// On synthetic economies whose facts run past the day: nothing dated after
// the day survives, nothing dated before it is lost, and AsOf composes.
func TestAsOfSynthetic(t *testing.T) {
	es, err := synth.Generate(3, synth.Config{Economies: 4, Providers: 40, Commissioners: 20, Date: date("2019-03-31"), Years: 8})
	require.NoError(t, err)
	for _, day := range []string{"2012-06-30", "2014-04-01", "2016-07-21", "2018-01-01"} {
		d := date(day)
		for i := range es {
			got := economy.AsOf(&es[i], d)
			for _, p := range got.Providers {
				for _, s := range p.Governance.Spells {
					assert.False(t, s.Start.After(d) || s.End.After(d), "%s spell %v", day, s)
				}
				for _, in := range p.Inspections {
					assert.False(t, in.Published.After(d), "%s inspection %v", day, in)
					assert.False(t, in.Started.After(d))
				}
				for _, a := range p.Accounts {
					assert.True(t, a.FiguresKnown(d) || !a.Surplus.Valid, "%s outturn of %s", day, a.Period)
				}
				for _, x := range p.Performance {
					assert.True(t, x.Period.To.Before(d))
				}
			}
			n := 0
			for _, p := range es[i].Providers {
				for _, s := range p.Governance.Spells {
					if !s.Start.After(d) {
						n++
					}
				}
			}
			m := 0
			for _, p := range got.Providers {
				m += len(p.Governance.Spells)
			}
			assert.Equal(t, n, m, "%s: every spell begun by the day is kept", day)
			assert.True(t, economy.Equal(got, economy.AsOf(&got, d)), "idempotent")
			require.NoError(t, got.Validate(), "still valid")
		}
	}
}
