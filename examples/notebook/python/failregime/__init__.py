"""failregime from Python: the English NHS failure regime as a library.

This package calls the failregime Go library through its C shared
library, which installing it builds (pip install ./examples/notebook/python
from a clone, with Go and a C compiler). It uses only the standard
library (ctypes and json); pandas is needed only for decision_frame.
Requests and responses are the JSON documents of the Go package
regime/api, as Python dicts; see that package's documentation for every
field.

    import failregime
    failregime.frameworks()                 # the editions, oldest first
    failregime.cases()                      # the real economies shipped
    r = failregime.assess("north_cumbria_2015", "2015-06-03")
    r["assessment"]["summary"]["highest"]   # each organisation's regime
    failregime.records("essex_2015", "2015-06-03")         # flat rows
    failregime.decision_frame("essex_2015", "2015-06-03")  # as a DataFrame
    t = failregime.timeline("essex_2015", "2013-04-01", "2019-12-31")
    svg = failregime.timeline_svg(t)        # a str; nothing is written

The library is found, in order: the path given to load(), the environment
variable FAILREGIME_LIB, or libfailregime.so (.dylib, .dll) in this
package's directory, where installing puts it.

Numbers in responses are read as decimal.Decimal, so that thresholds such
as 1.75 stay exact; decimal.Decimal values in requests are sent as
strings, which the library reads exactly too.
"""

import ctypes
import decimal
import json
import os
import sys

from .records import RECORD_COLUMNS, frame as _frame, pandas as _pandas
from .svg import timeline_svg

__all__ = [
    "FailregimeError",
    "Library",
    "load",
    "call",
    "assess",
    "frameworks",
    "cases",
    "records",
    "decision_frame",
    "timeline",
    "timeline_svg",
    "RECORD_COLUMNS",
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
                "failregime shared library not found at %s; install the package "
                "with 'pip install ./examples/notebook/python' from a clone of the "
                "repository, which builds it, or build it with 'go build "
                "-buildmode=c-shared -o libfailregime.so ./examples/notebook' and "
                "pass its path or set FAILREGIME_LIB" % self.path
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

    def records(self, economy_or_case, date, framework=None, **opts):
        """The decisions of an assessment (arguments as for assess) as flat
        records: a list of dicts of strings with the keys RECORD_COLUMNS,
        in order, one per decision."""
        return self.assess(economy_or_case, date, framework, records=True, **opts)["records"]

    def timeline(self, economy_or_case, start, end, tolerance_days=None):
        """Replay an economy (a dict) or a case (its name) from start to end
        ("YYYY-MM-DD", both included) under the edition in force on each
        day, and compare it with the spells the record holds. Returns the
        response's "timeline": "days", and "subjects", each with its
        "standing" stretch by stretch, the stretches its "own_facts"
        decided, its "recorded" spells and the "diff"."""
        span = {"from": start, "to": end}
        if tolerance_days is not None:
            span["tolerance_days"] = tolerance_days
        request = {"timeline": span}
        if isinstance(economy_or_case, str):
            request["case"] = economy_or_case
        else:
            request["economy"] = economy_or_case
        return self.call(request)["timeline"]

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


def records(economy_or_case, date, framework=None, **opts):
    """An assessment's decisions as flat records; see Library.records."""
    return _library().records(economy_or_case, date, framework, **opts)


def decision_frame(economy_or_case, date, framework=None, **opts):
    """An assessment's decisions as a pandas DataFrame, one row per
    decision, with the columns RECORD_COLUMNS; arguments as for assess.
    Raises ImportError, saying so, when pandas is not installed."""
    _pandas()  # before the call: without pandas, say so at once
    return _frame(records(economy_or_case, date, framework, **opts))


def timeline(economy_or_case, start, end, tolerance_days=None):
    """Replay an economy or a case over a span; see Library.timeline."""
    return _library().timeline(economy_or_case, start, end, tolerance_days)
