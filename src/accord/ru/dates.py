"""Dates of Russian events: the first date expression of the trigger's
sentence («18 марта», «во вторник», «в следующем году») resolved against the
article's publication date (:mod:`accord.ru.events` gives it to each event).
Month, weekday and period words are data: ``lang/ru/events/words.tsv``."""

from __future__ import annotations

import datetime as dt

from . import lexicon as lx


def date_of(sent, published: str | None, future: bool = False) -> tuple[str | None, str | None, str | None]:
    """(date, precision, text) of the first date expression in a sentence."""
    if not published:
        return None, None, None
    try:
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None, None, None
    months, weekdays = lx.event_map("months"), lx.event_map("weekdays")
    rel, periods = lx.event_map("relative"), lx.event_map("periods")
    toks = list(sent)
    for k, t in enumerate(toks):
        lem = lx.lemma(t)
        nxt = lx.lemma(toks[k + 1]) if k + 1 < len(toks) else ""
        if t.like_num and nxt in months and t.text.isdigit() and 1 <= int(t.text) <= 31:
            year = pub.year - (1 if int(months[nxt]) > pub.month + 1 else 0)
            try:
                return dt.date(year, int(months[nxt]), int(t.text)).isoformat(), "day", f"{t.text} {toks[k + 1].text}"
            except ValueError:
                continue
        if lem in weekdays:
            step = (int(weekdays[lem]) - pub.weekday()) % 7 if future else -((pub.weekday() - int(weekdays[lem])) % 7)
            return (pub + dt.timedelta(days=step)).isoformat(), "day", t.text
        if lem in rel and periods.get(nxt) == "year":
            return str(pub.year + int(rel[lem])), "year", f"{t.text} {toks[k + 1].text}"  # a year: see date_range
    return None, None, None


def date_range(date: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """A year as the contract writes it (as the English coder does): its first
    and last day."""
    if date and precision == "year" and len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    return date, None
