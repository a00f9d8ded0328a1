package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSouthLondonHealthcare(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, false))
	out := b.String()
	tests := []struct {
		name string
		want []string
	}{
		{"eligible under cf2011", []string{
			"Eligibility on 2012-07-12 under Compliance Framework 2011/12 [cf2011]:\n",
			"  met: trust_special_administration (failure), by entry trust_special_administration\n",
			"    met: the Secretary of State may order special administration in the interests of the health service (s.65B): a judgement is recorded\n",
			"      - unable to pay its debts (judgement) made\n",
		}},
		{"services kept running, what follows unknown", []string{
			"  Hospital services, Queen Mary's Hospital, Sidcup\n    kept running through the administration: met\n    afterwards: unknown (",
			"    its commissioners: pct-greenwich, pct-bexley; to involve in any reshaping: pct-bexley, pct-bromley, pct-greenwich, pct-lewisham, ccg-lewisham\n",
		}},
		{"assets", []string{
			"  Queen Mary's Hospital, Sidcup: site and buildings: refused\n",
			"  Princess Royal University Hospital, Bromley: unknown\n",
			"    not in the record: paid for with public money\n",
			"    2012-07-15 (cf2011): protected public asset: disposal only with the Secretary of State's consent\n",
			"    2012-07-16 (cf2011): protected: disposal refused while the provider is under trust special administration\n",
			"    2013-01-31 (hsca2012): protected: disposal refused while the provider is under trust special administration\n",
		}},
		{"reshaping: consultation, decision, courts", []string{
			"  draft report 2012-10-29; consultation 2012-11-02 to 2012-12-13; final report 2013-01-07; decided 2013-01-31 (approved_with_changes)\n",
			"    lewisham-healthcare/ae change_tests_not_met: a test in force is not met: support from GP commissioners (supports: none named; opposes: ccg-lewisham;",
			"      - responses in the record: ccg-lewisham (opposes)\n",
			"      - health scrutiny: local authorities: la-bexley, la-bromley, la-greenwich, la-lewisham;",
			"law of 2010): the strategic health authority;",
			"    RYQ/qms                change_approved: the Secretary of State decided on the final report on 2013-01-31: approved_with_changes\n",
			"which Chapter 5A reached only from 15 July 2014",
			"    lewisham-healthcare/ae change_quashed: the decision stands quashed as to this service after High Court on 2013-07-31, [2013] EWHC 2381 (Admin)\n",
			"    lewisham-healthcare/ae change_quashed: the decision stands quashed as to this service after Court of Appeal on 2013-10-29, [2013] EWCA Civ 1409\n",
		}},
		{"timetable", []string{
			"  appointment        due 2012-07-18  (5 working days from 2012-07-12)\n                     happened 2012-07-16: the administrator took control [1]\n",
			"  draft_report       due 2012-10-29  (75 working days from 2012-07-16, extended)\n",
			"  consultation_end   due 2012-12-13  (30 working days from 2012-11-02)\n                     happened 2012-12-13: consultation closed [1]\n",
			"  final_report       due 2013-01-07  (15 working days from 2012-12-13)\n                     happened 2013-01-07: final report given to the Secretary of State",
			"  decision           due 2013-02-01  (20 working days from 2013-01-07)\n                     happened 2013-01-31: the Secretary of State decided [3]\n",
			"  [3] BMJ, Lewisham A&E department will be downgraded, health secretary says, 2013, ",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
		})
	}
	assert.NotContains(t, out, "paid for with public money\n    not in the record: paid", "each missing fact named once per asset")
	assert.Equal(t, 2, strings.Count(out, "not in the record: paid for with public money\n"), "the two sites whose funding was not found")
	assert.NotContains(t, out, "Decision on provider", "the full text only with -v")
}

func TestSouthLondonHealthcareVerbose(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, true))
	assert.Contains(t, b.String(), "Decision on provider RYQ (South London Healthcare NHS Trust) by rule set provider_intervention (first)\n")
}
