package regimetest

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// InForce is the framework a case names to be judged under whichever
// edition was in force on its decision date.
const InForce = "in_force"

// Case is one policy test case, loaded and resolved by [Load]: the
// framework (with any variant applied), the dates, the economy, and what
// the decisions must say. Load has already checked that every subject and
// rule set the expectations name exists, so running a case can only fail
// on what the framework decides.
type Case struct {
	File string // the case file, as named in the fs.FS
	Path string // where the case sits in the file, e.g. "cases[2]"
	Line int    // the line of the file on which the case starts, from 1
	Name string
	// Todo, when set, marks a case expected to fail for the reason it
	// gives: a failure skips the case with its report, a pass asks for the
	// marker to be removed.
	Todo string
	// FrameworkRef is the framework as the file names it: an edition id or
	// InForce.
	FrameworkRef string
	Framework    *regime.Framework
	DecisionDate economy.Date
	FactsDate    economy.Date // the zero Date: the decision date
	// Assume gives pending facts a value (regime.Env.Assuming): a
	// judgement the record does not give, stated by the case.
	Assume []regime.Assumption
	// EconomyCase names the economy/cases case the economy came from;
	// empty for an inline economy.
	EconomyCase string
	Economy     *economy.Economy
	Expect      Expect
}

// Env returns the environment the case is decided in.
func (c *Case) Env() regime.Env {
	env := regime.NewEnv(c.Economy, c.DecisionDate)
	if !c.FactsDate.IsZero() {
		env = env.WithFactsDate(c.FactsDate)
	}
	if len(c.Assume) > 0 {
		env = env.Assuming(c.Assume...)
	}
	return env
}

// Expect is what a case asserts. Every part is optional: a case asserts
// only what it states.
type Expect struct {
	// Line is the line of the file on which "expect" starts.
	Line int
	// Framework is the id of the edition that must make the decisions,
	// which is how a case under InForce pins the edition it expects.
	Framework string
	// Kinds are subject kinds that must each have at least one decision.
	Kinds []regime.SubjectKind
	// Decisions are expectations about single decisions.
	Decisions []Expectation
	// Exhaustive asks that every decision the framework makes be named by
	// an expectation, so that a new decision cannot slip in unnoticed.
	Exhaustive bool
	// Timeline, when set, replays the case's economy over a span
	// (england.Replay) and checks how its decisions compare with the
	// recorded spells.
	Timeline *TimelineExpect
}

// TimelineExpect is what a replay of the case's economy from From to To
// must find: for each recorded spell named, the kinds of difference
// between the record and the subject's own facts ("agrees", "ends_late",
// ...; see england.DiffKind).
type TimelineExpect struct {
	Path     string
	Line     int // the line of the file on which it starts, from 1
	From, To economy.Date
	Records  []RecordExpect
}

// RecordExpect is the comparison expected for one subject's recorded
// spells of one regime (as the ladder names it: enforcement undertakings
// are mandated_support).
type RecordExpect struct {
	Path    string
	Line    int // the line of the file on which it starts, from 1
	Subject string
	Regime  economy.Regime
	Kinds   []string
}

// Expectation is what one decision must say: the decision of rule set
// RuleSet about subject Subject. Nil fields are not checked.
type Expectation struct {
	Path      string // where the expectation sits in the file
	Line      int    // the line of the file on which it starts, from 1
	Subject   string // the subject's id: an ODS code, "RNL/ae-cic", an economy id
	Kind      regime.SubjectKind
	RuleSet   string
	Verdict   *regime.Verdict
	Regime    *economy.Regime    // the chosen regime; only a Met decision chooses one
	Intensity *economy.Intensity // the chosen result's effective intensity
	Code      *string
	// Entries are the ids of the chosen entries, in order.
	Entries []string
	// Reasons are substrings each of which some reason in the outcome tree
	// must contain.
	Reasons []string
	// WhyNot are findings that must stand in the way of an entry that did
	// not match: each a rule id, or a substring of a finding's reason.
	WhyNot []string
}
