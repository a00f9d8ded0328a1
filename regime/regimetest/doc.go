// Package regimetest tests policy written with package regime: table-driven
// cases kept in JSON files, rule coverage that names what no case
// exercised, and exhaustive checks of a rule set over small finite domains.
//
// # Writing a case file
//
// A case file is a suite of cases. Each case names a framework (an edition
// id such as "sr2015", or "in_force" for whichever edition was in force on
// the decision date), optionally a variant of it, the dates, an economy
// (inline, in the economy package's JSON, or by the name of an economy/cases
// case), and what the decisions must say:
//
//	{
//	  "suite": "quality",
//	  "description": "optional, for readers",
//	  "cases": [{
//	    "name": "inadequate in safe and well-led",
//	    "framework": "in_force",
//	    "variant": {"name": "three failing organisations", "params": {"economy.sr_min_failing": 3}},
//	    "decision_date": "2015-06-03",
//	    "facts_date": "2015-03-31",
//	    "assume": [{"name": "commissioner.leadership_can_improve_alone", "value": "yes"}],
//	    "economy_case": "north_cumbria_2015",
//	    "expect": {
//	      "framework": "sr2015",
//	      "kinds": ["provider", "commissioner", "economy"],
//	      "exhaustive": false,
//	      "decisions": [{
//	        "subject": "RNL", "kind": "provider", "rule_set": "provider_intervention",
//	        "verdict": "met", "regime": "quality_special_measures", "intensity": "special",
//	        "code": "", "entries": ["quality_special_measures"],
//	        "reasons": ["in quality_special_measures since 2013-07-16"], "why_not": ["tsa_spell"]
//	      }]
//	    }
//	  }]
//	}
//
// Only name, framework, decision_date, one of economy and economy_case, and
// expect are required, and a case asserts only what it states: "framework"
// pins the edition that decided; "kinds" asks for at least one decision
// about each kind of subject; each entry of "decisions" names one decision
// by subject id and rule set and checks the fields it gives: the verdict;
// the regime, effective intensity and label chosen (only a Met decision
// chooses anything); the chosen entries, in order; substrings some reason
// in the outcome tree must contain; and why-not findings (a rule id, or a
// substring of the finding's reason) that must stand in the way of an
// entry that did not match. Subjects not named are not checked, unless
// "exhaustive" (or the ExhaustiveExpectations option) asks that every
// decision be named. Variant parameters take JSON numbers (or decimal
// strings), booleans or words, after the parameter's type. A case marked
// "todo" with a reason is run but skipped when it fails: a known gap, kept
// visible until it passes.
//
// # Running cases
//
// Load reads files from any fs.FS, strictly, with the reader economy.Parse
// and regime/api use: invalid UTF-8, lone surrogates, unknown or repeated
// fields, wrong types, unknown words, unknown frameworks, subjects, rule
// sets and entries, and variant values and dates beyond the bounds a
// regime/api request keeps to are all errors, every one reported with its
// file and path ("quality.json: cases[0].expect.decisions[1].subject:
// unknown subject ..."), up to economy.MaxProblems. A file is at most
// economy.MaxInputBytes. Run then runs each case as a subtest:
//
//	//go:embed policy
//	var policy embed.FS
//
//	func TestPolicy(t *testing.T) {
//		suite, err := regimetest.Load(policy, "policy/*.json")
//		if err != nil {
//			t.Fatal(err)
//		}
//		regimetest.Run(t, suite)
//	}
//
// Cases name the editions package regime/england ships; pass
// WithFrameworks to Load to name frameworks of one's own instead.
//
// # Reading a failure
//
// A failing decision is reported once. The report starts with the file and
// line of the expectation that failed, as a compiler's errors do, so that an
// editor can jump to it, then the case's name and the expectation's path:
//
//	failing.json:14: case "wrong verdict", cases[0].expect.decisions[0]: the decision of quality about provider RA1 differs
//	  - verdict: not_met
//	  + verdict: met
//	  decided: met: quality_sm (quality_special_measures (special))
//
// Each field the case asserted shows once where the decision agrees, and
// as expected (-) over decided (+) where it does not; a decision that chose
// nothing, or chose a label where a regime was expected, says so rather
// than show "unknown". A reason or why-not finding that was not found
// shows as "(not found)", and the why-not findings the decision did have
// are listed beneath. Then comes the decision's full explanation, as
// Decision.Text gives it but with each citation on a line of its own:
// every rule it tried, its verdict, reason and facts. testdata/report holds
// a case file that fails on purpose and the report it gives.
//
// The kit writes these messages itself and reports them through
// [TestingT], a small interface *testing.T satisfies, rather than through
// testify: a program that imports regimetest to run case files outside
// go test (as examples/failregime does) does not build testify in, and a
// failure shows no "Error Trace" of the kit's own frames, which would tell
// a policy author nothing about the case.
//
// # Coverage
//
// A Coverage passed to Run with WithCoverage, or fed decisions with
// Coverage.Add, records which entries of each rule set, and which rules
// with an id inside them, gave which verdicts. Coverage.Report names the
// rule sets without a decision, and the entries and rules never met or never
// not met ("never evaluated" when a First rule set always decided before
// reaching them), then the values of each rating scale (CQC ratings,
// Monitor ratings, oversight scores, segments, governance ratings,
// performance categories) that no fact reached. Coverage.RequireFull fails
// a test unless a rule set is fully covered.
//
// # Exhaustive checks
//
// Ratings, scores and segments are small enums, so a rule set can be tried
// on every combination of them. A Domain is a template economy, a decision
// date and a list of Dimensions, each a name, a finite list of values and
// a function that sets one on the economy; CQCKeyQuestions builds the five
// key-question dimensions (4^5 = 1024 combinations) and Dim any other.
// Exhaustive (or ExhaustiveIn, for a rule set reading a framework's
// parameters) reports gaps (combinations where no entry matched), ties
// (entries of equal priority that both matched, under Collect), overlaps
// (several matches under First, settled by priority alone), Unknown
// results, and entries that never matched or, under First, were never
// chosen. It uses the verdict-only path, so 1024 combinations take about a
// millisecond.
package regimetest
