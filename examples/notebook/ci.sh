#!/usr/bin/env bash
# Checks the notebook wrapper end to end, as a Python user meets it: builds
# the C shared library into a temporary directory, runs demo.py with it and
# checks the lines it prints. .ci/run calls it; it also runs on its own
# from any directory. Needs Go with cgo (a C compiler) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "notebook ci: $*" >&2; exit 1; }

command -v go >/dev/null || fail "go not found"
command -v python3 >/dev/null || fail "python3 not found"
[ "$(go env CGO_ENABLED)" = 1 ] || fail "cgo is disabled (CGO_ENABLED=0 or no C compiler); the shared library needs it"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lib="$tmp/libfailregime.so"

echo "notebook ci: go build -buildmode=c-shared -o $lib ./examples/notebook"
go build -buildmode=c-shared -o "$lib" ./examples/notebook || fail "building the shared library failed"

# No __pycache__ left in the source tree.
export PYTHONDONTWRITEBYTECODE=1

echo "notebook ci: python3 examples/notebook/demo.py $lib"
if ! out=$(python3 examples/notebook/demo.py "$lib" 2>&1); then
  echo "$out"
  fail "demo.py exited with an error"
fi
echo "$out"

# Each line demo.py must print, as an extended regular expression. They
# check structure (editions, the case, the assessment's header, the error
# paths), not verdicts, which change as the rule sets are written.
expected=(
  '^frameworks: [0-9]+ editions, cf2008 \(from 2008-04-01\) to [a-z0-9]+ \(from [0-9]{4}-[0-9]{2}-[0-9]{2}\)$'
  '^  sr2015 +2015-06-03 Success regime$'
  '^case north_cumbria_2015: West, North and East Cumbria \(wne-cumbria\), 3 providers, 1 commissioners$'
  '^assessed wne-cumbria on 2015-06-03 under sr2015 \(Success regime 2015/16\) \[sha256:[0-9a-f]{64}\]$'
  '^decisions: [0-9]+ \(met [0-9]+, not met [0-9]+, unknown [0-9]+\)$'
  '^highest: '
  '^decision text'
  '^error: framework: unknown framework "sr2051"; known: .*sr2015'
  '^error: economy\.providers\[0\]\.kind: unknown ProviderKind "hospital"'
  '^demo: done$'
)
missing=0
for re in "${expected[@]}"; do
  if ! grep -Eq -- "$re" <<<"$out"; then
    echo "notebook ci: demo.py did not print a line matching: $re" >&2
    missing=$((missing + 1))
  fi
done
[ "$missing" -eq 0 ] || fail "$missing expected line(s) missing from demo.py's output"

# The module also finds the library through FAILREGIME_LIB, and next to
# itself; call() can return a refusal instead of raising.
check_module='
import sys
sys.path.insert(0, sys.argv[1])
import failregime
r = failregime.call({"list": "colours"}, check=False)
assert r["schema"] == 1 and r["ok"] is False and r["errors"][0]["path"] == "list", r
assert "north_cumbria_2015" in [c["name"] for c in failregime.cases()]
# The request goes with its length: a NUL inside it is refused, not a cut.
import json
lib = failregime.load(failregime.Library().path)
cases = json.dumps({"list": "cases"}).encode()
r = json.loads(lib.raw(cases + b"\x00" + json.dumps({"list": "colours"}).encode()))
assert r["ok"] is False and "NUL byte at byte 18" in r["errors"][0]["message"], r
assert json.loads(lib.raw(cases))["ok"] is True
'
FAILREGIME_LIB="$lib" python3 -c "$check_module" examples/notebook ||
  fail "failregime.py did not work with the library named by FAILREGIME_LIB"
cp examples/notebook/failregime.py "$tmp/"
env -u FAILREGIME_LIB python3 -c "$check_module" "$tmp" ||
  fail "failregime.py did not find the library next to itself"

# README's "Calling it from Python" commands, exactly as written there.
echo "notebook ci: README's commands"
rm -f examples/notebook/libfailregime.so examples/notebook/libfailregime.h
trap 'rm -rf "$tmp"; rm -f examples/notebook/libfailregime.so examples/notebook/libfailregime.h' EXIT
go build -buildmode=c-shared -o examples/notebook/libfailregime.so ./examples/notebook ||
  fail "README's build command failed"
if ! readme_out=$(cd examples/notebook && env -u FAILREGIME_LIB python3 demo.py 2>&1); then
  echo "$readme_out"
  fail "README's python3 demo.py failed"
fi
grep -q '^demo: done$' <<<"$readme_out" || fail "README's python3 demo.py did not finish"

echo "notebook ci: passed"
