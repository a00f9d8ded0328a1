"""What a notebook user runs: list the editions, load a real case, assess it
on the day the success regime was announced, and see what a bad request
gets back.

    python3 examples/notebook/demo.py [path/to/libfailregime.so]

Without an argument the library is found through FAILREGIME_LIB or next
to failregime.py. examples/notebook/ci.sh checks the lines this prints.
"""

import sys

import failregime


def main(argv):
    failregime.load(argv[1] if len(argv) > 1 else None)

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
