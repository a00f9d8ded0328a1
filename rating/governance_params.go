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
	// CQCCompliance is the best rating a provider with an outstanding CQC
	// compliance action or requirement notice can have; CQCEnforcement,
	// with CQC enforcement action in force (a warning notice or worse).
	// Monitor incorporated CQC's views in the governance rating.
	CQCCompliance          GovernanceRating `json:"cqc_compliance"`
	CQCComplianceCitation  economy.Citation `json:"cqc_compliance_citation"`
	CQCEnforcement         GovernanceRating `json:"cqc_enforcement"`
	CQCEnforcementCitation economy.Citation `json:"cqc_enforcement_citation"`
}

// DefaultGovernanceParams returns the 2010/11-2012/13 rules of Monitor's
// Compliance Framework:
//
//   - weights (unverified): A&E 4 hours, the three RTT standards, cancer 62
//     days, ambulance Category A and the C. difficile objective 1.0 each;
//     cancer 31 days 0.5 (the first treatment figure, the one
//     economy.Performance holds) and cancer two week wait 0.5. The C.
//     difficile objective is among the targets (HSJ on Dudley, 2011);
//     diagnostics is not in the list;
//   - a target missed in a third consecutive quarter has its weight tripled
//     (HSJ on Central Manchester, 2011);
//   - score below 1 green (HSJ on East Lancashire, 2011, quoting the
//     trust's board: "less than one means a green rating"); 4 or more red:
//     Central Manchester's 3.0 tripled plus 1.0, exactly 4.0, "would
//     automatically" have been red (HSJ, 2011), which settles the edge
//     East Lancashire's "more than four" left open; the
//     amber-green/amber-red edge at 2 is unverified (1.5 was amber-green);
//   - an outstanding CQC compliance action: no better than amber-red (an
//     interpretation of HSJ on Dudley, 2011, where C. difficile and CQC
//     compliance actions gave amber-red); CQC enforcement action: red
//     (unverified).
func DefaultGovernanceParams() GovernanceParams {
	w := func(id StandardID, v string) GovernanceTarget {
		return GovernanceTarget{Standard: id, Weight: decimal.RequireFromString(v),
			Citation: unverified("Compliance Framework", "Monitor", 2012, "governance risk rating, targets and weights", "")}
	}
	edge := unverified("Compliance Framework", "Monitor", 2012, "governance risk rating, thresholds", "")
	red := citeGovCentralManchester
	red.Note = "a service performance score of exactly 4.0 (A&E missed three quarters running, tripled to 3.0, and a cancer target, 1.0) 'would automatically' have made the rating red"
	green := citeGovEastLancs
	green.Note = "\"less than one means a green rating\""
	cdiff := w(StdCDifficile, "1.0")
	cdiff.Citation = citeGovDudley
	cdiff.Citation.Note += "; the weight 1.0 is unverified"
	compliance := citeGovDudley
	compliance.Note += "; read here as: an outstanding compliance action holds the rating at amber-red or worse (an interpretation)"
	return GovernanceParams{
		Targets: []GovernanceTarget{
			w(StdAE4Hours, "1.0"), w(StdRTTAdmitted, "1.0"), w(StdRTTNonAdmitted, "1.0"), w(StdRTTIncomplete, "1.0"),
			w(StdCancer62Day, "1.0"), w(StdCancer31Day, "0.5"), w(StdCancer2WeekWait, "0.5"), w(StdAmbulanceCatA8Min, "1.0"),
			cdiff,
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
		Standards:              DefaultStandardsParams(),
		CQCCompliance:          GovernanceAmberRed,
		CQCComplianceCitation:  compliance,
		CQCEnforcement:         GovernanceRed,
		CQCEnforcementCitation: unverified("Compliance Framework", "Monitor", 2012, "governance risk rating: CQC enforcement action", "read as a red rating"),
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
	fillZero(&p.CQCCompliance, GovernanceAmberRed)
	fill(&p.CQCComplianceCitation, zeroCitation, func() economy.Citation { return d().CQCComplianceCitation })
	fillZero(&p.CQCEnforcement, GovernanceRed)
	fill(&p.CQCEnforcementCitation, zeroCitation, func() economy.Citation { return d().CQCEnforcementCitation })
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
