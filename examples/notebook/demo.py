"""What a notebook user runs: list the editions, load a real case, assess it
on the day the success regime was announced, take its decisions as flat
records, draw a case's timeline as SVG, and see what a bad request gets
back. Install the package first (pip install ./examples/notebook/python);
then, from any directory,

    python3 path/to/demo.py [--lib path/to/libfailregime.so] [--svg timeline.svg]

writes the timeline to --svg (timeline.svg in the current directory by
default). Without --lib the library is the installed package's, or the
one FAILREGIME_LIB names. examples/notebook/ci.sh checks the lines this
prints.
"""

import argparse
import sys

import failregime


def main(argv):
    ap = argparse.ArgumentParser(description="a failregime session from Python")
    ap.add_argument("--lib", help="the shared library (default: the installed package's, or FAILREGIME_LIB)")
    ap.add_argument("--svg", default="timeline.svg", help="where to write the timeline picture")
    args = ap.parse_args(argv[1:])
    failregime.load(args.lib)

    # The editions of the regime, oldest first.
    editions = failregime.frameworks()
    first, last = editions[0], editions[-1]
    print("frameworks: %d editions, %s (from %s) to %s (from %s)"
          % (len(editions), first["id"], first["from"], last["id"], last["from"]))
    for f in editions:
        print("  %-9s %-10s %s" % (f["id"], f["from"], f["name"]))

    # The real cases shipped with the library.
    for c in failregime.cases():
        print("case %s: %s (%s), %d providers, %d commissioners"
              % (c["name"], c["title"], c["id"], c["providers"], c["commissioners"]))

    # North Cumbria on 3 June 2015, under the edition in force that day.
    r = failregime.assess("north_cumbria_2015", "2015-06-03", text=True)
    a, f = r["assessment"], r["framework"]
    print("assessed %s on %s under %s (%s %s) [%s]"
          % (a["economy"]["id"], a["decision_date"], f["id"], f["name"], f["edition"], f["hash"]))
    s = a["summary"]
    print("decisions: %d (met %d, not met %d, unknown %d)"
          % (s["decisions"], s["met"], s["not_met"], s["unknown"]))
    if not s["highest"]:
        print("highest: no organisation judged by %s's rule sets" % f["id"])
    for st in s["highest"]:
        subject = st["subject"]
        print("highest: %s %s %s: %s (%s)"
              % (subject["kind"], subject["id"], subject.get("name", ""), st["regime"], st["intensity"]))

    # One decision in full, as a policy analyst reads it: a Met one if
    # there is one.
    texts = r["text"]["decisions"]
    if texts:
        met = [i for i, d in enumerate(a["decisions"]) if d["verdict"] == "met"]
        i = met[0] if met else 0
        print("decision text (%s, %s):" % (a["decisions"][i]["subject"]["id"], a["decisions"][i]["rule_set"]))
        for line in texts[i].splitlines():
            print("  " + line)
    else:
        print("decision text: none, %s makes no decisions yet" % f["id"])

    # The same decisions as flat records, the columns of the command-line
    # tool's CSV: ready for a data frame (failregime.decision_frame, with
    # pandas).
    rows = failregime.records("north_cumbria_2015", "2015-06-03")
    print("records: %d rows of %d columns: %s"
          % (len(rows), len(failregime.RECORD_COLUMNS), ", ".join(failregime.RECORD_COLUMNS)))
    for row in rows:
        print("  %-12s %-8s %-26s %-8s %s" % (row["subject_kind"], row["subject_id"], row["rule_set"],
                                              row["verdict"], row["regime"] or row["missing"]))

    # Essex replayed from 2013 to 2019 under the edition in force each day,
    # against the record, drawn one row per organisation.
    t = failregime.timeline("essex_2015", "2013-04-01", "2019-12-31")
    stretches = sum(len(s["standing"]) for s in t["subjects"])
    agree = sum(1 for s in t["subjects"] for d in s.get("diff", []) if d["kinds"] == ["agrees"])
    print("timeline essex_2015: %d days replayed, %d subjects, %d stretches, %d of the record's spells agree"
          % (len(t["days"]), len(t["subjects"]), stretches, agree))
    svg = failregime.timeline_svg(t, title="Mid and South Essex, 2013 to 2019")
    with open(args.svg, "w", encoding="utf-8") as f:
        f.write(svg)
    print("timeline svg: %s (%d bytes)" % (args.svg, len(svg.encode("utf-8"))))

    # A bad request: every problem comes back at once, each with its path.
    try:
        failregime.assess(
            {"id": "x", "name": "Example", "providers": [{"id": "R1", "name": "A trust", "kind": "hospital"}]},
            "2015-06-03",
            framework="sr2051",
        )
        print("error: none raised")
    except failregime.FailregimeError as e:
        for problem in e.errors:
            print("error: %s: %s" % (problem["path"], problem["message"]))

    print("demo: done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
