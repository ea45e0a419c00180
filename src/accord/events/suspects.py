"""A suspect is the accused, never the accuser (round G).

``Officers of the FSB detained a citizen of Estonia suspected of collecting
information about the military facilities``: a participle of accusing on a
noun (``suspected of``, ``accused of``: an ACCUSE whose trigger is a past
participle modifying a noun) charges the noun's party. Read as a clause of
its own it would make the suspect the actor and the thing spied on the
recipient. The party charged is the noun's; the accuser is the subject of
the verb the noun is the object of (the detaining side), else the party
whose words it stands in, else the detainer of a detention told before it
in its sentence; with neither, or one of the suspect's own side,
no accusation is told.
"""

from __future__ import annotations

import copy

from ..record import Event
from ..syntax import grammar
from .actor_groups import ActorGroups
from .actor_roles import subject_of
from .blame import speaker_party
from .frames import token_at
from .party_spans import party


def _suspect_head(tok, g):
    """The noun a participle of accusing hangs on (``a citizen suspected of``), or None."""
    if tok.tag_ != "VBN" or not g.is_(tok, "clause_modifier") or tok.head.i == tok.i:
        return None
    h = tok.head
    return h if h.pos_ in ("NOUN", "PROPN") else None


def _agent(tok, g, actors: ActorGroups):
    """The coded party of the participle's ``by`` phrase, or None; the parser may hang it on
    the charge (``accused of spying by Russia``)."""
    heads = {tok.i} | {o.i for p in tok.children for o in p.children if o.pos_ in ("NOUN", "VERB")}
    for by in tok.subtree:
        if by.lower_ != "by" or by.head.i not in heads:
            continue
        for o in g.children(by, "prep_object"):
            group = actors.group(o)
            if group:
                p = party(actors, group[0], tok.i)
                if p.code:
                    return p
    return None


def _accuser(h, tok, doc, actors: ActorGroups, quotes, events):
    """The participle's own ``by`` agent, else the subject of the verb the suspect is the
    object of, else the speaker, else the actor of a detention told in the same sentence
    (a torn parse of the detention)."""
    g = grammar(h)
    agent = _agent(tok, g, actors)
    if agent is not None:
        return agent
    v = h.head
    if g.is_(h, "object") and v.pos_ == "VERB":
        head, _ = subject_of(v, actors)
        group = actors.group(head) if head is not None else []
        if group:
            p = party(actors, group[0], v.i)
            if p.code:
                return p
    said = speaker_party(tok, doc, actors, quotes)
    if said is not None:
        return said
    sent = tok.sent
    held = [
        e.actor
        for e in events
        if e.type == "COERCE" and e.actor is not None and e.actor.code and sent.start_char <= e.trigger.start < tok.idx
    ]
    return copy.deepcopy(held[0]) if held else None


def suspects_accused(doc, events: list[Event], actors: ActorGroups, quotes) -> list[Event]:
    """The events with each ACCUSE told by a participle on its suspect re-aimed at the
    suspect (see the module doc), or dropped where no accuser of another side is named."""
    out = []
    for e in events:
        tok = token_at(doc, e.trigger.start) if e.type == "ACCUSE" else None
        h = _suspect_head(tok, grammar(tok)) if tok is not None else None
        group = actors.group(h) if h is not None and actors.at(h) is not None else []
        if not group:
            out.append(e)
            continue
        suspect = party(actors, group[0], tok.i)
        accuser = _accuser(h, tok, doc, actors, quotes, events)
        side = suspect.country or suspect.org
        if accuser is None or not accuser.code or (accuser.country or accuser.org) == side:
            continue  # the suspect accuses no one, and no one else is told to accuse it
        e.actor, e.recipient = copy.deepcopy(accuser), suspect
        out.append(e)
    return out
