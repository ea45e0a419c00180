"""The target named deep in a verb's object: "delivered equipment worth
several million dollars to A's border guards", "shipped parts of the
systems into A".

A verb whose own objects and phrases name no party may still name where its
thing goes in a directional phrase (``object_target_preps``: to, into,
against, on, toward) that the parser hung under its noun object, or under an
adjective that qualifies that object ("worth ... to X"). The first such
phrase, within ``MAX_DEPTH`` prepositions of the object and outside any
clause of its own, whose noun a coded mention names is the recipient. Used
by :func:`accord.events.actor_roles.verb_recipient` after the verb's own
phrases and its object's direct ones.
"""

from __future__ import annotations

from . import words as W

#: how many prepositional phrases deep the object's target may lie
MAX_DEPTH = 2


def _coded(t, actors) -> bool:
    return any(actors.mentions[m].code for m in actors.group(t))


def _starts(tok, g) -> list:
    """The verb's noun objects and its adjectives ('worth')."""
    out = [o for o in g.children(tok, "object") if o.pos_ in ("NOUN", "PROPN")]
    return out + [c for c in tok.children if c.pos_ == "ADJ" and c.i > tok.i]


def _below(n, g, depth: int, preps: frozenset, actors):
    """The first coded noun of a directional phrase under ``n`` (see module doc)."""
    for c in n.children:
        if c.pos_ in ("VERB", "AUX") or g.is_(c, "clause_modifier", "relative_clause", "conjunct"):
            continue  # another clause, or another thing of the coordination: not this object's
        if g.is_(c, "prep"):
            if depth >= MAX_DEPTH:
                continue
            for p in g.children(c, "prep_object"):
                if c.lower_ in preps and _coded(p, actors):
                    return p
                r = _below(p, g, depth + 1, preps, actors)
                if r is not None:
                    return r
        elif c.pos_ in ("NOUN", "ADJ", "NUM"):
            r = _below(c, g, depth, preps, actors)
            if r is not None:
                return r
    return None


def object_target(tok, actors, g):
    """The coded target of a directional phrase under the verb's object (see module doc), else None."""
    preps = W.words("object_target_preps")
    for s in _starts(tok, g):
        r = _below(s, g, 0, preps, actors)
        if r is not None:
            return r
    return None
