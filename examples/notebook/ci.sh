#!/usr/bin/env bash
# Checks the Python package end to end, as a Python user meets it: installs
# examples/notebook/python with pip into a new virtual environment (its
# build backend builds the Go shared library into the wheel), runs demo.py
# from a temporary directory and checks the lines it prints and the SVG it
# writes, then runs the package's unit tests against the installed copy.
# Where venv or pip is missing it builds the wheel with the backend itself
# and unpacks it onto PYTHONPATH instead. .ci/run calls it; it also runs
# on its own from any directory. Needs Go with cgo (a C compiler) and
# python3; nothing is downloaded.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

fail() { echo "notebook ci: $*" >&2; exit 1; }

command -v go >/dev/null || fail "go not found"
command -v python3 >/dev/null || fail "python3 not found"
[ "$(go env CGO_ENABLED)" = 1 ] || fail "cgo is disabled (CGO_ENABLED=0 or no C compiler); the shared library needs it"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# No __pycache__ left in the source tree.
export PYTHONDONTWRITEBYTECODE=1
unset FAILREGIME_LIB

# README's install: pip install ./examples/notebook/python, into a venv,
# offline (the backend needs nothing from an index).
if python3 -m venv "$tmp/venv" >/dev/null 2>&1 && [ -x "$tmp/venv/bin/pip" ]; then
  py="$tmp/venv/bin/python"
  echo "notebook ci: pip install ./examples/notebook/python (into a new venv)"
  "$tmp/venv/bin/pip" install --quiet --no-index --disable-pip-version-check ./examples/notebook/python ||
    fail "pip install ./examples/notebook/python failed"
else
  py=python3
  echo "notebook ci: no venv with pip here; building the wheel with the backend and unpacking it"
  mkdir -p "$tmp/wheel" "$tmp/site"
  whl=$(cd examples/notebook/python && python3 -c '
import sys
sys.path.insert(0, "build_backend")
import failregime_build
print(failregime_build.build_wheel(sys.argv[1]))' "$tmp/wheel") || fail "building the wheel failed"
  python3 -m zipfile -e "$tmp/wheel/$whl" "$tmp/site"
  export PYTHONPATH="$tmp/site"
fi

# From a directory of its own, so that nothing in the clone is imported.
mkdir "$tmp/run"
echo "notebook ci: (cd \$tmp && python demo.py)"
if ! out=$(cd "$tmp/run" && "$py" "$repo/examples/notebook/demo.py" 2>&1); then
  echo "$out"
  fail "demo.py exited with an error"
fi
echo "$out"

# Each line demo.py must print, as an extended regular expression. They
# check structure (editions, the case, the assessment's header, the
# records' columns, the timeline, the error paths), not verdicts, which
# change as the rule sets are written.
expected=(
  '^frameworks: [0-9]+ editions, cf2008 \(from 2008-04-01\) to [a-z0-9]+ \(from [0-9]{4}-[0-9]{2}-[0-9]{2}\)$'
  '^  sr2015 +2015-06-03 Success regime$'
  '^case north_cumbria_2015: West, North and East Cumbria \(wne-cumbria\), 3 providers, 1 commissioners$'
  '^assessed wne-cumbria on 2015-06-03 under sr2015 \(Success regime 2015/16\) \[sha256:[0-9a-f]{64}\]$'
  '^decisions: [0-9]+ \(met [0-9]+, not met [0-9]+, unknown [0-9]+\)$'
  '^highest: '
  '^decision text'
  '^records: [0-9]+ rows of 16 columns: decision_date, facts_date, framework, edition, hash, subject_kind, subject_id, subject_name, rule_set, verdict, regime, intensity, code, text, missing, reason$'
  '^timeline essex_2015: [0-9]+ days replayed, [0-9]+ subjects, [0-9]+ stretches, [0-9]+ of the record'"'"'s spells agree$'
  '^timeline svg: timeline\.svg \([0-9]+ bytes\)$'
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
"$py" -c '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
bars = [r for r in root.iter("{http://www.w3.org/2000/svg}rect") if r.get("class") == "stretch"]
assert bars, "no bars"
' "$tmp/run/timeline.svg" || fail "demo.py's timeline.svg is not an SVG with bars"

# The installed package's own tests, and its library's C boundary: the
# request goes with its length, so a NUL inside it is refused, not a cut;
# FAILREGIME_LIB still names another copy.
echo "notebook ci: unit tests (python -m unittest)"
(cd "$tmp/run" && "$py" -m unittest discover -s "$repo/examples/notebook/python/tests" -t "$repo/examples/notebook/python/tests") ||
  fail "the package's unit tests failed"
check_module='
import json, failregime
r = failregime.call({"list": "colours"}, check=False)
assert r["schema"] == 1 and r["ok"] is False and r["errors"][0]["path"] == "list", r
assert "north_cumbria_2015" in [c["name"] for c in failregime.cases()]
lib = failregime.load(failregime.Library().path)
cases = json.dumps({"list": "cases"}).encode()
r = json.loads(lib.raw(cases + b"\x00" + json.dumps({"list": "colours"}).encode()))
assert r["ok"] is False and "NUL byte at byte 18" in r["errors"][0]["message"], r
assert json.loads(lib.raw(cases))["ok"] is True
'
(cd "$tmp/run" && "$py" -c "$check_module") || fail "the installed package did not work"
mkdir "$tmp/other"
(cd "$tmp/run" && "$py" -c 'import failregime, shutil, sys; shutil.copy(failregime.Library().path, sys.argv[1])' "$tmp/other/libfailregime.so")
(cd "$tmp/run" && FAILREGIME_LIB="$tmp/other/libfailregime.so" "$py" -c '
import failregime, sys
assert failregime.Library().path == sys.argv[1], failregime.Library().path
assert failregime.cases()' "$tmp/other/libfailregime.so") || fail "FAILREGIME_LIB was not followed"

echo "notebook ci: passed"
