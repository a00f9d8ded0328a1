"""The build backend's wheel, without building Go: the zip pip reads,
with a RECORD whose hashes are right, the same bytes each time, and the
version regime.Version gives. ci.sh builds and installs a real one."""

import base64
import hashlib
import os
import re
import sys
import tempfile
import unittest
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(PROJECT, "build_backend"))

import failregime_build as backend  # noqa: E402


class BackendTest(unittest.TestCase):
    def wheel(self, directory):
        path = os.path.join(directory, "test.whl")
        files = [(a, backend._read(p), 0o644) for a, p in backend._package_files()]
        files.append(("failregime/libfailregime.so", b"\x7fELF not really", 0o755))
        backend._write_wheel(path, files, backend._tag())
        return path

    def test_record_hashes_every_file(self):
        with tempfile.TemporaryDirectory() as d:
            with zipfile.ZipFile(self.wheel(d)) as z:
                names = z.namelist()
                dist = backend._dist_info()
                self.assertIn("failregime/__init__.py", names)
                self.assertIn("failregime/svg.py", names)
                record = z.read(dist + "/RECORD").decode().splitlines()
                self.assertEqual(sorted(r.split(",")[0] for r in record), sorted(names))
                for line in record:
                    name, digest, size = line.split(",")
                    if name.endswith("/RECORD"):
                        self.assertEqual((digest, size), ("", ""))
                        continue
                    data = z.read(name)
                    want = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
                    self.assertEqual((digest, int(size)), ("sha256=" + want, len(data)), name)
                wheel = z.read(dist + "/WHEEL").decode()
                self.assertIn("Root-Is-Purelib: false", wheel)
                self.assertIn("Tag: py3-none-", wheel)
                self.assertIn("Name: failregime", z.read(dist + "/METADATA").decode())

    def test_same_bytes_each_time(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            self.assertEqual(backend._read(self.wheel(a)), backend._read(self.wheel(b)))

    def test_prepare_metadata(self):
        with tempfile.TemporaryDirectory() as d:
            name = backend.prepare_metadata_for_build_wheel(d)
            self.assertEqual(name, backend._dist_info())
            self.assertTrue(os.path.isfile(os.path.join(d, name, "METADATA")))
        self.assertEqual(backend.get_requires_for_build_wheel(), [])

    def test_version_is_the_library_s(self):
        root = backend._go_module_root()
        with open(os.path.join(root, "regime", "version.go"), encoding="utf-8") as f:
            go = re.search(r'const Version = "([^"]+)"', f.read()).group(1)
        self.assertEqual(backend._project()["version"], go)


if __name__ == "__main__":
    unittest.main()
