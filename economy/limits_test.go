package economy_test

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
)

// TestParseFindsTheEnumError: after Parse, errors.As finds the
// *EnumError behind an unknown word, through the *FieldError.
func TestParseFindsTheEnumError(t *testing.T) {
	_, err := economy.Parse([]byte(doc(`{"id":"P1","name":"p","kind":"hospital"}`)))
	var enumErr *economy.EnumError
	require.ErrorAs(t, err, &enumErr)
	assert.Equal(t, "ProviderKind", enumErr.Type)
	assert.Equal(t, "hospital", enumErr.Word)
	var fe *economy.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "providers[0].kind", fe.Path)
	assert.Same(t, enumErr, fe.Unwrap())
}

// TestParseReportsDecodingAndValidationAtOnce: a problem of reading does
// not hide Validate's problems with the parts that were read, and is not
// reported twice by Validate.
func TestParseReportsDecodingAndValidationAtOnce(t *testing.T) {
	tests := []struct {
		name string
		give string
		want []problem
	}{
		{"a bad word and a missing name", doc(`{"id":"P1","kind":"hospital"}`), []problem{
			{"providers[0].kind", `unknown ProviderKind "hospital"`},
			{"providers[0].name", "is required"},
		}},
		{"a bad figure and a negative one", doc(`{"id":"P1","name":"p","kind":"nhs_trust","accounts":[{"period":{"from":"2014-04-01","to":"2015-03-31"},
			"operating_income":"lots","operating_expenses":"-5"}]}`), []problem{
			{"providers[0].accounts[0].operating_income", `"lots" is not a decimal number`},
			{"providers[0].accounts[0].operating_expenses", "must not be negative"},
		}},
		{"an impossible date and a period out of order", doc(`{"id":"P1","name":"p","kind":"nhs_trust","accounts":[
			{"period":{"from":"2015-02-30","to":"2016-03-31"}},{"period":{"from":"2016-04-01","to":"2015-03-31"}}]}`), []problem{
			{"providers[0].accounts[0].period.from", `date "2015-02-30" is not a real date: February 2015 has 28 days`},
			{"providers[0].accounts[1].period.to", "must not be before from (2016-04-01)"},
		}},
		{"an ID that is not text leaves references unchecked", `{"id":"e","name":"E","commissioners":[{"id":7,"name":"c","kind":"ccg"}],
			"providers":[{"id":"P1","name":"p","kind":"nhs_trust","services":[{"id":"S1","name":"s","commissioners":["C1"]}]}]}`, []problem{
			{"commissioners[0].id", "must be a string, not a number"},
		}},
		{"a service that is not an object leaves dependents unchecked", doc(`{"id":"P1","name":"p","kind":"nhs_trust",
			"services":[{"id":"S1","name":"s","dependents":["S2"]}, "S2"]}`), []problem{
			{"providers[0].services[1]", "must be an object, not a string"},
		}},
		{"a whole number written 1e3", doc(`{"id":"P1","name":"p","kind":"nhs_trust"}`)[:0] + `{"id":"e","name":"E","commissioners":[{"id":"C1","name":"c","kind":"ccg","population":1e3}]}`, []problem{
			{"commissioners[0].population", "1e3 must be written as a whole number, without a decimal point or exponent: 1000"},
		}},
		{"1e999999999", doc(`{"id":"P1","name":"p","kind":"nhs_trust","assets":[{"id":"A","description":"a","value":1e999999999}]}`), []problem{
			{"providers[0].assets[0].value", "1e999999999 is out of range: must not exceed 1e15 in absolute value"},
		}},
		{"a lone surrogate", `{"id":"e","name":"\udc00"}`, []problem{
			{"name", `lone surrogate \udc00 at byte 19 (line 1, column 19)`},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := economy.Parse([]byte(tt.give))
			assertProblems(t, tt.want, err)
		})
	}
}

// economyWith returns a valid economy of n providers, each with s
// services.
func economyWith(n, s int) economy.Economy {
	e := economy.Economy{ID: "e", Name: "E"}
	for i := range n {
		p := economy.Provider{ID: fmt.Sprintf("P%d", i), Name: "p", Kind: economy.KindNHSTrust}
		for j := range s {
			p.Services = append(p.Services, economy.Service{ID: fmt.Sprintf("S%d", j), Name: "s"})
		}
		e.Providers = append(e.Providers, p)
	}
	return e
}

