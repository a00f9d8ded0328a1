"""failregime from Python: the English NHS failure regime as a library.

This module calls the failregime Go library through its C shared library,
built with

    go build -buildmode=c-shared -o libfailregime.so ./examples/notebook

It uses only the standard library (ctypes and json). Requests and
responses are the JSON documents of the Go package regime/api, as Python
dicts; see that package's documentation for every field.

    import failregime
    failregime.frameworks()                 # the editions, oldest first
    failregime.cases()                      # the real economies shipped
    r = failregime.assess("north_cumbria_2015", "2015-06-03")
    r["assessment"]["summary"]["highest"]   # each organisation's regime

The library is found, in order: the path given to load(), the environment
variable FAILREGIME_LIB, or libfailregime.so (.dylib, .dll) next to this
file.

Numbers in responses are read as decimal.Decimal, so that thresholds such
as 1.75 stay exact; decimal.Decimal values in requests are sent as
strings, which the library reads exactly too.
"""

import ctypes
import decimal
import json
import os
import sys

__all__ = [
    "FailregimeError",
    "Library",
    "load",
    "call",
    "assess",
    "frameworks",
    "cases",
]

SCHEMA = 1

_NAMES = {"darwin": "libfailregime.dylib", "win32": "libfailregime.dll"}


class FailregimeError(Exception):
    """A request the library refused. errors lists every problem found, as
    dicts with "path" (where in the request; "" for the request as a
    whole) and "message"; response is the whole response."""

    def __init__(self, errors, response=None):
        self.errors = list(errors)
        self.response = response
        lines = [
            "%s: %s" % (e.get("path") or "(request)", e.get("message", ""))
            for e in self.errors
        ]
        super().__init__("; ".join(lines) or "the request failed")


def _default_path():
    env = os.environ.get("FAILREGIME_LIB")
    if env:
        return env
    name = _NAMES.get(sys.platform, "libfailregime.so")
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), name)


def _encode(value):
    # Decimals go as strings, which failregime reads exactly; anything else
    # json cannot write is the caller's mistake.
    if isinstance(value, decimal.Decimal):
        return str(value)
    raise TypeError("cannot send %r to failregime" % (value,))


class Library:
    """One loaded copy of the shared library."""

    def __init__(self, path=None):
        self.path = path or _default_path()
        if not os.path.exists(self.path):
            raise FileNotFoundError(
                "failregime shared library not found at %s; build it with "
                "'go build -buildmode=c-shared -o libfailregime.so ./examples/notebook' "
                "and pass its path, or set FAILREGIME_LIB" % self.path
            )
        lib = ctypes.CDLL(self.path)
        # The request goes as a pointer and a length: the library reads
        # exactly that many bytes, so nothing is lost at a NUL (and a NUL
        # in a request is refused, with a message that says where).
        lib.failregime_call.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
        # A void pointer, not c_char_p: ctypes would copy a c_char_p result
        # into bytes and drop the pointer, and the response could never be
        # freed.
        lib.failregime_call.restype = ctypes.c_void_p
        lib.failregime_free.argtypes = [ctypes.c_void_p]
        lib.failregime_free.restype = None
        self._lib = lib

    def raw(self, request):
        """Send request (bytes or str of JSON) and return the response as
        bytes, without reading it."""
        if isinstance(request, str):
            request = request.encode("utf-8")
        ptr = self._lib.failregime_call(request, len(request))
        if not ptr:
            raise MemoryError("failregime_call returned NULL")
        try:
            return ctypes.string_at(ptr)
        finally:
            self._lib.failregime_free(ptr)

    def call(self, request, check=True):
        """Send request (a dict) and return the response as a dict. When the
        library refuses the request, raise FailregimeError, unless check is
        false."""
        body = json.dumps(request, default=_encode, ensure_ascii=False)
        response = json.loads(self.raw(body).decode("utf-8"), parse_float=decimal.Decimal)
        if response.get("schema") != SCHEMA:
            raise FailregimeError(
                [{"path": "", "message": "unexpected response schema %r" % response.get("schema")}],
                response,
            )
        if check and not response.get("ok"):
            raise FailregimeError(response.get("errors", []), response)
        return response

    def assess(self, economy_or_case, date, framework=None, **opts):
        """Assess an economy (a dict, as economy.Parse reads it) or a case
        (its name, a str) on date ("YYYY-MM-DD"), under framework (an
        edition ID; by default the edition in force on date). Other
        request fields go as keyword arguments: facts_date, variant,
        rule_sets, text. Returns the response: "framework", "assessment"
        and, if asked for, "text"."""
        request = {"date": date}
        if isinstance(economy_or_case, str):
            request["case"] = economy_or_case
        else:
            request["economy"] = economy_or_case
        if framework is not None:
            request["framework"] = framework
        request.update(opts)
        return self.call(request)

    def frameworks(self):
        """The framework editions, oldest first, each with its span, hash,
        rule sets and parameters (with defaults and citations)."""
        return self.call({"list": "frameworks"})["frameworks"]

    def cases(self):
        """The real economies shipped with the library, by name."""
        return self.call({"list": "cases"})["cases"]


_default = None


def load(path=None):
    """Load the shared library from path (or the default places) and make
    it the one the module's functions use."""
    global _default
    _default = Library(path)
    return _default


def _library():
    return _default if _default is not None else load()


def call(request, check=True):
    """Send one request dict; see Library.call."""
    return _library().call(request, check)


def assess(economy_or_case, date, framework=None, **opts):
    """Assess an economy or a named case on a date; see Library.assess."""
    return _library().assess(economy_or_case, date, framework, **opts)


def frameworks():
    """List the framework editions; see Library.frameworks."""
    return _library().frameworks()


def cases():
    """List the shipped cases; see Library.cases."""
    return _library().cases()
