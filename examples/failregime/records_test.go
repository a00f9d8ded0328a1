package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/regime/api"
)

// TestCSVMatchesAPIRecords: the CSV and regime/api's flat records (what
// the Python module's data frames hold) have the same columns in the same
// order and the same cells, so a table made either way reads the same.
func TestCSVMatchesAPIRecords(t *testing.T) {
	code, out, errs := runIt(t, "", "assess", "-case", "essex_2015", "-date", "2015-06-03", "-format", "csv")
	require.Equal(t, 0, code, errs)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)

	resp := api.Call([]byte(`{"date": "2015-06-03", "case": "essex_2015", "records": true}`))
	var r struct {
		Records []json.RawMessage `json:"records"`
	}
	require.NoError(t, json.Unmarshal(resp, &r), "%s", resp)
	require.Len(t, r.Records, len(rows)-1)
	for i, raw := range r.Records {
		keys, values := orderedStrings(t, raw)
		assert.Equal(t, rows[0], keys, "columns")
		assert.Equal(t, rows[i+1], values, "row %d", i+1)
	}
}

// orderedStrings reads a JSON object of strings, keeping its keys' order.
func orderedStrings(t *testing.T, raw []byte) (keys, values []string) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	_, err := dec.Token() // {
	require.NoError(t, err)
	for dec.More() {
		k, err := dec.Token()
		require.NoError(t, err)
		v, err := dec.Token()
		require.NoError(t, err)
		keys, values = append(keys, k.(string)), append(values, v.(string))
	}
	return keys, values
}
