"""Gatherings told with no one doing them: a new round of an earlier one,
a joint activity held in a state with a partner.

* "Uzbek troops held drills with Russia ... A similar drill will be held in
  Russia's Orenburg region next year": an event with no actor whose event
  noun a repetition word qualifies (``repetition_words``: similar, next,
  another) is a new round of the latest earlier event with a noun of the
  same lemma, by its party (Uzbekistan), that is not the new round's
  recipient (Russia, where it is held).
* "A joint exercise with India is planned for the autumn in Kazakhstan": an
  event with no actor whose recipient is a partner in a ``with`` phrase of
  the event noun, held in another coded state, is that state's with the
  partner (the host place is its other party).
"""

from __future__ import annotations

import copy

from ..record import Event, EventActor
from ..syntax import grammar
from .coref import party_of, trigger_token
from .parties import party_words

#: how many events back the earlier round is looked for
LOOKBACK_EVENTS = 40


def _event_noun(doc, e: Event, g):
    """The noun that names the event: the trigger itself, or the object or
    passive subject of a trigger verb ("a similar drill will be held")."""
    tok = trigger_token(doc, e)
    if tok is None:
        return None
    if tok.pos_ == "NOUN":
        return tok
    for c in g.children(tok, "passive_subject", "object"):
        if c.pos_ == "NOUN":
            return c
    return None


def _repeated(noun) -> bool:
    return any(c.i < noun.i and c.lower_ in party_words("repetition_words") for c in noun.children)


def _earlier_round(doc, e: Event, noun, before: list[Event], g) -> Event | None:
    """The latest earlier event named by a noun of the same lemma whose
    coded actor is not the new round's recipient."""
    other = party_of(e.recipient) if e.recipient is not None else None
    for a in reversed(before[-LOOKBACK_EVENTS:]):
        if a.actor is None or not party_of(a.actor) or party_of(a.actor) == other or a.negated:
            continue
        n = _event_noun(doc, a, g)
        if n is not None and n.i != noun.i and n.lemma_.lower() == noun.lemma_.lower():
            return a
    return None


def _partner_in(noun, e: Event, g) -> bool:
    """Is the event's recipient named in a ``with`` phrase of its noun?"""
    for p in g.children(noun, "prep"):
        if p.lower_ in party_words("partner_preps"):
            for o in g.children(p, "prep_object"):
                if o.left_edge.idx <= e.recipient.start <= o.right_edge.idx:
                    return True
    return False


def _host_place(e: Event, noun, g) -> EventActor | None:
    """The coded state a partnered activity with no actor is held in (see module doc)."""
    loc = e.location
    if e.recipient is None or not party_of(e.recipient) or loc is None or loc.inferred or not loc.country:
        return None
    if loc.country == party_of(e.recipient) or loc.start is None or not _partner_in(noun, e, g):
        return None
    return EventActor(loc.start, loc.end, loc.text, code=loc.country, country=loc.country)


def link_rounds(doc, events: list[Event]) -> None:
    """Each actor-less gathering given its party (see module doc), in place.
    ``events`` in document order."""
    g = None
    for j, e in enumerate(events):
        if e.actor is not None or e.negated:
            continue
        g = g or grammar(doc)
        noun = _event_noun(doc, e, g)
        if noun is None:
            continue
        if _repeated(noun):
            a = _earlier_round(doc, e, noun, events[:j], g)
            if a is not None:
                e.actor = copy.copy(a.actor)
                if e.recipient is None and a.recipient is not None:
                    e.recipient = copy.copy(a.recipient)
            continue
        host = _host_place(e, noun, g)
        if host is not None:
            e.actor = host
