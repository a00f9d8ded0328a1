// Package cases holds real health economies from the public record as
// embedded JSON: the areas, trusts and commissioners the regimes judged, on
// the dates they judged them. The examples and the library's own case tests
// use them, and so can any caller who wants real data to try a rule on.
//
// Every figure names its source in the sources list of the organisation or
// area it belongs to; facts the sources did not give are left out, so the
// library reads them as unknown rather than as zero.
package cases

import (
	"embed"
	"fmt"
	"strings"

	"github.com/failregime/failregime/economy"
)

//go:embed data/*.json
var data embed.FS

// Names lists the cases, sorted.
func Names() []string {
	entries, err := data.ReadDir("data")
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		out = append(out, strings.TrimSuffix(e.Name(), ".json"))
	}
	return out
}

// Load parses the named case ("north_cumbria_2015") from data/NAME.json.
func Load(name string) (economy.Economy, error) {
	raw, err := data.ReadFile("data/" + name + ".json")
	if err != nil {
		return economy.Economy{}, fmt.Errorf("cases: no case %q", name)
	}
	e, err := economy.Parse(raw)
	if err != nil {
		return economy.Economy{}, fmt.Errorf("cases: %s: %w", name, err)
	}
	return e, nil
}

// Raw returns the JSON of the named case, for callers that parse it
// themselves.
func Raw(name string) ([]byte, error) { return data.ReadFile("data/" + name + ".json") }
