package england_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// provFuzzProvider builds a provider from fuzz bytes: kind, judgements,
// spells, an inspection (maybe pending, maybe recommending), and accounts
// with a control total.
func provFuzzProvider(b []byte) *economy.Provider {
	at := func(i int) byte {
		if i < len(b) {
			return b[i]
		}
		return 0
	}
	ptr := func(x byte) *bool {
		switch x % 3 {
		case 1:
			v := true
			return &v
		case 2:
			v := false
			return &v
		}
		return nil
	}
	p := &economy.Provider{ID: "RFZ", Kind: economy.ProviderKind(at(0) % 8)}
	p.Governance.UnableToPayDebts, p.Governance.SeriousQualityFailure = ptr(at(1)), ptr(at(2))
	p.Governance.CatastrophicFailure, p.Governance.LowCapability = ptr(at(3)), ptr(at(4))
	if at(5)%2 == 1 {
		p.Governance.Spells = append(p.Governance.Spells, economy.Spell{Regime: economy.Regime(at(6) % 14), Start: economy.MakeDate(2008+int(at(7)%19), 1, 1)})
	}
	if at(8)%2 == 1 {
		p.Inspections = append(p.Inspections, economy.Inspection{Scope: economy.InspectionScope(at(9) % 4),
			Started: economy.MakeDate(2013+int(at(10)%13), 2, 1), Published: economy.MakeDate(2013+int(at(10)%13), 3, 1),
			Pending: at(11)%4 == 0, RecommendsSpecialMeasures: ptr(at(12)),
			Ratings: economy.KeyQuestionRatings{Safe: economy.CQCRating(at(13) % 6), WellLed: economy.CQCRating(at(14) % 6), Responsive: economy.CQCRating(at(15) % 6)}})
	}
	if at(16)%2 == 1 {
		a := economy.Accounts{Period: economy.FinancialYear(2008 + int(at(17)%19))}
		a.ControlTotalEvents = []economy.ControlTotalEvent{{Date: a.Period.From, Status: economy.ControlTotalStatus(at(18) % 7)}}
		if at(19)%2 == 1 {
			a.ControlTotal = decimal.NewNullDecimal(decimal.NewFromInt(int64(int8(at(20)))))
			a.ForecastSurplus = decimal.NewNullDecimal(decimal.NewFromInt(int64(int8(at(21)))))
			a.Surplus = decimal.NewNullDecimal(decimal.NewFromInt(int64(int8(at(22)))))
		}
		p.Accounts = append(p.Accounts, a)
	}
	return p
}

// FuzzProviderIntervention: random facts in any edition never panic, the
// verdict path agrees with the decision, deciding twice gives the same
// decision, and it is in proportion to the facts (checkProportionate).
func FuzzProviderIntervention(f *testing.F) {
	f.Add([]byte{}, uint8(0))                                                                        // no facts at all
	f.Add([]byte{1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1}, uint8(3))                                   // NHS trust judged unable to pay debts, recommended for special measures
	f.Add([]byte{2, 0, 0, 0, 0, 1, 4, 7, 1, 1, 5, 0, 0, 4, 4, 4}, uint8(12))                         // FT in a spell, pending inspection
	f.Add([]byte{2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 8, 1, 1, 200, 10, 5}, uint8(14)) // control total missed
	fs, err := england.Frameworks()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, b []byte, which uint8) {
		fw := fs[int(which)%len(fs)]
		rs, _ := fw.RuleSet(england.ProviderIntervention)
		p := provFuzzProvider(b)
		date := fw.From()
		env := regime.NewEnv(nil, date).WithParams(fw)
		s := regime.ProviderSubject(p)
		kenv, ks := env.Known(s) // the facts Decide reads: none from after the date
		_, v := rs.Match(&kenv, ks)
		dec, err := fw.Decide(regime.NewEnv(nil, date), england.ProviderIntervention, s)
		require.NoError(t, err)
		require.Equal(t, v, dec.Verdict, "Match agrees with Decide")
		again, _ := fw.Decide(regime.NewEnv(nil, date), england.ProviderIntervention, s)
		require.True(t, dec.Equal(again))
		j, err := dec.JSON()
		require.NoError(t, err)
		checkProportionate(t, fw.ID(), j, len(b))
	})
}
