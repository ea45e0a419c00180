"""A demand for someone's release or return is addressed to the one who holds
them (round E, cause 4).

"Border guards of B detained a resident of A ... A demands the immediate
return of the citizen": the demand (``demand_verbs`` with a ``patient_nouns``
object: return, release, extradition) names the one to be released, not the
one asked (:mod:`accord.events.arg_slots`). Where it names no addressee, the
addressee is the actor of the latest detention told before it
(``detention_types``: a COERCE act) within ``BACK_SENTENCES``, of another
state than the demander's. Otherwise the demand keeps no recipient. So
does a demand to reach the held (``custody_access_nouns``: "demanded
consular access to the Russian sailors"), whose only party named is the
demander's own people.
"""

from __future__ import annotations

from ..record import Event, EventActor
from ..syntax import grammar
from . import words as W
from .coref import party_of, sentence_numbers, trigger_token

#: how many sentences back the detention may be told
BACK_SENTENCES = 6
#: the category of a detention
DETENTION_TYPE = "COERCE"


def _demands_release(doc, e: Event) -> bool:
    tok = trigger_token(doc, e)
    if tok is None or tok.lemma_.lower() not in W.words("demand_verbs"):
        return False
    g = grammar(tok)
    objs = list(g.children(tok, "object"))
    objs += [o for p in g.children(tok, "prep") if p.lower_ == "for" for o in g.children(p, "prep_object")]
    wanted = W.words("patient_nouns") | W.words("custody_access_nouns")
    return any(o.lemma_.lower() in wanted for o in objs)


def _open_addressee(e: Event) -> bool:
    """Has the demand no addressee, or only the demander's own people ("demanded
    consular access to the Russian sailors": the sailors are reached, not asked)?"""
    r = e.recipient
    return r is None or bool(r.country) and r.country == e.actor.country and not r.org


def release_addressees(doc, events: list[Event]) -> None:
    """Each addressee-less demand for a release given the detainer told
    before it (see module doc). In place; events in document order."""
    index = sentence_numbers(doc)
    for j, e in enumerate(events):
        if e.type != "REQUEST" or e.actor is None or not party_of(e.actor) or not _open_addressee(e):
            continue
        if not _demands_release(doc, e):
            continue
        si = index.get(e.sentence["start"], 0)
        for d in reversed(events[:j]):
            if si - index.get(d.sentence["start"], 0) > BACK_SENTENCES:
                break
            if d.type != DETENTION_TYPE or d.negated or d.hypothetical or d.actor is None or not d.actor.country:
                continue
            if d.actor.country == e.actor.country:
                continue
            e.recipient = EventActor(**vars(d.actor))
            break
