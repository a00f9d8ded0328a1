package main

import (
	"fmt"
	"io"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// reshapingID is the administrator's recommendations in the case.
const reshapingID = "slht-tsa-2012"

// reshapingDays are the days the record turned: the consultation closed,
// the Secretary of State decided, the High Court ruled, the Court of
// Appeal dismissed the appeal.
var reshapingDays = []string{"2012-12-14", "2013-01-31", "2013-07-31", "2013-10-29"}

// reshaping follows the administrator's recommendations through the
// process of the day, service by service: who was consulted and who had
// to agree, where each service stood on each day, and why.
func reshaping(w io.Writer, e *economy.Economy) error {
	var r *economy.Reconfiguration
	for i := range e.Reconfigurations {
		if e.Reconfigurations[i].ID == reshapingID {
			r = &e.Reconfigurations[i]
		}
	}
	if r == nil {
		return fmt.Errorf("case has no reconfiguration %s", reshapingID)
	}
	fmt.Fprintf(w, "\nReshaping the services (%s, rule set %s):\n", r.ID, england.ServiceChange)
	fmt.Fprintf(w, "  draft report %s; consultation %s to %s; final report %s; decided %s (%s)\n",
		r.Proposed, r.Consultation.Start, r.Consultation.End, r.Submitted, r.Decided, r.Outcome)
	for i, day := range reshapingDays {
		d, err := economy.ParseDate(day)
		if err != nil {
			return err
		}
		f, err := england.InForce(d)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  on %s (%s):\n", d, f.ID())
		for _, ref := range r.Services {
			p, ok := e.Provider(ref.Provider)
			if !ok {
				return fmt.Errorf("no provider %s", ref.Provider)
			}
			svc, ok := p.Service(ref.Service)
			if !ok {
				return fmt.Errorf("no service %s", ref)
			}
			dec, err := f.Decide(regime.NewEnv(e, d), england.ServiceChange, regime.ServiceSubject(p, svc))
			if err != nil {
				return err
			}
			label := dec.Verdict.String()
			if stage, ok := england.ChangeStageOf(dec); ok {
				label = stage.String()
			}
			fmt.Fprintf(w, "    %-22s %s: %s\n", ref, label, entryReason(dec))
			if i == 0 && ref.Provider != r.Trust {
				// Who was asked and who answered, once, from the decision
				// on the service outside the trust.
				for _, fct := range consultationFacts(dec) {
					fmt.Fprintf(w, "      - %s\n", fct)
				}
			}
		}
	}
	return nil
}

// entryReason is the reason of the chosen entry, or of the first entry
// left undecided.
func entryReason(d regime.Decision) string {
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

// consultationFacts are the facts of the consultation, the responses and
// the local authorities' scrutiny, as the decision recorded them.
func consultationFacts(d regime.Decision) []string {
	var out []string
	for _, o := range d.Outcome.Children {
		for _, f := range o.Facts {
			switch f.Name {
			case "consultation", "responses in the record", "health scrutiny":
				out = append(out, f.Name+": "+f.Text)
			}
		}
	}
	return out
}
