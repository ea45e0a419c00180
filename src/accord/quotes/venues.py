"""The speaker of a cue that the parser hung on an occasion or a document:
"X at a briefing called the decision "...", "X in a statement distributed on
Wednesday called ..." (translated copy puts the occasion between the
speaker and the verb): the verb's subject is X, not the briefing."""

from __future__ import annotations

from ..syntax import grammar
from .vocabulary import word_set


def venue_owner(tok):
    """The root noun before "at a briefing" or "in a statement" that finite
    cue ``tok``, read as a modifier of that occasion, belongs to; else None."""
    gr = grammar(tok)
    if tok.tag_ not in ("VBD", "VBZ") or not gr.is_(tok, "clause_modifier"):
        return None
    venue = tok.head
    if venue.lemma_.lower() not in word_set("venues", "events", "documents") or not gr.is_(venue, "prep_object"):
        return None
    prep = venue.head
    owner = prep.head
    if not gr.is_(prep, "prep") or owner.pos_ not in ("NOUN", "PROPN") or owner.i > prep.i:
        return None
    return owner if owner.head.i == owner.i else None  # the parser found no verb for the owner
