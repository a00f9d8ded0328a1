package main

import (
	"fmt"
	"io"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// editions judges every organisation of one area, and the area, under a
// and under b, both on the facts of factsDay: a on its own day, b on its
// first day. It prints the decisions that differ, with both explanations.
func editions(w io.Writer, a, b *regime.Framework, name string, factsDay economy.Date) error {
	e, err := load(name)
	if err != nil {
		return err
	}
	envA := regime.NewEnv(e, factsDay)
	envB := regime.NewEnv(e, b.From()).WithFactsDate(factsDay)
	fmt.Fprintf(w, "%s on the facts of %s: %s [%s] on %s against %s [%s] on %s\n",
		e.Name, factsDay, a.Name(), a.ID(), factsDay, b.Name(), b.ID(), b.From())
	same := 0
	for _, s := range regime.Subjects(e) {
		for _, rs := range a.RuleSets() {
			rb, ok := b.RuleSet(rs.ID())
			if !ok || !rs.AppliesTo().Has(s.Kind()) || !rb.AppliesTo().Has(s.Kind()) {
				continue
			}
			da, err := a.Decide(envA, rs.ID(), s)
			if err != nil {
				return err
			}
			db, err := b.Decide(envB, rs.ID(), s)
			if err != nil {
				return err
			}
			if answer(da) == answer(db) {
				same++
				continue
			}
			fmt.Fprintf(w, "  %s, %s:\n", s, rs.ID())
			fmt.Fprintf(w, "    %s: %s\n      %s\n", a.ID(), answer(da), explain(da))
			fmt.Fprintf(w, "    %s: %s\n      %s\n", b.ID(), answer(db), explain(db))
		}
	}
	fmt.Fprintf(w, "  %d other decisions are the same under both\n", same)
	return nil
}
