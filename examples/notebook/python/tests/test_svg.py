"""timeline_svg: well-formed, one bar per stretch and spell, text
escaped, the same output for the same timeline. Needs no library."""

import unittest
import xml.etree.ElementTree as ET

from failregime.svg import timeline_svg

NS = "{http://www.w3.org/2000/svg}"


def timeline():
    return {
        "from": "2013-04-01",
        "to": "2019-12-31",
        "days": ["2013-04-01"],
        "subjects": [
            {
                "subject": {"kind": "provider", "id": "R1", "name": "Trust <A> & \"B\" 'C'\x01"},
                "standing": [
                    {"regime": "unknown", "verdict": "unknown", "start": "2013-04-01", "end": "2013-07-16", "edition": "lic2013"},
                    {"regime": "quality_special_measures", "verdict": "met", "start": "2013-07-16", "end": "2014-06-09", "edition": "sm2013"},
                    {"regime": "mandated_support", "verdict": "met", "start": "2014-06-09", "edition": "che2014"},
                ],
                "recorded": [
                    {"regime": "quality_special_measures", "start": "2013-07-16", "end": "2014-06-09"},
                    {"regime": "mandated_support", "start": "2009-01-01", "end": "2010-01-01"},  # before the span
                    {"regime": "mandated_support", "start": "2012-01-01"},  # from before, no end
                ],
            },
            {
                "subject": {"kind": "economy", "id": "area", "name": "An area"},
                "standing": [
                    {"regime": "success_regime", "verdict": "met", "start": "2015-06-03", "end": "2019-08-23", "edition": "sr2015"},
                    {"regime": "unknown", "code": "systems_not_segmented", "verdict": "met", "start": "2019-08-23", "edition": "nof2019"},
                ],
            },
        ],
    }


def bars(root, cls):
    return [r for r in root.iter(NS + "rect") if r.get("class") == cls]


class TimelineSVGTest(unittest.TestCase):
    def test_well_formed_with_a_bar_for_each_stretch_and_spell(self):
        root = ET.fromstring(timeline_svg(timeline()))
        self.assertEqual(root.tag, NS + "svg")
        self.assertEqual(len(root.findall(NS + "g[@class='subject']")), 2)
        stretches = bars(root, "stretch")
        self.assertEqual([(b.get("data-start"), b.get("data-end")) for b in stretches], [
            ("2013-04-01", "2013-07-16"), ("2013-07-16", "2014-06-09"), ("2014-06-09", ""),
            ("2015-06-03", "2019-08-23"), ("2019-08-23", ""),
        ])
        # The spell wholly before the span is left out; the one from before it is clipped.
        spells = bars(root, "spell")
        self.assertEqual([b.get("data-start") for b in spells], ["2013-07-16", "2012-01-01"])
        self.assertEqual(float(spells[1].get("x")), float(stretches[0].get("x")))

    def test_bars_follow_dates(self):
        root = ET.fromstring(timeline_svg(timeline(), width=1000))
        s = bars(root, "stretch")
        left = float(s[0].get("x"))
        # An open stretch runs to the edge: the end of the span's last day.
        right = float(s[2].get("x")) + float(s[2].get("width"))
        self.assertAlmostEqual(right, float(s[4].get("x")) + float(s[4].get("width")), places=1)
        self.assertAlmostEqual(float(s[0].get("width")) + float(s[1].get("width")) + float(s[2].get("width")),
                               right - left, places=1)
        # Same start, same x, in every row.
        self.assertLess(float(s[1].get("x")), float(s[3].get("x")))

    def test_colours_say_what_held(self):
        root = ET.fromstring(timeline_svg(timeline()))
        s = bars(root, "stretch")
        undecided, qsm, mandated, sr, code = (b.get("fill") for b in s)
        self.assertEqual(len({undecided, qsm, mandated, sr, code}), 5)
        spells = bars(root, "spell")
        self.assertEqual(spells[0].get("fill"), qsm)
        self.assertEqual(spells[1].get("fill"), mandated)

    def test_text_is_escaped(self):
        out = timeline_svg(timeline(), title="<script>alert(1)</script>")
        self.assertNotIn("<script>", out)
        root = ET.fromstring(out)
        texts = ["".join(t.itertext()) for t in root.iter(NS + "text")]
        self.assertIn("<script>alert(1)</script>", texts)
        self.assertTrue(any(t.startswith("provider R1Trust <A> & \"B\" 'C'\ufffd") for t in texts), texts)

    def test_deterministic(self):
        a = timeline_svg(timeline())
        self.assertEqual(a, timeline_svg(timeline()))
        # A regime keeps its colour whatever the order of the subjects.
        t = timeline()
        t["subjects"].reverse()
        def fills(svg):
            return {(b.get("data-regime"), b.get("data-verdict")): b.get("fill") for b in bars(ET.fromstring(svg), "stretch")}
        self.assertEqual(fills(timeline_svg(t)), fills(a))

    def test_empty_timeline(self):
        root = ET.fromstring(timeline_svg({"from": "2015-01-01", "to": "2015-01-01", "days": [], "subjects": []}))
        self.assertEqual(bars(root, "stretch"), [])


if __name__ == "__main__":
    unittest.main()
