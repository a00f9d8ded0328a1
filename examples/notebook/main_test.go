package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/failregime/failregime/regime/api"
)

func TestRunPrintsUsage(t *testing.T) {
	var b bytes.Buffer
	run(&b)
	assert.Equal(t, usage+"\n", b.String())
}

func TestCall(t *testing.T) {
	tests := []struct {
		name    string
		request string
		ok      bool
	}{
		{"list cases", `{"list": "cases"}`, true},
		{"assess a case", `{"date": "2015-06-03", "case": "north_cumbria_2015"}`, true},
		{"empty", ``, false},
		{"bad framework", `{"date": "2015-06-03", "framework": "nope", "case": "north_cumbria_2015"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := call([]byte(tt.request))
			assert.Equal(t, string(api.Call([]byte(tt.request))), string(out), "the wrapper must add nothing")
			var r api.Response
			require.NoError(t, json.Unmarshal(out, &r))
			assert.Equal(t, tt.ok, r.OK)
		})
	}
}
