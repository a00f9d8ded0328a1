"""A PEP 517 build backend for the failregime Python package, in the
standard library only, so that `pip install examples/notebook/python`
works offline: setuptools and wheel need not be installed.

A wheel is the package's Python files and the Go library built as a C
shared library (go build -buildmode=c-shared ./examples/notebook) into
the package, with the .dist-info files pip reads (PEP 427). The Go module
is the one this directory sits in; Go with cgo must be on PATH, or named
by the environment variable FAILREGIME_GO.

An sdist would have to carry the whole Go module to build from, so there
is none: install from the repository.
"""

import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import zipfile

NAME = "failregime"
MODULE = "github.com/failregime/failregime"
BRIDGE = "./examples/notebook"

_HERE = os.path.dirname(os.path.abspath(__file__))
_PROJECT = os.path.dirname(_HERE)  # the directory holding pyproject.toml


# --- metadata ------------------------------------------------------------


def _project():
    """The [project] table of pyproject.toml: name, version, description,
    requires-python, license. tomllib is read when there is one (3.11+);
    the table is flat strings, so a line reader serves older Pythons."""
    path = os.path.join(_PROJECT, "pyproject.toml")
    with open(path, "rb") as f:
        data = f.read()
    try:
        import tomllib
    except ImportError:
        tomllib = None
    if tomllib is not None:
        return tomllib.loads(data.decode("utf-8")).get("project", {})
    table, out = None, {}
    for line in data.decode("utf-8").splitlines():
        line = line.strip()
        if line.startswith("["):
            table = line.strip("[]").strip()
            continue
        m = re.match(r'^([A-Za-z0-9_-]+)\s*=\s*"([^"]*)"\s*$', line)
        if table == "project" and m:
            out[m.group(1)] = m.group(2)
    return out


def _metadata():
    p = _project()
    lines = [
        "Metadata-Version: 2.1",
        "Name: %s" % p.get("name", NAME),
        "Version: %s" % p["version"],
    ]
    if p.get("description"):
        lines.append("Summary: %s" % p["description"])
    if p.get("requires-python"):
        lines.append("Requires-Python: %s" % p["requires-python"])
    lic = p.get("license")
    if isinstance(lic, dict):
        lic = lic.get("text")
    if lic:
        lines.append("License: %s" % lic)
    return "\n".join(lines) + "\n"


def _tag():
    # The wheel holds a native library: no ABI of Python's, but a platform.
    plat = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return "py3-none-" + plat


def _wheel_file(tag):
    return "Wheel-Version: 1.0\nGenerator: failregime_build\nRoot-Is-Purelib: false\nTag: %s\n" % tag


def _dist_info():
    return "%s-%s.dist-info" % (NAME, _project()["version"])


# --- the Go library --------------------------------------------------------


def _go_module_root():
    """The Go module this project sits in, found upward from it."""
    d = _PROJECT
    while True:
        mod = os.path.join(d, "go.mod")
        if os.path.isfile(mod):
            with open(mod, encoding="utf-8") as f:
                first = f.readline().split()
            if first[:2] == ["module", MODULE]:
                return d
        parent = os.path.dirname(d)
        if parent == d:
            raise RuntimeError(
                "failregime_build: no go.mod of %s above %s; build from a clone of the repository"
                % (MODULE, _PROJECT)
            )
        d = parent


def _go():
    go = os.environ.get("FAILREGIME_GO") or shutil.which("go")
    if not go and os.path.exists("/usr/local/go/bin/go"):
        go = "/usr/local/go/bin/go"  # Go's own installer puts it here
    if not go:
        raise RuntimeError("failregime_build: go not found; put it on PATH or set FAILREGIME_GO")
    return go


def _lib_name():
    return {"darwin": "libfailregime.dylib", "win32": "libfailregime.dll"}.get(sys.platform, "libfailregime.so")


def build_library(out_dir):
    """Build the shared library into out_dir and return its path."""
    path = os.path.join(out_dir, _lib_name())
    env = dict(os.environ, CGO_ENABLED="1")
    cmd = [_go(), "build", "-trimpath", "-buildmode=c-shared", "-o", path, BRIDGE]
    sys.stderr.write("failregime_build: %s\n" % " ".join(cmd))
    subprocess.run(cmd, cwd=_go_module_root(), env=env, check=True)
    header = os.path.splitext(path)[0] + ".h"
    if os.path.exists(header):
        os.remove(header)  # the C header is for C callers, not the wheel
    return path


# --- the wheel --------------------------------------------------------------


def _record_line(arcname, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
    return "%s,sha256=%s,%d" % (arcname, digest, len(data))


def _package_files():
    """The package's Python files, as (arcname, path), sorted."""
    root = os.path.join(_PROJECT, NAME)
    out = []
    for name in sorted(os.listdir(root)):
        if name.endswith(".py"):
            out.append((NAME + "/" + name, os.path.join(root, name)))
    return out


def _write_wheel(path, files, tag):
    """Write a wheel of files ((arcname, bytes, mode)) and the dist-info.
    Entries are in a fixed order with a fixed time, so the same inputs
    give the same bytes."""
    dist = _dist_info()
    files = list(files) + [
        (dist + "/METADATA", _metadata().encode("utf-8"), 0o644),
        (dist + "/WHEEL", _wheel_file(tag).encode("utf-8"), 0o644),
    ]
    record = [_record_line(a, d) for a, d, _ in files] + [dist + "/RECORD,,"]
    files.append((dist + "/RECORD", ("\n".join(record) + "\n").encode("utf-8"), 0o644))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for arcname, data, mode in files:
            info = zipfile.ZipInfo(arcname, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = (0o100000 | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def _read(path):
    with open(path, "rb") as f:
        return f.read()


# --- PEP 517 hooks ------------------------------------------------------------


def get_requires_for_build_wheel(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    dist = os.path.join(metadata_directory, _dist_info())
    os.makedirs(dist, exist_ok=True)
    with open(os.path.join(dist, "METADATA"), "w", encoding="utf-8") as f:
        f.write(_metadata())
    with open(os.path.join(dist, "WHEEL"), "w", encoding="utf-8") as f:
        f.write(_wheel_file(_tag()))
    return os.path.basename(dist)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    tag = _tag()
    files = [(arc, _read(p), 0o644) for arc, p in _package_files()]
    with tempfile.TemporaryDirectory() as tmp:
        lib = build_library(tmp)
        files.append((NAME + "/" + os.path.basename(lib), _read(lib), 0o755))
    name = "%s-%s-%s.whl" % (NAME, _project()["version"], tag)
    _write_wheel(os.path.join(wheel_directory, name), files, tag)
    return name
