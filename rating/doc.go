// Package rating encodes the rating methodologies England's regulators
// published from 2008 to today, each as a dated, cited value that turns an
// organisation's facts into a score and shows all of its working.
//
// # Methods
//
// A [Method] is one methodology: an ID, a name, the span of dates it was in
// force, its sources, its scale, and how it rates. [Methods] lists them all,
// [MethodsInForce] those in force on a date, and [Lookup] finds one by ID.
// Each ID has a constant:
//
//	MethodCQC         cqc_overall                   CQC aggregation of key-question ratings (from 2014)
//	MethodFRR         monitor_frr                   Compliance Framework financial risk rating, 1-5 (2008 - Sep 2013)
//	MethodGovernance  monitor_governance            Compliance Framework governance risk rating, green to red
//	MethodServices    monitor_mandatory_services    mandatory goods and services rating (to 2010)
//	MethodNHSPF       dh_nhs_performance_framework  NHS Performance Framework for NHS trusts (2009/10 - 2012/13)
//	MethodStandards   operational_standards         A&E, referral to treatment, cancer, diagnostics, ambulance
//	MethodCoSRR       monitor_cosrr                 continuity of services risk rating, 1-4 (Oct 2013 - Aug 2015)
//	MethodFSRR        monitor_fsrr                  financial sustainability risk rating, 1-4 (Aug 2015 - Sep 2016)
//	MethodSOFFinance  nhsi_sof_finance              Single Oversight Framework finance and use of resources, 1-4
//	MethodSOFSegment  nhsi_sof_segment              Single Oversight Framework segments 1-4 (Oct 2016 - Aug 2019)
//	MethodNOF2019 ... MethodNOF2026                 NHS Oversight Framework segments (nhse_nof_2019_segment ...)
//
// [Method.Rate] reads the facts of one provider as they stood on a date
// (its latest accounts, inspection and performance on or before it) and
// returns a [Result]. Each methodology also has typed entry points on
// explicit inputs with its own parameters, named by one scheme.
//
// # Naming
//
// Each method has a short name X, shared by its ID constant, its functions
// and its types: CQC, FRR, Governance, Services, NHSPF, Standards, CoSRR,
// FSRR, SOFFinance, SOFSegment, NOF2019, NOF2021, NOF2022, NOF2025,
// NOF2026. Then:
//
//   - MethodX is its ID;
//   - RateX(in XInput, p XParams) rates the method's own inputs (published
//     metrics, underlying ratings, judgements) and returns a Result. Those
//     that can refuse their arguments (params that cannot classify, a
//     regulator's departure without a reason) return (Result, error):
//     [RateCQC], [RateFRR], [RateGovernance], [RateServices], [RateNHSPF];
//   - RateXAccounts(a *economy.Accounts, ..., p XParams) rates a provider's
//     accounts, computing each metric from them and showing the formula in
//     the working: [RateCoSRRAccounts], [RateFSRRAccounts],
//     [RateSOFFinanceAccounts], [RateFRRAccounts];
//   - XInputFrom(provider or accounts, date, ...) builds an XInput from
//     economy facts as the registry method reads them, and also returns the
//     names of the facts it lacked where they can be missing:
//     [FRRInputFrom], [GovernanceInputFrom], [SOFSegmentInputFrom],
//     [NOFSegmentInputFrom], [NOF2025InputFrom], [NOF2026InputFrom];
//   - XParams are its thresholds and rules. The zero value of every XParams
//     means the published defaults, and so does each field left at its
//     zero value; DefaultXParams returns them spelled out, and
//     RateX(in, XParams{}) rates as RateX(in, DefaultXParams()) does.
//
// Methods that share their rules share their types, named after the first
// of them: [RateNOF2019] takes a SOFSegmentInput and SOFSegmentParams,
// [RateNOF2021] and [RateNOF2022] a NOFSegmentInput and NOFSegmentParams.
// [NOF2025League] rates and ranks a list of providers the way NHS
// England's 2025/26 league tables do, the list being the peer set.
// [RateServices] takes no params, the rating having none to set, and
// [RateStandards] rates an economy.Performance itself. Steps of a method
// other than its rating follow the same order, verb then method:
// [EscalateNHSPF] with [NHSPFEscalationParams].
//
// The zero value of an enum is named <Type>Unknown when it means not known
// or not stated (StatusUnknown, RoundingUnknown, GovernanceRatingUnknown),
// and <Type><Meaning> when it means something of its own (ScaleNone,
// CQCLimitNone, FRRTriggerNone, OverrideSwitchDefault).
//
// # Scales
//
// Monitor's ratings run "higher is safer" ([MonitorRating]: 1 is the
// highest risk); NHS Improvement's and NHS England's scores and segments run
// "lower is better" ([OversightScore], [Segment]); CQC's words have an order
// of their own. The typed values never share a numeric type, and a [Score]
// carries its [Scale], so [Score.WorseThan] compares only scores of one
// family and reads the right way for each.
//
// Every enum of the package (Status, Scale, Rounding, CQCLimit,
// OverrideSwitch, FRRTrigger and the ratings of each scale) is written as
// text and JSON through one codec, the same as economy's enums: a value is
// its word, words are exact, empty text is the zero value, and an unknown
// word is an [*economy.EnumError] naming every allowed word. The numeric
// scale values are written as the number published ("3"); a Segment prints
// as "segment 3" but is written "3".
//
// # Results and their working
//
// A Result holds the score and everything that made it: each [Metric] with
// its value, the band it fell in (with the edge's citation), and its score;
// the [Combination] of metric scores and the [Rounding] rule used; every
// [Override] the method knows, applied or not; and any [Judgement] a
// regulator layered on the computed score, such as Monitor's "2*" or CQC
// rating otherwise than its principles "normally" give — always with who
// made it and why. [Result.String] renders it on one line:
//
//	CoSRR 3: capital service cover 1.80x -> 3; liquidity -3.1 days -> 3; mean 3.0 -> 3
//
// # Missing facts
//
// A method that lacks a fact returns [InsufficientData] and names every
// missing fact in Result.Missing ("accounts.pfi_repayments"); it never
// guesses a score, and an override whose facts are unknown and could change
// the score makes the result insufficient too.
//
// # Thresholds and their sources
//
// Every band edge is a [Cut] in a [Bands] table that says whether a value
// exactly on the edge is in or out, and cites its source. Where a number was
// remembered rather than read in a primary source, its citation says
// Verified false; such numbers are parameters a caller can change. Every
// edge is tested exactly at, just below and just above its boundary, and
// every method is fuzzed for monotonicity: making one input worse never
// gives a better score.
//
// The package does no I/O and reads no clock; all its values are safe for
// concurrent use.
package rating
