"""The state of an article's dateline ("TBILISI, May 27 (Wire) -- ..."): the
home of groups a story names without a country (events.assemble)."""

from __future__ import annotations

from ..actors.words import codes
from . import words as W
from .actor_groups import ActorGroups

#: a dateline stands in the article's first tokens
DATELINE_WINDOW = 60


def dateline_home(actors: ActorGroups) -> str | None:
    """The country of the place mention that opens a line near the top of the
    article and is followed by a comma, else None."""
    doc = actors.doc
    for mi, m in enumerate(actors.mentions):
        span = actors.span_of(mi)
        if span is None or not len(span) or span.start >= DATELINE_WINDOW:
            continue
        if m.kind != "location" or not m.country or span.end >= len(doc) or doc[span.end].text != ",":
            continue
        if span.start == 0 or "\n" in doc[span.start - 1].text_with_ws or doc[span.start - 1].is_space:
            return m.country
    return None


def home_groups(parties: list, home: str | None) -> None:
    """An act whose parties are all groups at home named without a country
    (``domestic_sectors``, ``home_authorities``: "Riot police detained 30
    protesters", "Several thousand people rallied") is of the state of the
    article's dateline (``home``: "TBILISI, May 27 -- ..."), as a wire codes a
    local story. Changes the parties in place."""
    at_home = codes("domestic_sectors") | W.words("home_authorities")
    if not home or not parties or any(p.code or p.country or p.org or p.sector not in at_home for p in parties):
        return
    for p in parties:
        p.country, p.code = home, home + p.sector
