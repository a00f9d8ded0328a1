"""A replay's timeline as an SVG picture: one row per organisation and
the area, the days from the timeline's first to its last across.

Each row shows where the subject stood, stretch by stretch (a bar
coloured by regime; grey where the library could not decide, so a gap in
the record and a "no" are not confused), and under it, thinner, the
spells the record holds. Every bar has a tooltip with its dates and the
edition in force, and data-* attributes a program can read back.

The renderer is pure: it returns the SVG as a str and writes nothing, and
the same timeline always gives the same text.
"""

import datetime
import re

__all__ = ["timeline_svg"]

# Colour-blind-safe colours (Okabe and Ito, then Tol's muted), given to
# regimes in the order of their names, so a regime keeps its colour
# however the subjects are ordered.
_PALETTE = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
    "#332288", "#882255", "#117733", "#AA4499", "#44AA99", "#999933",
]
_UNDECIDED = "#BBBBBB"
_CODE_ONLY = "#DDDDDD"  # a ruling with a code and no regime, e.g. systems_not_segmented

_LABEL_W = 300
_ROW_H = 34
_BAR_H = 14
_SPELL_H = 6
_TOP = 48
_FONT = "font-family:sans-serif;font-size:11px"

# Characters XML 1.0 cannot hold at all, even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _esc(s):
    s = _INVALID_XML.sub("\ufffd", str(s))
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def _day(s):
    return datetime.date.fromisoformat(s)


def _fmt(x):
    # Fixed decimals: the same number always prints the same way.
    return ("%.2f" % x).rstrip("0").rstrip(".")


def _regime_label(st):
    if st.get("verdict") == "unknown":
        return "undecided"
    if st.get("regime", "unknown") != "unknown":
        return st["regime"]
    return st.get("code") or "none applies"


def timeline_svg(timeline, title=None, width=960):
    """Render timeline (the "timeline" of a timeline response, as
    failregime.timeline returns it) as an SVG document, a str."""
    start, last = _day(timeline["from"]), _day(timeline["to"])
    end = last + datetime.timedelta(days=1)  # the last day is included
    span = (end - start).days
    plot_w = width - _LABEL_W - 20
    subjects = timeline.get("subjects", [])

    def x(day):
        d = min(max(_day(day), start), end)
        return _LABEL_W + plot_w * (d - start).days / span

    regimes = sorted({
        st["regime"] for s in subjects for st in s.get("standing", []) + s.get("recorded", [])
        if st.get("regime", "unknown") != "unknown" and st.get("verdict", "met") == "met"
    })
    colour = {r: _PALETTE[i % len(_PALETTE)] for i, r in enumerate(regimes)}

    legend_y = _TOP + _ROW_H * len(subjects) + 24
    height = legend_y + 20 * _legend_rows(regimes) + 24
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" style="%s">'
        % (width, height, width, height, _FONT),
        '<rect width="%d" height="%d" fill="#FFFFFF"/>' % (width, height),
    ]
    heading = title or "failregime timeline, %s to %s" % (timeline["from"], timeline["to"])
    out.append('<text x="10" y="18" style="font-size:14px;font-weight:bold">%s</text>' % _esc(heading))
    out.extend(_years(start, end, x, _TOP - 8, _TOP + _ROW_H * len(subjects)))

    for i, s in enumerate(subjects):
        y = _TOP + i * _ROW_H
        ref = s["subject"]
        label = ref.get("name") or ref["id"]
        out.append('<g class="subject" data-kind="%s" data-id="%s">' % (_esc(ref["kind"]), _esc(ref["id"])))
        out.append('<text x="10" y="%d"><title>%s %s</title>%s</text>'
                   % (y + _BAR_H - 3, _esc(ref["kind"]), _esc(ref["id"]), _esc(_clip(label, 44))))
        for st in s.get("standing", []):
            what = _regime_label(st)
            fill = colour.get(st.get("regime")) if what == st.get("regime") else (
                _UNDECIDED if what == "undecided" else _CODE_ONLY)
            out.append(_bar("stretch", st, x, y, _BAR_H, fill, timeline["to"],
                            "%s, %s to %s (%s)" % (what, st["start"], st.get("end") or "after " + timeline["to"], st.get("edition", ""))))
        for sp in s.get("recorded", []):
            if (sp.get("end") and _day(sp["end"]) < start) or _day(sp["start"]) > last:
                continue  # outside the span
            out.append(_bar("spell", sp, x, y + _BAR_H + 3, _SPELL_H, colour.get(sp["regime"], _UNDECIDED), timeline["to"],
                            "recorded %s, %s to %s" % (sp["regime"], sp["start"], sp.get("end") or "no end recorded")))
        out.append("</g>")

    out.extend(_legend(regimes, colour, legend_y))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _clip(s, n):
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def _bar(cls, st, x, y, h, fill, to, tip):
    x0 = x(st["start"])
    # No end: it still held on the last day, so the bar runs to the edge.
    x1 = x(st["end"]) if st.get("end") else x((_day(to) + datetime.timedelta(days=1)).isoformat())
    attrs = 'class="%s" data-start="%s" data-end="%s" data-regime="%s"' % (
        cls, _esc(st["start"]), _esc(st.get("end", "")), _esc(st.get("regime", "unknown")))
    if st.get("verdict"):
        attrs += ' data-verdict="%s"' % _esc(st["verdict"])
    return '<rect %s x="%s" y="%d" width="%s" height="%d" fill="%s"><title>%s</title></rect>' % (
        attrs, _fmt(x0), y, _fmt(max(x1 - x0, 0.5)), h, fill, _esc(tip))


def _years(start, end, x, top, bottom):
    years = range(start.year + (0 if (start.month, start.day) == (1, 1) else 1), end.year + 1)
    step = 1 if len(years) <= 25 else 5 if len(years) <= 125 else 10
    out = []
    for yr in years:
        if yr % step:
            continue
        xi = _fmt(x(datetime.date(yr, 1, 1).isoformat()))
        out.append('<line class="year" x1="%s" y1="%d" x2="%s" y2="%d" stroke="#E0E0E0"/>' % (xi, top, xi, bottom))
        out.append('<text x="%s" y="%d" text-anchor="middle">%d</text>' % (xi, top - 4, yr))
    return out


def _legend_items(regimes, colour):
    return [(r, colour[r]) for r in regimes] + [("undecided", _UNDECIDED), ("no regime (a code only)", _CODE_ONLY)]


def _legend_rows(regimes):
    return -(-(len(regimes) + 2) // 3)  # three to a row, the two greys included


def _legend(regimes, colour, y):
    items = _legend_items(regimes, colour)
    out = ['<g class="legend">']
    for i, (name, fill) in enumerate(items):
        lx, ly = 10 + (i % 3) * 310, y + (i // 3) * 20
        out.append('<rect x="%d" y="%d" width="12" height="12" fill="%s"/>' % (lx, ly, fill))
        out.append('<text x="%d" y="%d">%s</text>' % (lx + 18, ly + 10, _esc(name)))
    out.append('<text x="10" y="%d">thin bars: spells the record holds</text>' % (y + 20 * _legend_rows(regimes) + 10))
    out.append("</g>")
    return out
