package timetable

import "github.com/failregime/failregime/economy"

// citeSMTimeline is the source of the quality special measures timeline.
var citeSMTimeline = economy.Citation{Document: "Hospital special measures timeline confirmed", Issuer: "Care Quality Commission", Year: 2015,
	URL: "https://www.cqc.org.uk/news/stories/hospital-special-measures-timeline-confirmed", Verified: true,
	Note: "11 February 2015: re-inspection normally within 12 months; if not improved enough, six more months; then, if still inadequate, the Chief Inspector of Hospitals writes to the Secretary of State"}

// SpecialMeasuresTimeline is when a trust in quality special measures is
// due to be re-inspected, counted from the day it entered.
type SpecialMeasuresTimeline struct {
	Entered economy.Date `json:"entered"`
	// Reinspection is the day by which CQC normally re-inspects.
	Reinspection economy.Date `json:"reinspection"`
	// ExtensionEnds is the end of the six-month extension for a trust
	// that has not improved enough; the Chief Inspector writes to the
	// Secretary of State if it is still inadequate then.
	ExtensionEnds economy.Date     `json:"extension_ends"`
	Source        economy.Citation `json:"source"`
}

// QualitySpecialMeasuresTimeline returns the timeline of a trust that
// entered quality special measures on entered, with the re-inspection due
// reinspect months later and the extension ending extend months after
// that (12 and 6 in CQC's timeline of February 2015). It returns false for
// an invalid date or a negative number of months.
func QualitySpecialMeasuresTimeline(entered economy.Date, reinspect, extend int) (SpecialMeasuresTimeline, bool) {
	if !entered.Valid() || reinspect < 0 || extend < 0 {
		return SpecialMeasuresTimeline{}, false
	}
	r := entered.AddMonths(reinspect)
	return SpecialMeasuresTimeline{Entered: entered, Reinspection: r, ExtensionEnds: r.AddMonths(extend), Source: citeSMTimeline}, true
}

// QualitySpecialMeasuresSource returns the source of the timeline: CQC's
// confirmation of February 2015.
func QualitySpecialMeasuresSource() economy.Citation { return citeSMTimeline }
