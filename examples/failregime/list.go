package main

import (
	"fmt"
	"io"

	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime/england"
)

func listCmd(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		return fail(stderr, "list", fmt.Errorf("list frameworks or list cases"))
	}
	switch args[0] {
	case "frameworks":
		fs, err := england.Frameworks()
		if err != nil {
			return fail(stderr, "list", err)
		}
		for _, f := range fs {
			to := "today"
			if !f.To().IsZero() {
				to = f.To().String()
			}
			fmt.Fprintf(stdout, "%-10s %s..%-10s %s %s\n", f.ID(), f.From(), to, f.Name(), f.Edition())
		}
	case "cases":
		for _, n := range cases.Names() {
			fmt.Fprintln(stdout, n)
		}
	default:
		return fail(stderr, "list", fmt.Errorf("%q: list frameworks or list cases", args[0]))
	}
	return 0
}
