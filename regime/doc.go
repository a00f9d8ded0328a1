// Package regime is the engine that applies a failure regime: rules with
// three-valued verdicts, rule sets with an explicit priority, frameworks
// (one edition of a regime, its rules and parameters over a span of
// dates), and decisions that carry their reasons and sources. It knows no
// law: England's editions, 2008 to today, are built with it in package
// regime/england, and the statutory timetables are in regime/timetable.
//
// # The simplest use
//
// Take the edition in force on a day, judge an economy with it, and read
// where each organisation stands:
//
//	area, err := cases.Load("north_cumbria_2015")
//	if err != nil {
//		fmt.Println(err)
//		return
//	}
//	day := economy.MustDate("2015-06-03")
//	f, err := england.InForce(day)
//	if err != nil {
//		fmt.Println(err)
//		return
//	}
//	a, err := f.Assess(regime.NewEnv(&area, day))
//	if err != nil {
//		fmt.Println(err)
//		return
//	}
//	fmt.Println(f, "on", day)
//	for _, s := range a.Summary.Highest {
//		fmt.Printf("%s %s: %s\n", s.Subject.Kind, s.Subject.ID, s.Text())
//	}
//
// prints (this is england's ExampleInForce)
//
//	Success regime 2015/16 [sr2015] on 2015-06-03
//	provider RNL: quality_special_measures (special)
//	provider RNN: mandated_support (mandated)
//	provider RX7: not decided: facts missing
//	commissioner 01H: not decided: facts missing
//	economy wne-cumbria: success_regime (special)
//
// a.Text() renders every decision as a tree of reasons, each with its
// citation; json.Marshal(a) gives the same as stable JSON. A fact nobody
// gave makes a decision unknown, never a pass.
//
// # Rules
//
// A [Rule] judges one [Subject] (a provider, commissioner, economy,
// service or asset) in an [Env] and answers a three-valued [Verdict]:
// [Met], [NotMet], or [Unknown] when a fact it needs is missing or
// pending. Unknown is the zero Verdict.
//
// Every rule has two paths. Eval returns the verdict alone and allocates
// nothing, for judging many subjects fast. Explain returns an [Outcome]:
// the verdict, a reason in plain words, the [Fact] values and thresholds
// it compared, the citation, and the outcomes of the rules inside.
//
// Rules compose with [All], [Any], [Not], [AtLeast] and [Named]. Leaves
// come from [Compare] and [CompareInt] (a fact against a threshold, with
// the distance to flipping when it fails), [In] (an enum among a set,
// such as a CQC rating), [Flag], or a user [Predicate]:
//
//	wellLed := regime.In("well_led", "well-led rating", wellLedRating, cite, economy.Inadequate)
//	rule := regime.Named("quality_sm", "quality special measures", cite, regime.All(
//		wellLed,
//		regime.AtLeast(2, safe, effective, caring, responsive),
//	))
//
// A predicate gets a nil [Why] on the verdict path and records its reason
// and facts on the explained path. A nil rule or an impossible count is a
// construction error, reported by [Check] and by [NewRuleSet] and
// [NewFramework]; such a rule answers Unknown rather than panicking.
// regimetest.CheckRule checks a user's rule against this contract.
//
// Scores are [Number] values derived from facts: [Bands] scores a figure
// by the first threshold it reaches, and [Sum], [Mean], [Min], [Max],
// [Ceil], [CountMet] and [If] combine numbers exactly (a mean is kept as
// a fraction, so rounding it never depends on decimal.DivisionPrecision).
// [CompareNumber] makes a rule of a number, against a fixed value or a
// parameter:
//
//	finance := regime.NameNumber("finance", "finance score", cite,
//		regime.Ceil(regime.Mean(cover, liquidity, margin)))
//	concern := regime.CompareNumber("finance_3", "finance of concern", finance, regime.GE, regime.FixedInt(3), "", cite)
//
// A rule set can carry a number beside its ruling: set
// [RuleSetSpec.Score] to finance and each decision has its
// [Decision.Score], exact ("3", "7/3") and explained. A rule or number
// used in several places of a rule set is evaluated once per subject on
// the verdict path, and explained once per decision.
//
// A rule that reads beyond its subject looks organisations up by ID with
// [Env.Provider], [Env.Commissioner] and [Env.Service], reads ratings with
// [Env.Rate], and keeps what it derives from the whole economy with
// [Env.Memo]: within an assessment each is worked out once, so that its
// cost, and the size of its decisions, grow in proportion to the economy
// rather than to its square. An explanation names organisations by ID;
// their names are in the decisions about them.
//
// # Rule sets and frameworks
//
// A [RuleSet] lists entries, each a rule and the [Ruling] it decides: a
// regime (economy.Regime) with its intensity, or a code with its text for
// rule sets that decide something else, such as what happens to a
// service. Under the [First] policy entries are tried in ascending
// priority and the first match decides; equal priorities are refused, and
// an Unknown entry before the match makes the decision Unknown, since it
// might have matched. Under [Collect] every match is kept.
//
// A [Framework] is one edition: rule sets and typed parameters ([Params])
// over a span of dates, what each regime brings ([Brings]), and a content
// hash of all of it. Rules read parameters through typed keys
// ([DecimalKey], [IntKey], ...) resolved to a slot. Every numeric
// parameter declares the [Range] of values it can sensibly take, holding
// its default. [Framework.With] makes a variant with changed parameters
// ("what if the success regime started at three failing
// organisations?"), each within its range, and [Diff] lists the
// decisions that change between two frameworks.
//
// # Calling shape
//
// Every evaluation takes the framework first, then the [Env], then what
// is judged: [Framework.Decide](env, ruleSet, subject),
// [Framework.Assess](env), [Diff](a, b, env). The Env holds the decision
// date (whose rules apply), the facts date (whose facts are read, by
// default the decision date), the economy and any assumptions about
// pending facts; it never reads a clock.
//
// # Decisions and reasons
//
// A [Decision] is plain data naming the edition and its hash, the dates,
// the subject, the verdict, the chosen entry, what the chosen regime
// brings, and the whole outcome tree. It marshals to stable JSON (schema
// [DecisionSchema]) and renders for a reader with [Decision.Text].
// [Outcome.WhyNot] answers "why not?": the conditions that stand in the
// way, with their distances. [Decision.Node] reads one entry or condition
// of the tree by its id, and [Decision.WhyNot] asks "why not?" of it by
// id. [Decision.Ruling] fails closed: it gives nothing unless the verdict
// is Met.
//
// # Unknown and pending facts
//
// A missing fact makes its rule Unknown, and Unknown travels by Kleene's
// tables: All is NotMet as soon as one rule is NotMet, whatever else is
// unknown; Any is Met as soon as one is Met. A fact that exists but is not
// yet known (an inspection under way) is pending: a predicate reads it
// with [PendingValue], and Decide works out the decision for each of its
// values as a [Scenario]. [Env.Assuming] fixes a value by hand.
//
// # Numbers
//
// Every amount and ratio is a shopspring/decimal value, compared exactly.
// Text, JSON, content hashes and [Decision.Equal] never depend on that
// package's process-wide settings: decimals are written in one canonical
// form built from their coefficient and exponent.
//
// # Errors and concurrency
//
// Every error wraps one of the documented sentinels ([ErrInvalidInput],
// [ErrUnknownRuleSet], [ErrInvalidSpec], ...). A "no" or an "unknown" is a
// Decision, never an error. Decide and Assess refuse a decision or facts
// date that is not a real day within economy.EarliestDate and
// economy.LatestDate, and Assess an economy that economy.Validate
// refuses, so that an economy built in Go is held to the bounds a parsed
// one is. A framework not in force on the decision date is applied as
// asked, and the decision's and the assessment's Note say so. Rules, rule sets and frameworks are immutable
// once built and safe for concurrent use; nothing in the package modifies
// the economy it is given.
package regime
