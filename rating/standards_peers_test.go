package rating

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
)

func TestStandardsForPeerGroup(t *testing.T) {
	ids := func(p StandardsParams) []StandardID {
		var out []StandardID
		for _, s := range p.Standards {
			out = append(out, s.ID)
		}
		return out
	}
	all := DefaultStandardsParams()
	assert.Equal(t, ids(all), ids(all.ForPeerGroup("")), "unknown peer group: every standard")
	assert.Equal(t, []StandardID{StdAmbulanceCatA8Min}, ids(all.ForPeerGroup("ambulance")))
	assert.NotContains(t, ids(all.ForPeerGroup("acute")), StdAmbulanceCatA8Min)
	assert.Len(t, ids(all.ForPeerGroup("acute")), len(all.Standards)-1)
	assert.ElementsMatch(t, []StandardID{StdRTTIncomplete, StdRTTAdmitted, StdRTTNonAdmitted}, ids(all.ForPeerGroup("non_acute")))
	assert.Len(t, all.Standards, len(DefaultStandardsParams().Standards), "ForPeerGroup does not modify its receiver")
}

// An acute trust that met every acute standard is rated met without an
// ambulance figure; the same figures for a trust of unknown type are not
// enough.
func TestStandardsMethodHoldsAcuteTrustsToAcuteStandards(t *testing.T) {
	perf := economy.Performance{Period: economy.Period{From: economy.MustDate("2015-01-01"), To: economy.MustDate("2015-03-31")},
		AE4Hours: nd("96"), RTTIncomplete18Weeks: nd("93"), RTTAdmitted18Weeks: nd("91"), RTTNonAdmitted18Wks: nd("96"),
		Cancer2WeekWait: nd("94"), Cancer31Day: nd("97"), Cancer62Day: nd("86"), Cancer28DayFDS: nd("80"), DiagnosticsOver6Wks: nd("0.5")}
	m, ok := Lookup("operational_standards")
	assert.True(t, ok)
	acute := &economy.Provider{ID: "A", PeerGroup: "acute", Performance: []economy.Performance{perf}}
	r := m.Rate(Input{Provider: acute, Date: economy.MustDate("2015-06-03")})
	assert.Equal(t, Rated, r.Status, r.String())
	assert.Equal(t, StandardMet.Score(), r.Score)

	unknown := &economy.Provider{ID: "U", Performance: []economy.Performance{perf}}
	r = m.Rate(Input{Provider: unknown, Date: economy.MustDate("2015-06-03")})
	assert.Equal(t, InsufficientData, r.Status)
	assert.Contains(t, r.Missing, "performance.ambulance_cat_a_8_minutes")
}
