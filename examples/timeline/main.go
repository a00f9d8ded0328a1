// Command timeline replays real cases over the years and checks the
// library against the record: the first five trusts placed in financial
// special measures (21 July 2016) and the three success regime areas
// (3 June 2015), from April 2013 to December 2019, under the edition in
// force on each day. For every organisation and area it prints where it
// stood, stretch by stretch, and how each spell the record holds compares
// with what its own facts decided (the recorded spell set aside): agrees,
// starts or ends early or late, ended with the edition that replaced the
// regime, or could not be decided for want of a published fact.
//
//	go run ./examples/timeline
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime/england"
)

var (
	replayed = []string{"financial_special_measures_2016", "essex_2015", "north_cumbria_2015", "north_new_devon_2015"}
	from     = economy.MustDate("2013-04-01")
	to       = economy.MustDate("2019-12-31")
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "timeline:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	agree, differ := 0, 0
	for _, name := range replayed {
		e, err := cases.Load(name)
		if err != nil {
			return err
		}
		tl, err := england.Replay(&e, from, to, england.ReplayOptions{})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "== %s\n%s\n", e.Name, tl.Text())
		for _, s := range tl.Subjects {
			for _, d := range s.Diff {
				if d.Agrees() {
					agree++
				} else {
					differ++
				}
			}
		}
	}
	fmt.Fprintf(w, "%d comparisons with the record agree; %d differ, each saying how\n", agree, differ)
	return nil
}
