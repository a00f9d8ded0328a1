package england_test

import (
	"strings"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// No silent pass (issue 11): every kind of provider and commissioner, in
// every shipped edition, with facts that would otherwise pass, gets a
// decision that is either made by a rule that read those facts, or
// Unknown saying what is missing, pending or not encoded. Routine oversight,
// routine assurance and "not subject" are passes, allowed only where the
// table below says the library encodes the regime of that kind then.

// passFacts are the variants of facts the walk gives every organisation.
type passFacts struct {
	name     string
	tda      bool  // an NHS TDA escalation level of 1 published
	licensed *bool // whether a provider other than an NHS body held a licence
}

var passVariants = []passFacts{
	{name: "passing facts, licensed, no TDA level", licensed: yes()},
	{name: "passing facts, licensed, TDA level 1", tda: true, licensed: yes()},
	{name: "passing facts, not licensed", licensed: no()},
	{name: "passing facts, licence not known"},
}

// mayPass says whether a routine pass is a decision for an organisation of
// kind, under edition ed on day, with facts v: whether the library
// encodes a regime that read the facts and found nothing. Sources: the
// annual health check for NHS trusts in 2008/09 (Healthcare Commission);
// the NHS Performance Framework from April 2009 (HSJ 2009); the NHS TDA's
// accountability framework, April 2013 to September 2016 (St George's
// 2014), which decides only through a published level; Monitor's ratings
// of foundation trusts throughout (HFMA); the provider licence for other
// providers from 1 April 2014 (Ridout Law 2013), for those holding one;
// the oversight segments from October 2016 (NHS Improvement); CCG
// assurance from April 2013, ICBs from July 2022, PCTs on their published
// ratings before (Healthcare Commission, World Class Commissioning). Bodies
// that are not
// subject (NHS England, councils, a body of a kind that did not exist then)
// are a labelled decision.
func mayPass(subjectKind string, ed string, day economy.Date, v passFacts) bool {
	tdaEra := !day.Before(economy.MustDate("2013-04-01")) && day.Before(economy.MustDate("2016-10-01"))
	switch subjectKind {
	case economy.KindFoundationTrust.String():
		return true
	case economy.KindNHSTrust.String():
		return !tdaEra || v.tda
	case economy.KindIndependentPrivate.String(), economy.KindIndependentVoluntary.String(), economy.KindGPPractice.String(), economy.KindSocialCare.String():
		return !day.Before(economy.MustDate("2014-04-01")) && v.licensed != nil && *v.licensed
	}
	return true // commissioners: assurance or a labelled "not subject"
}

// everyKindArea has one provider of every economy.ProviderKind and one
// commissioner of every economy.CommissionerKind, each with every fact
// that would let it pass: the best published rating of every scheme
// (an NHS TDA level only when v.tda), a trust-level report rating every
// key question good, a control total agreed and forecast to be met, CCG
// assurance of the best word, commissioner finances in balance.
func everyKindArea(t *testing.T, day economy.Date, v passFacts) *economy.Economy {
	t.Helper()
	src := &economy.Citation{Document: "a passing fact (test fixture)", URL: "https://example.org/pass", Verified: true}
	period := economy.Period{From: day.AddDays(-120), To: day.AddDays(-30)}
	var ratings []economy.PublishedRating
	for s := economy.RatingScheme(1); s.Values() != nil; s++ {
		if s == economy.CCGAssurance || s == economy.TDAEscalation && !v.tda {
			continue
		}
		// Segments of systems and ICBs cannot be published before they
		// existed (economy validation refuses them).
		if s == economy.SystemSegment && day.Before(economy.MustDate("2021-07-02")) ||
			s == economy.ICBSegment && day.Before(economy.MustDate("2022-07-02")) {
			continue
		}
		ratings = append(ratings, economy.PublishedRating{Scheme: s, Period: period, Published: day.AddDays(-1), Value: s.Values()[0], Source: src})
	}
	good := economy.KeyQuestionRatings{Safe: economy.Good, Effective: economy.Good, Caring: economy.Good, Responsive: economy.Good, WellLed: economy.Good}
	e := &economy.Economy{ID: "every-kind", Name: "An area with every kind of organisation"}
	for k := economy.ProviderKind(1); ; k++ {
		if _, err := k.MarshalText(); err != nil {
			break
		}
		e.Providers = append(e.Providers, economy.Provider{ID: "P-" + k.String(), Name: "A " + k.String(), Kind: k, PeerGroup: "acute",
			Licensed: v.licensed, Ratings: ratings,
			Inspections: []economy.Inspection{{Scope: economy.ScopeProvider, Started: day.AddDays(-90), Published: day.AddDays(-30),
				Ratings: good, Overall: economy.Good, RecommendsSpecialMeasures: no()}},
			Accounts: []economy.Accounts{{Period: economy.Period{From: day.AddDays(-60), To: day.AddDays(300)},
				ControlTotal: nd("0"), ForecastSurplus: nd("10"), PlannedSurplus: nd("10"),
				ControlTotalEvents: []economy.ControlTotalEvent{{Status: economy.ControlTotalAccepted, Date: day.AddDays(-50)}}}},
		})
	}
	for k := economy.CommissionerKind(1); ; k++ {
		if _, err := k.MarshalText(); err != nil {
			break
		}
		var fin []economy.CommissionerFinance
		for y := -2; y <= 0; y++ {
			from := day.AddMonths(12*y - 1)
			fin = append(fin, economy.CommissionerFinance{Period: economy.Period{From: from, To: from.AddMonths(12).AddDays(-1)},
				Allocation: nd("1000000"), Surplus: nd("10000"), PlannedSurplus: nd("10000")})
		}
		word := "outstanding"
		if day.Before(economy.MustDate("2016-07-01")) {
			word = "assured"
		}
		e.Commissioners = append(e.Commissioners, economy.Commissioner{ID: "C-" + k.String(), Name: "A " + k.String(), Kind: k,
			Allocation: nd("1000000"), Finance: fin,
			Ratings: []economy.PublishedRating{{Scheme: economy.CCGAssurance, Period: period, Published: day.AddDays(-1), Value: word, Source: src}}})
	}
	return e
}

// passDays are each edition's first and last day.
func passDays(f *regime.Framework) []economy.Date {
	last := f.To()
	if last.IsZero() {
		last = f.From().AddDays(60)
	}
	return []economy.Date{f.From(), last}
}

func TestNoSilentPass(t *testing.T) {
	fs, err := england.Frameworks()
	require.NoError(t, err)
	for _, f := range fs {
		for _, day := range passDays(f) {
			for _, v := range passVariants {
				t.Run(f.ID()+"/"+day.String()+"/"+v.name, func(t *testing.T) {
					e := everyKindArea(t, day, v)
					kinds := map[string]string{}
					for _, p := range e.Providers {
						kinds["provider "+p.ID] = p.Kind.String()
					}
					for _, c := range e.Commissioners {
						kinds["commissioner "+c.ID] = c.Kind.String()
					}
					a, err := f.Assess(regime.NewEnv(e, day))
					require.NoError(t, err)
					judged := map[string]bool{}
					for _, d := range a.Decisions {
						who := d.Subject.Kind.String() + " " + d.Subject.ID
						kind, organisation := kinds[who]
						if d.RuleSet == england.ProviderIntervention || d.RuleSet == england.CommissionerIntervention {
							judged[who] = true
						}
						switch d.Verdict {
						case regime.NotMet:
							t.Errorf("%s: %s matched no entry of %s: a silent pass\n%s", f.ID(), who, d.RuleSet, d.Text())
						case regime.Unknown:
							assert.NotEmpty(t, d.Outcome.Reason, who)
							named := append(outcomeMissing(d.Outcome), outcomePending(d.Outcome)...)
							assert.NotEmpty(t, named, "%s: %s is Unknown without naming what is missing or pending:\n%s", f.ID(), who, d.Text())
						case regime.Met:
							r, ok := d.Ruling()
							require.True(t, ok, who)
							pass := r.Regime == economy.RoutineOversight || r.Regime == economy.CommissionerAssurance || r.Code == england.CodeNotSubject
							if organisation && pass && !mayPass(kind, f.ID(), day, v) {
								t.Errorf("%s %s: %s (%s) passes as %s, where the library encodes no regime that read its facts:\n%s",
									f.ID(), day, who, kind, r.Regime, d.Text())
							}
						}
					}
					for who := range kinds {
						assert.True(t, judged[who], "%s: no intervention rule set judged %s", f.ID(), who)
					}
				})
			}
		}
	}
}

// What is not encoded says so: the walk's organisations that may not pass
// are Unknown naming the fact or regime missing, never decided otherwise
// on passing facts.
func TestNotEncodedSaysSo(t *testing.T) {
	fs, err := england.Frameworks()
	require.NoError(t, err)
	for _, f := range fs {
		for _, day := range passDays(f) {
			for _, v := range passVariants {
				e := everyKindArea(t, day, v)
				a, err := f.Assess(regime.NewEnv(e, day))
				require.NoError(t, err)
				for _, d := range a.Decisions {
					if d.RuleSet != england.ProviderIntervention && d.RuleSet != england.CommissionerIntervention {
						continue
					}
					kind := strings.TrimPrefix(strings.TrimPrefix(d.Subject.ID, "P-"), "C-")
					if mayPass(kind, f.ID(), day, v) {
						continue
					}
					if !assert.Equal(t, regime.Unknown, d.Verdict, "%s %s %s: %s", f.ID(), day, v.name, d.Subject.ID) {
						continue
					}
					missing := strings.Join(outcomeMissing(d.Outcome), "; ")
					switch {
					case kind == economy.KindNHSTrust.String():
						assert.Contains(t, missing, "ratings[scheme=tda_escalation]", "%s %s", f.ID(), d.Subject.ID)
					case kind != economy.KindNHSTrust.String() && v.licensed == nil && !day.Before(economy.MustDate("2014-04-01")):
						assert.Contains(t, missing, "provider.licensed", "%s %s", f.ID(), d.Subject.ID)
					default:
						assert.Contains(t, missing, "(not encoded)", "%s %s %s", f.ID(), day, d.Subject.ID)
					}
				}
			}
		}
	}
}
