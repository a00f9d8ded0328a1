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

// provDecide decides one provider of a real case with the provider
// intervention rule set of the edition id, on decision and facts dates.
func provDecide(t *testing.T, id, caseName, providerID, decision, facts string) regime.Decision {
	t.Helper()
	f, err := england.FrameworkByID(id)
	require.NoError(t, err)
	e, err := cases.Load(caseName)
	require.NoError(t, err)
	p, ok := e.Provider(providerID)
	require.True(t, ok, providerID)
	env := regime.NewEnv(&e, provDate(decision)).WithFactsDate(provDate(facts))
	dec, err := f.Decide(env, england.ProviderIntervention, regime.ProviderSubject(p))
	require.NoError(t, err)
	return dec
}

// provEntry returns the outcome of the rule set entry id.
func provEntry(t *testing.T, dec regime.Decision, id string) regime.Outcome {
	t.Helper()
	for _, o := range dec.Outcome.Children {
		if o.ID == id {
			return o
		}
	}
	require.Failf(t, "no entry", "%s not evaluated in %s", id, dec.Outcome.Reason)
	return regime.Outcome{}
}

// The 11 trusts placed in special measures on 16 July 2013 on the Keogh
// review's recommendation are eligible under sm2013; the 3 reviewed but
// not placed are not (NotMet, not Unknown).
func TestKeoghTrusts2013(t *testing.T) {
	e, err := cases.Load("keogh_2013")
	require.NoError(t, err)
	notPlaced := map[string]bool{"colchester-ft": true, "dudley-ft": true, "blackpool-ft": true}
	require.Len(t, e.Providers, 14)
	for _, p := range e.Providers {
		t.Run(p.ID, func(t *testing.T) {
			dec := provDecide(t, "sm2013", "keogh_2013", p.ID, "2013-07-16", "2013-07-16")
			qsm := provEntry(t, dec, "quality_special_measures")
			if notPlaced[p.ID] {
				assert.Equal(t, regime.NotMet, qsm.Verdict, qsm.Reason)
				_, chosen := dec.Ruling()
				if chosen {
					r, _ := dec.Ruling()
					assert.NotEqual(t, economy.QualitySpecialMeasures, r.Regime)
				}
				return
			}
			assert.Equal(t, regime.Met, qsm.Verdict, qsm.Reason)
			r, ok := dec.Ruling()
			require.True(t, ok, dec.Outcome.Reason)
			assert.Equal(t, economy.QualitySpecialMeasures, r.Regime)
			assert.Equal(t, economy.IntensitySpecial, r.Intensity)
		})
	}
	// The Keogh review is no ground the day before the regime began: the
	// lic2013 edition has no quality special measures.
	dec := provDecide(t, "lic2013", "keogh_2013", "RNL", "2013-07-15", "2013-07-16")
	for _, o := range dec.Outcome.Children {
		assert.NotEqual(t, "quality_special_measures", o.ID)
	}
}

// South London Healthcare NHS Trust: eligible for special administration
// under cf2011 on the day of the order.
func TestSouthLondonHealthcare2012Administration(t *testing.T) {
	dec := provDecide(t, "cf2011", "south_london_2012", "RYQ", "2012-07-12", "2012-07-12")
	r, ok := dec.Ruling()
	require.True(t, ok, dec.Outcome.Reason)
	assert.Equal(t, economy.TrustSpecialAdministration, r.Regime)
	assert.Equal(t, economy.IntensityFailure, r.Intensity)
	tsa := provEntry(t, dec, "trust_special_administration")
	assert.Contains(t, tsa.Children[1].Reason, "s.65B")
	// Once the administrator is in post, the spell says so, with the
	// draft report's deadline (45 working days before the extension).
	dec = provDecide(t, "cf2011", "south_london_2012", "RYQ", "2012-07-16", "2012-07-16")
	tsa = provEntry(t, dec, "trust_special_administration")
	assert.Contains(t, tsa.Children[0].Reason, "draft report due by 2012-09-17")
}

// Mid Staffordshire NHS FT: eligible under hsca2012 (any foundation trust
// from 1 November 2012) and under lic2013, in force when it happened.
func TestMidStaffordshire2013(t *testing.T) {
	for _, id := range []string{"hsca2012", "lic2013"} {
		for _, day := range []string{"2013-04-15", "2013-04-16"} {
			t.Run(id+" "+day, func(t *testing.T) {
				dec := provDecide(t, id, "mid_staffordshire_2013", "mid-staffordshire-ft", day, day)
				r, ok := dec.Ruling()
				require.True(t, ok, dec.Outcome.Reason)
				assert.Equal(t, economy.TrustSpecialAdministration, r.Regime)
			})
		}
	}
}

