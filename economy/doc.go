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
//     that could take it over), its [Asset] list, its [Accounts] and
//     [Performance] by period, its CQC [Inspection] results and its
//     [Governance] facts ([Breach], [Undertaking], [Spell]);
//   - [Commissioner]: a PCT, CCG, ICB, NHS England or a council, with its
//     [Assessment], [Direction] and [CommissionerFinance] records;
//   - [LocalAuthority] and [SystemFinance] for the area as a whole.
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
// [Parse] reads an Economy from JSON strictly: unknown fields, wrong JSON
// types, unknown enum words, impossible dates and malformed decimals are
// all errors, and all of them are reported at once. It then runs
// [Economy.Validate], which checks what JSON cannot: required facts,
// duplicate IDs, references to organisations or services that do not
// exist, negative money, percentages outside 0 to 100, ends before
// starts, and figures beyond [MaxMagnitudeExponent].
//
// Both report problems as an errors.Join of *[FieldError], each with the
// path of the field as a reader of the JSON would write it:
//
//	providers[1].kind: unknown ProviderKind "nhs_trsut" (allowed: ...)
//	providers[2].accounts[0].operating_expenses: must not be negative
//
// Use errors.As to find one, or [FieldErrors] to list them all.
//
// # Comparing
//
// Decimals 1.50 and 1.5 are the same number but not reflect.DeepEqual,
// and JSON drops trailing zeros, so compare economies with [Equal].
package economy
