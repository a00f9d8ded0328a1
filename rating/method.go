package rating

import (
	"sort"

	"github.com/failregime/failregime/economy"
)

// Input is what a method rates: one provider's published facts as they
// stood on Date, within its economy. Methods read the latest accounts,
// inspection and performance on or before Date; they never modify them.
type Input struct {
	Provider *economy.Provider
	Economy  *economy.Economy // the area around the provider; may be nil
	Date     economy.Date
	// Area, when it was built for Economy and Date, holds what methods
	// read about the economy as a whole, worked out once for all its
	// providers (see [Area]); nil: each rating reads the economy itself.
	Area *Area
}

// The ID of every method in the registry, as [Method.ID] and Result.Method
// carry it. Each constant is named after the method's rate function:
// MethodCoSRR is the method [RateCoSRR] applies.
const (
	MethodCQC        = "cqc_overall"                  // CQC aggregation of key-question ratings
	MethodFRR        = "monitor_frr"                  // Compliance Framework financial risk rating
	MethodGovernance = "monitor_governance"           // Compliance Framework governance risk rating
	MethodServices   = "monitor_mandatory_services"   // mandatory goods and services rating
	MethodNHSPF      = "dh_nhs_performance_framework" // NHS Performance Framework
	MethodStandards  = "operational_standards"        // NHS operational standards
	MethodCoSRR      = "monitor_cosrr"                // continuity of services risk rating
	MethodFSRR       = "monitor_fsrr"                 // financial sustainability risk rating
	MethodSOFFinance = "nhsi_sof_finance"             // SOF finance and use of resources score
	MethodSOFSegment = "nhsi_sof_segment"             // SOF segmentation
	MethodNOF2019    = "nhse_nof_2019_segment"        // NHS oversight framework 2019/20 segmentation
	MethodNOF2021    = "nhse_nof_2021_segment"        // system oversight framework 2021/22 segmentation
	MethodNOF2022    = "nhse_nof_2022_segment"        // NHS oversight framework 2022/23 segmentation
	MethodNOF2025    = "nhse_nof_2025_segment"        // NHS oversight framework 2025/26 segmentation
	MethodNOF2026    = "nhse_nof_2026_segment"        // NHS oversight framework 2026/27 segmentation
)

// Method is one published rating methodology: a name, the span of dates it
// was in force, its sources, its scale, and how it turns facts into a
// Result. Methods are values; the registry hands out copies.
type Method struct {
	ID      string             `json:"id"`    // stable, one of the Method... constants, e.g. MethodCoSRR
	Name    string             `json:"name"`  // "Monitor continuity of services risk rating"
	Short   string             `json:"short"` // "CoSRR"
	From    economy.Date       `json:"from"`
	To      economy.Date       `json:"to,omitzero"` // last day in force; zero: still in force
	Scale   Scale              `json:"scale"`
	Sources []economy.Citation `json:"sources"`

	rate func(m *Method, in Input) Result
}

// InForce reports whether m was in force on date (both ends included).
func (m *Method) InForce(date economy.Date) bool {
	return !date.Before(m.From) && (m.To.IsZero() || !date.After(m.To))
}

// Rate applies m to in. A nil provider or a missing fact gives an
// InsufficientData result naming what is missing; Rate never panics on
// missing data.
func (m *Method) Rate(in Input) Result {
	if in.Provider == nil {
		return insufficient(m, "provider")
	}
	if in.Date.IsZero() {
		return insufficient(m, "date")
	}
	return m.rate(m, in)
}

// Methods lists every methodology the library encodes, ordered by the date
// each came into force, then by ID.
func Methods() []Method {
	var all []Method
	for _, group := range methodGroups {
		all = append(all, group()...)
	}
	sort.SliceStable(all, func(i, j int) bool {
		if c := all[i].From.Compare(all[j].From); c != 0 {
			return c < 0
		}
		return all[i].ID < all[j].ID
	})
	return all
}

// MethodsInForce returns the methods in force on date, in the order of
// [Methods].
func MethodsInForce(date economy.Date) []Method {
	var out []Method
	for _, m := range Methods() {
		if m.InForce(date) {
			out = append(out, m)
		}
	}
	return out
}

// Lookup returns the method with the given ID.
func Lookup(id string) (Method, bool) {
	for _, m := range Methods() {
		if m.ID == id {
			return m, true
		}
	}
	return Method{}, false
}

// methodGroups are the files that contribute methods, one function each, so
// that each family of methodologies lives in its own file.
var methodGroups = []func() []Method{
	monitorMethods,
	qualityMethods,
}
