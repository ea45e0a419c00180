"""A denial that names no one answers the side that charged or held the
denier's people (round G).

"FSB officers detained an Estonian citizen ... The Internal Security Service
of Estonia denied any connection with the detained man", "In Moscow, any
involvement of Russia in the damage was denied": a REJECT by a denial verb
(``denial_verbs``; a rejected plan or offer answers no charge) with no addressee,
or with only the denier's own state (read from "any involvement of
Russia"), is addressed to the actor of the latest act against the denier's
state told within ``BACK_SENTENCES`` before it (its first telling counts) by
another state: an accusation (``CHARGE_TYPES``) or a detention of its people
(``CHARGE_TYPES``: COERCE of an arrest code, ``DETENTION_CODE``). With none,
it is addressed to the other side of the latest such charge told in that
window the other way, by the denier's state ("Moscow called the detention
illegal ... In Moscow, any involvement in the damage was denied": the state
it quarrels over the charge with); with none, it stays as it is. Any other
conflict (a strike, a sanction) is no charge: "Ukraine struck a refinery in
Russia. Russia denied any role in the murder in Serbia" answers no one. A denial already
given an addressee (:mod:`accord.events.answers`: "rejected the accusation")
is not touched.
"""

from __future__ import annotations

from ..record import Event, EventActor
from . import words as W
from .coref import party_of, sentence_numbers, trigger_token
from .demanded_release import BACK_SENTENCES, first_told

#: the category of a denial
DENIAL_TYPE = "REJECT"
#: the categories of an act a denial answers: a charge, a detention
CHARGE_TYPES = ("ACCUSE", "COERCE")
#: the CAMEO code of a detention, the one coercion that charges (an event with no code told counts)
DETENTION_CODE = "173"


def _open(e: Event) -> bool:
    r = e.recipient
    return r is None or bool(r.country) and r.country == e.actor.country and not r.org


def _charge(d: Event) -> bool:
    """Is ``d`` an accusation or a detention?"""
    if d.type == "COERCE":
        return (d.cameo or DETENTION_CODE).startswith(DETENTION_CODE)
    return d.type in CHARGE_TYPES


def _charges(events: list[Event], index: dict, starts: list) -> list[tuple[int, Event]]:
    """The charges (accusations, detentions) between two coded states, each with
    the sentence number of its first telling."""
    return [
        (first_told(d, index, starts), d)
        for d in events
        if _charge(d)
        and not d.negated
        and not d.hypothetical
        and d.actor is not None
        and d.actor.country
        and d.recipient is not None
        and d.recipient.country
        and d.actor.country != d.recipient.country
    ]


def _addressee(told: list[tuple[int, Event]], si: int, country: str) -> EventActor | None:
    """The actor of the latest charge on ``country`` told in the window
    before sentence ``si``, else the other side of the latest charge there
    by ``country``; None."""
    near = [(di, d) for di, d in told if 0 <= si - di <= BACK_SENTENCES]
    hits = [(di, d) for di, d in near if d.type in CHARGE_TYPES and d.recipient.country == country]
    if hits:
        return max(hits, key=lambda x: x[0])[1].actor
    sides = [(di, d.recipient) for di, d in near if d.actor.country == country]
    return max(sides, key=lambda x: x[0])[1] if sides else None


def denial_addressees(doc, events: list[Event]) -> None:
    """Each open denial given the side that charged or held the denier's
    people just before it, else the side it quarrels with (see module doc).
    In place."""
    index = sentence_numbers(doc)
    starts = sorted(index)
    told = None
    for e in events:
        if e.type != DENIAL_TYPE or e.negated or e.actor is None or not e.actor.country or not _open(e):
            continue
        if not party_of(e.actor):
            continue
        tok = trigger_token(doc, e)
        if tok is None or tok.lemma_.lower() not in W.words("denial_verbs"):
            continue
        if told is None:
            told = _charges(events, index, starts)
        found = _addressee(told, index.get(e.sentence["start"], 0), e.actor.country)
        if found is not None:
            e.recipient = EventActor(**vars(found))
