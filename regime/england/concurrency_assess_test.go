package england_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/failregime/failregime/regime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConcurrentAssess shares one framework and one set of economies (a
// synthetic England) between many goroutines, each assessing every economy
// in its own order, and requires every result to equal, byte for byte,
// the sequential run's. Run under -race it also proves that assessment
// writes nothing shared: not the framework, not the economies.
func TestConcurrentAssess(t *testing.T) {
	const workers = 8
	ed := scaleEditions[0]
	es, f := syntheticEngland(t, ed.id, ed.date)

	want := make([][]byte, len(es))
	for i := range es {
		a, err := f.Assess(regime.NewEnv(&es[i], ed.date))
		require.NoError(t, err)
		want[i], err = json.Marshal(a)
		require.NoError(t, err)
	}

	got := make([][][]byte, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			got[w] = make([][]byte, len(es))
			// Each worker starts at a different economy, so that
			// different goroutines judge the same economy at the same
			// time.
			for k := range es {
				i := (k + w*len(es)/workers) % len(es)
				a, err := f.Assess(regime.NewEnv(&es[i], ed.date))
				if err == nil {
					got[w][i], err = json.Marshal(a)
				}
				if err != nil {
					errs[w] = err
					return
				}
			}
		}(w)
	}
	wg.Wait()
	for w := 0; w < workers; w++ {
		require.NoError(t, errs[w], "worker %d", w)
		for i := range es {
			assert.Equal(t, string(want[i]), string(got[w][i]), "worker %d, economy %s", w, es[i].ID)
		}
	}
}