func TestValidateLimits(t *testing.T) {
	require.NoError(t, economyWith(economy.MaxProviders, 0).Validate(), "MaxProviders is allowed")
	require.NoError(t, economyWith(1, economy.MaxServices).Validate(), "MaxServices is allowed")
	long := strings.Repeat("x", economy.MaxTextLength+1)
	tests := []struct {
		name   string
		change func(e *economy.Economy)
		want   []problem
	}{
		{"too many providers", func(e *economy.Economy) { *e = economyWith(economy.MaxProviders+1, 0) },
			[]problem{{"providers", "has 10001 entries, more than the limit of 10000 (economy.MaxProviders)"}}},
		{"too many services", func(e *economy.Economy) { *e = economyWith(1, economy.MaxServices+1) },
			[]problem{{"providers[0].services", "has 1001 entries, more than the limit of 1000 (economy.MaxServices)"}}},
		{"too many commissioners of a service", func(e *economy.Economy) {
			cs := make([]string, economy.MaxListLength+1)
			for i := range cs {
				cs[i] = e.Commissioners[0].ID
			}
			e.Providers[0].Services[0].Commissioners = cs
		}, append([]problem{{"providers[0].services[0].commissioners", "has 1001 entries, more than the limit of 1000 (economy.MaxListLength)"}},
			// Each repeat is reported too, up to MaxProblems.
			repeatProblems(99, "providers[0].services[0].commissioners", "01H", 1000-1+1)...)},
		{"a name too long", func(e *economy.Economy) { e.Providers[0].Name = long },
			[]problem{{"providers[0].name", "is 4097 bytes long, more than the limit of 4096 (economy.MaxTextLength)"}}},
		{"a note too long", func(e *economy.Economy) { e.Sources = []economy.Citation{{Document: "d", Note: long}} },
			[]problem{{"sources[0].note", "is 4097 bytes long"}}},
		{"an ID too long", func(e *economy.Economy) { e.ID = strings.Repeat("E", economy.MaxIDLength+1) },
			[]problem{{"id", "is 65 bytes long, more than the limit of 64 for an ID"}}},
		{"an ID with a slash", func(e *economy.Economy) { e.Providers[0].Services[0].ID = "ae/cic" },
			[]problem{{"providers[0].services[0].id", `"ae/cic" may hold only ASCII letters, digits, '-', '_' and '.', and must start with a letter or digit`},
				{"providers[0].assets[0].needed_for[0]", `no service "ae-cic" in this provider`},
				{"reconfigurations[0].services[0].service", `no service "ae-cic" in provider RNL`}}},
		{"IDs that would make subject IDs collide", func(e *economy.Economy) {
			// Provider "A" with service "B/C" and provider "A/B" with
			// service "C" would both be the subject "A/B/C".
			*e = economy.Economy{ID: "e", Name: "E", Providers: []economy.Provider{
				{ID: "A", Name: "a", Kind: economy.KindNHSTrust, Services: []economy.Service{{ID: "B/C", Name: "s"}}},
				{ID: "A/B", Name: "ab", Kind: economy.KindNHSTrust, Services: []economy.Service{{ID: "C", Name: "s"}}},
			}}
		}, []problem{{"providers[0].services[0].id", `"B/C" may hold only`}, {"providers[1].id", `"A/B" may hold only`}}},
		{"an ID with a space", func(e *economy.Economy) {
			e.Commissioners[0].ID = "01 H"
			e.Providers[0].Services[0].Commissioners[0] = "01 H"
			e.Reconfigurations[0].Consultation.Responses[0].Consultee = "01 H"
		}, []problem{{"commissioners[0].id", `"01 H" may hold only`}}},
		{"an ID starting with a dot", func(e *economy.Economy) { e.Providers[0].Assets[0].ID = ".a" },
			[]problem{{"providers[0].assets[0].id", `".a" may hold only`}}},
		{"a commissioner listed twice", func(e *economy.Economy) {
			e.Providers[0].Services[0].Commissioners = []string{"01H", "01H"}
		}, []problem{{"providers[0].services[0].commissioners[1]", `"01H" is listed twice, first at providers[0].services[0].commissioners[0]`}}},
		{"an alternative listed twice", func(e *economy.Economy) {
			s := &e.Providers[0].Services[0]
			s.Alternatives = append(s.Alternatives, s.Alternatives[0])
		}, []problem{{"providers[0].services[0].alternatives[1].provider_id", "is listed twice, first at providers[0].services[0].alternatives[0].provider_id"}}},
		{"a service needed twice", func(e *economy.Economy) {
			a := &e.Providers[0].Assets[0]
			a.NeededFor = append(a.NeededFor, a.NeededFor[0])
		}, []problem{{"providers[0].assets[0].needed_for[1]", "is listed twice"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := rich()
			tt.change(&e)
			err := e.Validate()
			assertProblems(t, tt.want, err)
			assert.Equal(t, err == nil, e.Valid(), "Valid agrees with Validate")
		})
	}
}

// repeatProblems is the n problems of a list whose every entry after the
// first repeats id, then the count of the rest.
func repeatProblems(n int, path, id string, total int) []problem {
	var out []problem
	for j := 1; j <= n; j++ {
		out = append(out, problem{fmt.Sprintf("%s[%d]", path, j), fmt.Sprintf("%q is listed twice", id)})
	}
	return append(out, problem{"", fmt.Sprintf("and %d more problems", total-n)})
}

// TestValidateBoundsEveryDecimal sets each decimal of the rich economy in
// turn to 7e10000000, as a Go caller could, and requires Validate to
// refuse it at its path, quickly: CheckDecimal never builds the number.
func TestValidateBoundsEveryDecimal(t *testing.T) {
	huge := decimal.New(7, 10_000_000)
	tiny := decimal.New(7, -10_000_000)
	n := 0
	forEachDecimal(reflect.ValueOf(ptr(rich())).Elem(), "", func(path string, set func(decimal.Decimal)) {
		n++
		for _, bad := range []decimal.Decimal{huge, tiny, decimal.NewFromBigInt(new(decimal.Decimal).Coefficient().Lsh(decimal.New(1, 0).Coefficient(), 100_000), 0)} {
			e := rich()
			forEachDecimal(reflect.ValueOf(&e).Elem(), "", func(p string, setE func(decimal.Decimal)) {
				if p == path {
					setE(bad)
				}
			})
			err := e.Validate()
			require.Error(t, err, path)
			assert.False(t, e.Valid(), path)
			fes := economy.FieldErrors(err)
			require.Len(t, fes, 1, "%s: %v", path, err)
			assert.Equal(t, path, fes[0].Path)
		}
	})
	assert.Greater(t, n, 40, "every decimal of the rich economy")
}

// forEachDecimal calls f with the path of every decimal in v (as Validate
// writes paths) and a function that sets it.
func forEachDecimal(v reflect.Value, path string, f func(string, func(decimal.Decimal))) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			forEachDecimal(v.Elem(), path, f)
		}
	case reflect.Struct:
		switch x := v.Addr().Interface().(type) {
		case *decimal.Decimal:
			f(path, func(d decimal.Decimal) { *x = d })
			return
		case *decimal.NullDecimal:
			if x.Valid {
				f(path, func(d decimal.Decimal) { *x = decimal.NewNullDecimal(d) })
			}
			return
		}
		for i := range v.NumField() {
			ft := v.Type().Field(i)
			name, _, _ := strings.Cut(ft.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			sub := name
			if path != "" {
				sub = path + "." + name
			}
			forEachDecimal(v.Field(i), sub, f)
		}
	case reflect.Slice:
		for i := range v.Len() {
			forEachDecimal(v.Index(i), fmt.Sprintf("%s[%d]", path, i), f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			key := k.String()
			f(path+"."+key, func(d decimal.Decimal) { v.SetMapIndex(k, reflect.ValueOf(d)) })
		}
	}
}

