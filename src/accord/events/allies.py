""" "The allies", "its partners": every member of the group just told.

"Russia, Kazakhstan and Kyrgyzstan completed a joint exercise. Moscow is
ready to supply radar stations to the allies": the plural coalition noun
(``ally_nouns``) under the trigger names no one state but the members of the
latest act of three or more parties told a few sentences before
(``ALLY_SENTENCES``): the act is aimed at each of them but the actor, one
event a member (not only the first one named, as a context recipient is).
Where an organisation is a party of the acts told in between ("the CSTO
summit"), the allies are that organisation's, no list of states.
"""

from __future__ import annotations

import re
from copy import copy

from ..doc_index import doc_text
from ..record import Event
from .coref import party_of, sentence_numbers, trigger_token
from .parties import distinct_parties, party_words

#: how many sentences back the group the allies are is looked for (a lead's group, told on in a later paragraph)
ALLY_SENTENCES = 8
#: the fewest parties of a group named by "the allies"
MIN_GROUP = 3


def ally_recipients(doc, events: list[Event]) -> list[Event]:
    """``events`` with each act aimed at "the allies" aimed at every member of
    the group told just before (see the module docstring)."""
    if not party_words("ally_nouns") & set(re.findall(r"[a-z]+", doc_text(doc).lower())):
        return events  # (a word test before any subtree walk)
    index = sentence_numbers(doc)
    groups: dict = {}  # trigger start -> (sentence number, the distinct parties of its events)
    for e in events:
        if e.actor is not None and not (e.negated or e.hypothetical):
            si, parties = groups.setdefault(e.trigger.start, (index.get(e.sentence["start"], 0), []))
            parties += [p for p in (e.actor, e.recipient) if p is not None and party_of(p)]
    out = []
    for e in events:
        members = _allies(doc, e, groups, index) if e.actor is not None else []
        if not members:
            out.append(e)
            continue
        for m in members:
            x = copy(e)
            x.recipient = copy(m)
            out.append(x)
    return out


def _allies(doc, e: Event, groups: dict, index: dict) -> list:
    """The members of the group "the allies" under ``e``'s trigger stands for, less the actor's party."""
    tok = trigger_token(doc, e)
    if tok is None or not any(_ally_phrase(t) and _aimed_at(t, tok) for t in tok.subtree if t.i != tok.i):
        return []
    si = index.get(e.sentence["start"], 0)
    best = None
    for gi, parties in groups.values():
        members = distinct_parties(parties)
        if not 0 <= si - gi <= ALLY_SENTENCES:
            continue
        if any(p.org and not p.country for p in parties):
            return []  # an alliance told as a party ("the CSTO summit"): "the allies" are the organisation
        if gi < si and len(members) >= MIN_GROUP and (best is None or gi >= best[0]):
            best = (gi, members)
    if best is None:
        return []
    own = party_of(e.actor)
    return [m for m in best[1] if party_of(m) != own]


def _aimed_at(t, tok) -> bool:
    """The ally noun is what the act is aimed at (its object, dative or
    prepositional object), never its subject's words ("The allies also
    criticised North Korea": the allies act)."""
    path = [t, *t.ancestors]
    below = next((i for i, a in enumerate(path) if a.i == tok.i), None)
    if below is None or below == 0:
        return False
    return not any(a.dep_ in ("nsubj", "nsubjpass", "csubj", "agent") for a in path[:below])


def _ally_phrase(t) -> bool:
    """ "the allies", "its partners": a plural coalition noun with no name of its own on it."""
    if t.lower_ not in party_words("ally_nouns") or t.tag_ != "NNS":
        return False
    return not any(c.pos_ == "PROPN" or c.ent_type_ for c in t.subtree if c.i != t.i)
