package economy_test

import (
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"

	"github.com/failregime/failregime/economy"
)

func TestEqual(t *testing.T) {
	tests := []struct {
		name   string
		change func(e *economy.Economy)
		want   bool
	}{
		{"identical", func(*economy.Economy) {}, true},
		{"trailing zeros", func(e *economy.Economy) { e.Providers[0].Accounts[0].OperatingIncome = money("300000000.1000") }, true},
		{"different amount", func(e *economy.Economy) { e.Providers[0].Accounts[0].OperatingIncome = money("300000000.11") }, false},
		{"missing amount", func(e *economy.Economy) { e.Providers[0].Accounts[0].OperatingIncome = decimal.NullDecimal{} }, false},
		{"zero is not missing", func(e *economy.Economy) { e.System[0].Income = money("0") }, false},
		{"empty slice is nil", func(e *economy.Economy) { e.Providers[1].Services = []economy.Service{} }, true},
		{"map value by number", func(e *economy.Economy) {
			e.Providers[0].Performance[0].Other["friends_and_family"] = decimal.RequireFromString("85")
		}, true},
		{"map key differs", func(e *economy.Economy) {
			e.Providers[0].Performance[0].Other = map[string]decimal.Decimal{"other": decimal.RequireFromString("85")}
		}, false},
		{"nil pointer", func(e *economy.Economy) { e.Providers[0].Licensed = nil }, false},
		{"pointer to other value", func(e *economy.Economy) { e.Providers[0].Licensed = ptr(false) }, false},
		{"string", func(e *economy.Economy) { e.Name = "x" }, false},
		{"date", func(e *economy.Economy) { e.Spells[0].Start = date("2015-06-04") }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := rich()
			tt.change(&e)
			assert.Equal(t, tt.want, economy.Equal(rich(), e))
			assert.Equal(t, tt.want, economy.Equal(e, rich()), "Equal must be symmetric")
		})
	}
}

func TestEqualWhereDeepEqualFails(t *testing.T) {
	a := economy.Economy{
		System:    []economy.SystemFinance{{Income: money("1.50")}},
		Providers: []economy.Provider{{Performance: []economy.Performance{{}}}},
	}
	b := economy.Economy{
		System:    []economy.SystemFinance{{Income: money("1.5")}},
		Providers: []economy.Provider{{Performance: []economy.Performance{{Other: map[string]decimal.Decimal{}}}, Sources: []economy.Citation{}}},
	}
	assert.False(t, reflect.DeepEqual(a, b))
	assert.True(t, economy.Equal(a, b))
}
