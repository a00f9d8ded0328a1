"""Flat records and decision_frame, with and without pandas; the calls
into the library are skipped when it is not built (the package imported
from the source tree, say)."""

import os
import sys
import types
import unittest
import xml.etree.ElementTree as ET

import failregime
from failregime.records import RECORD_COLUMNS, frame


def library_or_skip(test):
    try:
        return failregime.load()
    except FileNotFoundError as e:
        test.skipTest("the shared library is not built: %s" % e)


class FakePandas(types.ModuleType):
    """Enough of pandas to see what decision_frame hands it."""

    def __init__(self):
        super().__init__("pandas")
        fake = self

        class DataFrame:
            @staticmethod
            def from_records(rows, columns):
                fake.got = (rows, columns)
                return "a frame"

        self.DataFrame = DataFrame


class FrameTest(unittest.TestCase):
    def test_without_pandas_the_error_says_what_to_do(self):
        saved = sys.modules.get("pandas")
        sys.modules["pandas"] = None  # import pandas now raises ImportError
        try:
            with self.assertRaises(ImportError) as cm:
                frame([])
            self.assertIn("needs pandas", str(cm.exception))
            self.assertIn("failregime.records", str(cm.exception))
        finally:
            if saved is None:
                del sys.modules["pandas"]
            else:
                sys.modules["pandas"] = saved

    def test_with_pandas_the_columns_are_fixed(self):
        fake = FakePandas()
        saved = sys.modules.get("pandas")
        sys.modules["pandas"] = fake
        try:
            self.assertEqual(frame(iter([])), "a frame")
            self.assertEqual(fake.got, ([], list(RECORD_COLUMNS)))
        finally:
            if saved is None:
                del sys.modules["pandas"]
            else:
                sys.modules["pandas"] = saved


class LibraryTest(unittest.TestCase):
    def test_records_have_the_columns_in_order(self):
        library_or_skip(self)
        rows = failregime.records("essex_2015", "2015-06-03")
        r = failregime.assess("essex_2015", "2015-06-03")
        self.assertEqual(len(rows), len(r["assessment"]["decisions"]))
        for row, d in zip(rows, r["assessment"]["decisions"]):
            self.assertEqual(tuple(row), RECORD_COLUMNS)
            self.assertTrue(all(isinstance(v, str) for v in row.values()))
            self.assertEqual((row["subject_id"], row["rule_set"], row["verdict"]),
                             (d["subject"]["id"], d["rule_set"], d["verdict"]))
        area = [row for row in rows if row["subject_kind"] == "economy"]
        self.assertEqual([(a["verdict"], a["regime"]) for a in area], [("met", "success_regime")])

    def test_records_take_the_assessment_options(self):
        library_or_skip(self)
        rows = failregime.records("essex_2015", "2015-06-03", framework="sr2015", rule_sets=["economy_intervention"])
        self.assertEqual({r["rule_set"] for r in rows}, {"economy_intervention"})

    def test_decision_frame(self):
        library_or_skip(self)
        fake = FakePandas()
        saved = sys.modules.get("pandas")
        sys.modules["pandas"] = fake
        try:
            failregime.decision_frame("essex_2015", "2015-06-03")
            rows, columns = fake.got
            self.assertEqual(columns, list(RECORD_COLUMNS))
            self.assertEqual(rows, failregime.records("essex_2015", "2015-06-03"))
        finally:
            if saved is None:
                del sys.modules["pandas"]
            else:
                sys.modules["pandas"] = saved

    def test_timeline_renders(self):
        library_or_skip(self)
        t = failregime.timeline("essex_2015", "2013-04-01", "2019-12-31", tolerance_days=31)
        self.assertEqual((t["from"], t["to"]), ("2013-04-01", "2019-12-31"))
        root = ET.fromstring(failregime.timeline_svg(t))
        n = sum(len(s["standing"]) for s in t["subjects"])
        self.assertEqual(len([r for r in root.iter("{http://www.w3.org/2000/svg}rect") if r.get("class") == "stretch"]), n)

    def test_timeline_refused(self):
        library_or_skip(self)
        with self.assertRaises(failregime.FailregimeError) as cm:
            failregime.timeline("essex_2015", "2015-01-01", "2014-01-01")
        self.assertEqual(cm.exception.errors[0]["path"], "timeline.to")

    def test_library_is_in_the_package(self):
        lib = library_or_skip(self)
        if os.environ.get("FAILREGIME_LIB"):
            self.skipTest("FAILREGIME_LIB names the library")
        self.assertEqual(os.path.dirname(lib.path), os.path.dirname(os.path.abspath(failregime.__file__)))


if __name__ == "__main__":
    unittest.main()
