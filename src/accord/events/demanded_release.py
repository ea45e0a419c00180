"""A demand for someone's release or return is addressed to the one who holds
them (round E, cause 4).

"Border guards of B detained a resident of A ... A demands the immediate
return of the citizen": the demand (``demand_verbs`` with a ``patient_nouns``
object: return, release, extradition) names the one to be released, not the
one asked (:mod:`accord.events.arg_slots`). Where it names no addressee, the
addressee is the actor of the latest detention told before it
(``detention_types``: a COERCE act) within ``BACK_SENTENCES``, of another
state than the demander's; where none is told before, the first one told
within ``AFTER_SENTENCES`` after it ("A demands the return of its citizen.
B's border service said he was detained on its side": to B). A detention
told twice is read at its first telling (its earliest evidence), so a
telling merged into a later one still comes before the demand. Otherwise
the demand keeps no recipient. So
does a demand to reach the held (``custody_access_nouns``: "demanded
consular access to the Russian sailors"), whose only party named is the
demander's own people.
A demand to stop an act (its object a ``stopping_nouns`` noun: "demand the
complete cessation of the violations of our sovereignty", "an end to the
strikes") with no addressee but the demander's own state is likewise
addressed to the actor of the latest hostile act (``HOSTILE_TYPES``) told
on the demander's state within ``BACK_SENTENCES`` before it, by another
state: the one asked to stop.
"""

from __future__ import annotations

from ..record import Event, EventActor
from ..syntax import grammar
from . import words as W
from .coref import party_of, sentence_numbers, trigger_token

#: how many sentences back the act a reply answers may be told (a demand for a release or
#: to stop, a denial of a charge: :mod:`accord.events.denied_to`, :mod:`accord.events.told_denials`)
BACK_SENTENCES = 6
#: how many sentences after the demand a detention told only then may be
AFTER_SENTENCES = 2
#: the category of a detention
DETENTION_TYPE = "COERCE"
#: the categories of an act a demand to stop may be aimed at
HOSTILE_TYPES = ("ASSAULT", "COERCE")


def demanded_objects(doc, e: Event) -> set:
    """The lemmas of what a demand verb asks for (its object, its ``for``
    phrase); empty for another trigger."""
    tok = trigger_token(doc, e)
    if tok is None or tok.lemma_.lower() not in W.words("demand_verbs"):
        return set()
    g = grammar(tok)
    objs = list(g.children(tok, "object"))
    objs += [o for p in g.children(tok, "prep") if p.lower_ == "for" for o in g.children(p, "prep_object")]
    return {o.lemma_.lower() for o in objs}


def _demands_release(doc, e: Event) -> bool:
    return bool(demanded_objects(doc, e) & (W.words("patient_nouns") | W.words("custody_access_nouns")))


def _open_addressee(e: Event) -> bool:
    """Has the demand no addressee, or only the demander's own people ("demanded
    consular access to the Russian sailors": the sailors are reached, not asked)?"""
    r = e.recipient
    return r is None or bool(r.country) and r.country == e.actor.country and not r.org


def _told_at(events: list[Event], index: dict) -> list[tuple[int, Event]]:
    """The hostile acts said done by a coded state, each with the number of
    the sentence of its first telling (its earliest evidence)."""
    starts = sorted(index)
    out = []
    for d in events:
        if d.type not in HOSTILE_TYPES or d.negated or d.hypothetical or d.actor is None or not d.actor.country:
            continue
        out.append((first_told(d, index, starts), d))
    return out


def first_told(d: Event, index: dict, starts: list) -> int:
    """The number of the sentence an event is first told in (its earliest evidence):
    ``index`` maps sentence starts to numbers, ``starts`` is it sorted."""
    first = min([s["start"] for s in d.evidence or []] + [d.sentence["start"]])
    return index.get(max((s for s in starts if s <= first), default=0), 0)


def _detainer(told: list[tuple[int, Event]], si: int, country: str) -> EventActor | None:
    """The actor of the detention told nearest before sentence ``si`` (within
    ``BACK_SENTENCES``), else first after it (within ``AFTER_SENTENCES``), of
    another state than ``country``; None."""
    other = [(di, d) for di, d in told if d.type == DETENTION_TYPE and d.actor.country != country]
    before = [(di, d) for di, d in other if 0 <= si - di <= BACK_SENTENCES]
    if before:
        return max(before, key=lambda x: x[0])[1].actor
    after = [(di, d) for di, d in other if 0 < di - si <= AFTER_SENTENCES]
    return min(after, key=lambda x: x[0])[1].actor if after else None


def _attacker(told: list[tuple[int, Event]], si: int, country: str) -> EventActor | None:
    """The actor of the latest hostile act on ``country`` by another state
    told within ``BACK_SENTENCES`` before sentence ``si``; None."""
    hits = [
        (di, d)
        for di, d in told
        if 0 <= si - di <= BACK_SENTENCES
        and d.recipient is not None
        and d.recipient.country == country
        and d.actor.country != country
    ]
    return max(hits, key=lambda x: x[0])[1].actor if hits else None


def release_addressees(doc, events: list[Event]) -> None:
    """Each addressee-less demand for a release given the detainer told
    near it (see module doc). In place."""
    index = sentence_numbers(doc)
    told = None
    for e in events:
        if e.type != "REQUEST" or e.actor is None or not party_of(e.actor) or not _open_addressee(e):
            continue
        si = index.get(e.sentence["start"], 0)
        if told is None:
            told = _told_at(events, index)
        if _demands_release(doc, e):
            found = _detainer(told, si, e.actor.country)
        elif demanded_objects(doc, e) & W.words("stopping_nouns"):
            found = _attacker(told, si, e.actor.country)
        else:
            continue
        if found is not None:
            e.recipient = EventActor(**vars(found))
