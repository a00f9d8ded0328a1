package england_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/internal/golden"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// TestDecidedShare pins, for every shipped case on each of its days, how
// many of its organisations get a decided standing (a regime, or "none
// applies") and which do not, with the facts they lack. A rise or a fall
// is a deliberate change: rerun with -update and say why.
func TestDecidedShare(t *testing.T) {
	var b strings.Builder
	total, decided := 0, 0
	for _, name := range cases.Names() {
		e, err := cases.Load(name)
		require.NoError(t, err)
		for _, day := range caseDates[name] {
			d := economy.MustDate(day)
			f, err := england.InForce(d)
			require.NoError(t, err)
			a, err := f.Assess(regime.NewEnv(&e, d))
			require.NoError(t, err)
			n, k := 0, 0
			var undecided []string
			for _, s := range a.Summary.Highest {
				n++
				if s.Decided {
					k++
				} else {
					undecided = append(undecided, s.Subject.ID)
				}
			}
			total, decided = total+n, decided+k
			fmt.Fprintf(&b, "%s@%s %d/%d\n", name, day, k, n)
			for _, id := range undecided {
				fmt.Fprintf(&b, "  undecided: %s\n", id)
			}
		}
	}
	fmt.Fprintf(&b, "total %d/%d (%d%%)\n", decided, total, 100*decided/max(total, 1))
	golden.Check(t, "testdata/decided_share.txt", []byte(b.String()))
}
