// Package cases holds real health economies from the public record as
// embedded JSON, for the examples and the library's own case tests. Every
// figure names its source; facts the sources did not give are left out, so
// the library reads them as unknown.
package cases

import (
	"embed"
	"fmt"

	"github.com/failregime/failregime/economy"
)

//go:embed data/*.json
var data embed.FS

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
