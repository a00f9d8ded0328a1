package england

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/failregime/failregime/regime"
)

// obligationFacts reports what the regime reg asked of, or gave to, the
// area, each with how it stood on date: "transitional funding £6.4m,
// conditional on delivery of the plan: released 2016-04-01".
func obligationFacts(e *economy.Economy, reg economy.Regime, date economy.Date) []regime.Fact {
	var out []regime.Fact
	for i := range e.Obligations {
		o := &e.Obligations[i]
		if o.Regime != reg {
			continue
		}
		out = append(out, regime.Fact{Name: "obligation", Text: ObligationText(o, date),
			Source: o.Source, Verdict: obligationVerdict(o, date)})
	}
	return out
}

// ObligationText says what obligation o is and how it stood on date.
func ObligationText(o *economy.Obligation, date economy.Date) string {
	var b strings.Builder
	b.WriteString(strings.ReplaceAll(o.Kind.String(), "_", " "))
	if o.Model != "" {
		b.WriteString(": " + o.Model)
	}
	if o.Amount.Valid {
		b.WriteString(" " + pounds(o.Amount.Decimal))
	}
	if o.Condition != "" {
		b.WriteString(", conditional on " + o.Condition)
	}
	if len(o.Partners) > 0 {
		b.WriteString(", with " + strings.Join(o.Partners, ", "))
	}
	if !o.Due.IsZero() {
		b.WriteString(", due " + o.Due.String())
	}
	if ev, ok := o.StatusOn(date); ok {
		b.WriteString(": " + strings.ReplaceAll(ev.Status.String(), "_", " ") + " " + ev.Date.String())
		if ev.Note != "" {
			b.WriteString(" (" + ev.Note + ")")
		}
	} else {
		b.WriteString(": status not recorded by " + date.String())
	}
	return b.String()
}

// obligationVerdict: Met when delivered or released, NotMet when withheld
// or missed, Unknown otherwise (in progress, or nothing recorded).
func obligationVerdict(o *economy.Obligation, date economy.Date) regime.Verdict {
	ev, ok := o.StatusOn(date)
	switch {
	case !ok:
		return regime.Unknown
	case ev.Status == economy.ObligationDelivered || ev.Status == economy.ObligationReleased:
		return regime.Met
	case ev.Status == economy.ObligationWithheld || ev.Status == economy.ObligationMissed:
		return regime.NotMet
	}
	return regime.Unknown
}

// pounds renders an amount as £6.4m from a million, else in whole pounds.
func pounds(d decimal.Decimal) string {
	if d.Abs().Cmp(decimal.New(1, 6)) >= 0 {
		return "£" + decimaltext.Format(d.Shift(-6).Round(2)) + "m"
	}
	return "£" + decimaltext.Format(d.Round(0))
}
