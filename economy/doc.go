// Package economy describes the world the NHS failure regime judges: the
// providers, commissioners and local authorities of a geographic health
// economy, and the facts about them that ratings and rules read.
//
// # Types
//
// An [Economy] is one area, such as North Cumbria. It holds:
//   - [Provider]: an NHS trust, foundation trust, independent provider, GP
//     practice or social care provider, with its [Service] list (what
//     commissioners buy, its [Designation] and the [Alternative] providers
//     that could take it over), its [Asset] list, its [Accounts],
//     [Performance] and [Workforce] by period, its CQC [Inspection]
//     results and [CQCAction] list, the [PublishedRating] list of what
//     regulators published about it, and its [Governance] facts
//     ([Breach], [Undertaking], [Spell]);
//   - [Commissioner]: a PCT, CCG, ICB, NHS England or a council, with its
//     [Assessment], [PublishedRating], [Direction] and
//     [CommissionerFinance] records;
//   - [LocalAuthority] and [SystemFinance] for the area as a whole;
//   - [Reconfiguration]: a proposed significant change to the area's
//     services (a special administrator's recommendations, commissioners'
//     plans), with its [Consultation], the record's answers to the tests
//     of a service change, the local authorities' [Referral], the
//     Secretary of State's [CallIn] and the courts' [CourtRuling] list.
//
// Every type is a plain value with exported fields and JSON tags. The
// package never modifies a value it is given, so values may be read from
// many goroutines at once.
//
// # Missing is not zero
//
// A fact that was not published stays at its zero value: an empty string,
// the zero [Date], an invalid decimal.NullDecimal, a nil pointer, or an
// enum's Unknown word. Rules read these as "unknown", never as a pass and
// never as zero: a deficit of £0 is a fact, a missing deficit is not.
// Money and ratios are decimals so that a threshold such as 1.75x
// classifies exactly.
//
// # Dates
//
// A [Date] is a calendar day with no time or zone; a [Period] is a span of
// days with both ends included, and [FinancialYear] gives the NHS year
// from 1 April. Validate accepts dates from [EarliestDate], the founding
// of the NHS, to [LatestDate].
//
// # Parsing and validating
//
// [Parse] reads an Economy from JSON strictly: invalid UTF-8, lone
// surrogates, unknown or repeated fields, wrong JSON types, unknown enum
// words, impossible dates, whole numbers written "1e3" and decimals beyond
// [CheckDecimal]'s bounds are all errors, and all of them are reported at
// once. It then runs [Economy.Validate] on what it could read, which
// checks what JSON cannot: required facts, duplicate IDs, IDs outside
// their alphabet, references to organisations or services that do not
// exist or are listed twice, negative money, percentages outside 0 to
// 100, ends before starts, a [PublishedRating] outside its scheme's words
// or dated before its scheme existed (a NOF segment 5 before 26 June 2025,
// a system segment before July 2021, an ICB segment before the ICBs of
// 1 July 2022), and lists and strings beyond the limits of limits.go
// ([MaxProviders], [MaxTextLength] and the rest).
//
// Both report problems as an errors.Join of *[FieldError], each with the
// path of the field as a reader of the JSON would write it, at most
// [MaxProblems] of them and then a count of the rest:
//
//	providers[1].kind: unknown ProviderKind "nhs_trsut" (allowed: ...)
//	providers[2].accounts[0].operating_expenses: must not be negative
//	providers[3].name: invalid UTF-8 at byte 1234 (line 40, column 17)
//
// Use errors.As to find one (or the *[EnumError] behind an unknown word),
// or [FieldErrors] to list them all. regime/api and regimetest read their
// JSON with the same reader and report the same FieldError.
// [Economy.Valid] makes Validate's checks without building the report, at
// a fraction of its cost, for callers that check an economy before every
// use, as regime's assessments do.
//
// # Comparing
//
// Decimals 1.50 and 1.5 are the same number but not reflect.DeepEqual,
// and JSON drops trailing zeros, so compare economies with [Equal].
package economy
