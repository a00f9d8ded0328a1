package rating

import (
	"encoding/json"
	"errors"
	"strconv"
	"testing"

	"github.com/failregime/failregime/internal/enum"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkWords asserts that every value of an enum encodes as its word and
// decodes back, that empty text is the zero value, that an unknown word is
// an *enum.Error naming the type and every allowed word (and leaves the
// value alone), and that a value past the table cannot be encoded.
func checkWords[T ~uint8](t *testing.T, typ string, words ...string) {
	t.Helper()
	t.Run(typ, func(t *testing.T) {
		for i, w := range words {
			v := T(i)
			b, err := any(v).(interface{ MarshalText() ([]byte, error) }).MarshalText()
			require.NoError(t, err)
			assert.Equal(t, w, string(b))
			var back T
			require.NoError(t, any(&back).(interface{ UnmarshalText([]byte) error }).UnmarshalText(b))
			assert.Equal(t, v, back, w)

			// Through JSON, as a field and as a map value.
			type holder struct {
				V T `json:"v"`
			}
			j, err := json.Marshal(holder{V: v})
			require.NoError(t, err)
			assert.JSONEq(t, `{"v":`+strconv.Quote(w)+`}`, string(j))
			var h holder
			require.NoError(t, json.Unmarshal(j, &h))
			assert.Equal(t, v, h.V)
		}

		set := T(len(words) - 1)
		u := any(&set).(interface{ UnmarshalText([]byte) error })
		require.NoError(t, u.UnmarshalText(nil))
		assert.Equal(t, T(0), set, "empty text decodes to the zero value")

		set = T(len(words) - 1)
		err := u.UnmarshalText([]byte("No Such Word"))
		var ee *enum.Error
		require.True(t, errors.As(err, &ee), "%v", err)
		assert.Equal(t, typ, ee.Type)
		assert.Equal(t, "No Such Word", ee.Word)
		assert.Equal(t, words, ee.Allowed)
		assert.Equal(t, T(len(words)-1), set, "a refused word leaves the value alone")
		if len(words) > 1 {
			assert.Error(t, u.UnmarshalText([]byte(words[1]+" ")), "words are exact")
		}

		_, err = any(T(len(words))).(interface{ MarshalText() ([]byte, error) }).MarshalText()
		var re *enum.RangeError
		assert.True(t, errors.As(err, &re), "%v", err)
		assert.Equal(t, typ+"("+strconv.Itoa(len(words))+")",
			any(T(len(words))).(interface{ String() string }).String())
	})
}

func TestEnumWords(t *testing.T) {
	checkWords[Status](t, "Status", "unknown", "rated", "insufficient_data")
	checkWords[Scale](t, "Scale", "none", "monitor_1_5", "monitor_1_4", "oversight_score", "segment", "cqc",
		"governance", "mandatory_services", "raf_governance", "performance_category", "standard")
	checkWords[Rounding](t, "Rounding", "unstated", "half_up", "half_down", "half_even", "floor", "ceil")
	checkWords[CQCLimit](t, "CQCLimit", "none", "requirement_notice", "warning_notice")
	checkWords[OverrideSwitch](t, "OverrideSwitch", "default", "on", "off")
	checkWords[FRRTrigger](t, "FRRTrigger", "none", "borrowing_limit", "metric_at_one", "metrics_at_two",
		"plan_late", "plan_incomplete", "pdc_unpaid")
	checkWords[GovernanceRating](t, "GovernanceRating", "unknown", "green", "amber_green", "amber_red", "red")
	checkWords[ServicesRating](t, "ServicesRating", "unknown", "green", "amber", "red")
	checkWords[RAFGovernance](t, "RAFGovernance", "unknown", "no_evident_concerns", "under_review", "enforcement_action")
	checkWords[PerformanceCategory](t, "PerformanceCategory", "unknown", "performing", "performance_under_review",
		"underperforming", "challenged")
	checkWords[StandardResult](t, "StandardResult", "unknown", "met", "not_met")
	checkWords[MonitorRating](t, "MonitorRating", "unrated", "1", "2", "3", "4", "5")
	checkWords[OversightScore](t, "OversightScore", "unscored", "1", "2", "3", "4")
	checkWords[Segment](t, "Segment", "unsegmented", "1", "2", "3", "4", "5")
}

// TestScaleValueWords: the scale values print as published; their text is
// the number alone, so a segment prints "segment 4" and is written "4".
// Monitor's "2*" is a judgement, not a value, and is refused.
func TestScaleValueWords(t *testing.T) {
	assert.Equal(t, "3", MonitorRating(3).String())
	assert.Equal(t, "unrated", MonitorRating(0).String())
	assert.Equal(t, "2", OversightScore(2).String())
	assert.Equal(t, "unscored", OversightScore(0).String())
	assert.Equal(t, "segment 4", Segment(4).String())
	assert.Equal(t, "unsegmented", Segment(0).String())
	assert.Equal(t, "Segment(9)", Segment(9).String())

	var r MonitorRating
	err := r.UnmarshalText([]byte("2*"))
	var ee *enum.Error
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, `unknown MonitorRating "2*" (allowed: unrated, 1, 2, 3, 4, 5)`, err.Error())
	var s Segment
	assert.ErrorAs(t, s.UnmarshalText([]byte("segment 4")), &ee)
	assert.ErrorAs(t, s.UnmarshalText([]byte("6")), &ee)

	var p NOFSegmentParams
	require.NoError(t, json.Unmarshal([]byte(`{"default_segment":"3","breach_mandates":"off"}`), &p))
	assert.Equal(t, NOFSegmentParams{DefaultSegment: 3, BreachMandates: OverrideOff}, p)
	b, err := json.Marshal(SOFSegmentInput{FinanceScore: 3})
	require.NoError(t, err)
	assert.JSONEq(t, `{"finance_score":"3"}`, string(b))
}

func TestRoundingOutOfRange(t *testing.T) {
	var r Rounding
	assert.ErrorContains(t, r.UnmarshalText([]byte("nearest")), `unknown Rounding "nearest"`)
	_, err := Rounding(99).MarshalText()
	assert.Error(t, err)
}
