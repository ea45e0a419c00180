"""Resolve date expressions in news text against the publication date.

:func:`resolve_date` is a pure function: ``resolve_date("on Monday",
"2023-06-20")`` -> ``("2023-06-19", None)``. It handles weekdays, today /
yesterday / tomorrow, month names with or without day and year ("in June",
"June 5", "5 June 2019", "in late March 2019"), ranges ("from 3 to 14 June",
"June 12-23"), relative periods ("last year", "next month", "this week",
"a year ago", "three days ago", "earlier this month") and ISO dates. Returns
``(date, date_end)`` as ISO strings (``date_end`` only for spans: a month,
a year, a range), or ``None`` when the expression is not understood.
:func:`resolve_date_precise` adds how precise the expression is: ``day``
(a day, or a run of days: a range, a week), ``month`` (a month or part of
one: "in late March") or ``year`` (a year or part of one: "in early 2019").
The words (months, weekdays, number words, relative periods) are lists in
``lang/en/events/words.tsv``; the patterns are built from them at first use.
dateparser is not used: timed here it costs ~14 ms per expression (this resolver
~0.01 ms) and returns nothing for ranges and "in late March 2019".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .. import datafiles
from . import words as W

_ORD = r"(?:st|nd|rd|th)?"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in words)


def _month_alternation() -> str:
    """Each month's names and abbreviations, longest first ('september|sept|sep')."""
    forms: dict[int, list[str]] = {}
    for w, n in list(W.int_map("months").items()) + list(W.int_map("month_abbreviations").items()):
        forms.setdefault(n, []).append(w)
    return "|".join("|".join(sorted(set(f), key=lambda w: -len(w))) for _, f in sorted(forms.items()))


