// Command notebook is the failregime library as a C shared library, for
// Python notebooks and any other language with a C foreign function
// interface. It exports two C functions (see export.go):
//
//	char *failregime_call(char *request, size_t length);  // JSON request in, JSON response out
//	void failregime_free(char *response);                 // frees what failregime_call returned
//
// The request and response are those of package regime/api. Build it with
//
//	go build -buildmode=c-shared -o libfailregime.so ./examples/notebook
//
// Python users need not: pip install ./examples/notebook/python builds it
// into the Python package (python/failregime), and demo.py shows a
// session. Run as a program, it only says how to build it.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/failregime/failregime/regime/api"
)

// usage is what the program prints: the library is the product, and
// there is nothing for a command to do.
const usage = "notebook: build the shared library with: go build -buildmode=c-shared -o libfailregime.so ./examples/notebook"

func main() { run(os.Stdout) }

func run(w io.Writer) { fmt.Fprintln(w, usage) }

// call is all the Go the exported functions hold: the C side only moves
// bytes across.
func call(request []byte) []byte { return api.Call(request) }

// refusal is the response to a call the C side cannot pass on: an API
// failure with one problem about the request as a whole.
func refusal(message string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(api.Response{Schema: api.Schema, Errors: []api.Problem{{Message: message}}}); err != nil {
		panic(err) // a Response of strings always encodes
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
