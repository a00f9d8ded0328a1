package rating

import (
	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// StandardID names an operational standard. Each ID reads one figure of
// [economy.Performance].
type StandardID string

// The operational standards this library knows, with the Performance field
// each one reads.
const (
	StdAE4Hours          StandardID = "ae_4_hours"                // AE4Hours
	StdRTTIncomplete     StandardID = "rtt_incomplete_18_weeks"   // RTTIncomplete18Weeks
	StdRTTAdmitted       StandardID = "rtt_admitted_18_weeks"     // RTTAdmitted18Weeks
	StdRTTNonAdmitted    StandardID = "rtt_non_admitted_18_weeks" // RTTNonAdmitted18Wks
	StdCancer2WeekWait   StandardID = "cancer_2_week_wait"        // Cancer2WeekWait
	StdCancer31Day       StandardID = "cancer_31_day"             // Cancer31Day
	StdCancer62Day       StandardID = "cancer_62_day"             // Cancer62Day
	StdCancer28DayFDS    StandardID = "cancer_28_day_fds"         // Cancer28DayFDS
	StdDiagnostics6Weeks StandardID = "diagnostics_over_6_weeks"  // DiagnosticsOver6Wks, lower is better
	StdAmbulanceCatA8Min StandardID = "ambulance_cat_a_8_minutes" // AmbulanceCatA8Min
	// StdCDifficile is the C. difficile objective: cases at or below the
	// objective for the period (CDifficileCases, CDifficileObjective). It
	// is a target of the Compliance Framework's governance rating, not an
	// operational standard, so it is not among DefaultStandardsParams.
	StdCDifficile StandardID = "cdiff_objective"
)

// figure returns the Performance figure a standard reads.
func (id StandardID) figure(p *economy.Performance) decimal.NullDecimal {
	switch id {
	case StdAE4Hours:
		return p.AE4Hours
	case StdRTTIncomplete:
		return p.RTTIncomplete18Weeks
	case StdRTTAdmitted:
		return p.RTTAdmitted18Weeks
	case StdRTTNonAdmitted:
		return p.RTTNonAdmitted18Wks
	case StdCancer2WeekWait:
		return p.Cancer2WeekWait
	case StdCancer31Day:
		return p.Cancer31Day
	case StdCancer62Day:
		return p.Cancer62Day
	case StdCancer28DayFDS:
		return p.Cancer28DayFDS
	case StdDiagnostics6Weeks:
		return p.DiagnosticsOver6Wks
	case StdAmbulanceCatA8Min:
		return p.AmbulanceCatA8Min
	}
	return decimal.NullDecimal{}
}

// Standard is one operational standard as it stood over a span of dates: a
// percentage of patients that must be reached (or, for diagnostics, not
// exceeded). A standard whose threshold changed appears once per threshold.
type Standard struct {
	ID             StandardID       `json:"id"`
	Name           string           `json:"name"`
	Threshold      decimal.Decimal  `json:"threshold"` // percent
	HigherIsBetter bool             `json:"higher_is_better"`
	From           economy.Date     `json:"from"`
	To             economy.Date     `json:"to,omitzero"` // last day in force; zero: still in force
	Citation       economy.Citation `json:"citation"`
}

// InForce reports whether s applied on date (both ends included).
func (s Standard) InForce(date economy.Date) bool {
	return !date.Before(s.From) && (s.To.IsZero() || !date.After(s.To))
}

// bands returns s as a one-cut table: a figure exactly at the threshold
// meets the standard, because every standard is written "at least 95%"
// (or "no more than 1%").
func (s Standard) bands() Bands {
	return Bands{
		Metric: string(s.ID), Unit: "%", HigherIsBetter: s.HigherIsBetter,
		Cuts:  []Cut{{Score: uint8(StandardMet), At: s.Threshold, Inclusive: true}},
		Floor: uint8(StandardNotMet), Citation: s.Citation,
	}
}

// Judge returns whether figure meets s. An invalid (absent) figure gives
// StandardResultUnknown, never met.
func (s Standard) Judge(figure decimal.NullDecimal) StandardResult {
	if !figure.Valid {
		return StandardResultUnknown
	}
	score, _, _ := s.bands().Classify(figure.Decimal)
	return StandardResult(score)
}

// StandardsParams is the dated list of operational standards. The zero
// value, nil Standards, means the standards of [DefaultStandardsParams]; a
// non-nil empty list means no standards.
type StandardsParams struct {
	Standards []Standard `json:"standards"`
}

// withDefaults gives nil Standards the published list.
func (p StandardsParams) withDefaults() StandardsParams {
	fill(&p.Standards, isNil, func() []Standard { return DefaultStandardsParams().Standards })
	return p
}

// StandardOutcome is one standard judged on one period's figure.
type StandardOutcome struct {
	Standard Standard            `json:"standard"`
	Figure   decimal.NullDecimal `json:"figure"`
	Result   StandardResult      `json:"result"`
}

// AssessStandards judges perf against the standards in force on the last
// day of its period: figures are reported for a period and judged by the
// rules at its close, so a quarter that straddles a change takes the new
// threshold. A missing figure gives StandardResultUnknown for that standard. A
// period without an end date has no standards in force and gives nil.
func AssessStandards(perf *economy.Performance, p StandardsParams) []StandardOutcome {
	if perf == nil || perf.Period.To.IsZero() {
		return nil
	}
	p = p.withDefaults()
	var out []StandardOutcome
	for _, s := range p.Standards {
		if !s.InForce(perf.Period.To) {
			continue
		}
		f := s.ID.figure(perf)
		out = append(out, StandardOutcome{Standard: s, Figure: f, Result: s.Judge(f)})
	}
	return out
}
