// Command failregime runs the library without writing Go: it assesses an
// economy (a file, standard input, or a shipped case) on a date, prints
// the decisions as text, JSON or CSV, compares two editions or variants,
// runs a folder of policy case files with coverage, and replays an
// economy over years against its recorded spells.
//
//	go run ./examples/failregime assess -case essex_2015 -date 2015-06-03
//	go run ./examples/failregime assess -date 2016-10-01 -format csv my_economy.json
//	go run ./examples/failregime diff -case north_cumbria_2015 -date 2015-06-03 -b sr2015 -set economy.sr_min_failing=3
//	go run ./examples/failregime test -coverage examples/policytests/policy
//	go run ./examples/failregime timeline -case financial_special_measures_2016 -from 2013-04-01 -to 2019-12-31
//	go run ./examples/failregime list cases
//
// Errors are the library's: every problem of the input at once, each with
// its path. The exit status is 0 on success, 1 when a test case fails and
// 2 on bad input or usage.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: failregime <command> [flags] [economy.json | -]

commands:
  assess    decide every subject of an economy on a date
  diff      list the decisions two editions or variants make differently
  test      run a folder of policy case files (regime/regimetest format)
  timeline  replay an economy over a span against its recorded spells
  list      list the editions ("frameworks") or the shipped cases ("cases")

Run "failregime <command> -h" for a command's flags.
`

// run is the whole program, for tests: it reads only what args name and
// stdin, and writes only to stdout and stderr.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmds := map[string]func([]string, io.Reader, io.Writer, io.Writer) int{
		"assess": assessCmd, "diff": diffCmd, "test": testCmd, "timeline": timelineCmd, "list": listCmd,
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		if args[0] == "-h" || args[0] == "help" || args[0] == "--help" {
			fmt.Fprint(stdout, usage)
			return 0
		}
		fmt.Fprintf(stderr, "failregime: unknown command %q\n%s", args[0], usage)
		return 2
	}
	return cmd(args[1:], stdin, stdout, stderr)
}
