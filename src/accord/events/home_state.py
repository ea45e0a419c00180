"""The state of an article's dateline ("TBILISI, May 27 (Wire) -- ..."): the
home of groups a story names without a country (events.assemble)."""

from __future__ import annotations

import copy

from ..actors.home import opens_dateline
from ..actors.words import codes
from . import words as W
from .actor_groups import ActorGroups
from .parties import party_words
from .party_spans import party


def dateline_mention(actors: ActorGroups) -> int | None:
    """The place mention that opens a line near the top of the article and is
    followed by a comma (the dateline's place, with a country:
    :func:`accord.actors.home.opens_dateline`), else None."""
    for mi, m in enumerate(actors.mentions):
        span = actors.span_of(mi)
        if span is not None and len(span) and opens_dateline(actors.doc, span.start, span.end, m.kind, m.country):
            return mi
    return None


def dateline_home(actors: ActorGroups) -> str | None:
    """The country of the dateline's place (:func:`dateline_mention`), else None."""
    mi = dateline_mention(actors)
    return actors.mentions[mi].country if mi is not None else None


def home_acts(a_actors: list, r_actors: list, actors: ActorGroups, at: int) -> list:
    """The recipients of a rally, arrest or clash whose parties are all groups
    at home (:func:`home_groups`), coded to the dateline's state; one with no
    recipient is aimed at that state ("Several thousand people rallied outside
    parliament": GEO -> GEO, as a domestic event is coded)."""
    mi = dateline_mention(actors)
    if mi is None or not home_groups(a_actors + r_actors, actors.mentions[mi].country):
        return r_actors
    return r_actors or [party(actors, mi, at)]


def home_groups(parties: list, home: str | None) -> bool:
    """An act whose parties are all groups at home named without a country
    (``domestic_sectors``, ``home_authorities``: "Riot police detained 30
    protesters", "Several thousand people rallied") is of the state of the
    article's dateline (``home``: "TBILISI, May 27 -- ..."), as a wire codes a
    local story. Changes the parties in place; True where it did."""
    at_home = codes("domestic_sectors") | W.words("home_authorities")
    if not home or not parties or any(p.code or p.country or p.org or p.sector not in at_home for p in parties):
        return False
    for p in parties:
        p.country, p.code = home, home + p.sector
    return True


def home_recipients(doc, events: list, actors=None) -> None:
    """A group of people named without a country as an act's target ("called
    on believers to be vigilant", "two residents of a village were detained by
    X"), in a story whose dateline names a state, where the act has no place
    in another state: the group is of the dateline's state, with its sector
    (``home_group_sectors``), as a wire codes a local story. In place."""
    sectors = party_words("home_group_sectors")
    todo = [
        e
        for e in events
        if e.recipient is not None
        and not (e.recipient.code or e.recipient.country or e.recipient.org)
        and e.recipient.sector in sectors
    ]
    home = dateline_home(actors or ActorGroups(doc)) if todo else None
    if not home:
        return
    for e in todo:
        loc = e.location
        if loc is not None and loc.country and not loc.inferred and loc.country != home:
            continue
        r = copy.copy(e.recipient)
        r.country, r.code = home, home + r.sector
        e.recipient = r
