package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The commissioner ladder from July 2021: the Recovery Support Programme
// in place of CCG special measures (NHS England, "NHS Oversight"), legal
// directions to ICBs under s.14Z61 when NHS England is satisfied an ICB
// is failing or at risk of failing (NHS enforcement guidance, §1.1), and
// mandated support for segment 3 or an ICB's undertakings.
func TestCommissionerLadderFromJuly2021(t *testing.T) {
	fy20, fy21, fy22 := economy.FinancialYear(2020), economy.FinancialYear(2021), economy.FinancialYear(2022)
	good := seg(economy.CCGAssurance, "good", fy20, "2021-07-15")
	icb := func(f func(c *economy.Commissioner)) *economy.Commissioner {
		c := &economy.Commissioner{ID: "QXX", Name: "NHS Test ICB", Kind: economy.ICB}
		if f != nil {
			f(c)
		}
		return c
	}
	icbSeg := func(v string) func(c *economy.Commissioner) {
		return func(c *economy.Commissioner) {
			c.Ratings = []economy.PublishedRating{seg(economy.ICBSegment, v, fy22, "2023-05-01")}
		}
	}
	const pending = england.ICBFailingFact + ":QXX"
	tests := []struct {
		name        string
		give        *economy.Commissioner
		date        string
		assume      []regime.Assumption
		wantVerdict regime.Verdict
		wantEntry   string
		wantRegime  economy.Regime
		wantReason  string
	}{
		{"CCG in the RSP, 2021/22", &economy.Commissioner{ID: "C", Kind: economy.CCG, Ratings: []economy.PublishedRating{good}, Spells: rspSpell("2021-08-31")}, "2021-09-01", nil,
			regime.Met, "commissioner_recovery_support", economy.RecoverySupportProgramme, "in recovery_support_programme since 2021-08-31"},
		{"CCG in segment 4, 2021/22", &economy.Commissioner{ID: "C", Kind: economy.CCG,
			Ratings: []economy.PublishedRating{good, seg(economy.NOFSegment, "4", fy21, "2021-08-31")}}, "2021-09-01", nil,
			regime.Met, "commissioner_recovery_support", economy.RecoverySupportProgramme, ""},
		{"CCG in segment 3, rated good: mandated support", &economy.Commissioner{ID: "C", Kind: economy.CCG,
			Ratings: []economy.PublishedRating{good, seg(economy.NOFSegment, "3", fy21, "2021-08-31")}}, "2021-09-01", nil,
			regime.Met, "commissioner_mandated_support", economy.MandatedSupport, ""},
		{"CCG after 30 June 2022", &economy.Commissioner{ID: "C", Kind: economy.CCG}, "2022-07-01", nil,
			regime.Met, "commissioner_not_subject", economy.RegimeUnknown, "CCGs were closed down on 1 July 2022"},
		{"ICB in segment 4", icb(icbSeg("4")), "2023-06-01", nil,
			regime.Met, "commissioner_recovery_support", economy.RecoverySupportProgramme, ""},
		{"ICB in segment 2: no sign of failure", icb(icbSeg("2")), "2023-06-01", nil,
			regime.Met, "routine_assurance", economy.CommissionerAssurance, "shows no sign that it is failing"},
		{"ICB in segment 3: NHS England's judgement decides", icb(icbSeg("3")), "2023-06-01", nil,
			regime.Unknown, "", economy.RegimeUnknown, "a judgement not in the facts"},
		{"ICB in segment 3, judged failing: directions", icb(icbSeg("3")), "2023-06-01", []regime.Assumption{{Name: pending, Value: "yes"}},
			regime.Met, "legal_directions", economy.LegalDirections, "assumed: NHS England is satisfied"},
		{"ICB in segment 3, not judged failing: mandated support", icb(icbSeg("3")), "2023-06-01", []regime.Assumption{{Name: pending, Value: "no"}},
			regime.Met, "commissioner_mandated_support", economy.MandatedSupport, ""},
		{"ICB with undertakings, in segment 2", icb(func(c *economy.Commissioner) {
			icbSeg("2")(c)
			c.Spells = []economy.Spell{{Regime: economy.EnforcementUndertakings, Start: economy.MustDate("2023-07-01"), Source: testSource}}
		}), "2023-08-01", []regime.Assumption{{Name: pending, Value: "no"}},
			regime.Met, "commissioner_mandated_support", economy.MandatedSupport, "in enforcement_undertakings since 2023-07-01"},
		{"ICB in 2025/26: not segmented, the judgement open", icb(icbSeg("2")), "2025-09-01", nil,
			regime.Unknown, "", economy.RegimeUnknown, "ICBs were not segmented in 2025/26"},
		{"ICB in 2025/26, not judged failing: routine", icb(nil), "2025-09-01", []regime.Assumption{{Name: pending, Value: "no"}},
			regime.Met, "routine_assurance", economy.CommissionerAssurance, ""},
		{"ICB in 2025/26 in the RSP", icb(func(c *economy.Commissioner) { c.Spells = rspSpell("2021-07-31") }), "2025-09-01", nil,
			regime.Met, "commissioner_recovery_support", economy.RecoverySupportProgramme, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := commissionerDecisionAssuming(t, tt.give, tt.date, tt.assume...)
			require.Equal(t, tt.wantVerdict, d.Verdict, d.Text())
			if tt.wantVerdict == regime.Met {
				assert.Equal(t, tt.wantEntry, chosenEntry(d))
				r, _ := d.Ruling()
				assert.Equal(t, tt.wantRegime, r.Regime)
			} else {
				assert.Len(t, d.Scenarios, 2, "yes and no")
			}
			if tt.wantReason != "" {
				assert.Contains(t, d.Text(), tt.wantReason)
			}
		})
	}
	// No CCG special measures once the RSP replaced them.
	for _, id := range []string{"sof2021", "nof2022", "nof2025", "nof2026"} {
		f, err := england.FrameworkByID(id)
		require.NoError(t, err)
		rs, ok := f.RuleSet(england.CommissionerIntervention)
		require.True(t, ok)
		for _, e := range rs.Entries() {
			assert.NotEqual(t, "ccg_special_measures", e.Rule.Info().ID, id)
		}
	}
}

func commissionerDecisionAssuming(t *testing.T, c *economy.Commissioner, date string, as ...regime.Assumption) regime.Decision {
	t.Helper()
	e := &economy.Economy{ID: "X", Commissioners: []economy.Commissioner{*c}}
	return decideOn(t, england.CommissionerIntervention, regime.CommissionerSubject(&e.Commissioners[0]), e, date, as...)
}
