"""Who the parties of an event are as parties: one state or body, or several.

* :func:`same_party`: are both sides one party (a state's organs, an
  organisation), where two sectors of one state (police and protesters) are a
  domestic dyad;
* :func:`without_self_recipients`: an event less a recipient that is the
  actor's own side;
* :func:`named_participants` and :func:`joint_pairs`: the parties of a
  reciprocal act named together ("X and Y held talks", "the drills involve
  units from A, B and C"), each toward the others, unless they are so many
  that the act is multilateral (``MAX_JOINT``);
* :func:`party_words`: the word lists of ``events/data/party_words.tsv``,
  which the argument-side modules read.

A pair reference ("both sides", "the two leaders") is :mod:`accord.events.pairs`.
"""

from __future__ import annotations

from .. import datafiles
from ..record import Event, EventActor
from ..syntax import grammar
from .coref import party_or_code as _key

PARTY_WORDS = "events/data/party_words.tsv"
#: more participants named without a lead party: a multilateral activity, no dyads
MAX_JOINT = 5


def named_participants(tok, r_actors: list) -> tuple[list, list, bool]:
    """A reciprocal act with no actor: the participants named in the
    trigger's phrase, or as the object of the verb the event noun is the
    subject of ("the meeting of the commissions of A and B was held", "the
    drills involve units from A, B and C") take part, each toward the others:
    (actors, recipients, False where the list is longer than a joint
    activity's few parties: a multilateral one, no dyads)."""
    ph = tok.head if grammar(tok).is_(tok, "subject") and tok.pos_ == "NOUN" else tok
    lo, hi = ph.left_edge.idx, ph.right_edge.idx + len(ph.right_edge)
    coded = distinct_parties(r_actors)
    if len(coded) >= 2 and all(lo <= r.start and r.end <= hi for r in coded):
        if len(coded) > MAX_JOINT:
            return [], [], False
        return coded, [], True
    return [], r_actors, True


def joint_pairs(a_actors: list, lead) -> list:
    """Coordinated parties of a reciprocal act: a lead party named among
    them ("troops from A, B, ... began an A-led exercise") with each of the
    others, however many; else each toward each other ("X and Y held
    talks"), where they are few enough for a joint act (``MAX_JOINT``)."""
    key = _party_key
    if lead is not None:
        head = next((a for a in a_actors if key(a) == key(lead)), lead)
        return [(head, y) for y in a_actors if key(y) != key(lead)]
    if len(distinct_parties(a_actors)) > MAX_JOINT:
        return []
    return [(x, y) for x in a_actors for y in a_actors if x is not y]


def _party_key(p):
    return (p.country, p.org) if p.country or p.org else p.code


def same_party(x, y) -> bool:
    """Are both sides one party: the same state (KAZMIL and KAZ, the
    government and the country) or organisation? Two sectors of one state
    (police and protesters) are a domestic dyad."""
    if x is None or y is None or not (x.code and y.code):
        return False
    if _party_key(x) != _party_key(y):
        return False
    return not (x.sector and y.sector and x.sector != y.sector)


def without_self_recipients(events: list[Event]) -> list[Event]:
    """The events less the recipient that is the actor's own side ("the
    minister repeated Beijing's call", "Budrys called ... and said Vilnius
    would ...": one state's organs on both sides are no dyad): such an event
    has no other party, and is dropped where the same trigger gives its actor
    another recipient. A domestic dyad (police and protesters: two sectors
    of one state) stays."""
    given = {(e.trigger.start, _key(e.actor)) for e in events if e.recipient is not None and not _self(e)}
    out = []
    for e in events:
        if _self(e):
            if (e.trigger.start, _key(e.actor)) in given:
                continue
            e.recipient = None
        out.append(e)
    return out


def _self(e: Event) -> bool:
    """Are both sides of the event one party: one state's organs ("Beijing"
    and "the minister", both CHNGOV; its government and its military) or one
    organisation? (A bare state code may be its people or a place in it:
    "the opposition agreed to postpone the rally in Baku" stays a domestic act.)"""
    a, r = e.actor, e.recipient
    if a is None or r is None or not (a.code and r.code) or _party_key(a) != _party_key(r):
        return False
    if a.org and not a.country:
        return True
    organs = party_words("state_organ_sectors")
    return a.sector in organs and r.sector in organs


def as_member(ref: EventActor, party: EventActor) -> EventActor:
    """A group reference's span ("the three states", "the parties") with one member's codes."""
    return EventActor(
        ref.start, ref.end, ref.text, code=party.code, country=party.country, org=party.org, sector=party.sector
    )


@datafiles.cached
def party_words(name: str) -> frozenset[str]:
    """One list of ``events/data/party_words.tsv``."""
    return datafiles.words(PARTY_WORDS, name)


@datafiles.cached
def party_words_map(name: str) -> dict[str, str]:
    """One list of ``events/data/party_words.tsv`` as ``{word: value}``."""
    return datafiles.word_map(PARTY_WORDS, name)


def distinct_parties(parties: list) -> list:
    """The coded parties, one per country or organisation, in order."""
    seen, out = set(), []
    for p in parties:
        k = p.country or p.org
        if k and k not in seen:
            seen.add(k)
            out.append(p)
    return out
