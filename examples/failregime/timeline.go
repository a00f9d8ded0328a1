package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/failregime/failregime/regime/england"
)

func timelineCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var src source
	src.flags(fs)
	from := fs.String("from", "", "the first day, YYYY-MM-DD (required)")
	to := fs.String("to", "", "the last day, YYYY-MM-DD (required)")
	tol := fs.Int("tolerance", 0, "days a start or end may differ from the record and agree (0: 31)")
	format := fs.String("format", "text", "text or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	f, err := date("from", *from, true)
	if err != nil {
		return fail(stderr, "timeline", err)
	}
	t, err := date("to", *to, true)
	if err != nil {
		return fail(stderr, "timeline", err)
	}
	e, err := src.load(fs, stdin)
	if err != nil {
		return fail(stderr, "timeline", err)
	}
	tl, err := england.Replay(e, f, t, england.ReplayOptions{ToleranceDays: *tol})
	if err != nil {
		return fail(stderr, "timeline", err)
	}
	switch *format {
	case "text":
		fmt.Fprint(stdout, tl.Text())
	case "json":
		b, err := json.MarshalIndent(tl, "", "  ")
		if err != nil {
			return fail(stderr, "timeline", err)
		}
		fmt.Fprintf(stdout, "%s\n", b)
	default:
		return fail(stderr, "timeline", fmt.Errorf("-format %q: want text or json", *format))
	}
	return 0
}
