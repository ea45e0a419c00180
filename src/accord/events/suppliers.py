"""The supplier of a handing over told by its speaker.

``The delivery of the drones to X will be completed by the end of the year,
the ambassador of Y said``: a transfer of goods (a ``transfer_nouns`` word as
the trigger: delivery, supply, transfer) that names its receiver and no
supplier, told as to come (``will be completed``, ``is scheduled for``) in a
quote by a party's speaker, is that speaker's state's aid; where the speaker
is the receiver's own side ("..., the defence minister of X said") the
supplier stays unknown, and so does the supplier of a delivery a speaker
judges ("The delivery of the carriers encourages ...": a critic's words).
"""

from __future__ import annotations

from ..record import Event
from . import words as W
from .coref import party_of, trigger_token

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

    sp = speaker_actor(quotes[e.quote])
    if sp is not None and party_of(sp) and party_of(sp) != party_of(e.recipient):
        e.actor = sp
        e.confidence += CODED_ACTOR_CONFIDENCE  # as it would have had with its supplier named
