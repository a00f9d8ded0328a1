package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// continuity prints what happens to each service while the trust is
// administered and after it is gone, and who must agree to any change.
func continuity(w io.Writer, e *economy.Economy, p *economy.Provider, day economy.Date) error {
	f, err := england.InForce(day)
	if err != nil {
		return err
	}
	plans, err := england.ContinuityPlan(f, regime.NewEnv(e, day), p.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nServices on %s (%s, rule set %s):\n", day, f.ID(), england.ServiceContinuity)
	for _, pl := range plans {
		fmt.Fprintf(w, "  %s\n", pl.Service.Name)
		fmt.Fprintf(w, "    kept running through the administration: %s\n", pl.KeptRunning)
		if r, ok := pl.Decision.Ruling(); ok {
			fmt.Fprintf(w, "    afterwards: %s\n", r.Text)
		} else {
			// An unknown is reported as such: the trust's services were
			// never designated, so the rules cannot say they may cease.
			fmt.Fprintf(w, "    afterwards: %s (%s)\n", pl.Decision.Verdict, firstReason(pl.Decision))
		}
		fmt.Fprintf(w, "    its commissioners: %s; to involve in any reshaping: %s\n",
			strings.Join(pl.Agreement.Commissioners, ", "), strings.Join(pl.Agreement.Local, ", "))
	}
	return nil
}

// assets prints the asset register on a day of the administration, then
// the same disposal proposed on the eve, the first day and the decision
// day, to show when the protection starts.
func assets(w io.Writer, e *economy.Economy, p *economy.Provider, day economy.Date) error {
	f, err := england.InForce(day)
	if err != nil {
		return err
	}
	reg, err := england.AssetRegister(f, regime.NewEnv(e, day), p.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nAssets on %s (%s, rule set %s):\n", day, f.ID(), england.AssetProtection)
	for _, a := range reg.Assets {
		fmt.Fprintf(w, "  %s: %s", a.Description, a.Disposal)
		if a.ConsentFrom != "" {
			fmt.Fprintf(w, " (consent of %s)", a.ConsentFrom)
		}
		fmt.Fprintf(w, "\n    %s\n", firstReason(a.Decision))
		for _, m := range missing(a.Decision) {
			fmt.Fprintf(w, "    not in the record: %s\n", m)
		}
	}
	fmt.Fprintln(w, "  A disposal of Queen Mary's Hospital, Sidcup (qms-site), proposed on:")
	for _, s := range []string{"2012-07-15", "2012-07-16", "2013-01-31"} {
		d, err := economy.ParseDate(s)
		if err != nil {
			return err
		}
		fd, err := england.InForce(d)
		if err != nil {
			return err
		}
		dec, err := england.DecideDisposal(fd, regime.NewEnv(e, d), p.ID, "qms-site")
		if err != nil {
			return err
		}
		label := dec.Verdict.String()
		if r, ok := dec.Ruling(); ok {
			label = r.Text
		}
		fmt.Fprintf(w, "    %s (%s): %s\n", d, fd.ID(), label)
	}
	return nil
}

// firstReason is the reason of the chosen entry, or, for an unknown
// decision, of the first entry that could not be decided.
func firstReason(d regime.Decision) string {
	want := ""
	switch {
	case len(d.Chosen) > 0:
		want = d.Chosen[0].Entry
	case len(d.Undecided) > 0:
		want = d.Undecided[0].Entry
	}
	if o, ok := d.Node(want); ok {
		return o.Reason
	}
	return d.Outcome.Reason
}

// missing lists the facts an unknown decision lacked, from its why-not
// findings.
func missing(d regime.Decision) []string {
	if d.Verdict != regime.Unknown {
		return nil
	}
	var out []string
	for _, fd := range d.Outcome.WhyNot() {
		if fd.Verdict != regime.Unknown {
			continue
		}
		if len(fd.Missing) == 0 {
			out = append(out, fd.Reason)
		}
		out = append(out, fd.Missing...)
	}
	// Several conditions can lack the same fact; name it once.
	slices.Sort(out)
	return slices.Compact(out)
}
