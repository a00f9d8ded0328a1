//go:build cgo

package main

import (
	"encoding/json"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime/api"
)

// TestExports crosses the C boundary: the request goes in as C memory and
// a length, and the response comes back as malloc'd memory, freed by
// failregime_free.
func TestExports(t *testing.T) {
	for _, req := range []string{
		`{"list": "frameworks"}`,
		`{"date": "2015-06-03", "case": "north_cumbria_2015", "text": true}`,
		`{"date": "2015-06-03", "case": "north_cumbria_2015", "economy": {}}`,
		"{\"list\": \"caf\u00e9\"}",
		``,
	} {
		assert.Equal(t, string(api.Call([]byte(req))), callThroughC(req, false, 0), req)
	}
	assert.Equal(t, string(api.Call(nil)), callThroughC("", true, 0), "a NULL request")
}

// TestExportsReadTheLength: the library reads exactly the length given,
// not up to the first NUL, and refuses a NUL byte inside it, or a length
// that counts a C string's terminator, with an error that says so.
func TestExportsReadTheLength(t *testing.T) {
	tests := []struct {
		name    string
		request string
		null    bool
		length  uint64 // for a NULL request
		want    string // the one problem's message
	}{
		{"a NUL inside, then more", "{\"list\": \"cases\"}\x00{\"list\": \"frameworks\"}", false, 0,
			"the request contains a NUL byte at byte 18 (line 1, column 18); JSON text never does"},
		{"the terminator counted", "{\"list\": \"cases\"}\x00", false, 0,
			"the request contains a NUL byte at byte 18 (line 1, column 18); JSON text never does"},
		{"a NUL inside a string", "{\"list\": \"ca\x00ses\"}", false, 0,
			"the request contains a NUL byte at byte 13 (line 1, column 13); JSON text never does"},
		{"NULL with a length", "", true, 12, "the request is NULL but its length is 12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r api.Response
			require.NoError(t, json.Unmarshal([]byte(callThroughC(tt.request, tt.null, tt.length)), &r))
			assert.False(t, r.OK)
			require.Len(t, r.Errors, 1)
			assert.Equal(t, api.Problem{Path: "", Message: tt.want}, r.Errors[0])
		})
	}

	// A length beyond the limit is refused before any byte is read: the
	// pointer is never followed.
	var r api.Response
	var never byte // callC must refuse by the length alone, never reading this
	require.NoError(t, json.Unmarshal(callC(unsafe.Pointer(&never), economy.MaxInputBytes+1), &r))
	assert.Equal(t, []api.Problem{{Message: "the request is 16777217 bytes, more than the limit of 16777216"}}, r.Errors)
	require.NoError(t, json.Unmarshal(callC(unsafe.Pointer(&never), 1<<62), &r))
	assert.Equal(t, []api.Problem{{Message: "the request is 4611686018427387904 bytes, more than the limit of 16777216"}}, r.Errors)
}
