package main

/*
#include <stdlib.h>
*/
import "C"

import "unsafe"

// failregime_call answers one JSON request (a NUL-terminated UTF-8
// string) with one JSON response, as regime/api.Call does. The response
// is a new NUL-terminated string allocated with malloc: the caller owns
// it and must release it with failregime_free (or free), exactly once.
// The request stays the caller's; it is read, never kept or modified.
// A NULL request is answered like an empty one, with an error response.
// The response never contains a NUL byte, since JSON escapes control
// characters.
//
//export failregime_call
func failregime_call(request *C.char) *C.char {
	var in []byte
	if request != nil {
		in = []byte(C.GoString(request))
	}
	return C.CString(string(call(in)))
}

// failregime_free releases a response returned by failregime_call.
// Freeing NULL does nothing.
//
//export failregime_free
func failregime_free(response *C.char) {
	C.free(unsafe.Pointer(response))
}

// callThroughC sends request through the exported functions the way a C
// caller would, copying the response out before freeing it; the tests use
// it to check the C boundary itself.
func callThroughC(request string, null bool) string {
	var in *C.char
	if !null {
		in = C.CString(request)
		defer C.free(unsafe.Pointer(in))
	}
	out := failregime_call(in)
	defer failregime_free(out)
	return C.GoString(out)
}
