"""A city name several states have ("Brest": Belarus and France) is the one
in the states the article is about: a location whose dictionary state is
named nowhere else in the article takes the state of another place of that
name (from the gazetteer) that the article's coded parties and dateline do
name, the most named first. The dictionary's state stays where the context
says nothing, where it names that state too, and where the other place is a
small town beside a large city ("Odessa, Texas" beside Odessa in Ukraine)."""

from __future__ import annotations

import logging
from collections import Counter

log = logging.getLogger(__name__)

#: the other place must have at least this share of the population of the dictionary state's place
MIN_POPULATION_SHARE = 1 / 3


def cities_by_context(doc, drafts) -> None:
    """Recode, in place, each location draft whose state the article's context
    points away from (see module doc)."""
    places = [d for d in drafts if d.kind == "location" and d.country]
    if not places:
        return
    named = Counter(d.country for d in drafts if d.country and d.kind != "pronoun")
    chosen: dict = {}
    for d in places:
        text = doc[d.start : d.end].text
        if text not in chosen:
            same = sum(1 for x in places if doc[x.start : x.end].text == text)
            context = named.copy()
            context[d.country] -= same  # the name's own mentions are no evidence of its state
            chosen[text] = _state_in_context(_name(doc, d), d.country, +context)
        if chosen[text]:
            d.country = chosen[text]


def _name(doc, d) -> str:
    words = doc[d.start : d.end]
    return words[1:].text if len(words) > 1 and words[0].lower_ == "the" else words.text


def _state_in_context(name: str, default: str, context: Counter) -> str | None:
    """The state to take instead of ``default``, or None to keep it."""
    if not context or context[default] > 0:
        return None
    rows = _candidates(name)
    pop = {}
    for r in rows:
        if r[7] in ("city", "region"):
            pop[r[5]] = max(pop.get(r[5], 0), r[9] or 0)
    floor = pop.get(default, 0) * MIN_POPULATION_SHARE
    others = [(context[c], p, c) for c, p in pop.items() if c != default and context[c] > 0 and p >= floor]
    return max(others)[2] if others else None


def _candidates(name: str) -> list:
    try:
        from ..places import gazetteer

        return gazetteer.candidates(name)
    except Exception:  # noqa: BLE001 - no gazetteer: the dictionary's state stays
        log.debug("gazetteer lookup failed", exc_info=True)
        return []
