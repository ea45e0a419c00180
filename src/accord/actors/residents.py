"""Residents of a named place are its state's people: "two residents of the
village of Gori" are Georgian civilians, "citizens of Kazakhstan" Kazakh
ones (CAMEO codes a civilian group by the state it lives in). The place is a
lexicon state, capital or city, else a town the gazetteer places in one
state (ambiguous names stay unplaced: the gazetteer never guesses)."""

from __future__ import annotations

import logging

from .lexicon import CAPITAL, CITY, COUNTRY
from .text import DETS, is_name_token
from .words import word_set

log = logging.getLogger(__name__)

#: name words read after "of" (a place's name is short)
MAX_NAME = 4


def residents_state(doc, drafts: list, pieces_by_start: dict) -> None:
    """A group of residents with no state ("residents of X", "X" a named
    place), or one unnamed resident ("a native of the village of X"), takes
    the state of X; its sector stays the civilians' own."""
    context = tuple(dict.fromkeys(d.country for d in drafts if d.country))
    for d in drafts:
        if d.country or d.org or d.kind in ("pronoun", "location", "state"):
            continue  # "a resident of the village of X" (a person no one names) takes X's state too
        k = next((i for i in range(d.start + 1, d.end) if doc[i].lower_ == "of"), None)
        if k is None and d.end < len(doc) and doc[d.end].lower_ == "of":
            k = d.end
        if k is None or doc[k - 1].lower_ not in word_set("resident_nouns"):
            continue
        s, e = _place_name(doc, k + 1)
        if s is None:
            continue
        p = pieces_by_start.get(s)
        if p is not None and p.end == e and p.type in (COUNTRY, CAPITAL, CITY) and p.country:
            d.country = p.country
        else:
            d.country = _gazetteer_state(doc[s:e].text, context)


def _place_name(doc, j: int) -> tuple:
    """The ``(start, end)`` of the place name after "of" at ``j - 1``, past
    "the village of" ("settlement_nouns"); ``(None, None)`` when none."""
    n = len(doc)
    if j < n and doc[j].lower_ in DETS:
        j += 1
    if j + 1 < n and doc[j].lower_ in word_set("settlement_nouns") and doc[j + 1].lower_ == "of":
        j += 2
    e = j
    while e < n and e - j < MAX_NAME and is_name_token(doc[e]):
        e += 1
    if e == j or (e < n and is_name_token(doc[e])):
        return None, None
    return j, e


def _gazetteer_state(name: str, context: tuple) -> str | None:
    """The state the gazetteer puts the named place in, or None."""
    try:
        from ..places.resolve import resolve

        place = resolve(name, context)
    except Exception:  # noqa: BLE001 - no gazetteer: the group keeps no state
        log.debug("gazetteer lookup failed", exc_info=True)
        return None
    return place.country if place is not None else None
