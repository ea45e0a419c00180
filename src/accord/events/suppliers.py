"""The supplier of a handing over told by its speaker.

``The delivery of the drones to X will be completed by the end of the year,
the ambassador of Y said``: a transfer of goods (a ``transfer_nouns`` word as
the trigger: delivery, supply, transfer) that names its receiver and no
supplier, told as to come (``will be completed``, ``is scheduled for``) in a
quote by a party's speaker, is that speaker's state's aid; where the speaker
is the receiver's own side ("..., the defence minister of X said") the
supplier stays unknown, and so does the supplier of a delivery a speaker
judges ("The delivery of the carriers encourages ...": a critic's words).
Another state's goods ("The delivery of US tanks to Taiwan will begin, the
Chinese foreign ministry said": a coded national modifier of the goods not
the speaker's) are never the speaker's aid; and the speaker must be told as
the supplier's: first person in the quote ("our", "we": ``supplier_pronouns``), or a
speaker of its arms and envoys (``supplier_speaker_words``: "the Russian
ambassador", "the French defence ministry"); a foreign ministry commenting on
another's deliveries ("..., the Russian foreign ministry spokeswoman said")
supplies nothing.
"""

from __future__ import annotations

from ..record import Event
from . import words as W
from .coref import coded_starting_in, party_of, trigger_token

NOUNS = ("NOUN", "PROPN")
SUPPLY_TYPES = ("AID", "AGREE")
#: what a coded actor adds to an event's confidence (events.coding.confidence: 0.1 an actor, 0.05 its code)
CODED_ACTOR_CONFIDENCE = 0.15


def speakers_supply(doc, e: Event) -> None:
    """The speaker's party as the actor of an actor-less transfer it tells (see module doc), in place."""
    if e.actor is not None or e.type not in SUPPLY_TYPES or e.quote is None or e.negated or not e.future:
        return
    quotes = doc._.quotes or []
    if e.quote >= len(quotes) or e.recipient is None or not party_of(e.recipient):
        return
    tok = trigger_token(doc, e)
    if tok is None or tok.pos_ not in NOUNS or tok.lemma_.lower() not in W.words("transfer_nouns"):
        return
    from .party_spans import speaker_actor  # (party_spans imports pairs, which binds definites through this module)

    q = quotes[e.quote]
    sp = speaker_actor(q)
    if sp is None or not party_of(sp) or party_of(sp) == party_of(e.recipient):
        return
    if _foreign_goods(doc, tok, party_of(sp)) or not _supplier_cue(doc, q, sp):
        return
    e.actor = sp
    e.confidence += CODED_ACTOR_CONFIDENCE  # as it would have had with its supplier named


def _foreign_goods(doc, tok, own: str) -> bool:
    """Do the goods of the transfer (its ``of`` phrase) carry a coded national modifier of
    another state ("the delivery of US tanks")?"""
    for p in tok.children:
        if p.lower_ != "of":
            continue
        for goods in p.children:
            lo, hi = goods.left_edge.idx, goods.idx
            if any(party_of(m) != own for m in coded_starting_in(doc, lo, hi)):
                return True
    return False


def _supplier_cue(doc, q, sp) -> bool:
    """Is the speaker told as the supplier's: first person in its quote, or a speaker of
    its arms or envoys (see module doc)?"""
    words = {t.lower_ for t in doc.char_span(q.start, q.end, alignment_mode="expand") or []}
    if words & W.words("supplier_pronouns"):
        return True
    return bool(set((sp.text or "").lower().split()) & W.words("supplier_speaker_words"))
