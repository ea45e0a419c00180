"""An objection to "the agreement": aimed at the parties that made it (evA round F).

"India and China agreed to resume border trade ... Nepal protested against
the agreement": the objection names the pact, not its makers; its
recipients are the two parties of the latest pact told before it
(``PACT_TYPES``, within ``BACK_SENTENCES``), neither the objector's own
state, one event each. An objection (``OBJECTION_TYPES``) qualifies where
its object or ``against``/``over`` phrase (``pact_preps``) is a definite
pact noun (``pact_nouns``: "the agreement", "the deal") with no coded party
of its own, and its recipient is none or one of that pact's parties (not a
refusal to make a pact: "will not sign the treaty").
"""

from __future__ import annotations

import copy

from ..record import Event
from ..syntax import grammar
from . import words as W
from .coref import party_of, retold, sentence_numbers, trigger_token

#: how many sentences back the pact may be told
BACK_SENTENCES = 8
#: the categories of a party's objection (not PROTEST: a crowd's protest against a deal is aimed at its own rulers)
OBJECTION_TYPES = ("ACCUSE", "REJECT")
#: the categories of a pact's making
PACT_TYPES = ("AGREE", "SUPPORT")


def _pact_object(tok, g):
    """The definite pact noun the objection is about, or None; none for a
    refusal to make it ("will not sign the treaty": a negated trigger)."""
    if g.has_child(tok, "negation"):
        return None
    nouns = list(g.children(tok, "object"))
    for p in g.children(tok, "prep"):
        if p.lower_ in W.words("pact_preps"):
            nouns += g.children(p, "prep_object")
    dets = W.words("definite_determiners")
    for n in nouns:
        if n.lemma_.lower() not in W.words("pact_nouns"):
            continue
        if any(d.lower_ in dets for d in n.children if d.i < n.i) and not any(t.ent_type_ for t in n.subtree):
            return n
    return None


def _pact_before(e: Event, before: list[Event], index: dict) -> tuple | None:
    mine = party_of(e.actor)
    si = index.get(e.sentence["start"], 0)
    for p in reversed(before):
        if si - index.get(p.sentence["start"], 0) > BACK_SENTENCES:
            break
        if p.type not in PACT_TYPES or p.negated or p.hypothetical or p.actor is None or p.recipient is None:
            continue
        ka, kr = party_of(p.actor), party_of(p.recipient)
        if ka and kr and ka != kr and mine not in (ka, kr):
            return p.actor, p.recipient
    return None


def opposed_pacts(doc, events: list[Event]) -> list[Event]:
    """Each objection to a pact given toward each of its makers (see module
    doc); the others as they are. Events in document order."""
    index = sentence_numbers(doc)
    out: list[Event] = []
    for j, e in enumerate(events):
        tok = trigger_token(doc, e) if e.type in OBJECTION_TYPES and e.actor is not None else None
        pact = _pact_before(e, events[:j], index) if tok is not None and _pact_object(tok, grammar(tok)) else None
        r = party_of(e.recipient) if e.recipient is not None else None
        if pact is None or (r and r not in {party_of(x) for x in pact}):
            out.append(e)
            continue
        out.extend(retold(e, e.actor, copy.deepcopy(x)) for x in pact)
    return out
