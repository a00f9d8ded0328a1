package rating_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/rating"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// finChain lists the financial methods and the segmentations in order of
// succession, each with the dates it is in force.
var finChain = []struct {
	id, from, to string
}{
	{"monitor_cosrr", "2013-10-01", "2015-08-04"},
	{"monitor_fsrr", "2015-08-05", "2016-09-30"},
	{"nhsi_sof_finance", "2016-10-01", "2019-08-22"},
	{"nhsi_sof_segment", "2016-10-01", "2019-08-22"},
	{"nhse_nof_2019_segment", "2019-08-23", "2021-06-30"},
	{"nhse_nof_2021_segment", "2021-07-01", "2022-06-30"},
	{"nhse_nof_2022_segment", "2022-07-01", "2025-06-25"},
	{"nhse_nof_2025_segment", "2025-06-26", "2026-03-31"},
}

func TestFinanceMethodsInForce(t *testing.T) {
	for _, tt := range finChain {
		t.Run(tt.id, func(t *testing.T) {
			m, ok := rating.Lookup(tt.id)
			require.True(t, ok)
			from, to := economy.MustDate(tt.from), economy.MustDate(tt.to)
			assert.Equal(t, from, m.From)
			assert.Equal(t, to, m.To)
			assert.False(t, m.InForce(from.AddDays(-1)), "day before From")
			assert.True(t, m.InForce(from), "From")
			assert.True(t, m.InForce(to), "To")
			assert.False(t, m.InForce(to.AddDays(1)), "day after To")
			assert.NotEmpty(t, m.Sources)
			assert.NotEmpty(t, m.Name)
		})
	}
}

func TestFinanceMethodsSuccession(t *testing.T) {
	next := map[string]string{
		"monitor_cosrr": "monitor_fsrr", "monitor_fsrr": "nhsi_sof_finance",
		"nhsi_sof_segment": "nhse_nof_2019_segment", "nhse_nof_2019_segment": "nhse_nof_2021_segment",
		"nhse_nof_2021_segment": "nhse_nof_2022_segment", "nhse_nof_2022_segment": "nhse_nof_2025_segment",
	}
	for id, succ := range next {
		a, _ := rating.Lookup(id)
		b, _ := rating.Lookup(succ)
		assert.Equal(t, b.From, a.To.AddDays(1), "%s ends the day before %s starts", id, succ)
	}
	ids := func(d string) []string {
		var out []string
		for _, m := range rating.MethodsInForce(economy.MustDate(d)) {
			out = append(out, m.ID)
		}
		return out
	}
	assert.Contains(t, ids("2015-08-04"), "monitor_cosrr")
	assert.NotContains(t, ids("2015-08-05"), "monitor_cosrr")
	assert.Contains(t, ids("2015-08-05"), "monitor_fsrr")
	assert.Subset(t, ids("2016-10-01"), []string{"nhsi_sof_finance", "nhsi_sof_segment"})
	assert.NotContains(t, ids("2016-10-01"), "monitor_fsrr")
}

func TestFinanceMethodsRate(t *testing.T) {
	p := finProvider()
	p.Accounts = append(p.Accounts, *finAccounts()) // 2014/15
	late := finAccounts()
	late.Period = economy.FinancialYear(2015)
	late.EBITDA = finND("-50")
	p.Accounts = append(p.Accounts, *late)

	tests := []struct {
		id, date string
		want     string
	}{
		{"monitor_cosrr", "2015-06-30", "CoSRR 3: capital service cover 2.00x -> 3; liquidity -4.0 days -> 3; mean 3.0 -> 3"},
		{"monitor_cosrr", "2013-12-31", "CoSRR insufficient_data: missing accounts"},
		{"monitor_fsrr", "2016-06-30", "FSRR 2: capital service capacity -9.80x -> 1; liquidity -4.0 days -> 3; I&E margin 1.00% -> 3; I&E margin variance from plan 0.50 pp -> 4; weighted mean 2.75 -> 3; a metric scored 1: no better than 2"},
		{"nhsi_sof_finance", "2017-06-30", "SOF finance 2: capital service capacity 2.00x -> 2; liquidity -4.0 days -> 2; I&E margin 1.00% -> 2; distance from financial plan 0.50 pp -> 1; agency spend against ceiling -10.0% -> 1; weighted mean 1.6 -> 2"},
		{"nhsi_sof_segment", "2017-06-30", "SOF segment 1: finance and use of resources score 2 -> 2"},
		{"nhse_nof_2019_segment", "2019-12-31", "NOF 2019/20 segment 1: finance and use of resources score 2 -> 2"},
		{"nhse_nof_2021_segment", "2021-12-31", "SOF 2021/22 segment 2: default segment: no better than segment 2"},
		{"nhse_nof_2022_segment", "2023-12-31", "NOF 2022/23 segment 2: default segment: no better than segment 2"},
	}
	for _, tt := range tests {
		t.Run(tt.id+" "+tt.date, func(t *testing.T) {
			m, ok := rating.Lookup(tt.id)
			require.True(t, ok)
			assert.Equal(t, tt.want, m.Rate(rating.Input{Provider: p, Date: economy.MustDate(tt.date)}).String())
		})
	}
	for _, tt := range finChain {
		m, _ := rating.Lookup(tt.id)
		r := m.Rate(rating.Input{Date: economy.MustDate(tt.from)})
		assert.Equal(t, []string{"provider"}, r.Missing, tt.id)
		assert.Equal(t, tt.id, r.Method)
	}
}