// The first financial special measures trusts meet the control total
// criterion on the day they were named; a trust in surplus that agreed its
// control total does not. The record read does not date the refusals
// before that day, so on the eve the criterion is unknown, not a pass.
func TestFinancialSpecialMeasures2016(t *testing.T) {
	for _, id := range []string{"barts-health", "croydon-health-services", "maidstone-and-tunbridge-wells", "norfolk-and-norwich-ft", "north-bristol"} {
		t.Run(id, func(t *testing.T) {
			fsm := fsmEntry(t, id, "2016-07-21")
			assert.Equal(t, regime.Met, fsm.Verdict, fsm.Reason)
			assert.Equal(t, regime.Met, fsm.Children[0].Verdict, "in the spell from the day")
			assert.Equal(t, regime.Met, fsm.Children[1].Verdict)

			eve := fsmEntry(t, id, "2016-07-20")
			assert.Equal(t, regime.Unknown, eve.Verdict, eve.Reason)
			assert.Equal(t, regime.NotMet, eve.Children[0].Verdict, "not yet in the spell on the eve")
			assert.Equal(t, []string{"accounts.control_total_events"}, eve.Children[1].Missing)
		})
	}
	// Barts was already in quality special measures (March 2015), which
	// the ladder ranks above finance: its decision is quality special
	// measures, with the financial entry met beneath it.
	dec := provDecide(t, "fsm2016", "financial_special_measures_2016", "barts-health", "2016-07-21", "2016-07-21")
	r, ok := dec.Ruling()
	require.True(t, ok, dec.Text())
	assert.Equal(t, economy.QualitySpecialMeasures, r.Regime)

	assert.Equal(t, regime.NotMet, fsmEntry(t, "illustrative-surplus-trust", "2016-07-20").Verdict)
}

// fsmEntry explains the financial special measures entry of fsm2016 on its
// own for trust id, with the facts of factsDate: the ladder stops at a
// more intensive entry, and this entry must be checked whatever stands
// above it.
func fsmEntry(t *testing.T, id, factsDate string) regime.Outcome {
	t.Helper()
	f, err := england.FrameworkByID("fsm2016")
	require.NoError(t, err)
	rs, ok := f.RuleSet(england.ProviderIntervention)
	require.True(t, ok)
	e, err := cases.Load("financial_special_measures_2016")
	require.NoError(t, err)
	p, ok := e.Provider(id)
	require.True(t, ok)
	env := regime.NewEnv(&e, economy.MustDate("2016-07-21")).WithFactsDate(economy.MustDate(factsDate)).WithParams(f)
	for _, entry := range rs.Entries() {
		if entry.Rule.Info().ID == "financial_special_measures" {
			return entry.Rule.Explain(&env, regime.ProviderSubject(p))
		}
	}
	require.Fail(t, "fsm2016 has no financial_special_measures entry")
	return regime.Outcome{}
}

// A provider with no facts at all is Unknown, never routine oversight, in
// every edition. An independent provider is routine oversight only under
// a provider licence it holds (from 1 April 2014); before the licence, or
// when the facts do not say whether it held one, it is Unknown, naming
// the oversight not encoded or the missing fact.
func TestProviderInterventionNoFacts(t *testing.T) {
	fs, err := england.Frameworks()
	require.NoError(t, err)
	licensed, unknown := true, (*bool)(nil)
	for _, f := range fs {
		t.Run(f.ID(), func(t *testing.T) {
			rs, ok := f.RuleSet(england.ProviderIntervention)
			require.True(t, ok)
			env := regime.NewEnv(nil, f.From())
			dec, err := f.Decide(env, rs.ID(), regime.ProviderSubject(&economy.Provider{ID: "X"}))
			require.NoError(t, err)
			assert.Equal(t, regime.Unknown, dec.Verdict)
			licenceEra := !f.From().Before(economy.MustDate("2014-04-01"))
			for _, held := range []*bool{unknown, &licensed} {
				ip := &economy.Provider{ID: "IP", Kind: economy.KindIndependentPrivate, Licensed: held}
				dec, err = f.Decide(env, rs.ID(), regime.ProviderSubject(ip))
				require.NoError(t, err)
				last := dec.Outcome.Children[len(dec.Outcome.Children)-1]
				switch {
				case !licenceEra:
					assert.Equal(t, regime.Unknown, dec.Verdict, dec.Text())
					assert.Contains(t, outcomeMissing(last), "oversight of an independent_private before the provider licence: CQC registration (not encoded)")
				case held == nil:
					assert.Equal(t, regime.Unknown, dec.Verdict, dec.Text())
					assert.Contains(t, outcomeMissing(last), "provider.licensed")
				default:
					r, ok := dec.Ruling()
					require.True(t, ok, dec.Outcome.Reason)
					assert.Equal(t, economy.RoutineOversight, r.Regime)
					assert.Contains(t, last.Reason, "under its provider licence")
				}
			}
		})
	}
}
