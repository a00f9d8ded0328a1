package england

import (
	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// The ranges of the shipped parameters: what each can sensibly mean, so
// that a variant asks only questions the rules can answer (see
// regime.Range). Framework.With, regime/api and regimetest refuse a value
// outside its parameter's range.
const (
	// maxMonths bounds a duration in months (a history to look back on,
	// a re-inspection to wait for): ten years.
	maxMonths = 120
	// maxYears bounds a run of annual assessments or years in deficit:
	// twenty, more than the CCG era lasted.
	maxYears = 20
	// maxOrganisations bounds a count of failing organisations in one
	// area.
	maxOrganisations = 1000
	// maxKm and maxMinutes bound how far an alternative provider may be:
	// the length of England, a day's travel.
	maxKm      = 1000
	maxMinutes = 1440
)

var (
	// monthsRange: 0 to 120 months.
	monthsRange = regime.Whole(0, maxMonths)
	// countRange: 0 to 1000 organisations; 0 needs none.
	countRange = regime.Whole(0, maxOrganisations)
	// percentRange: 0 to 100 per cent of an income or allocation.
	percentRange = regime.Between(decimal.Zero, decimal.NewFromInt(100))
	// poundsRange: 0 to a trillion pounds, some five times the NHS
	// budget.
	poundsRange = regime.Between(decimal.Zero, decimal.New(1, 12))
	// segmentRange: a segment at or above which something happens, on
	// the oversight frameworks' scales of 1 to 4 (5 from 2025/26); 6
	// switches it off.
	segmentRange = regime.Whole(1, 6)
	// frrMaxRange: a financial risk rating at or below which something
	// happens, on Monitor's scale of 1 (highest risk) to 5; 0 switches it
	// off.
	frrMaxRange = regime.Whole(0, 5)
	// fourLevelsMin: a rating at or above which something happens, on
	// the four-level scales (the governance risk rating, green 1 to red
	// 4; the NHS Performance Framework's categories, performing 1 to
	// challenged 4); 5 switches it off.
	fourLevelsMin = regime.Whole(1, 5)
	// fourLevelsMax: a rating at or below which something happens, on
	// the continuity of services and financial sustainability risk
	// ratings (1, highest risk, to 4); 0 switches it off.
	fourLevelsMax = regime.Whole(0, 4)
)
