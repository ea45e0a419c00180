"""The delegations at a meeting an article reports: each meets the meeting's host.

A report of a meeting often tells no "A met B": it names the host by who opened
or chaired it ("Opening the meeting, A's minister said ...") and each guest by
its delegation in the sentences after ("The Indian delegation was headed by
...", "Azerbaijan was represented at the meeting by its deputy minister", "B's
deputy minister told the participants that ..."). Each such guest meets the host
(#16 convention for a hosted meeting: the host with each named participant),
one CONSULT per guest, told in the guest's sentence.

* The host: the coded state of the subject of the clause whose participle or
  verb opens or chairs a gathering (``opening_verbs`` with a ``gathering_nouns``
  object); with none, the state of the "in" place of a gathering noun ("at a
  meeting in Bishkek").
* A guest, in the sentences after the host's (``GUEST_SENTENCES``): the subject
  of "represented" in the passive; a state's delegation (``delegation_nouns``
  with the state's adjective or name) as a subject; the subject of a verb that
  addresses "the participants" (``address_verbs``).
"""

from __future__ import annotations

import copy
import functools
import re

from ..actors import mentions_in
from ..doc_index import doc_text
from ..record import Event, EventActor, Span
from ..syntax import grammar
from .coref import party_or_code, retold
from .lexicon import lexicon
from .pairs import is_parties
from .parties import as_member, party_words
from .venues import place_state

#: how many sentences after the host's a delegation is looked for
GUEST_SENTENCES = 12
#: the confidence of a meeting told by a delegation
DELEGATION_CONFIDENCE = 0.6


def _state_in(doc, tok) -> EventActor | None:
    """The first coded state named in the token's phrase."""
    for m in mentions_in(doc, tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)):
        if m.code and m.country and not m.org:
            return EventActor.of(m)
    return None


@functools.cache
def _gathering_re() -> re.Pattern:
    words = sorted(party_words("gathering_nouns"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _gathering_nouns(doc) -> list:
    """The tokens of the gathering nouns the text names (found in the text, not token by token)."""
    out = []
    for m in _gathering_re().finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1:
            out.append(span[0])
    return out


def _host(doc, events: list[Event]):
    """(the host, its sentence) of the article's meeting (see module doc), else (None, None).
    The state of the meeting's place hosts only if it is a party of some event
    of the article: talks in a neutral city ("Talks in Geneva between ...")
    have no host."""
    g = grammar(doc)
    place = None
    for n in _gathering_nouns(doc):
        if place is None:
            p = place_state(doc, n)
            place = (p, n.sent) if p is not None else None
        t = n.head
        if not g.is_(n, "object") or t.pos_ != "VERB" or t.lemma_.lower() not in party_words("opening_verbs"):
            continue
        v = t.head if g.is_(t, "adverbial_clause") and t.head.i != t.i else t
        s = g.child(v, "subject")
        host = _state_in(doc, s) if s is not None else None
        if host is not None:
            return host, t.sent
    if place is None or not any(place[0].country in (_country(e.actor), _country(e.recipient)) for e in events):
        return None, None
    return place


def _country(party) -> str | None:
    return party.country if party is not None else None


def _guest(doc, t, g) -> EventActor | None:
    """The state a sentence's token names as a guest of the meeting, else None."""
    lem = t.lemma_.lower()
    if lem == "represent" and g.has_child(t, "passive_aux"):
        s = g.child(t, "passive_subject")
        return _state_in(doc, s) if s is not None else None
    if lem in party_words("delegation_nouns") and g.is_(t, "subject", "passive_subject"):
        return _state_in(doc, t)
    if lem in party_words("address_verbs"):
        if any(o.lower_ == "participants" for o in g.children(t, "object", "dative")):
            s = g.child(t, "subject")
            return _state_in(doc, s) if s is not None else None
    return None


def _meeting(host: EventActor, guest: EventActor, t) -> Event:
    info = lexicon().categories["CONSULT"]
    s = t.sent
    return Event(
        "CONSULT",
        Span(t.idx, t.idx + len(t), t.text),
        {"start": s.start_char, "end": s.end_char},
        cameo=info["cameo"],
        quad=info["quad"],
        intensity=info["intensity"],
        actor=EventActor(**vars(host)),
        recipient=guest,
        confidence=DELEGATION_CONFIDENCE,
    )


def delegation_meetings(doc, events: list[Event]) -> list[Event]:
    """The events with the host's meeting with each delegation added (see module doc)."""
    host, hs = _host(doc, events)
    if host is None:
        return events
    g = grammar(doc)
    met = {(e.actor.country, e.recipient.country) for e in events if e.type == "CONSULT" and e.actor and e.recipient}
    sents = list(doc.sents)
    first = next(i for i, s in enumerate(sents) if s.start == hs.start)
    added = []
    for s in sents[first + 1 : first + 1 + GUEST_SENTENCES]:
        for t in s:
            guest = _guest(doc, t, g)
            if guest is None or guest.country == host.country:
                continue
            if (host.country, guest.country) in met or (guest.country, host.country) in met:
                continue
            met.add((host.country, guest.country))
            added.append(_meeting(host, guest, t))
    if not added:
        return events
    events = [e for e in events if not _headed_delegation(doc, e, added)]
    events = _parties_of_the_meeting(events, host, [n.recipient for n in added], hs.start_char)
    return sorted(events + added, key=lambda e: (e.sentence["start"], e.trigger.start))


def _headed_delegation(doc, e: Event, added: list[Event]) -> bool:
    """Is the event the verb a guest's delegation is the subject of, with no
    coded recipient ("The Indian delegation was headed by X": its being there,
    the meeting, not an act of its own)?"""
    if party_or_code(e.recipient) or e.actor is None:
        return False
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    v = span[-1]
    g = grammar(doc)
    subj = [c for c in v.children if g.is_(c, "subject", "passive_subject")]
    if not any(c.lemma_.lower() in party_words("delegation_nouns") for c in subj):
        return False
    return any(n.trigger.start == subj[0].idx and n.recipient.country == e.actor.country for n in added)


def _parties_of_the_meeting(events: list[Event], host: EventActor, guests: list, after: int) -> list[Event]:
    """ "The parties have agreed the text" after the host's sentence, with no
    coded party of its own: the host's act with each delegation (as "the
    parties" after a meeting of one party with many, :mod:`accord.events.pairs`)."""
    out = []
    for e in events:
        if e.sentence["start"] <= after or e.negated or not is_parties(e.actor) or party_or_code(e.recipient):
            out.append(e)
            continue
        out += [retold(e, as_member(e.actor, host), copy.copy(g), DELEGATION_CONFIDENCE) for g in guests]
    return out
