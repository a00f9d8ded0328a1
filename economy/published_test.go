package economy_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPublishedRatingsValidate(t *testing.T) {
	src := &economy.Citation{Document: "Monitor ratings", Issuer: "Monitor", Year: 2013}
	q := func(from, to string) economy.Period {
		return economy.Period{From: economy.MustDate(from), To: economy.MustDate(to)}
	}
	base := func(rs ...economy.PublishedRating) economy.Economy {
		return economy.Economy{ID: "E", Name: "Area", Providers: []economy.Provider{{ID: "P", Name: "Trust", Kind: economy.KindFoundationTrust, Ratings: rs}}}
	}
	good := economy.PublishedRating{Scheme: economy.MonitorFRR, Period: q("2013-01-01", "2013-03-31"), Published: economy.MustDate("2013-05-30"), Value: "3", Source: src}
	require.NoError(t, base(good).Validate())
	tests := []struct {
		name string
		give economy.PublishedRating
		want string
	}{
		{"wrong scale", economy.PublishedRating{Scheme: economy.MonitorFRR, Period: good.Period, Published: good.Published, Value: "red", Source: src},
			`providers[0].ratings[0].value: "red" is not a monitor_frr value`},
		{"published before its period", economy.PublishedRating{Scheme: economy.MonitorFRR, Period: good.Period, Published: economy.MustDate("2012-12-31"), Value: "3", Source: src},
			"providers[0].ratings[0].published: must not be before the period it rates (2013-01-01)"},
		{"published on the first day of its period", economy.PublishedRating{Scheme: economy.MonitorGovernance, Period: good.Period, Published: economy.MustDate("2013-01-01"), Value: "red", Source: src}, ""},
		{"segment 5 before 2025/26", economy.PublishedRating{Scheme: economy.NOFSegment, Period: q("2025-04-01", "2025-06-25"), Published: economy.MustDate("2025-06-25"), Value: "5", Source: src},
			"segment 5 exists only from the NHS Oversight Framework 2025/26"},
		{"segment 5 on the day", economy.PublishedRating{Scheme: economy.NOFSegment, Period: q("2025-04-01", "2025-06-30"), Published: economy.MustDate("2025-06-26"), Value: "5", Source: src}, ""},
		{"a system segment before July 2021", economy.PublishedRating{Scheme: economy.SystemSegment, Period: q("2021-04-01", "2021-06-30"), Published: economy.MustDate("2021-06-30"), Value: "4", Source: src},
			"providers[0].ratings[0].published: systems were segmented only from the NHS System Oversight Framework 2021/22 (2021-07-01)"},
		{"a system segment on 1 July 2021", economy.PublishedRating{Scheme: economy.SystemSegment, Period: q("2021-07-01", "2021-07-01"), Published: economy.MustDate("2021-07-01"), Value: "4", Source: src}, ""},
		{"an ICB segment before 1 July 2022", economy.PublishedRating{Scheme: economy.ICBSegment, Period: q("2022-04-01", "2022-06-30"), Published: economy.MustDate("2022-06-30"), Value: "3", Source: src},
			"providers[0].ratings[0].published: ICBs exist only from 2022-07-01"},
		{"an ICB segment on 1 July 2022", economy.PublishedRating{Scheme: economy.ICBSegment, Period: q("2022-04-01", "2022-06-30"), Published: economy.MustDate("2022-07-01"), Value: "3", Source: src}, ""},
		{"no source", economy.PublishedRating{Scheme: economy.MonitorFRR, Period: q("2012-01-01", "2012-03-31"), Published: economy.MustDate("2012-05-30"), Value: "3"},
			"providers[0].ratings[1].source: is required"},
		{"no scheme", economy.PublishedRating{Period: good.Period, Published: good.Published, Value: "3", Source: src},
			"providers[0].ratings[1].scheme: is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := []economy.PublishedRating{tt.give}
			if tt.name == "no source" || tt.name == "no scheme" {
				rs = []economy.PublishedRating{good, tt.give}
			}
			err := base(rs...).Validate()
			if tt.want == "" {
				assert.NoError(t, err)
				return
			}
			assert.ErrorContains(t, err, tt.want)
		})
	}
	dup := good
	dup.Value, dup.Published = "2", economy.MustDate("2013-06-01")
	assert.ErrorContains(t, base(good, dup).Validate(), "providers[0].ratings[1].period: a second monitor_frr rating for")
}

func TestLatestRating(t *testing.T) {
	src := &economy.Citation{Document: "d"}
	r := func(to, pub, v string) economy.PublishedRating {
		from := economy.MustDate(to).AddDays(-89)
		return economy.PublishedRating{Scheme: economy.MonitorCoSRR, Period: economy.Period{From: from, To: economy.MustDate(to)}, Published: economy.MustDate(pub), Value: v, Source: src}
	}
	rs := []economy.PublishedRating{r("2014-06-30", "2014-08-28", "3"), r("2014-09-30", "2014-11-27", "2*"), r("2014-03-31", "2014-05-29", "4")}
	tests := []struct {
		day, want string
		ok        bool
	}{
		{"2014-05-28", "", false},
		{"2014-05-29", "4", true},
		{"2014-08-27", "4", true},
		{"2014-08-28", "3", true},
		{"2015-01-01", "2*", true},
	}
	for _, tt := range tests {
		got, ok := economy.LatestRating(rs, economy.MonitorCoSRR, economy.MustDate(tt.day))
		assert.Equal(t, tt.ok, ok, tt.day)
		if ok {
			assert.Equal(t, tt.want, got.Value, tt.day)
		}
	}
	_, ok := economy.LatestRating(rs, economy.MonitorFSRR, economy.MustDate("2015-01-01"))
	assert.False(t, ok)
}
