package regime

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// edition builds a test-only framework in force from..to; the registry
// mechanism is tested with these, never with shipped placeholders.
func edition(id string, from, to economy.Date) func() (*Framework, error) {
	return func() (*Framework, error) {
		rs, err := NewRuleSet(RuleSetSpec{ID: "rs", Policy: First, AppliesTo: KindsOf(SubjectProvider),
			Entries: []Entry{{Priority: 1, Rule: Always("otherwise", "otherwise", economy.Citation{}), Decides: Result{Regime: RoutineOversight}}}})
		if err != nil {
			return nil, err
		}
		return NewFramework(FrameworkSpec{ID: id, Name: id, From: from, To: to, RuleSets: []*RuleSet{rs}})
	}
}

func TestRegistryInForce(t *testing.T) {
	d := economy.MustDate
	reg := registry{
		edition("a", d("2008-04-01"), d("2013-03-31")),
		edition("b", d("2013-04-01"), d("2016-09-30")),
		edition("c", d("2016-10-01"), economy.Date{}),
	}
	all, err := reg.all()
	require.NoError(t, err)
	tests := []struct {
		give economy.Date
		want string
	}{
		{d("2008-04-01"), "a"}, {d("2013-03-31"), "a"}, {d("2013-04-01"), "b"},
		{d("2016-09-30"), "b"}, {d("2016-10-01"), "c"}, {d("2030-01-01"), "c"},
	}
	for _, tt := range tests {
		t.Run(tt.give.String(), func(t *testing.T) {
			f, err := inForce(all, tt.give)
			require.NoError(t, err)
			assert.Equal(t, tt.want, f.ID())
		})
	}
	_, err = inForce(all, d("2008-03-31"))
	var nf *NoFrameworkError
	require.ErrorAs(t, err, &nf)
	assert.ErrorIs(t, err, ErrNoFramework)
	assert.Contains(t, err.Error(), "2008-03-31")

	f, err := byID(all, "b")
	require.NoError(t, err)
	assert.Equal(t, "b", f.ID())
}

func TestRegistryOverlapAndBrokenEditions(t *testing.T) {
	d := economy.MustDate
	_, err := registry{
		edition("a", d("2008-04-01"), d("2013-04-01")),
		edition("b", d("2013-04-01"), economy.Date{}),
	}.all()
	assert.ErrorIs(t, err, ErrOverlappingSpan)
	_, err = registry{edition("", d("2008-04-01"), economy.Date{}), nil}.all()
	assert.Error(t, err)
}

func TestShippedRegistry(t *testing.T) {
	// No edition ships until the issue that encodes the real ones: the
	// package-level functions work and find nothing.
	all, err := Frameworks()
	require.NoError(t, err)
	assert.Len(t, all, len(editions))
	_, err = InForce(economy.MustDate("2015-06-01"))
	if len(editions) == 0 {
		assert.ErrorIs(t, err, ErrNoFramework)
	}
}
