package api_test

import (
	"encoding/json"
	"fmt"

	"github.com/failregime/failregime/regime/api"
)

// ExampleCall assesses one of the real cases on the day the success regime
// was announced, under the edition in force that day.
func ExampleCall() {
	out := api.Call([]byte(`{"date": "2015-06-03", "case": "north_cumbria_2015"}`))

	var r api.Response
	if err := json.Unmarshal(out, &r); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("ok:", r.OK)
	fmt.Println("framework:", r.Framework.ID, r.Framework.Name)
	fmt.Println("economy:", r.Assessment.Economy.ID, r.Assessment.Economy.Name)
	fmt.Println("decided on:", r.Assessment.DecisionDate)
	fmt.Println("summary counts every decision:", r.Assessment.Summary.Decisions == len(r.Assessment.Decisions))
	// Output:
	// ok: true
	// framework: sr2015 Success regime
	// economy: wne-cumbria West, North and East Cumbria
	// decided on: 2015-06-03
	// summary counts every decision: true
}

// ExampleCall_errors shows a request with several mistakes: the response
// lists them all, each at its path in the request.
func ExampleCall_errors() {
	out := api.Call([]byte(`{
		"date": "2015-06-31",
		"framework": "sr2015",
		"economy": {"id": "x", "name": "Example", "providers": [{"id": "R1", "name": "A trust", "kind": "hospital"}]},
		"text": "yes"
	}`))
	var r api.Response
	if err := json.Unmarshal(out, &r); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("ok:", r.OK)
	for _, p := range r.Errors {
		fmt.Printf("%s: %.60s\n", p.Path, p.Message)
	}
	// Output:
	// ok: false
	// date: date "2015-06-31" is not a real date: June 2015 has 30 days
	// economy.providers[0].kind: unknown ProviderKind "hospital" (allowed: unknown, nhs_trust
	// text: must be true or false, not a string
}

// ExampleCall_list lists the real cases a request may name.
func ExampleCall_list() {
	var resp struct {
		OK    bool `json:"ok"`
		Cases []struct {
			Name      string `json:"name"`
			Providers int    `json:"providers"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(api.Call([]byte(`{"list": "cases"}`)), &resp); err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range resp.Cases {
		if c.Name == "north_cumbria_2015" || c.Name == "keogh_2013" {
			fmt.Println(c.Name, c.Providers, "providers")
		}
	}
	// Output:
	// keogh_2013 14 providers
	// north_cumbria_2015 3 providers
}