// CheckDecimal decides by digits where they settle it; around the
// bound it must agree with arithmetic, for every scale.
func TestCheckDecimalAgreesWithArithmetic(t *testing.T) {
	bound := decimal.New(1, economy.MaxMagnitudeExponent)
	rng := rand.New(rand.NewPCG(1, 15))
	for range 20000 {
		exp := int32(rng.IntN(46) - 30) // -30 to 15
		var coef big.Int
		if rng.IntN(3) == 0 { // exactly 10^15, and its neighbours
			coef.Exp(big.NewInt(10), big.NewInt(int64(15-exp)), nil)
			coef.Add(&coef, big.NewInt(int64(rng.IntN(3)-1)))
		} else {
			digits := make([]byte, rng.IntN(48)+1)
			for i := range digits {
				digits[i] = byte('0' + rng.IntN(10))
			}
			coef.SetString(string(digits), 10)
		}
		if rng.IntN(2) == 0 {
			coef.Neg(&coef)
		}
		d := decimal.NewFromBigInt(&coef, exp)
		want := d.Abs().Cmp(bound) <= 0
		if got := economy.CheckDecimal(d) == nil; got != want {
			t.Fatalf("CheckDecimal(%s) accepts: %v, want %v", d, got, want)
		}
	}
}

func TestCheckDecimal(t *testing.T) {
	tests := []struct {
		give decimal.Decimal
		want string
	}{
		{decimal.RequireFromString("1e15"), ""},
		{decimal.RequireFromString("-1e15"), ""},
		{decimal.RequireFromString("1000000000000000.000000000000000000000000000000"), ""},
		{decimal.RequireFromString("1e-30"), ""},
		{decimal.Zero, ""},
		{decimal.RequireFromString("1000000000000000.01"), "is out of range: must not exceed 1e15 in absolute value"},
		{decimal.New(7, 10_000_000), "is out of range"},
		{decimal.New(0, 10_000_000), "is zero written with an exponent above 15"},
		{decimal.RequireFromString("1e-31"), "must not have more than 30 decimal places"},
		{decimal.New(1, -10_000_000), "must not have more than 30 decimal places"},
	}
	for _, tt := range tests {
		// Not tt.give.String(): that would write out ten million digits.
		t.Run(fmt.Sprintf("%se%d", tt.give.Coefficient(), tt.give.Exponent()), func(t *testing.T) {
			err := economy.CheckDecimal(tt.give)
			if tt.want == "" {
				assert.NoError(t, err)
				return
			}
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

func TestCheckDate(t *testing.T) {
	assert.NoError(t, economy.CheckDate(date("2015-06-03")))
	assert.EqualError(t, economy.CheckDate(economy.MakeDate(2015, 2, 30)), "2015-02-30 is not a real date: February 2015 has 28 days")
	assert.EqualError(t, economy.CheckDate(economy.MakeDate(2015, 13, 1)), "2015-13-01 is not a real date: there is no month 13")
	assert.EqualError(t, economy.CheckDate(date("1948-07-04")), "must not be before 1948-07-05, when the NHS was founded")
	assert.EqualError(t, economy.CheckDate(date("2101-01-01")), "must not be after 2100-12-31")
}

// TestProblemsAreBounded: an input with thousands of problems reports
// MaxProblems of them, then one line that counts the rest.
func TestProblemsAreBounded(t *testing.T) {
	e := economy.Economy{ID: "e", Name: "E"}
	for i := range 150 {
		e.Providers = append(e.Providers, economy.Provider{ID: fmt.Sprintf("P%d", i), Kind: economy.KindNHSTrust})
	}
	fes := economy.FieldErrors(e.Validate())
	require.Len(t, fes, economy.MaxProblems+1)
	assert.Equal(t, "providers[99].name", fes[99].Path)
	assert.Equal(t, "", fes[100].Path)
	assert.Equal(t, "and 50 more problems", fes[100].Message)

	data := `{"id":"e","name":"E","providers":[` + strings.Repeat(`{"x":1},`, 300) + `{"x":1}]}`
	_, err := economy.Parse([]byte(data))
	fes = economy.FieldErrors(err)
	require.Len(t, fes, economy.MaxProblems+1)
	// 301 unknown fields, then 301 providers without an id, a name or a kind.
	assert.Equal(t, "and 1104 more problems", fes[100].Message)
}

func TestParseRefusesAnInputTooLarge(t *testing.T) {
	data := []byte(`{"id":"e","name":"` + strings.Repeat("x", economy.MaxInputBytes) + `"}`)
	_, err := economy.Parse(data)
	assertProblems(t, []problem{{"", fmt.Sprintf("input is %d bytes, more than the limit of %d", len(data), economy.MaxInputBytes)}}, err)
	assert.False(t, errors.Is(err, nil))
}
