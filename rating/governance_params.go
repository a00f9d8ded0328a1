package rating

import (
	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// GovernanceTarget is a national target in the governance risk rating's
// service performance score, and the weight a failure adds.
type GovernanceTarget struct {
	Standard StandardID       `json:"standard"`
	Weight   decimal.Decimal  `json:"weight"`
	Citation economy.Citation `json:"citation"`
}

// GovernanceParams are the Compliance Framework's governance risk rating
// rules. The zero value means the defaults of [DefaultGovernanceParams],
// and so does each field left unset: nil Targets (a non-nil empty list
// means no targets), a zero RepeatQuarters, RepeatFactor or citation, a
// table without cuts, and zero Standards.
type GovernanceParams struct {
	Targets []GovernanceTarget `json:"targets"`
	// RepeatQuarters is how many consecutive quarters a target must be
	// missed (the rated one included) before its weight is multiplied by
	// RepeatFactor.
	RepeatQuarters int              `json:"repeat_quarters"`
	RepeatFactor   decimal.Decimal  `json:"repeat_factor"`
	RepeatCitation economy.Citation `json:"repeat_citation"`
	// Bands turn the service performance score into a rating; lower is
	// better.
	Bands Bands `json:"bands"`
	// Standards judge a provider's figures when the rating is read from
	// economy.Performance.
	Standards StandardsParams `json:"standards"`
}

// DefaultGovernanceParams returns the 2010/11-2012/13 rules of Monitor's
// Compliance Framework:
//
//   - weights (FROM MEMORY): A&E 4 hours, the three RTT standards, cancer 62
//     days and ambulance Category A 1.0 each; cancer 31 days 0.5 (the first
//     treatment figure, the one economy.Performance holds) and cancer two
//     week wait 0.5. Diagnostics is not in the recalled list;
//   - a target missed in a third consecutive quarter has its weight tripled
//     (VERIFIED, HSJ on Central Manchester 2011);
//   - score < 1 green (VERIFIED, HSJ on East Lancashire 2011); < 2
//     amber-green (edge FROM MEMORY; 1.5 amber-green VERIFIED); < 4
//     amber-red (FROM MEMORY); 4 or more red ("more than four" VERIFIED;
//     that exactly 4.0 is red is FROM MEMORY: set the last cut Inclusive to
//     make it amber-red).
func DefaultGovernanceParams() GovernanceParams {
	w := func(id StandardID, v string) GovernanceTarget {
		return GovernanceTarget{Standard: id, Weight: decimal.RequireFromString(v),
			Citation: unverified("Compliance Framework", "Monitor", 2012, "governance risk rating, targets and weights", "")}
	}
	edge := unverified("Compliance Framework", "Monitor", 2012, "governance risk rating, thresholds", "")
	red := citeGovEastLancs
	red.Verified = false
	red.Note = "\"more than four means a red rating\" verified; exactly 4.0 as red " + fromMemory
	green := citeGovEastLancs
	green.Note = "\"less than one means a green rating\""
	return GovernanceParams{
		Targets: []GovernanceTarget{
			w(StdAE4Hours, "1.0"), w(StdRTTAdmitted, "1.0"), w(StdRTTNonAdmitted, "1.0"), w(StdRTTIncomplete, "1.0"),
			w(StdCancer62Day, "1.0"), w(StdCancer31Day, "0.5"), w(StdCancer2WeekWait, "0.5"), w(StdAmbulanceCatA8Min, "1.0"),
		},
		RepeatQuarters: 3,
		RepeatFactor:   decimal.NewFromInt(3),
		RepeatCitation: citeGovCentralManchester,
		Bands: Bands{
			Metric: "service performance score", HigherIsBetter: false, Floor: uint8(GovernanceRed), Citation: edge,
			Cuts: []Cut{
				{Score: uint8(GovernanceGreen), At: decimal.NewFromInt(1), Citation: citep(green)},
				{Score: uint8(GovernanceAmberGreen), At: decimal.NewFromInt(2)},
				{Score: uint8(GovernanceAmberRed), At: decimal.NewFromInt(4), Citation: citep(red)},
			},
		},
		Standards: DefaultStandardsParams(),
	}
}

// withDefaults fills the fields left unset with those of
// DefaultGovernanceParams.
func (p GovernanceParams) withDefaults() GovernanceParams {
	d := lazy(DefaultGovernanceParams)
	fill(&p.Targets, isNil, func() []GovernanceTarget { return d().Targets })
	fillZero(&p.RepeatQuarters, 3)
	fill(&p.RepeatFactor, zeroDecimal, func() decimal.Decimal { return d().RepeatFactor })
	fill(&p.RepeatCitation, zeroCitation, func() economy.Citation { return d().RepeatCitation })
	fill(&p.Bands, noCuts, func() Bands { return d().Bands })
	p.Standards = p.Standards.withDefaults()
	return p
}

// Validate reports whether p, after defaults are filled in, can rate.
func (p GovernanceParams) Validate() error {
	p = p.withDefaults()
	if err := p.Bands.Validate(); err != nil {
		return err
	}
	if p.RepeatQuarters < 1 || p.RepeatFactor.LessThan(decimal.NewFromInt(1)) {
		return &TableError{Metric: "governance repeat rule", Problems: []string{"repeat quarters and factor must be at least 1"}}
	}
	for _, t := range p.Targets {
		if t.Weight.IsNegative() {
			return &TableError{Metric: string(t.Standard), Problems: []string{"weight must not be negative"}}
		}
	}
	return nil
}
