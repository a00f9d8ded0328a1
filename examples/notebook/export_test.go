//go:build cgo

package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/failregime/failregime/regime/api"
)

// TestExports crosses the C boundary: the request goes in as C memory and
// the response comes back as malloc'd memory, freed by failregime_free.
func TestExports(t *testing.T) {
	for _, req := range []string{
		`{"list": "frameworks"}`,
		`{"date": "2015-06-03", "case": "north_cumbria_2015", "text": true}`,
		`{"date": "2015-06-03", "case": "north_cumbria_2015", "economy": {}}`,
		"{\"list\": \"caf\u00e9\"}",
		``,
	} {
		assert.Equal(t, string(api.Call([]byte(req))), callThroughC(req, false), req)
	}
	assert.Equal(t, string(api.Call(nil)), callThroughC("", true), "a NULL request")
}
