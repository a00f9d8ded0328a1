// Package regime applies the English NHS failure regime: it judges a
// provider, a commissioner or a whole health economy under the framework
// edition in force, and says which regime applies, how intensive it is,
// and why, with a citation on every step.
//
// The package does no I/O and never reads the clock: the date of a
// decision is an argument, and the same inputs always give byte-identical
// decisions.
//
// # Rules
//
// A [Rule] judges one [Subject] in an [Env] and answers a three-valued
// [Verdict]: [Met], [NotMet], or [Unknown] when a fact it needs is missing
// or pending. Unknown is the zero Verdict, so missing data is never a
// silent pass.
//
// Every rule has two paths. Eval returns the verdict alone and allocates
// nothing, for judging many subjects fast. Explain returns an [Outcome]:
// the verdict, a reason in plain words, the [Fact] values and thresholds
// it compared, the citation, and the outcomes of the rules inside.
//
// Rules compose with [All], [Any], [Not], [AtLeast] and [Named]. Leaves
// come from the helpers [Compare] and [CompareInt] (a fact against a
// threshold, with the distance to flipping when it fails), [In] (an enum
// among a set, such as a CQC rating) and [Flag], or from a user
// [Predicate]:
//
//	wellLed := regime.In("well_led", "well-led rating", wellLedRating, cite, economy.Inadequate)
//	rule := regime.Named("quality_sm", "quality special measures", cite, regime.All(
//		wellLed,
//		regime.AtLeast(2, safe, effective, caring, responsive),
//	))
//
// A nil rule or an impossible count is a construction error, reported by
// [Check] and by the constructors of rule sets and frameworks; such a rule
// answers Unknown rather than panicking.
//
// # Rule sets
//
// A [RuleSet] lists entries, each a rule and the [Ruling] it decides (a
// [Regime] with its [Intensity], or a label), under an explicit [Policy].
// Under [First], entries are tried in ascending priority and the first
// match decides; two entries with the same priority are refused by
// [NewRuleSet], and an Unknown entry before the match makes the decision
// Unknown, since it might have matched. Under [Collect], every match is
// kept. A rule set says which subject kinds it judges (AppliesTo).
//
// # Frameworks
//
// A [Framework] is one edition of a regime: rule sets and typed
// parameters ([Params]) over a span of dates, with a content hash of its
// rules and values. Rules read parameters through typed keys
// ([DecimalKey], [IntKey], ...) that remember their slot, so reading a
// threshold costs an index, not a map. Each parameter carries its
// citation, and an interpretation where the source gave no number.
// [Framework.With] makes a variant with changed parameters ("what if the
// success regime started at two failing trusts?"), and [Diff] lists the
// decisions that change between two frameworks. [Frameworks] and
// [InForce] give the editions this package ships and the one in force on
// a date.
//
// # The editions this package ships
//
// [Frameworks] lists 21 editions, from the Compliance Framework of April
// 2008 to the NHS Oversight Framework 2026/27, each starting on the day a
// rule the package encodes changed, so that every day from 1 April 2008 has
// exactly one edition in force ([InForce]). Each edition has up to five
// rule sets:
//
//   - [ProviderIntervention]: the most intensive regime a provider is
//     eligible for, from routine oversight through enhanced monitoring,
//     investigation, mandated support, special measures for quality or
//     finance, recovery support and segment 5, to trust special
//     administration ([TSATimetable] turns an order into its statutory
//     deadlines);
//   - [CommissionerIntervention]: assurance, legal directions and CCG
//     special measures;
//   - [EconomyIntervention]: the 2014 challenged health economies and the
//     2015 success regime, with what the regime brings ([Measures]);
//   - [ServiceContinuity]: for each service, what happens if its provider
//     fails or exits, and who must agree ([ContinuityPlan]);
//   - [AssetProtection]: for each asset, whether it is protected and what a
//     disposal needs ([AssetRegister], [DecideDisposal]).
//
// [Assess] makes every decision about a whole economy in one call.
//
// # Decisions and reasons
//
// [Framework.Decide] returns a [Decision]: plain data naming the edition
// and its hash, the decision and facts dates, the subject, the verdict, the
// chosen entry, and the whole outcome tree. It marshals to stable JSON
// (with a schema version, [DecisionSchema]) and renders as text for a
// reader with [Decision.Text]. [Outcome.WhyNot] answers "why not?": the
// conditions that stand in the way, with their distances.
//
// # Unknown
//
// A missing fact makes its rule Unknown, and Unknown travels by Kleene's
// tables: All is NotMet as soon as one rule is NotMet, whatever else is
// unknown; Any is Met as soon as one is Met. Helpers that report a result
// fail closed: [Decision.Result] gives nothing unless the verdict is Met.
//
// # Pending facts
//
// A fact that exists but is not yet known (an inspection under way) is
// pending: a predicate reads it with [PendingValue], which records it with
// its possible values. When a decision is Unknown because of pending
// facts, Decide works out the decision for each value and records them
// as [Scenario] values ("if the inspection rates well-led inadequate:
// quality special measures"). [Env.Assuming] fixes a value by hand.
//
// # Concurrency
//
// Rules, rule sets and frameworks are immutable once built and safe for
// concurrent use; Decide may be called from many goroutines on one
// Framework. Nothing in the package modifies the economy it is given.
package regime
