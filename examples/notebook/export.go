package main

/*
#include <stdlib.h>
*/
import "C"

import (
	"fmt"
	"unsafe"

	"github.com/failregime/failregime/economy"
)

// failregime_call answers one JSON request with one JSON response, as
// regime/api.Call does. The request is the length bytes at request, UTF-8
// JSON; no terminating NUL is needed, and none may be counted: the
// library reads exactly length bytes, and a NUL byte anywhere in them is
// refused with an error response that says where it is (JSON text never
// holds one), as is a request larger than economy.MaxInputBytes, which is
// refused before it is read. A NULL request of length 0 is answered like
// an empty one, with an error response; a NULL request of any other
// length is an error response too.
//
// The response is a new NUL-terminated string allocated with malloc: the
// caller owns it and must release it with failregime_free (or free),
// exactly once. The request stays the caller's; it is read during the
// call, never kept or modified. The response never contains a NUL byte,
// since JSON escapes control characters.
//
//export failregime_call
func failregime_call(request *C.char, length C.size_t) *C.char {
	return C.CString(string(callC(unsafe.Pointer(request), uint64(length))))
}

// callC is failregime_call's Go: the request's bytes are read in place,
// not copied, and a length beyond the limit is refused before any slice
// is made of it, so that no length costs anything.
func callC(request unsafe.Pointer, length uint64) []byte {
	switch {
	case request == nil && length != 0:
		return refusal(fmt.Sprintf("the request is NULL but its length is %d", length))
	case request == nil:
		return call(nil)
	case length > economy.MaxInputBytes:
		return refusal(fmt.Sprintf("the request is %d bytes, more than the limit of %d", length, economy.MaxInputBytes))
	}
	return call(unsafe.Slice((*byte)(request), int(length)))
}

// failregime_free releases a response returned by failregime_call.
// Freeing NULL does nothing.
//
//export failregime_free
func failregime_free(response *C.char) {
	C.free(unsafe.Pointer(response))
}

// callThroughC sends request through the exported functions the way a C
// caller would: the request's bytes in C memory with their length (none of
// them a terminator), the response copied out before it is freed. The
// tests use it to check the C boundary itself. With null, the request is
// NULL and length is passed as given.
func callThroughC(request string, null bool, length uint64) string {
	var in *C.char
	if !null {
		in = (*C.char)(C.CBytes([]byte(request)))
		defer C.free(unsafe.Pointer(in))
		length = uint64(len(request))
	}
	out := failregime_call(in, C.size_t(length))
	defer failregime_free(out)
	return C.GoString(out)
}