class _Patterns:
    """The date patterns, built from the word lists."""

    def __init__(self) -> None:
        mon = r"(?P<mon>" + _month_alternation() + r")\.?"
        joiner = r"\s*(?:" + _alternation(W.word_list("range_words")) + r")\s*"
        self.lead = re.compile(r"^(" + _alternation(W.word_list("leading_preps")) + r")\s+")
        self.range_dm = re.compile(
            r"(?:from\s+|between\s+)?(?P<d1>\d{1,2})"
            + _ORD
            + joiner
            + r"(?P<d2>\d{1,2})"
            + _ORD
            + r"\s+"
            + mon
            + r"(?:,?\s+(?P<y>\d{4}))?"
        )
        self.range_md = re.compile(
            r"(?:from\s+|between\s+)?"
            + mon
            + r"\s+(?P<d1>\d{1,2})"
            + _ORD
            + joiner
            + r"(?P<d2>\d{1,2})"
            + _ORD
            + r"(?:,?\s+(?P<y>\d{4}))?"
        )
        self.dm = re.compile(r"(?P<d>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + mon + r"(?:,?\s+(?P<y>\d{4}))?")
        self.md = re.compile(mon + r"\s+(?P<d>\d{1,2})" + _ORD + r"(?!\d)(?:,?\s+(?P<y>\d{4}))?")
        self.my = re.compile(
            r"(?P<part>"
            + _alternation(W.word_list("month_parts"))
            + r")?[\s-]*(?:of\s+)?"
            + mon
            + r"(?:,?\s+(?P<y>\d{4}))?"
        )
        self.ago = re.compile(
            r"(?P<n>\d+|"
            + _alternation(W.word_list("numbers"))
            + r")\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier|before)"
        )
        self.rel = re.compile(
            r"(?P<which>" + _alternation(W.word_list("relative_steps")) + r")\s+(?P<unit>weekend|week|month|year)"
        )
        self.wd = re.compile(
            r"(?P<which>last|next|this|on|coming)?\s*(?P<wd>" + _alternation(W.word_list("weekdays")) + r")"
        )


@datafiles.cached
def _patterns() -> _Patterns:
    return _Patterns()


_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_YEAR = re.compile(r"(?:in\s+)?(?P<part>early|mid|late)?[\s-]*(?P<y>(?:19|20)\d{2})\b")


def _month_number(name: str) -> int:
    """The month of a matched month name ('sept' -> 9, 'march' -> 3)."""
    return W.int_map("month_abbreviations")[name[:3] if name[:4] != "sept" else "sept"]


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _month_span(y: int, m: int, part: str | None = None) -> tuple[str, str]:
    last = calendar.monthrange(y, m)[1]
    lo, hi = 1, last
    part = W.word_map("month_parts").get(part) if part else None
    if part == "early":
        hi = 10
    elif part == "mid":
        lo, hi = 11, 20
    elif part == "late":
        lo = 21
    return _iso(dt.date(y, m, lo)), _iso(dt.date(y, m, hi))


def _year_for_month(m: int, pub: dt.date, past: bool, day: int = 1) -> int:
    """A month name without a year: the nearest such month before publication
    in past-tense text, after it in future-tense text."""
    y = pub.year
    if past:
        if (m, day) > (pub.month, pub.day) and m > pub.month:
            y -= 1
    else:
        if m < pub.month:
            y += 1
    return y


def parse_iso(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def resolve_date(text: str, published: str | None, past: bool = True) -> tuple[str, str | None] | None:
    """Resolve one date expression against the publication date (ISO). ``past``:
    the sentence is in the past tense (weekdays and bare months then point back)."""
    found = resolve_date_precise(text, published, past)
    return found[:2] if found else None


def resolve_date_precise(text: str, published: str | None, past: bool = True) -> tuple[str, str | None, str] | None:
    """:func:`resolve_date` with the precision of what was resolved: ``(date,
    date_end, precision)``, precision one of ``day``, ``month``, ``year``."""
    found = _resolve(text, published, past)
    if found is None:
        return None
    (date, date_end), precision = found
    return date, date_end, precision


def _resolve(text: str, published: str | None, past: bool):
    """((date, date_end), precision) or None."""
    pub = parse_iso(published)
    t = " ".join(text.lower().replace("\u2013", "-").split())
    t = _patterns().lead.sub("", t)
    m = _ISO.search(t)
    if m:
        try:
            return (_iso(dt.date(int(m["y"]), int(m["m"]), int(m["d"]))), None), "day"
        except ValueError:
            return None
    for step, precision in ((_day_range, "day"), (_day_of_month, "day"), (_month, "month")):
        found = step(t, pub, past)
        if found is not _NOTHING:
            return (found, precision) if found else None
    if pub is None:
        m = _YEAR.search(t)
        if m:
            return _year_span(int(m["y"]), m["part"]), "year"
        return None
    for step in (_named_day, _ago, _relative_period, _weekday):
        found = step(t, pub, past)
        if found is not _NOTHING:
            if not found:
                return None
            if step is _ago:  # 'a year ago' is one day a year back, known to the year
                return found, _AGO_PRECISION[_patterns().ago.search(t)["unit"]]
            return found, _span_precision(*found)
    m = _YEAR.search(t)
    if m:
        return _year_span(int(m["y"]), m["part"]), "year"
    return None


_AGO_PRECISION = {"day": "day", "week": "day", "month": "month", "year": "year"}


def _span_precision(date: str, date_end: str | None) -> str:
    """The precision of a relative period by its span: 'last year' is a year,
    'next month' or 'two months ago' a month, a week or a day a day."""
    if date_end is None:
        return "day"
    lo, hi = dt.date.fromisoformat(date), dt.date.fromisoformat(date_end)
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year:
        return "year"
    if (
        lo.day == 1
        and (lo.year, lo.month) == (hi.year, hi.month)
        and hi.day == calendar.monthrange(hi.year, hi.month)[1]
    ):
        return "month"
    return "day"


_NOTHING = object()  # a step that does not apply: the next one is tried


def _year_of(m, mon: int, pub: dt.date | None, past: bool, day: int = 1, t: str = "") -> int | None:
    """The year written in a match, else the one a relative year names ('in
    May last year', 'June next year'), else the one the month points to from publication."""
    if m["y"]:
        return int(m["y"])
    if pub:
        step = _year_step(t)
        if step is not None:
            return pub.year + step
        return _year_for_month(mon, pub, past, day)
    return None


def _year_step(t: str) -> int | None:
    """The step of a relative year in the expression ('last year': -1, 'this
    year': 0, 'next year': 1), or None."""
    m = _patterns().rel.search(t)
    if m is None or m["unit"] != "year":
        return None
    return W.int_map("relative_steps").get(m["which"], 0)


def _day_range(t: str, pub, past: bool):
    """'from 3 to 14 June', 'June 12-23'."""
    for rx in (_patterns().range_dm, _patterns().range_md):
        m = rx.search(t)
        if m:
            mon = _month_number(m["mon"])
            y = _year_of(m, mon, pub, past, int(m["d1"]), t)
            if y is None:
                return None
            try:
                return _iso(dt.date(y, mon, int(m["d1"]))), _iso(dt.date(y, mon, int(m["d2"])))
            except ValueError:
                return None
    return _NOTHING


def _day_of_month(t: str, pub, past: bool):
    """'5 June 2019', 'June 5'."""
    for rx in (_patterns().dm, _patterns().md):
        m = rx.search(t)
        if m:
            mon = _month_number(m["mon"])
            d = int(m["d"])
            y = _year_of(m, mon, pub, past, d, t)
            if y is None:
                return None
            try:
                return _iso(dt.date(y, mon, d)), None
            except ValueError:
                return None
    return _NOTHING


def _month(t: str, pub, past: bool):
    """'in June', 'in late March 2019' (a bare 'may' is the verb, not the month)."""
    m = _patterns().my.search(t)
    bare_may = m and m["mon"] == "may" and not m["y"] and not m["part"] and t.strip() != "may"
    if m and m["mon"] and not (bare_may and _year_step(t) is None):
        mon = _month_number(m["mon"])
        y = _year_of(m, mon, pub, past, t=t)
        if y is None:
            return None
        return _month_span(y, mon, m["part"])
    return _NOTHING


def _named_day(t: str, pub: dt.date, past: bool):
    """'today', 'yesterday', 'tomorrow morning'."""
    offsets = W.int_map("day_offsets")
    if t in offsets:
        return _iso(pub + dt.timedelta(days=offsets[t])), None
    return _NOTHING


def _ago(t: str, pub: dt.date, past: bool):
    """'three days ago', 'a year earlier'."""
    m = _patterns().ago.search(t)
    if not m:
        return _NOTHING
    n = m["n"]
    n = int(n) if n.isdigit() else W.int_map("numbers").get(n, 1)
    unit = m["unit"]
    if unit == "day":
        return _iso(pub - dt.timedelta(days=n)), None
    if unit == "week":
        return _iso(pub - dt.timedelta(weeks=n)), None
    if unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        return _month_span(y, mo + 1)
    try:
        return _iso(pub.replace(year=pub.year - n)), None
    except ValueError:  # 29 February
        return _iso(pub.replace(year=pub.year - n, day=28)), None


def _relative_period(t: str, pub: dt.date, past: bool):
    """'last year', 'next month', 'this week', 'earlier this month'."""
    m = _patterns().rel.search(t)
    if not m:
        return _NOTHING
    which, unit = m["which"], m["unit"]
    step = W.int_map("relative_steps").get(which, 0)
    if unit in ("week", "weekend"):
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        if unit == "weekend":
            return _iso(monday + dt.timedelta(days=5)), _iso(monday + dt.timedelta(days=6))
        return _iso(monday), _iso(monday + dt.timedelta(days=6))
    if unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        return _month_span(y, mo + 1)
    return _year_span(pub.year + step)


def _weekday(t: str, pub: dt.date, past: bool):
    """'on Monday' (back in past-tense text, ahead otherwise), 'next Friday'."""
    m = _patterns().wd.search(t)
    if not m:
        return _NOTHING
    wd = W.int_map("weekdays")[m["wd"]]
    which = m["which"]
    if which == "next" or (which == "coming") or (not past and which != "last"):
        delta = (wd - pub.weekday()) % 7
        if delta == 0 and which in ("next", "coming"):
            delta = 7
        return _iso(pub + dt.timedelta(days=delta)), None
    delta = (pub.weekday() - wd) % 7
    if which == "last" and delta == 0:
        delta = 7
    return _iso(pub - dt.timedelta(days=delta)), None


def _year_span(y: int, part: str | None = None) -> tuple[str, str]:
    if part == "early":
        return _iso(dt.date(y, 1, 1)), _iso(dt.date(y, 4, 30))
    if part == "mid":
        return _iso(dt.date(y, 5, 1)), _iso(dt.date(y, 8, 31))
    if part == "late":
        return _iso(dt.date(y, 9, 1)), _iso(dt.date(y, 12, 31))
    return _iso(dt.date(y, 1, 1)), _iso(dt.date(y, 12, 31))


def is_historical(date: str | None, published: str | None, days: int = 365) -> bool:
    """An event dated (its end, where it has one) more than ``days`` before publication."""
    d, p = parse_iso(date), parse_iso(published)
    if d is None or p is None:
        return False
    return (p - d).days > days
