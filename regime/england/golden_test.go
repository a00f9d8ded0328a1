package england_test

import (
	"encoding/json"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/internal/golden"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/stretchr/testify/require"
)

// caseDates are the days on which the public record judged each shipped
// case: the goldens pin every decision made about each case on each day,
// under the edition in force that day.
var caseDates = map[string][]string{
	"basildon_2009":                          {"2009-11-26", "2009-11-27"},
	"challenged_cambridge_peterborough_2014": {"2014-02-18"},
	"challenged_cumbria_2014":                {"2014-02-18"},
	"challenged_devon_2014":                  {"2014-02-18"},
	"challenged_east_sussex_2014":            {"2014-02-18"},
	"challenged_eastern_cheshire_2014":       {"2014-02-18"},
	"challenged_leicestershire_2014":         {"2014-02-18"},
	"challenged_mid_essex_2014":              {"2014-02-18"},
	"challenged_north_east_london_2014":      {"2014-02-18"},
	"challenged_northamptonshire_2014":       {"2014-02-18"},
	"challenged_south_west_london_2014":      {"2014-02-18"},
	"challenged_staffordshire_2014":          {"2014-02-18"},
	"essex_2015":                             {"2015-06-03"},
	"financial_special_measures_2016":        {"2016-07-21"},
	"hampshire_isle_of_wight_2024":           {"2024-05-20", "2026-03-31"},
	"keogh_2013":                             {"2013-07-16"},
	"lancashire_south_cumbria_2025":          {"2025-02-05", "2025-02-06", "2026-03-31"},
	"mid_staffordshire_2013":                 {"2013-04-16"},
	"nof_2025_26_acute_trusts":               {"2025-09-09", "2026-03-31"},
	"norfolk_suffolk_2026":                   {"2026-04-15"},
	"norfolk_waveney_2021":                   {"2021-09-01"},
	"norfolk_waveney_2024":                   {"2024-02-29", "2024-03-01"},
	"north_cumbria_2015":                     {"2015-06-03"},
	"north_new_devon_2015":                   {"2015-06-03"},
	"northumberland_2015":                    {"2015-06-03"},
	"private_provider_failure_cncs_2016":     {"2016-05-17"},
	"private_provider_failure_illustrative":  {"2019-06-01"},
	"shropshire_telford_wrekin_2025":         {"2025-07-30", "2025-09-25", "2026-03-31"},
	"south_east_london_2008":                 {"2008-10-16"},
	"south_london_2012":                      {"2012-07-12"},
	"south_london_2012_services":             {"2012-08-01"},
	"trafford_2013":                          {"2013-03-01", "2013-07-11"},
}

// TestGoldenCases pins the text and JSON of every decision about every
// shipped case on its day. A change to any of them is deliberate: rerun
// with -update and say why in the commit.
func TestGoldenCases(t *testing.T) { goldenCases(t) }

// TestGoldenCasesDecimalGlobals runs the same goldens with every global
// switch of shopspring/decimal flipped: no output may change.
func TestGoldenCasesDecimalGlobals(t *testing.T) {
	if golden.Updating() {
		t.Skip("the goldens are written by TestGoldenCases")
	}
	golden.FlipDecimalGlobals(t)
	goldenCases(t)
}

func goldenCases(t *testing.T) {
	for _, name := range cases.Names() {
		dates, ok := caseDates[name]
		require.True(t, ok, "case %s has no date in caseDates", name)
		for _, day := range dates {
			t.Run(name+"@"+day, func(t *testing.T) {
				e, err := cases.Load(name)
				require.NoError(t, err)
				date := economy.MustDate(day)
				f, err := england.InForce(date)
				require.NoError(t, err)
				a, err := f.Assess(regime.NewEnv(&e, date))
				require.NoError(t, err)
				base := "testdata/golden/" + name + "_" + day
				golden.Check(t, base+".txt", []byte(a.Text()))
				js, err := json.MarshalIndent(a, "", "  ")
				require.NoError(t, err)
				golden.Check(t, base+".json", append(js, '\n'))
			})
		}
	}
}
