package regimetest_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/failregime/failregime/regime/regimetest"
)

// printTB is a regimetest.TB that prints the first lines of each failure
// instead of failing a test: what a command that runs case files does.
type printTB struct{ lines int }

func (p printTB) Helper()                          {}
func (p printTB) Logf(format string, args ...any)  {}
func (p printTB) Skipf(format string, args ...any) {}
func (p printTB) Errorf(format string, args ...any) {
	msg := strings.Split(fmt.Sprintf(format, args...), "\n")
	fmt.Println(strings.Join(msg[:min(p.lines, len(msg))], "\n"))
}
func (p printTB) Run(name string, f func(regimetest.TB)) bool { f(p); return true }

// ExampleRunTB runs a case file that fails on purpose and prints the head
// of its first report: the file and line of the expectation, the case,
// expected (-) over decided (+), and what was decided.
func ExampleRunTB() {
	cases, err := regimetest.Load(os.DirFS("testdata/report"), "failing.json", regimetest.WithFrameworks(labelFramework()))
	if err != nil {
		fmt.Println(err)
		return
	}
	regimetest.RunTB(printTB{lines: 4}, cases[:1])
	// Output:
	// failing.json:14: case "wrong verdict", cases[0].expect.decisions[0]: the decision of quality about provider RA1 differs
	//   - verdict: not_met
	//   + verdict: met
	//   decided: met: quality_sm (quality_special_measures (special))
}
