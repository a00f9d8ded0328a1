// Package api is a JSON-in, JSON-out entry point to the regime package, for
// notebooks and for programs in other languages: one function, [Call],
// takes a request as JSON bytes and returns a response as JSON bytes. The
// examples/notebook directory wraps it in a C shared library and a Python
// module.
//
// Like the rest of failregime, it does no I/O and never reads the clock:
// every date is in the request, and identical request bytes always give
// identical response bytes.
//
// # Requests
//
// A request is one JSON object. To assess an economy:
//
//	{
//	  "date": "2015-06-03",
//	  "facts_date": "2015-03-31",
//	  "framework": "sr2015",
//	  "variant": {"economy.sr_min_failing": 3},
//	  "economy": {"id": "wne-cumbria", "name": "West, North and East Cumbria",
//	              "providers": [{"id": "RNL", "name": "North Cumbria University Hospitals NHS Trust", "kind": "nhs_trust"}]},
//	  "rule_sets": ["provider_intervention", "economy_intervention"],
//	  "text": true
//	}
//
// The fields:
//
//   - date (required): the decision date, "YYYY-MM-DD"; the rules of this
//     date apply.
//   - facts_date (optional): the date whose facts are read; by default the
//     decision date.
//   - framework (optional): an edition ID, such as "sr2015", or "in_force"
//     (the default) for the edition in force on date. {"list": "frameworks"}
//     lists the IDs.
//   - variant (optional): parameters of the framework to change, by name:
//     a number (or a string holding one) for decimal parameters, a whole
//     number for counts, days and months, true or false, or one of the
//     allowed words for an enum. A number must lie within the parameter's
//     range, which {"list": "frameworks"} gives ("range": {"min": "0",
//     "max": "120"}). The response's framework then names the variant and
//     carries its own hash.
//   - economy: the economy to judge, exactly as economy.Parse reads it; or
//   - case: instead of economy, the name of a real economy from
//     economy/cases, such as "north_cumbria_2015". One of the two is
//     required.
//   - rule_sets (optional): keep only the decisions of these rule sets of
//     the framework; the summary then counts only them.
//   - text (optional): true to add the assessment and each decision
//     rendered for a reader.
//   - records (optional): true to add each decision as a flat [Record] of
//     strings, for a data frame: the columns, in order, of the CSV of
//     examples/failregime.
//
// To replay an economy over a span of days under the edition in force on
// each (regime/england's Replay), and compare it with the spells the
// record holds:
//
//	{"timeline": {"from": "2013-04-01", "to": "2019-12-31", "tolerance_days": 31},
//	 "case": "essex_2015"}
//
// "from" and "to" (both required, both included) are days; tolerance_days
// (optional, 0 to 3660, 0 meaning 31) is how far a replayed start or end
// may be from the record's and agree. The economy is given as "economy"
// or "case", as for an assessment; no other field goes with "timeline".
// A replay costs an assessment a day replayed: one whose days times
// organisations could exceed [MaxTimelineWork] is refused, at "timeline",
// before any is made.
//
// Two more requests list what can be asked for; "list" takes no other
// field:
//
//	{"list": "frameworks"}
//	{"list": "cases"}
//
// # Responses
//
// Every response is one JSON object with "schema" (the layout's version,
// [Schema]) and "ok". An assessment answers:
//
//	{
//	  "schema": 1,
//	  "ok": true,
//	  "case": "north_cumbria_2015",
//	  "framework": {"id": "sr2015", "name": "Success regime", "edition": "2015/16",
//	                "from": "2015-06-03", "to": "2015-08-04", "hash": "sha256:...",
//	                "sources": [...], "rule_sets": [...], "parameters": [...]},
//	  "assessment": {"schema": 1, "framework": {...}, "decision_date": "2015-06-03",
//	                 "facts_date": "2015-06-03", "economy": {...},
//	                 "decisions": [...], "summary": {...}},
//	  "text": {"assessment": "...", "decisions": ["...", ...]}
//	}
//
// "case" is there when the request named one, "text" and "records" when it
// asked for them ("records": [{"decision_date": "2015-06-03", ...,
// "verdict": "met", "regime": "success_regime", ...}], one per decision).
// When the request names an edition that was not in force on the date,
// its rules are applied as asked and "assessment.note", each decision's
// "note" and the text say so ("sr2015, in force from 2015-06-03 to
// 2015-08-04, was not in force on 2026-01-01: its rules applied as
// asked").
// "assessment" is a regime.Assessment as that package marshals it: each
// decision decodes with regime.Decision's own strict decoder, and
// "summary.highest" gives each organisation's most intensive regime.
// Empty lists are [] rather than null. "framework" is a [FrameworkInfo]:
// the edition, or the variant, with its rule sets and its parameters, each
// with its current value, its documented default and its citation.
//
// A timeline answers {"schema": 1, "ok": true, "case": "essex_2015",
// "timeline": {...}}, an england.Timeline as that package marshals it:
// the days replayed, and for each organisation and the area its standing
// stretch by stretch ("regime", "verdict", "start", "end", "edition"),
// the stretches its own facts decided, its recorded spells, and how each
// compares with the record ("diff").
//
// {"list": "frameworks"} answers {"schema": 1, "ok": true, "frameworks":
// [...]}, one FrameworkInfo per edition, oldest first; {"list": "cases"}
// answers {"schema": 1, "ok": true, "cases": [...]}, one [CaseInfo] per
// case, by name.
//
// # Errors
//
// A request that cannot be answered gets every problem found at once,
// each with the path of the field it concerns, in the order of the request:
//
//	{
//	  "schema": 1,
//	  "ok": false,
//	  "errors": [
//	    {"path": "framework", "message": "unknown framework \"sr2051\"; known: cf2008, ..."},
//	    {"path": "economy.providers[2].kind", "message": "unknown ProviderKind \"hospital\" (allowed: ...)"}
//	  ]
//	}
//
// Paths are those of the economy package ("providers[2].accounts.income"),
// rooted at the request: "economy." for the economy's own problems,
// `variant["NAME"]` for a parameter (a name with a dot is quoted),
// "rule_sets[1]" for a rule set, "" for the request as a whole (empty,
// larger than economy.MaxInputBytes, holding a NUL byte or a byte order
// mark, not one JSON object, trailing data, a syntax error). Problems with
// the bytes say where they are: "invalid UTF-8 at byte 1234 (line 40,
// column 7)". Strictness is the point: invalid UTF-8 and lone surrogates
// in \u escapes (never replaced by U+FFFD), unknown or repeated fields,
// values of the wrong JSON type, whole numbers written "1e3" or "2.0",
// decimals beyond economy.CheckDecimal's bounds, parameters outside their
// ranges, dates that are not
// "YYYY-MM-DD" or not real days or outside economy.EarliestDate to
// economy.LatestDate, unknown frameworks, cases, rule sets and parameters
// (each message lists the known ones), and nesting deeper than the
// economy package allows (counted from the request's own fields, so an
// economy nests as deeply here as in economy.Parse) are all errors, never
// ignored. The request is read with the same reader as economy.Parse, and
// each problem is the economy package's FieldError, path and message. At
// most economy.MaxProblems problems are listed; a last one, at "", then
// says how many more there were.
//
// An economy that would need more than regime.MaxDecisions decisions
// (every rule set applied to every subject it judges) is refused with one
// problem, "cannot assess: ... more than the limit of 20000", before any
// is made: with economy.MaxInputBytes it bounds a response, whose size
// grows in proportion to the request's up to these limits (BENCHMARKS.md
// measures both).
//
// Problems that depend on another field are looked for only once that
// field is sound: a variant is checked against the framework it changes,
// so an unknown framework hides the variant's problems until it is fixed.
package api
